// GraphQL Code Generator: typed documents for the tests (and for clients, from the same schema).
// `npm run codegen` after changing a document or the schema.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["test/**/*.ts", "!test/gql/**"],
  ignoreNoDocuments: true,
  generates: {
    "test/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        emitLegacyCommonJSImports: false,
        scalars: { DateTime: "string", BigInt: "string", JSON: "unknown", File: "unknown" },
      },
    },
  },
};

export default config;
