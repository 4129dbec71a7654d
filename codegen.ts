import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the operations the tests (and any client) write with graphql(`...`), and the
// client package's possibleTypes: which types implement RealtimeEvent and make up each stream's union.
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
    'client/src/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { useExplicitTyping: true },
    },
  },
};

export default config;
