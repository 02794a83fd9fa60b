// GraphQL Code Generator: typed operations for the web app, generated from the API's
// committed schema file (no running server needed). Run: npm run codegen
// SCHEMA points it at another schema file, e.g. a merged draft while the API catches up:
//   SCHEMA=/tmp/schema-draft.graphql npx graphql-codegen --config codegen.ts
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: process.env['SCHEMA'] ?? '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        // Operations are small and read whole objects; masking would add ceremony, not safety.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Date: 'string' },
        skipTypename: false,
      },
    },
  },
};

// graphql-codegen loads this file's default export.
export default config;
