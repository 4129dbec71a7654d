import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the operations the tests (and any client) write with graphql(`...`).
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['test/**/*.ts', '!test/kit/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'test/kit/gql/': {
      preset: 'client',
      config: { scalars: { DateTime: 'string' }, enumsAsTypes: true, useTypeImports: true },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
