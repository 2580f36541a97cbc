/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ListAssets(\n    $first: Int, $after: String, $resourceType: ResourceType, $type: DeliveryType, $prefix: String,\n    $publicIds: [String!], $assetIds: [String!], $tag: String, $context: ContextFilterInput,\n    $moderation: ModerationFilterInput, $assetFolder: String, $startAt: DateTime, $direction: SortDirection\n  ) {\n    assets(\n      first: $first, after: $after, resourceType: $resourceType, type: $type, prefix: $prefix,\n      publicIds: $publicIds, assetIds: $assetIds, tag: $tag, context: $context, moderation: $moderation,\n      assetFolder: $assetFolder, startAt: $startAt, direction: $direction\n    ) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { assetId publicId } }\n    }\n  }\n": typeof types.ListAssetsDocument,
    "\n  mutation ImportFixtures($input: ImportAssetsInput!) {\n    importAssets(input: $input) {\n      assets { assetId publicId }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ImportFixturesDocument,
};
const documents: Documents = {
    "\n  query ListAssets(\n    $first: Int, $after: String, $resourceType: ResourceType, $type: DeliveryType, $prefix: String,\n    $publicIds: [String!], $assetIds: [String!], $tag: String, $context: ContextFilterInput,\n    $moderation: ModerationFilterInput, $assetFolder: String, $startAt: DateTime, $direction: SortDirection\n  ) {\n    assets(\n      first: $first, after: $after, resourceType: $resourceType, type: $type, prefix: $prefix,\n      publicIds: $publicIds, assetIds: $assetIds, tag: $tag, context: $context, moderation: $moderation,\n      assetFolder: $assetFolder, startAt: $startAt, direction: $direction\n    ) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { assetId publicId } }\n    }\n  }\n": types.ListAssetsDocument,
    "\n  mutation ImportFixtures($input: ImportAssetsInput!) {\n    importAssets(input: $input) {\n      assets { assetId publicId }\n      userErrors { code field message }\n    }\n  }\n": types.ImportFixturesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListAssets(\n    $first: Int, $after: String, $resourceType: ResourceType, $type: DeliveryType, $prefix: String,\n    $publicIds: [String!], $assetIds: [String!], $tag: String, $context: ContextFilterInput,\n    $moderation: ModerationFilterInput, $assetFolder: String, $startAt: DateTime, $direction: SortDirection\n  ) {\n    assets(\n      first: $first, after: $after, resourceType: $resourceType, type: $type, prefix: $prefix,\n      publicIds: $publicIds, assetIds: $assetIds, tag: $tag, context: $context, moderation: $moderation,\n      assetFolder: $assetFolder, startAt: $startAt, direction: $direction\n    ) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { assetId publicId } }\n    }\n  }\n"): (typeof documents)["\n  query ListAssets(\n    $first: Int, $after: String, $resourceType: ResourceType, $type: DeliveryType, $prefix: String,\n    $publicIds: [String!], $assetIds: [String!], $tag: String, $context: ContextFilterInput,\n    $moderation: ModerationFilterInput, $assetFolder: String, $startAt: DateTime, $direction: SortDirection\n  ) {\n    assets(\n      first: $first, after: $after, resourceType: $resourceType, type: $type, prefix: $prefix,\n      publicIds: $publicIds, assetIds: $assetIds, tag: $tag, context: $context, moderation: $moderation,\n      assetFolder: $assetFolder, startAt: $startAt, direction: $direction\n    ) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { assetId publicId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportFixtures($input: ImportAssetsInput!) {\n    importAssets(input: $input) {\n      assets { assetId publicId }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportFixtures($input: ImportAssetsInput!) {\n    importAssets(input: $input) {\n      assets { assetId publicId }\n      userErrors { code field message }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;