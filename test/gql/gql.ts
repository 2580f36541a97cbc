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
    "\n  fragment AssetMutFields on Asset {\n    id assetId publicId resourceType type format version bytes width height aspectRatio pixels duration\n    displayName filename assetFolder url secureUrl status createdAt tags\n    context { key value }\n    lastUpdated { updatedAt tagsUpdatedAt contextUpdatedAt }\n  }\n": typeof types.AssetMutFieldsFragmentDoc,
    "\n  mutation AssetMutImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) {\n      assets { ...AssetMutFields }\n      userErrors { code field message }\n    }\n  }\n": typeof types.AssetMutImportDocument,
    "\n  query AssetMutGet($assetId: String, $publicId: String, $resourceType: ResourceType, $type: DeliveryType) {\n    asset(assetId: $assetId, publicId: $publicId, resourceType: $resourceType, type: $type) { ...AssetMutFields }\n  }\n": typeof types.AssetMutGetDocument,
    "\n  query AssetMutNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Asset { assetId publicId assetFolder }\n    }\n  }\n": typeof types.AssetMutNodeDocument,
    "\n  mutation AssetMutUpdate($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      asset { ...AssetMutFields }\n      userErrors { code field message }\n    }\n  }\n": typeof types.AssetMutUpdateDocument,
    "\n  query AssetMutCount($assetFolder: String, $tag: String) {\n    assets(assetFolder: $assetFolder, tag: $tag, first: 500, direction: ASC) {\n      totalCount\n      edges { node { publicId } }\n    }\n  }\n": typeof types.AssetMutCountDocument,
    "\n  query AssetMutFolder($path: String!) {\n    folder(path: $path) { path }\n  }\n": typeof types.AssetMutFolderDocument,
    "\n    mutation AssetMutConcurrentRetag($input: UpdateAssetInput!) {\n      updateAsset(input: $input) { asset { tags } userErrors { code message } }\n    }\n  ": typeof types.AssetMutConcurrentRetagDocument,
    "\n    query AssetMutConcurrentRead($publicId: String) {\n      asset(publicId: $publicId) { tags }\n    }\n  ": typeof types.AssetMutConcurrentReadDocument,
    "\n  query ListAssets(\n    $first: Int, $after: String, $resourceType: ResourceType, $type: DeliveryType, $prefix: String,\n    $publicIds: [String!], $assetIds: [String!], $tag: String, $context: ContextFilterInput,\n    $moderation: ModerationFilterInput, $assetFolder: String, $startAt: DateTime, $direction: SortDirection\n  ) {\n    assets(\n      first: $first, after: $after, resourceType: $resourceType, type: $type, prefix: $prefix,\n      publicIds: $publicIds, assetIds: $assetIds, tag: $tag, context: $context, moderation: $moderation,\n      assetFolder: $assetFolder, startAt: $startAt, direction: $direction\n    ) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { assetId publicId } }\n    }\n  }\n": typeof types.ListAssetsDocument,
    "\n  mutation SqlRelate($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) { succeeded { code } userErrors { code field message } }\n  }\n": typeof types.SqlRelateDocument,
    "\n  query SqlWarmUp {\n    environment { cloudName }\n  }\n": typeof types.SqlWarmUpDocument,
    "\n  query SqlNestedAssets($first: Int) {\n    assets(first: $first) {\n      edges {\n        node {\n          publicId\n          tags\n          context { key value }\n          assetFolder\n          folder { path }\n          relatedAssets(first: 5) { edges { node { publicId tags } } }\n        }\n      }\n    }\n  }\n": typeof types.SqlNestedAssetsDocument,
    "\n  query AuthEnvironment {\n    environment { cloudName }\n  }\n": typeof types.AuthEnvironmentDocument,
    "\n  query AuthOverview($prefix: String) {\n    assets(prefix: $prefix, first: 100) {\n      totalCount\n      edges { node { id assetId publicId tags assetFolder relatedAssets { totalCount edges { node { publicId } } } } }\n    }\n    rootFolders(first: 100) { totalCount edges { node { id path } } }\n    tags(first: 100) { totalCount edges { node { name assetCount } } }\n  }\n": typeof types.AuthOverviewDocument,
    "\n  query AuthAsset($assetId: String, $publicId: String) {\n    asset(assetId: $assetId, publicId: $publicId) { id assetId publicId tags assetFolder relatedAssets { totalCount edges { node { publicId } } } }\n  }\n": typeof types.AuthAssetDocument,
    "\n  query AuthNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Asset { publicId }\n      ... on Folder { path }\n      ... on ApiKey { apiKey }\n    }\n  }\n": typeof types.AuthNodeDocument,
    "\n  query AuthNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ... on Asset { publicId }\n      ... on Folder { path }\n    }\n  }\n": typeof types.AuthNodesDocument,
    "\n  query AuthFolder($path: String!) {\n    folder(path: $path) { id path }\n  }\n": typeof types.AuthFolderDocument,
    "\n  query AuthSubfolders($path: String!) {\n    subfolders(path: $path) { totalCount }\n  }\n": typeof types.AuthSubfoldersDocument,
    "\n  query AuthApiKeys {\n    apiKeys(first: 500) {\n      totalCount\n      edges { node { id apiKey label role createdAt revokedAt } }\n    }\n  }\n": typeof types.AuthApiKeysDocument,
    "\n  query AuthApiKeyFields {\n    __type(name: \"ApiKey\") { name fields { name } }\n  }\n": typeof types.AuthApiKeyFieldsDocument,
    "\n  mutation AuthCreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) { folder { path } createdPaths userErrors { code field message } }\n  }\n": typeof types.AuthCreateFolderDocument,
    "\n  mutation AuthDeleteFolder($input: DeleteFolderInput!) {\n    deleteFolder(input: $input) { deletedPaths userErrors { code field message } }\n  }\n": typeof types.AuthDeleteFolderDocument,
    "\n  mutation AuthImportAssets($input: ImportAssetsInput!) {\n    importAssets(input: $input) { assets { assetId publicId } userErrors { code field message } }\n  }\n": typeof types.AuthImportAssetsDocument,
    "\n  mutation AuthUpdateAsset($input: UpdateAssetInput!) {\n    updateAsset(input: $input) { asset { publicId tags } userErrors { code field message } }\n  }\n": typeof types.AuthUpdateAssetDocument,
    "\n  mutation AuthAddRelated($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) {\n      asset { publicId }\n      succeeded { code status }\n      failed { code status target { assetId publicId } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.AuthAddRelatedDocument,
    "\n  mutation AuthDeleteRelated($input: DeleteRelatedAssetsInput!) {\n    deleteRelatedAssets(input: $input) { asset { publicId } succeeded { code } failed { code } userErrors { code field message } }\n  }\n": typeof types.AuthDeleteRelatedDocument,
    "\n  mutation AuthCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey { id apiKey label role createdAt revokedAt }\n      apiSecret\n      userErrors { code field message }\n    }\n  }\n": typeof types.AuthCreateApiKeyDocument,
    "\n  mutation AuthRevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey { apiKey role revokedAt }\n      userErrors { code field message }\n    }\n  }\n": typeof types.AuthRevokeApiKeyDocument,
    "\n  mutation FeedCreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) { userErrors { code } }\n  }\n": typeof types.FeedCreateFolderDocument,
    "\n  subscription FanoutEvents($types: [TriggerEventType!]) {\n    events(types: $types) { type sequence payload }\n  }\n": typeof types.FanoutEventsDocument,
    "\n  mutation FanoutCreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) { userErrors { code } }\n  }\n": typeof types.FanoutCreateFolderDocument,
    "\n  subscription SubEvents($types: [TriggerEventType!], $assetId: String, $after: String) {\n    events(types: $types, assetId: $assetId, after: $after) {\n      __typename\n      sequence\n      cursor\n      type\n      assetIds\n      payload\n      ... on AssetEvent { asset { publicId tags } }\n      ... on FolderEvent { folder { path } }\n    }\n  }\n": typeof types.SubEventsDocument,
    "\n  subscription SubAssetChanged($assetId: String!) {\n    assetChanged(assetId: $assetId) { type sequence assetIds }\n  }\n": typeof types.SubAssetChangedDocument,
    "\n  mutation SubRetag($input: UpdateAssetInput!) {\n    updateAsset(input: $input) { userErrors { code } }\n  }\n": typeof types.SubRetagDocument,
    "\n  mutation SubCreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) { userErrors { code } }\n  }\n": typeof types.SubCreateFolderDocument,
    "\n  mutation SubCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { apiKey { apiKey } apiSecret }\n  }\n": typeof types.SubCreateKeyDocument,
    "\n  mutation SubRevokeKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) { userErrors { code } }\n  }\n": typeof types.SubRevokeKeyDocument,
    "\n  query WhDeliveries($status: WebhookDeliveryStatus, $first: Int, $after: String) {\n    webhookDeliveries(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id\n          deliveryId\n          eventId\n          eventSequence\n          eventType\n          uri\n          status\n          attempts\n          lastResponseCode\n          lastError\n          lastAttemptAt\n          nextAttemptAt\n          deliveredAt\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.WhDeliveriesDocument,
    "\n  mutation WhRedeliver($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) {\n      delivery { id deliveryId status attempts eventSequence nextAttemptAt deliveredAt }\n      userErrors { code field message }\n    }\n  }\n": typeof types.WhRedeliverDocument,
    "\n  mutation WhSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      signatureAlgorithm\n      userErrors { code field message }\n    }\n  }\n": typeof types.WhSettingsDocument,
    "\n  query WhReadSettings {\n    notificationSettings { signatureAlgorithm }\n  }\n": typeof types.WhReadSettingsDocument,
    "\n  query WhNode($id: ID!) {\n    node(id: $id) { __typename ... on WebhookDelivery { deliveryId uri } }\n  }\n": typeof types.WhNodeDocument,
    "\n  mutation FoldersCreate($input: CreateFolderInput!) {\n    createFolder(input: $input) {\n      folder { externalId name path }\n      createdPaths\n      userErrors { code field message }\n    }\n  }\n": typeof types.FoldersCreateDocument,
    "\n  query FoldersByPath($path: String!) {\n    folder(path: $path) { externalId name path updatedAt }\n  }\n": typeof types.FoldersByPathDocument,
    "\n  query FoldersRoot($first: Int, $after: String) {\n    rootFolders(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { name path } }\n    }\n  }\n": typeof types.FoldersRootDocument,
    "\n  query FoldersSub($path: String!, $first: Int, $after: String) {\n    subfolders(path: $path, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { name path } }\n    }\n  }\n": typeof types.FoldersSubDocument,
    "\n  mutation FoldersUpdate($input: UpdateFolderInput!) {\n    updateFolder(input: $input) {\n      from { name path }\n      folder { externalId name path }\n      movedFolderCount\n      userErrors { code field message }\n    }\n  }\n": typeof types.FoldersUpdateDocument,
    "\n  mutation FoldersDelete($input: DeleteFolderInput!) {\n    deleteFolder(input: $input) {\n      deletedPaths\n      userErrors { code field message }\n    }\n  }\n": typeof types.FoldersDeleteDocument,
    "\n  query FoldersAssets($assetFolder: String!) {\n    assets(assetFolder: $assetFolder, direction: ASC) {\n      totalCount\n      edges { node { publicId assetFolder } }\n    }\n  }\n": typeof types.FoldersAssetsDocument,
    "\n  mutation ImportFixtures($input: ImportAssetsInput!) {\n    importAssets(input: $input) {\n      assets { assetId publicId }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ImportFixturesDocument,
    "\n  mutation RelAdd($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) {\n      asset { publicId relatedAssets { totalCount edges { node { publicId } } } }\n      succeeded { target { assetId publicId resourceType type } asset { assetId publicId } code message status }\n      failed { target { assetId publicId resourceType type } asset { assetId publicId } code message status }\n      userErrors { code field message }\n    }\n  }\n": typeof types.RelAddDocument,
    "\n  mutation RelDelete($input: DeleteRelatedAssetsInput!) {\n    deleteRelatedAssets(input: $input) {\n      asset { publicId relatedAssets { totalCount edges { node { publicId } } } }\n      succeeded { target { assetId publicId resourceType type } asset { assetId publicId } code message status }\n      failed { target { assetId publicId resourceType type } asset { assetId publicId } code message status }\n      userErrors { code field message }\n    }\n  }\n": typeof types.RelDeleteDocument,
    "\n  query RelRelated($publicId: String!, $resourceType: ResourceType, $type: DeliveryType, $first: Int, $after: String) {\n    asset(publicId: $publicId, resourceType: $resourceType, type: $type) {\n      assetId\n      publicId\n      relatedAssets(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { cursor node { assetId publicId resourceType type relatedAssets { totalCount } } }\n      }\n    }\n  }\n": typeof types.RelRelatedDocument,
    "\n  query RelCounts($publicId: String!) {\n    asset(publicId: $publicId) { relatedAssets { totalCount } cursors: relatedAssets(first: 2) { edges { cursor } } }\n    assets(prefix: \"rel/\", first: 20) { edges { node { publicId relatedAssets { totalCount } } } }\n  }\n": typeof types.RelCountsDocument,
    "\n  mutation SearchFixtureUpdate($input: UpdateAssetInput!) {\n    updateAsset(input: $input) { asset { publicId } userErrors { code field message } }\n  }\n": typeof types.SearchFixtureUpdateDocument,
    "\n  query SearchApiPage($expression: String, $filter: AssetFilter, $sortBy: [SortInput!], $first: Int, $after: String) {\n    searchAssets(expression: $expression, filter: $filter, sortBy: $sortBy, first: $first, after: $after) {\n      totalCount\n      time\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { publicId bytes createdAt } }\n    }\n  }\n": typeof types.SearchApiPageDocument,
    "\n  query SearchApiAggregate($expression: String, $aggregate: [AggregateInput!]) {\n    searchAssets(expression: $expression, aggregate: $aggregate, first: 1) {\n      totalCount\n      aggregations { field buckets { key count } }\n    }\n  }\n": typeof types.SearchApiAggregateDocument,
    "\n  query SearchTable($expression: String, $first: Int) {\n    searchAssets(expression: $expression, first: $first) {\n      totalCount\n      edges { node { publicId } }\n      pageInfo { hasNextPage }\n    }\n  }\n": typeof types.SearchTableDocument,
    "\n  query SearchFixed($expression: String) {\n    searchAssets(expression: $expression, first: 100) { edges { node { publicId } } }\n  }\n": typeof types.SearchFixedDocument,
    "\n  query SearchFixedFolders($expression: String) {\n    searchFolders(expression: $expression) { totalCount }\n  }\n": typeof types.SearchFixedFoldersDocument,
    "\n  mutation SearchFoldersCreate($input: CreateFolderInput!) {\n    createFolder(input: $input) { folder { externalId path } userErrors { code field message } }\n  }\n": typeof types.SearchFoldersCreateDocument,
    "\n  mutation SearchFoldersUpdate($input: UpdateFolderInput!) {\n    updateFolder(input: $input) { folder { path } userErrors { code field message } }\n  }\n": typeof types.SearchFoldersUpdateDocument,
    "\n  query SearchFolders($expression: String, $sortBy: [SortInput!], $first: Int, $after: String) {\n    searchFolders(expression: $expression, sortBy: $sortBy, first: $first, after: $after) {\n      totalCount\n      time\n      pageInfo { hasNextPage endCursor }\n      edges { node { name path externalId createdAt } }\n    }\n  }\n": typeof types.SearchFoldersDocument,
    "\n  query SearchFuzz($expression: String, $sortBy: [SortInput!]) {\n    searchAssets(expression: $expression, sortBy: $sortBy, first: 5) {\n      totalCount\n      edges { node { publicId } }\n    }\n  }\n": typeof types.SearchFuzzDocument,
    "\n  mutation SearchSqlRelate($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) { userErrors { code field message } }\n  }\n": typeof types.SearchSqlRelateDocument,
    "\n  query SearchSqlWarmUp { environment { cloudName } }\n": typeof types.SearchSqlWarmUpDocument,
    "\n  query SearchSqlNested($first: Int) {\n    searchAssets(expression: \"stmt AND tags:even\", sortBy: [{ field: \"public_id\", direction: DESC }], first: $first) {\n      totalCount\n      edges {\n        node {\n          publicId\n          tags\n          context { key value }\n          assetFolder\n          relatedAssets(first: 5) { edges { node { publicId tags } } }\n        }\n      }\n    }\n  }\n": typeof types.SearchSqlNestedDocument,
    "\n  query TagsList($resourceType: ResourceType, $prefix: String, $first: Int, $after: String) {\n    tags(resourceType: $resourceType, prefix: $prefix, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { name resourceType assetCount } }\n    }\n  }\n": typeof types.TagsListDocument,
    "\n  mutation TagsRetag($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      asset { publicId tags }\n      userErrors { code field message }\n    }\n  }\n": typeof types.TagsRetagDocument,
    "\n  mutation TriggersCreate($input: CreateTriggerInput!) {\n    createTrigger(input: $input) {\n      trigger { id externalId eventType uri uriType createdAt updatedAt }\n      userErrors { code field message }\n    }\n  }\n": typeof types.TriggersCreateDocument,
    "\n  mutation TriggersUpdate($input: UpdateTriggerInput!) {\n    updateTrigger(input: $input) {\n      trigger { id externalId eventType uri uriType createdAt updatedAt }\n      userErrors { code field message }\n    }\n  }\n": typeof types.TriggersUpdateDocument,
    "\n  mutation TriggersDelete($input: DeleteTriggerInput!) {\n    deleteTrigger(input: $input) {\n      deletedId\n      externalId\n      userErrors { code field message }\n    }\n  }\n": typeof types.TriggersDeleteDocument,
    "\n  query TriggersList($eventType: TriggerEventType, $first: Int, $after: String) {\n    triggers(eventType: $eventType, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { id externalId eventType uri uriType } }\n    }\n  }\n": typeof types.TriggersListDocument,
    "\n  query TriggersNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Trigger { externalId eventType uri uriType }\n    }\n  }\n": typeof types.TriggersNodeDocument,
    "\n  mutation TriggersCreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) {\n      createdPaths\n      userErrors { code field message }\n    }\n  }\n": typeof types.TriggersCreateFolderDocument,
};
const documents: Documents = {
    "\n  fragment AssetMutFields on Asset {\n    id assetId publicId resourceType type format version bytes width height aspectRatio pixels duration\n    displayName filename assetFolder url secureUrl status createdAt tags\n    context { key value }\n    lastUpdated { updatedAt tagsUpdatedAt contextUpdatedAt }\n  }\n": types.AssetMutFieldsFragmentDoc,
    "\n  mutation AssetMutImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) {\n      assets { ...AssetMutFields }\n      userErrors { code field message }\n    }\n  }\n": types.AssetMutImportDocument,
    "\n  query AssetMutGet($assetId: String, $publicId: String, $resourceType: ResourceType, $type: DeliveryType) {\n    asset(assetId: $assetId, publicId: $publicId, resourceType: $resourceType, type: $type) { ...AssetMutFields }\n  }\n": types.AssetMutGetDocument,
    "\n  query AssetMutNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Asset { assetId publicId assetFolder }\n    }\n  }\n": types.AssetMutNodeDocument,
    "\n  mutation AssetMutUpdate($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      asset { ...AssetMutFields }\n      userErrors { code field message }\n    }\n  }\n": types.AssetMutUpdateDocument,
    "\n  query AssetMutCount($assetFolder: String, $tag: String) {\n    assets(assetFolder: $assetFolder, tag: $tag, first: 500, direction: ASC) {\n      totalCount\n      edges { node { publicId } }\n    }\n  }\n": types.AssetMutCountDocument,
    "\n  query AssetMutFolder($path: String!) {\n    folder(path: $path) { path }\n  }\n": types.AssetMutFolderDocument,
    "\n    mutation AssetMutConcurrentRetag($input: UpdateAssetInput!) {\n      updateAsset(input: $input) { asset { tags } userErrors { code message } }\n    }\n  ": types.AssetMutConcurrentRetagDocument,
    "\n    query AssetMutConcurrentRead($publicId: String) {\n      asset(publicId: $publicId) { tags }\n    }\n  ": types.AssetMutConcurrentReadDocument,
    "\n  query ListAssets(\n    $first: Int, $after: String, $resourceType: ResourceType, $type: DeliveryType, $prefix: String,\n    $publicIds: [String!], $assetIds: [String!], $tag: String, $context: ContextFilterInput,\n    $moderation: ModerationFilterInput, $assetFolder: String, $startAt: DateTime, $direction: SortDirection\n  ) {\n    assets(\n      first: $first, after: $after, resourceType: $resourceType, type: $type, prefix: $prefix,\n      publicIds: $publicIds, assetIds: $assetIds, tag: $tag, context: $context, moderation: $moderation,\n      assetFolder: $assetFolder, startAt: $startAt, direction: $direction\n    ) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { assetId publicId } }\n    }\n  }\n": types.ListAssetsDocument,
    "\n  mutation SqlRelate($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) { succeeded { code } userErrors { code field message } }\n  }\n": types.SqlRelateDocument,
    "\n  query SqlWarmUp {\n    environment { cloudName }\n  }\n": types.SqlWarmUpDocument,
    "\n  query SqlNestedAssets($first: Int) {\n    assets(first: $first) {\n      edges {\n        node {\n          publicId\n          tags\n          context { key value }\n          assetFolder\n          folder { path }\n          relatedAssets(first: 5) { edges { node { publicId tags } } }\n        }\n      }\n    }\n  }\n": types.SqlNestedAssetsDocument,
    "\n  query AuthEnvironment {\n    environment { cloudName }\n  }\n": types.AuthEnvironmentDocument,
    "\n  query AuthOverview($prefix: String) {\n    assets(prefix: $prefix, first: 100) {\n      totalCount\n      edges { node { id assetId publicId tags assetFolder relatedAssets { totalCount edges { node { publicId } } } } }\n    }\n    rootFolders(first: 100) { totalCount edges { node { id path } } }\n    tags(first: 100) { totalCount edges { node { name assetCount } } }\n  }\n": types.AuthOverviewDocument,
    "\n  query AuthAsset($assetId: String, $publicId: String) {\n    asset(assetId: $assetId, publicId: $publicId) { id assetId publicId tags assetFolder relatedAssets { totalCount edges { node { publicId } } } }\n  }\n": types.AuthAssetDocument,
    "\n  query AuthNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Asset { publicId }\n      ... on Folder { path }\n      ... on ApiKey { apiKey }\n    }\n  }\n": types.AuthNodeDocument,
    "\n  query AuthNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ... on Asset { publicId }\n      ... on Folder { path }\n    }\n  }\n": types.AuthNodesDocument,
    "\n  query AuthFolder($path: String!) {\n    folder(path: $path) { id path }\n  }\n": types.AuthFolderDocument,
    "\n  query AuthSubfolders($path: String!) {\n    subfolders(path: $path) { totalCount }\n  }\n": types.AuthSubfoldersDocument,
    "\n  query AuthApiKeys {\n    apiKeys(first: 500) {\n      totalCount\n      edges { node { id apiKey label role createdAt revokedAt } }\n    }\n  }\n": types.AuthApiKeysDocument,
    "\n  query AuthApiKeyFields {\n    __type(name: \"ApiKey\") { name fields { name } }\n  }\n": types.AuthApiKeyFieldsDocument,
    "\n  mutation AuthCreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) { folder { path } createdPaths userErrors { code field message } }\n  }\n": types.AuthCreateFolderDocument,
    "\n  mutation AuthDeleteFolder($input: DeleteFolderInput!) {\n    deleteFolder(input: $input) { deletedPaths userErrors { code field message } }\n  }\n": types.AuthDeleteFolderDocument,
    "\n  mutation AuthImportAssets($input: ImportAssetsInput!) {\n    importAssets(input: $input) { assets { assetId publicId } userErrors { code field message } }\n  }\n": types.AuthImportAssetsDocument,
    "\n  mutation AuthUpdateAsset($input: UpdateAssetInput!) {\n    updateAsset(input: $input) { asset { publicId tags } userErrors { code field message } }\n  }\n": types.AuthUpdateAssetDocument,
    "\n  mutation AuthAddRelated($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) {\n      asset { publicId }\n      succeeded { code status }\n      failed { code status target { assetId publicId } }\n      userErrors { code field message }\n    }\n  }\n": types.AuthAddRelatedDocument,
    "\n  mutation AuthDeleteRelated($input: DeleteRelatedAssetsInput!) {\n    deleteRelatedAssets(input: $input) { asset { publicId } succeeded { code } failed { code } userErrors { code field message } }\n  }\n": types.AuthDeleteRelatedDocument,
    "\n  mutation AuthCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey { id apiKey label role createdAt revokedAt }\n      apiSecret\n      userErrors { code field message }\n    }\n  }\n": types.AuthCreateApiKeyDocument,
    "\n  mutation AuthRevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey { apiKey role revokedAt }\n      userErrors { code field message }\n    }\n  }\n": types.AuthRevokeApiKeyDocument,
    "\n  mutation FeedCreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) { userErrors { code } }\n  }\n": types.FeedCreateFolderDocument,
    "\n  subscription FanoutEvents($types: [TriggerEventType!]) {\n    events(types: $types) { type sequence payload }\n  }\n": types.FanoutEventsDocument,
    "\n  mutation FanoutCreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) { userErrors { code } }\n  }\n": types.FanoutCreateFolderDocument,
    "\n  subscription SubEvents($types: [TriggerEventType!], $assetId: String, $after: String) {\n    events(types: $types, assetId: $assetId, after: $after) {\n      __typename\n      sequence\n      cursor\n      type\n      assetIds\n      payload\n      ... on AssetEvent { asset { publicId tags } }\n      ... on FolderEvent { folder { path } }\n    }\n  }\n": types.SubEventsDocument,
    "\n  subscription SubAssetChanged($assetId: String!) {\n    assetChanged(assetId: $assetId) { type sequence assetIds }\n  }\n": types.SubAssetChangedDocument,
    "\n  mutation SubRetag($input: UpdateAssetInput!) {\n    updateAsset(input: $input) { userErrors { code } }\n  }\n": types.SubRetagDocument,
    "\n  mutation SubCreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) { userErrors { code } }\n  }\n": types.SubCreateFolderDocument,
    "\n  mutation SubCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { apiKey { apiKey } apiSecret }\n  }\n": types.SubCreateKeyDocument,
    "\n  mutation SubRevokeKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) { userErrors { code } }\n  }\n": types.SubRevokeKeyDocument,
    "\n  query WhDeliveries($status: WebhookDeliveryStatus, $first: Int, $after: String) {\n    webhookDeliveries(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id\n          deliveryId\n          eventId\n          eventSequence\n          eventType\n          uri\n          status\n          attempts\n          lastResponseCode\n          lastError\n          lastAttemptAt\n          nextAttemptAt\n          deliveredAt\n          createdAt\n        }\n      }\n    }\n  }\n": types.WhDeliveriesDocument,
    "\n  mutation WhRedeliver($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) {\n      delivery { id deliveryId status attempts eventSequence nextAttemptAt deliveredAt }\n      userErrors { code field message }\n    }\n  }\n": types.WhRedeliverDocument,
    "\n  mutation WhSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      signatureAlgorithm\n      userErrors { code field message }\n    }\n  }\n": types.WhSettingsDocument,
    "\n  query WhReadSettings {\n    notificationSettings { signatureAlgorithm }\n  }\n": types.WhReadSettingsDocument,
    "\n  query WhNode($id: ID!) {\n    node(id: $id) { __typename ... on WebhookDelivery { deliveryId uri } }\n  }\n": types.WhNodeDocument,
    "\n  mutation FoldersCreate($input: CreateFolderInput!) {\n    createFolder(input: $input) {\n      folder { externalId name path }\n      createdPaths\n      userErrors { code field message }\n    }\n  }\n": types.FoldersCreateDocument,
    "\n  query FoldersByPath($path: String!) {\n    folder(path: $path) { externalId name path updatedAt }\n  }\n": types.FoldersByPathDocument,
    "\n  query FoldersRoot($first: Int, $after: String) {\n    rootFolders(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { name path } }\n    }\n  }\n": types.FoldersRootDocument,
    "\n  query FoldersSub($path: String!, $first: Int, $after: String) {\n    subfolders(path: $path, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { name path } }\n    }\n  }\n": types.FoldersSubDocument,
    "\n  mutation FoldersUpdate($input: UpdateFolderInput!) {\n    updateFolder(input: $input) {\n      from { name path }\n      folder { externalId name path }\n      movedFolderCount\n      userErrors { code field message }\n    }\n  }\n": types.FoldersUpdateDocument,
    "\n  mutation FoldersDelete($input: DeleteFolderInput!) {\n    deleteFolder(input: $input) {\n      deletedPaths\n      userErrors { code field message }\n    }\n  }\n": types.FoldersDeleteDocument,
    "\n  query FoldersAssets($assetFolder: String!) {\n    assets(assetFolder: $assetFolder, direction: ASC) {\n      totalCount\n      edges { node { publicId assetFolder } }\n    }\n  }\n": types.FoldersAssetsDocument,
    "\n  mutation ImportFixtures($input: ImportAssetsInput!) {\n    importAssets(input: $input) {\n      assets { assetId publicId }\n      userErrors { code field message }\n    }\n  }\n": types.ImportFixturesDocument,
    "\n  mutation RelAdd($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) {\n      asset { publicId relatedAssets { totalCount edges { node { publicId } } } }\n      succeeded { target { assetId publicId resourceType type } asset { assetId publicId } code message status }\n      failed { target { assetId publicId resourceType type } asset { assetId publicId } code message status }\n      userErrors { code field message }\n    }\n  }\n": types.RelAddDocument,
    "\n  mutation RelDelete($input: DeleteRelatedAssetsInput!) {\n    deleteRelatedAssets(input: $input) {\n      asset { publicId relatedAssets { totalCount edges { node { publicId } } } }\n      succeeded { target { assetId publicId resourceType type } asset { assetId publicId } code message status }\n      failed { target { assetId publicId resourceType type } asset { assetId publicId } code message status }\n      userErrors { code field message }\n    }\n  }\n": types.RelDeleteDocument,
    "\n  query RelRelated($publicId: String!, $resourceType: ResourceType, $type: DeliveryType, $first: Int, $after: String) {\n    asset(publicId: $publicId, resourceType: $resourceType, type: $type) {\n      assetId\n      publicId\n      relatedAssets(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { cursor node { assetId publicId resourceType type relatedAssets { totalCount } } }\n      }\n    }\n  }\n": types.RelRelatedDocument,
    "\n  query RelCounts($publicId: String!) {\n    asset(publicId: $publicId) { relatedAssets { totalCount } cursors: relatedAssets(first: 2) { edges { cursor } } }\n    assets(prefix: \"rel/\", first: 20) { edges { node { publicId relatedAssets { totalCount } } } }\n  }\n": types.RelCountsDocument,
    "\n  mutation SearchFixtureUpdate($input: UpdateAssetInput!) {\n    updateAsset(input: $input) { asset { publicId } userErrors { code field message } }\n  }\n": types.SearchFixtureUpdateDocument,
    "\n  query SearchApiPage($expression: String, $filter: AssetFilter, $sortBy: [SortInput!], $first: Int, $after: String) {\n    searchAssets(expression: $expression, filter: $filter, sortBy: $sortBy, first: $first, after: $after) {\n      totalCount\n      time\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { publicId bytes createdAt } }\n    }\n  }\n": types.SearchApiPageDocument,
    "\n  query SearchApiAggregate($expression: String, $aggregate: [AggregateInput!]) {\n    searchAssets(expression: $expression, aggregate: $aggregate, first: 1) {\n      totalCount\n      aggregations { field buckets { key count } }\n    }\n  }\n": types.SearchApiAggregateDocument,
    "\n  query SearchTable($expression: String, $first: Int) {\n    searchAssets(expression: $expression, first: $first) {\n      totalCount\n      edges { node { publicId } }\n      pageInfo { hasNextPage }\n    }\n  }\n": types.SearchTableDocument,
    "\n  query SearchFixed($expression: String) {\n    searchAssets(expression: $expression, first: 100) { edges { node { publicId } } }\n  }\n": types.SearchFixedDocument,
    "\n  query SearchFixedFolders($expression: String) {\n    searchFolders(expression: $expression) { totalCount }\n  }\n": types.SearchFixedFoldersDocument,
    "\n  mutation SearchFoldersCreate($input: CreateFolderInput!) {\n    createFolder(input: $input) { folder { externalId path } userErrors { code field message } }\n  }\n": types.SearchFoldersCreateDocument,
    "\n  mutation SearchFoldersUpdate($input: UpdateFolderInput!) {\n    updateFolder(input: $input) { folder { path } userErrors { code field message } }\n  }\n": types.SearchFoldersUpdateDocument,
    "\n  query SearchFolders($expression: String, $sortBy: [SortInput!], $first: Int, $after: String) {\n    searchFolders(expression: $expression, sortBy: $sortBy, first: $first, after: $after) {\n      totalCount\n      time\n      pageInfo { hasNextPage endCursor }\n      edges { node { name path externalId createdAt } }\n    }\n  }\n": types.SearchFoldersDocument,
    "\n  query SearchFuzz($expression: String, $sortBy: [SortInput!]) {\n    searchAssets(expression: $expression, sortBy: $sortBy, first: 5) {\n      totalCount\n      edges { node { publicId } }\n    }\n  }\n": types.SearchFuzzDocument,
    "\n  mutation SearchSqlRelate($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) { userErrors { code field message } }\n  }\n": types.SearchSqlRelateDocument,
    "\n  query SearchSqlWarmUp { environment { cloudName } }\n": types.SearchSqlWarmUpDocument,
    "\n  query SearchSqlNested($first: Int) {\n    searchAssets(expression: \"stmt AND tags:even\", sortBy: [{ field: \"public_id\", direction: DESC }], first: $first) {\n      totalCount\n      edges {\n        node {\n          publicId\n          tags\n          context { key value }\n          assetFolder\n          relatedAssets(first: 5) { edges { node { publicId tags } } }\n        }\n      }\n    }\n  }\n": types.SearchSqlNestedDocument,
    "\n  query TagsList($resourceType: ResourceType, $prefix: String, $first: Int, $after: String) {\n    tags(resourceType: $resourceType, prefix: $prefix, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { name resourceType assetCount } }\n    }\n  }\n": types.TagsListDocument,
    "\n  mutation TagsRetag($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      asset { publicId tags }\n      userErrors { code field message }\n    }\n  }\n": types.TagsRetagDocument,
    "\n  mutation TriggersCreate($input: CreateTriggerInput!) {\n    createTrigger(input: $input) {\n      trigger { id externalId eventType uri uriType createdAt updatedAt }\n      userErrors { code field message }\n    }\n  }\n": types.TriggersCreateDocument,
    "\n  mutation TriggersUpdate($input: UpdateTriggerInput!) {\n    updateTrigger(input: $input) {\n      trigger { id externalId eventType uri uriType createdAt updatedAt }\n      userErrors { code field message }\n    }\n  }\n": types.TriggersUpdateDocument,
    "\n  mutation TriggersDelete($input: DeleteTriggerInput!) {\n    deleteTrigger(input: $input) {\n      deletedId\n      externalId\n      userErrors { code field message }\n    }\n  }\n": types.TriggersDeleteDocument,
    "\n  query TriggersList($eventType: TriggerEventType, $first: Int, $after: String) {\n    triggers(eventType: $eventType, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { id externalId eventType uri uriType } }\n    }\n  }\n": types.TriggersListDocument,
    "\n  query TriggersNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Trigger { externalId eventType uri uriType }\n    }\n  }\n": types.TriggersNodeDocument,
    "\n  mutation TriggersCreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) {\n      createdPaths\n      userErrors { code field message }\n    }\n  }\n": types.TriggersCreateFolderDocument,
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
export function graphql(source: "\n  fragment AssetMutFields on Asset {\n    id assetId publicId resourceType type format version bytes width height aspectRatio pixels duration\n    displayName filename assetFolder url secureUrl status createdAt tags\n    context { key value }\n    lastUpdated { updatedAt tagsUpdatedAt contextUpdatedAt }\n  }\n"): (typeof documents)["\n  fragment AssetMutFields on Asset {\n    id assetId publicId resourceType type format version bytes width height aspectRatio pixels duration\n    displayName filename assetFolder url secureUrl status createdAt tags\n    context { key value }\n    lastUpdated { updatedAt tagsUpdatedAt contextUpdatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssetMutImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) {\n      assets { ...AssetMutFields }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation AssetMutImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) {\n      assets { ...AssetMutFields }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetMutGet($assetId: String, $publicId: String, $resourceType: ResourceType, $type: DeliveryType) {\n    asset(assetId: $assetId, publicId: $publicId, resourceType: $resourceType, type: $type) { ...AssetMutFields }\n  }\n"): (typeof documents)["\n  query AssetMutGet($assetId: String, $publicId: String, $resourceType: ResourceType, $type: DeliveryType) {\n    asset(assetId: $assetId, publicId: $publicId, resourceType: $resourceType, type: $type) { ...AssetMutFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetMutNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Asset { assetId publicId assetFolder }\n    }\n  }\n"): (typeof documents)["\n  query AssetMutNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Asset { assetId publicId assetFolder }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssetMutUpdate($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      asset { ...AssetMutFields }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation AssetMutUpdate($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      asset { ...AssetMutFields }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetMutCount($assetFolder: String, $tag: String) {\n    assets(assetFolder: $assetFolder, tag: $tag, first: 500, direction: ASC) {\n      totalCount\n      edges { node { publicId } }\n    }\n  }\n"): (typeof documents)["\n  query AssetMutCount($assetFolder: String, $tag: String) {\n    assets(assetFolder: $assetFolder, tag: $tag, first: 500, direction: ASC) {\n      totalCount\n      edges { node { publicId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetMutFolder($path: String!) {\n    folder(path: $path) { path }\n  }\n"): (typeof documents)["\n  query AssetMutFolder($path: String!) {\n    folder(path: $path) { path }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AssetMutConcurrentRetag($input: UpdateAssetInput!) {\n      updateAsset(input: $input) { asset { tags } userErrors { code message } }\n    }\n  "): (typeof documents)["\n    mutation AssetMutConcurrentRetag($input: UpdateAssetInput!) {\n      updateAsset(input: $input) { asset { tags } userErrors { code message } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AssetMutConcurrentRead($publicId: String) {\n      asset(publicId: $publicId) { tags }\n    }\n  "): (typeof documents)["\n    query AssetMutConcurrentRead($publicId: String) {\n      asset(publicId: $publicId) { tags }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListAssets(\n    $first: Int, $after: String, $resourceType: ResourceType, $type: DeliveryType, $prefix: String,\n    $publicIds: [String!], $assetIds: [String!], $tag: String, $context: ContextFilterInput,\n    $moderation: ModerationFilterInput, $assetFolder: String, $startAt: DateTime, $direction: SortDirection\n  ) {\n    assets(\n      first: $first, after: $after, resourceType: $resourceType, type: $type, prefix: $prefix,\n      publicIds: $publicIds, assetIds: $assetIds, tag: $tag, context: $context, moderation: $moderation,\n      assetFolder: $assetFolder, startAt: $startAt, direction: $direction\n    ) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { assetId publicId } }\n    }\n  }\n"): (typeof documents)["\n  query ListAssets(\n    $first: Int, $after: String, $resourceType: ResourceType, $type: DeliveryType, $prefix: String,\n    $publicIds: [String!], $assetIds: [String!], $tag: String, $context: ContextFilterInput,\n    $moderation: ModerationFilterInput, $assetFolder: String, $startAt: DateTime, $direction: SortDirection\n  ) {\n    assets(\n      first: $first, after: $after, resourceType: $resourceType, type: $type, prefix: $prefix,\n      publicIds: $publicIds, assetIds: $assetIds, tag: $tag, context: $context, moderation: $moderation,\n      assetFolder: $assetFolder, startAt: $startAt, direction: $direction\n    ) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { assetId publicId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SqlRelate($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) { succeeded { code } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation SqlRelate($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) { succeeded { code } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SqlWarmUp {\n    environment { cloudName }\n  }\n"): (typeof documents)["\n  query SqlWarmUp {\n    environment { cloudName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SqlNestedAssets($first: Int) {\n    assets(first: $first) {\n      edges {\n        node {\n          publicId\n          tags\n          context { key value }\n          assetFolder\n          folder { path }\n          relatedAssets(first: 5) { edges { node { publicId tags } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SqlNestedAssets($first: Int) {\n    assets(first: $first) {\n      edges {\n        node {\n          publicId\n          tags\n          context { key value }\n          assetFolder\n          folder { path }\n          relatedAssets(first: 5) { edges { node { publicId tags } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthEnvironment {\n    environment { cloudName }\n  }\n"): (typeof documents)["\n  query AuthEnvironment {\n    environment { cloudName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthOverview($prefix: String) {\n    assets(prefix: $prefix, first: 100) {\n      totalCount\n      edges { node { id assetId publicId tags assetFolder relatedAssets { totalCount edges { node { publicId } } } } }\n    }\n    rootFolders(first: 100) { totalCount edges { node { id path } } }\n    tags(first: 100) { totalCount edges { node { name assetCount } } }\n  }\n"): (typeof documents)["\n  query AuthOverview($prefix: String) {\n    assets(prefix: $prefix, first: 100) {\n      totalCount\n      edges { node { id assetId publicId tags assetFolder relatedAssets { totalCount edges { node { publicId } } } } }\n    }\n    rootFolders(first: 100) { totalCount edges { node { id path } } }\n    tags(first: 100) { totalCount edges { node { name assetCount } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthAsset($assetId: String, $publicId: String) {\n    asset(assetId: $assetId, publicId: $publicId) { id assetId publicId tags assetFolder relatedAssets { totalCount edges { node { publicId } } } }\n  }\n"): (typeof documents)["\n  query AuthAsset($assetId: String, $publicId: String) {\n    asset(assetId: $assetId, publicId: $publicId) { id assetId publicId tags assetFolder relatedAssets { totalCount edges { node { publicId } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Asset { publicId }\n      ... on Folder { path }\n      ... on ApiKey { apiKey }\n    }\n  }\n"): (typeof documents)["\n  query AuthNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Asset { publicId }\n      ... on Folder { path }\n      ... on ApiKey { apiKey }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ... on Asset { publicId }\n      ... on Folder { path }\n    }\n  }\n"): (typeof documents)["\n  query AuthNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ... on Asset { publicId }\n      ... on Folder { path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthFolder($path: String!) {\n    folder(path: $path) { id path }\n  }\n"): (typeof documents)["\n  query AuthFolder($path: String!) {\n    folder(path: $path) { id path }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthSubfolders($path: String!) {\n    subfolders(path: $path) { totalCount }\n  }\n"): (typeof documents)["\n  query AuthSubfolders($path: String!) {\n    subfolders(path: $path) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthApiKeys {\n    apiKeys(first: 500) {\n      totalCount\n      edges { node { id apiKey label role createdAt revokedAt } }\n    }\n  }\n"): (typeof documents)["\n  query AuthApiKeys {\n    apiKeys(first: 500) {\n      totalCount\n      edges { node { id apiKey label role createdAt revokedAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthApiKeyFields {\n    __type(name: \"ApiKey\") { name fields { name } }\n  }\n"): (typeof documents)["\n  query AuthApiKeyFields {\n    __type(name: \"ApiKey\") { name fields { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) { folder { path } createdPaths userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AuthCreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) { folder { path } createdPaths userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthDeleteFolder($input: DeleteFolderInput!) {\n    deleteFolder(input: $input) { deletedPaths userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AuthDeleteFolder($input: DeleteFolderInput!) {\n    deleteFolder(input: $input) { deletedPaths userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthImportAssets($input: ImportAssetsInput!) {\n    importAssets(input: $input) { assets { assetId publicId } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AuthImportAssets($input: ImportAssetsInput!) {\n    importAssets(input: $input) { assets { assetId publicId } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthUpdateAsset($input: UpdateAssetInput!) {\n    updateAsset(input: $input) { asset { publicId tags } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AuthUpdateAsset($input: UpdateAssetInput!) {\n    updateAsset(input: $input) { asset { publicId tags } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthAddRelated($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) {\n      asset { publicId }\n      succeeded { code status }\n      failed { code status target { assetId publicId } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthAddRelated($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) {\n      asset { publicId }\n      succeeded { code status }\n      failed { code status target { assetId publicId } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthDeleteRelated($input: DeleteRelatedAssetsInput!) {\n    deleteRelatedAssets(input: $input) { asset { publicId } succeeded { code } failed { code } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AuthDeleteRelated($input: DeleteRelatedAssetsInput!) {\n    deleteRelatedAssets(input: $input) { asset { publicId } succeeded { code } failed { code } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey { id apiKey label role createdAt revokedAt }\n      apiSecret\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey { id apiKey label role createdAt revokedAt }\n      apiSecret\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthRevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey { apiKey role revokedAt }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthRevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey { apiKey role revokedAt }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeedCreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) { userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation FeedCreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) { userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FanoutEvents($types: [TriggerEventType!]) {\n    events(types: $types) { type sequence payload }\n  }\n"): (typeof documents)["\n  subscription FanoutEvents($types: [TriggerEventType!]) {\n    events(types: $types) { type sequence payload }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FanoutCreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) { userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation FanoutCreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) { userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubEvents($types: [TriggerEventType!], $assetId: String, $after: String) {\n    events(types: $types, assetId: $assetId, after: $after) {\n      __typename\n      sequence\n      cursor\n      type\n      assetIds\n      payload\n      ... on AssetEvent { asset { publicId tags } }\n      ... on FolderEvent { folder { path } }\n    }\n  }\n"): (typeof documents)["\n  subscription SubEvents($types: [TriggerEventType!], $assetId: String, $after: String) {\n    events(types: $types, assetId: $assetId, after: $after) {\n      __typename\n      sequence\n      cursor\n      type\n      assetIds\n      payload\n      ... on AssetEvent { asset { publicId tags } }\n      ... on FolderEvent { folder { path } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubAssetChanged($assetId: String!) {\n    assetChanged(assetId: $assetId) { type sequence assetIds }\n  }\n"): (typeof documents)["\n  subscription SubAssetChanged($assetId: String!) {\n    assetChanged(assetId: $assetId) { type sequence assetIds }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubRetag($input: UpdateAssetInput!) {\n    updateAsset(input: $input) { userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation SubRetag($input: UpdateAssetInput!) {\n    updateAsset(input: $input) { userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubCreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) { userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation SubCreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) { userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { apiKey { apiKey } apiSecret }\n  }\n"): (typeof documents)["\n  mutation SubCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { apiKey { apiKey } apiSecret }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubRevokeKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) { userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation SubRevokeKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) { userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhDeliveries($status: WebhookDeliveryStatus, $first: Int, $after: String) {\n    webhookDeliveries(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id\n          deliveryId\n          eventId\n          eventSequence\n          eventType\n          uri\n          status\n          attempts\n          lastResponseCode\n          lastError\n          lastAttemptAt\n          nextAttemptAt\n          deliveredAt\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WhDeliveries($status: WebhookDeliveryStatus, $first: Int, $after: String) {\n    webhookDeliveries(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id\n          deliveryId\n          eventId\n          eventSequence\n          eventType\n          uri\n          status\n          attempts\n          lastResponseCode\n          lastError\n          lastAttemptAt\n          nextAttemptAt\n          deliveredAt\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhRedeliver($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) {\n      delivery { id deliveryId status attempts eventSequence nextAttemptAt deliveredAt }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation WhRedeliver($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) {\n      delivery { id deliveryId status attempts eventSequence nextAttemptAt deliveredAt }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      signatureAlgorithm\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation WhSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      signatureAlgorithm\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhReadSettings {\n    notificationSettings { signatureAlgorithm }\n  }\n"): (typeof documents)["\n  query WhReadSettings {\n    notificationSettings { signatureAlgorithm }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhNode($id: ID!) {\n    node(id: $id) { __typename ... on WebhookDelivery { deliveryId uri } }\n  }\n"): (typeof documents)["\n  query WhNode($id: ID!) {\n    node(id: $id) { __typename ... on WebhookDelivery { deliveryId uri } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FoldersCreate($input: CreateFolderInput!) {\n    createFolder(input: $input) {\n      folder { externalId name path }\n      createdPaths\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation FoldersCreate($input: CreateFolderInput!) {\n    createFolder(input: $input) {\n      folder { externalId name path }\n      createdPaths\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FoldersByPath($path: String!) {\n    folder(path: $path) { externalId name path updatedAt }\n  }\n"): (typeof documents)["\n  query FoldersByPath($path: String!) {\n    folder(path: $path) { externalId name path updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FoldersRoot($first: Int, $after: String) {\n    rootFolders(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { name path } }\n    }\n  }\n"): (typeof documents)["\n  query FoldersRoot($first: Int, $after: String) {\n    rootFolders(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { name path } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FoldersSub($path: String!, $first: Int, $after: String) {\n    subfolders(path: $path, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { name path } }\n    }\n  }\n"): (typeof documents)["\n  query FoldersSub($path: String!, $first: Int, $after: String) {\n    subfolders(path: $path, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { name path } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FoldersUpdate($input: UpdateFolderInput!) {\n    updateFolder(input: $input) {\n      from { name path }\n      folder { externalId name path }\n      movedFolderCount\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation FoldersUpdate($input: UpdateFolderInput!) {\n    updateFolder(input: $input) {\n      from { name path }\n      folder { externalId name path }\n      movedFolderCount\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FoldersDelete($input: DeleteFolderInput!) {\n    deleteFolder(input: $input) {\n      deletedPaths\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation FoldersDelete($input: DeleteFolderInput!) {\n    deleteFolder(input: $input) {\n      deletedPaths\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FoldersAssets($assetFolder: String!) {\n    assets(assetFolder: $assetFolder, direction: ASC) {\n      totalCount\n      edges { node { publicId assetFolder } }\n    }\n  }\n"): (typeof documents)["\n  query FoldersAssets($assetFolder: String!) {\n    assets(assetFolder: $assetFolder, direction: ASC) {\n      totalCount\n      edges { node { publicId assetFolder } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportFixtures($input: ImportAssetsInput!) {\n    importAssets(input: $input) {\n      assets { assetId publicId }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportFixtures($input: ImportAssetsInput!) {\n    importAssets(input: $input) {\n      assets { assetId publicId }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RelAdd($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) {\n      asset { publicId relatedAssets { totalCount edges { node { publicId } } } }\n      succeeded { target { assetId publicId resourceType type } asset { assetId publicId } code message status }\n      failed { target { assetId publicId resourceType type } asset { assetId publicId } code message status }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation RelAdd($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) {\n      asset { publicId relatedAssets { totalCount edges { node { publicId } } } }\n      succeeded { target { assetId publicId resourceType type } asset { assetId publicId } code message status }\n      failed { target { assetId publicId resourceType type } asset { assetId publicId } code message status }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RelDelete($input: DeleteRelatedAssetsInput!) {\n    deleteRelatedAssets(input: $input) {\n      asset { publicId relatedAssets { totalCount edges { node { publicId } } } }\n      succeeded { target { assetId publicId resourceType type } asset { assetId publicId } code message status }\n      failed { target { assetId publicId resourceType type } asset { assetId publicId } code message status }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation RelDelete($input: DeleteRelatedAssetsInput!) {\n    deleteRelatedAssets(input: $input) {\n      asset { publicId relatedAssets { totalCount edges { node { publicId } } } }\n      succeeded { target { assetId publicId resourceType type } asset { assetId publicId } code message status }\n      failed { target { assetId publicId resourceType type } asset { assetId publicId } code message status }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelRelated($publicId: String!, $resourceType: ResourceType, $type: DeliveryType, $first: Int, $after: String) {\n    asset(publicId: $publicId, resourceType: $resourceType, type: $type) {\n      assetId\n      publicId\n      relatedAssets(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { cursor node { assetId publicId resourceType type relatedAssets { totalCount } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RelRelated($publicId: String!, $resourceType: ResourceType, $type: DeliveryType, $first: Int, $after: String) {\n    asset(publicId: $publicId, resourceType: $resourceType, type: $type) {\n      assetId\n      publicId\n      relatedAssets(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { cursor node { assetId publicId resourceType type relatedAssets { totalCount } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelCounts($publicId: String!) {\n    asset(publicId: $publicId) { relatedAssets { totalCount } cursors: relatedAssets(first: 2) { edges { cursor } } }\n    assets(prefix: \"rel/\", first: 20) { edges { node { publicId relatedAssets { totalCount } } } }\n  }\n"): (typeof documents)["\n  query RelCounts($publicId: String!) {\n    asset(publicId: $publicId) { relatedAssets { totalCount } cursors: relatedAssets(first: 2) { edges { cursor } } }\n    assets(prefix: \"rel/\", first: 20) { edges { node { publicId relatedAssets { totalCount } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchFixtureUpdate($input: UpdateAssetInput!) {\n    updateAsset(input: $input) { asset { publicId } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation SearchFixtureUpdate($input: UpdateAssetInput!) {\n    updateAsset(input: $input) { asset { publicId } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchApiPage($expression: String, $filter: AssetFilter, $sortBy: [SortInput!], $first: Int, $after: String) {\n    searchAssets(expression: $expression, filter: $filter, sortBy: $sortBy, first: $first, after: $after) {\n      totalCount\n      time\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { publicId bytes createdAt } }\n    }\n  }\n"): (typeof documents)["\n  query SearchApiPage($expression: String, $filter: AssetFilter, $sortBy: [SortInput!], $first: Int, $after: String) {\n    searchAssets(expression: $expression, filter: $filter, sortBy: $sortBy, first: $first, after: $after) {\n      totalCount\n      time\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { publicId bytes createdAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchApiAggregate($expression: String, $aggregate: [AggregateInput!]) {\n    searchAssets(expression: $expression, aggregate: $aggregate, first: 1) {\n      totalCount\n      aggregations { field buckets { key count } }\n    }\n  }\n"): (typeof documents)["\n  query SearchApiAggregate($expression: String, $aggregate: [AggregateInput!]) {\n    searchAssets(expression: $expression, aggregate: $aggregate, first: 1) {\n      totalCount\n      aggregations { field buckets { key count } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchTable($expression: String, $first: Int) {\n    searchAssets(expression: $expression, first: $first) {\n      totalCount\n      edges { node { publicId } }\n      pageInfo { hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query SearchTable($expression: String, $first: Int) {\n    searchAssets(expression: $expression, first: $first) {\n      totalCount\n      edges { node { publicId } }\n      pageInfo { hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchFixed($expression: String) {\n    searchAssets(expression: $expression, first: 100) { edges { node { publicId } } }\n  }\n"): (typeof documents)["\n  query SearchFixed($expression: String) {\n    searchAssets(expression: $expression, first: 100) { edges { node { publicId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchFixedFolders($expression: String) {\n    searchFolders(expression: $expression) { totalCount }\n  }\n"): (typeof documents)["\n  query SearchFixedFolders($expression: String) {\n    searchFolders(expression: $expression) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchFoldersCreate($input: CreateFolderInput!) {\n    createFolder(input: $input) { folder { externalId path } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation SearchFoldersCreate($input: CreateFolderInput!) {\n    createFolder(input: $input) { folder { externalId path } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchFoldersUpdate($input: UpdateFolderInput!) {\n    updateFolder(input: $input) { folder { path } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation SearchFoldersUpdate($input: UpdateFolderInput!) {\n    updateFolder(input: $input) { folder { path } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchFolders($expression: String, $sortBy: [SortInput!], $first: Int, $after: String) {\n    searchFolders(expression: $expression, sortBy: $sortBy, first: $first, after: $after) {\n      totalCount\n      time\n      pageInfo { hasNextPage endCursor }\n      edges { node { name path externalId createdAt } }\n    }\n  }\n"): (typeof documents)["\n  query SearchFolders($expression: String, $sortBy: [SortInput!], $first: Int, $after: String) {\n    searchFolders(expression: $expression, sortBy: $sortBy, first: $first, after: $after) {\n      totalCount\n      time\n      pageInfo { hasNextPage endCursor }\n      edges { node { name path externalId createdAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchFuzz($expression: String, $sortBy: [SortInput!]) {\n    searchAssets(expression: $expression, sortBy: $sortBy, first: 5) {\n      totalCount\n      edges { node { publicId } }\n    }\n  }\n"): (typeof documents)["\n  query SearchFuzz($expression: String, $sortBy: [SortInput!]) {\n    searchAssets(expression: $expression, sortBy: $sortBy, first: 5) {\n      totalCount\n      edges { node { publicId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchSqlRelate($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) { userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation SearchSqlRelate($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) { userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSqlWarmUp { environment { cloudName } }\n"): (typeof documents)["\n  query SearchSqlWarmUp { environment { cloudName } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSqlNested($first: Int) {\n    searchAssets(expression: \"stmt AND tags:even\", sortBy: [{ field: \"public_id\", direction: DESC }], first: $first) {\n      totalCount\n      edges {\n        node {\n          publicId\n          tags\n          context { key value }\n          assetFolder\n          relatedAssets(first: 5) { edges { node { publicId tags } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchSqlNested($first: Int) {\n    searchAssets(expression: \"stmt AND tags:even\", sortBy: [{ field: \"public_id\", direction: DESC }], first: $first) {\n      totalCount\n      edges {\n        node {\n          publicId\n          tags\n          context { key value }\n          assetFolder\n          relatedAssets(first: 5) { edges { node { publicId tags } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagsList($resourceType: ResourceType, $prefix: String, $first: Int, $after: String) {\n    tags(resourceType: $resourceType, prefix: $prefix, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { name resourceType assetCount } }\n    }\n  }\n"): (typeof documents)["\n  query TagsList($resourceType: ResourceType, $prefix: String, $first: Int, $after: String) {\n    tags(resourceType: $resourceType, prefix: $prefix, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { name resourceType assetCount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TagsRetag($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      asset { publicId tags }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation TagsRetag($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      asset { publicId tags }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TriggersCreate($input: CreateTriggerInput!) {\n    createTrigger(input: $input) {\n      trigger { id externalId eventType uri uriType createdAt updatedAt }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation TriggersCreate($input: CreateTriggerInput!) {\n    createTrigger(input: $input) {\n      trigger { id externalId eventType uri uriType createdAt updatedAt }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TriggersUpdate($input: UpdateTriggerInput!) {\n    updateTrigger(input: $input) {\n      trigger { id externalId eventType uri uriType createdAt updatedAt }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation TriggersUpdate($input: UpdateTriggerInput!) {\n    updateTrigger(input: $input) {\n      trigger { id externalId eventType uri uriType createdAt updatedAt }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TriggersDelete($input: DeleteTriggerInput!) {\n    deleteTrigger(input: $input) {\n      deletedId\n      externalId\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation TriggersDelete($input: DeleteTriggerInput!) {\n    deleteTrigger(input: $input) {\n      deletedId\n      externalId\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TriggersList($eventType: TriggerEventType, $first: Int, $after: String) {\n    triggers(eventType: $eventType, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { id externalId eventType uri uriType } }\n    }\n  }\n"): (typeof documents)["\n  query TriggersList($eventType: TriggerEventType, $first: Int, $after: String) {\n    triggers(eventType: $eventType, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { id externalId eventType uri uriType } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TriggersNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Trigger { externalId eventType uri uriType }\n    }\n  }\n"): (typeof documents)["\n  query TriggersNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Trigger { externalId eventType uri uriType }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TriggersCreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) {\n      createdPaths\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation TriggersCreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) {\n      createdPaths\n      userErrors { code field message }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;