// GraphQL Code Generator: typed operations for the web app, generated from the API's
// committed schema file (no running server needed). Run: npm run codegen
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../api/schema.graphql',
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
        scalars: { DateTime: 'string' },
        skipTypename: false,
      },
    },
  },
};

// graphql-codegen loads this file's default export.
export default config;
