import type { CodegenConfig } from '@graphql-codegen/cli';

// Types every GraphQL document of the SPA from the committed schema.
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.graphql.ts'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>', ID: 'string' },
        strictScalars: true,
      },
    },
  },
};

export default config;
