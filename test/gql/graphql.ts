/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ContextEntryInput = {
  key: string;
  value: string;
};

export type ContextFilterInput = {
  key: string;
  /** Omit to match every asset that has the key, whatever its value. */
  value?: string | null | undefined;
};

export type DeliveryType =
  | 'ANIMOTO'
  | 'AUTHENTICATED'
  | 'DAILYMOTION'
  | 'FACEBOOK'
  | 'FETCH'
  | 'GRAVATAR'
  | 'HULU'
  | 'LIST'
  | 'PRIVATE'
  | 'TWITTER'
  | 'UPLOAD'
  | 'VIMEO'
  | 'WORLDSTARHIPHOP'
  | 'YOUTUBE';

export type ImportAssetInput = {
  /** Created (with its ancestors) as needed; "" is the root. */
  assetFolder?: string | null | undefined;
  /** 32 hex characters; generated when omitted. */
  assetId?: string | null | undefined;
  bytes?: string | null | undefined;
  context?: Array<ContextEntryInput> | null | undefined;
  createdAt?: string | null | undefined;
  /** Defaults to the last public-ID segment. */
  displayName?: string | null | undefined;
  duration?: number | null | undefined;
  etag?: string | null | undefined;
  format?: string | null | undefined;
  height?: number | null | undefined;
  moderation?: Array<ModerationEntryInput> | null | undefined;
  publicId: string;
  resourceType?: ResourceType | null | undefined;
  tags?: Array<string> | null | undefined;
  type?: DeliveryType | null | undefined;
  /** Defaults to createdAt in Unix seconds, as Cloudinary versions are. */
  version?: number | null | undefined;
  width?: number | null | undefined;
};

export type ImportAssetsInput = {
  /** At most 1000 records. */
  assets: Array<ImportAssetInput>;
};

export type ModerationEntryInput = {
  kind: ModerationKind;
  status: ModerationStatus;
};

export type ModerationFilterInput = {
  kind: ModerationKind;
  status: ModerationStatus;
};

export type ModerationKind =
  | 'AWS_REK'
  | 'AWS_REK_VIDEO'
  | 'DUPLICATE'
  | 'GOOGLE_VIDEO_MODERATION'
  | 'MANUAL'
  | 'PERCEPTION_POINT'
  | 'WEBPURIFY';

export type ModerationStatus =
  | 'ABORTED'
  | 'APPROVED'
  | 'PENDING'
  | 'QUEUED'
  | 'REJECTED';

export type ResourceType =
  | 'IMAGE'
  | 'RAW'
  | 'VIDEO';

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Stable codes of expected failures (DOMAIN.md §6.3). */
export type UserErrorCode =
  | 'ALREADY_EXISTS'
  | 'FIXED_FOLDER_MODE_UNSUPPORTED'
  | 'FOLDER_NOT_EMPTY'
  | 'FORBIDDEN'
  | 'INVALID_ARGUMENT'
  | 'INVALID_ASSET_REF'
  | 'INVALID_CURSOR'
  | 'LIMIT_EXCEEDED'
  | 'NOT_FOUND'
  | 'RELATED_ASSET_FAILED'
  | 'VALIDATION_FAILED';

export type ListAssetsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  resourceType?: ResourceType | null | undefined;
  type?: DeliveryType | null | undefined;
  prefix?: string | null | undefined;
  publicIds?: Array<string> | string | null | undefined;
  assetIds?: Array<string> | string | null | undefined;
  tag?: string | null | undefined;
  context?: ContextFilterInput | null | undefined;
  moderation?: ModerationFilterInput | null | undefined;
  assetFolder?: string | null | undefined;
  startAt?: string | null | undefined;
  direction?: SortDirection | null | undefined;
}>;


export type ListAssetsQuery = { assets: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { assetId: string, publicId: string } }> } };

export type ImportFixturesMutationVariables = Exact<{
  input: ImportAssetsInput;
}>;


export type ImportFixturesMutation = { importAssets: { assets: Array<{ assetId: string, publicId: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };


export const ListAssetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListAssets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"publicIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assetIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tag"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"context"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContextFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"moderation"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ModerationFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assetFolder"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortDirection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"resourceType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceType"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"prefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"publicIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"publicIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"assetIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assetIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"tag"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tag"}}},{"kind":"Argument","name":{"kind":"Name","value":"context"},"value":{"kind":"Variable","name":{"kind":"Name","value":"context"}}},{"kind":"Argument","name":{"kind":"Name","value":"moderation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"moderation"}}},{"kind":"Argument","name":{"kind":"Name","value":"assetFolder"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assetFolder"}}},{"kind":"Argument","name":{"kind":"Name","value":"startAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"publicId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListAssetsQuery, ListAssetsQueryVariables>;
export const ImportFixturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportFixtures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportAssetsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importAssets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetId"}},{"kind":"Field","name":{"kind":"Name","value":"publicId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportFixturesMutation, ImportFixturesMutationVariables>;