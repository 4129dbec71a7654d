import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the operations the tests and the web app write with graphql(`...`), each set
// in its own output, and the client package's possibleTypes: which types implement RealtimeEvent and
// make up each stream's union.
const clientPreset = {
  preset: 'client',
  config: { scalars: { DateTime: 'string' }, enumsAsTypes: true, useTypeImports: true },
  presetConfig: { fragmentMasking: false },
} as const;

const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'test/kit/gql/': { ...clientPreset, documents: ['test/**/*.ts', '!test/kit/gql/**'] },
    'web/src/gql/': { ...clientPreset, documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'] },
    'client/src/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { useExplicitTyping: true },
    },
  },
};

export default config;
