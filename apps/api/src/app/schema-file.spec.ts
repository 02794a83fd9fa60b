import { describe, expect, it } from 'vitest';
import { buildSchemaText, readSchemaFile } from './schema-file';

describe('apps/api/schema.graphql', () => {
  it('is the sorted schema the resolvers generate (run "npm run schema" after changing them)', async () => {
    expect(await buildSchemaText()).toBe(readSchemaFile());
  });
});
