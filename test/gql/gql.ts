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
    "\n  mutation ImageParamsUpdate($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      asset {\n        faceCoordinates customCoordinates regions qualityOverride visualSearchIndexed\n        addonRequests { kind value autoTagging status }\n      }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ImageParamsUpdateDocument,
    "\n  query ImageParamsGet($publicId: String!, $resourceType: ResourceType) {\n    asset(publicId: $publicId, resourceType: $resourceType) { faceCoordinates customCoordinates regions qualityOverride visualSearchIndexed addonRequests { kind } }\n  }\n": typeof types.ImageParamsGetDocument,
    "\n  mutation AccessUpdateAsset($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      asset {\n        assetId tags\n        moderation { kind status }\n        accessControl { accessType start end }\n        lastUpdated { accessControlUpdatedAt tagsUpdatedAt }\n      }\n      userErrors { code field message }\n    }\n  }\n": typeof types.AccessUpdateAssetDocument,
    "\n  query AccessByModeration($kind: ModerationKind!, $status: ModerationStatus!) {\n    assets(moderation: { kind: $kind, status: $status }, first: 50) { edges { node { publicId } } }\n  }\n": typeof types.AccessByModerationDocument,
    "\n  mutation AccessMode($input: UpdateAssetsAccessModeInput!) {\n    updateAssetsAccessMode(input: $input) {\n      updated { publicId accessMode lastUpdated { accessControlUpdatedAt } }\n      failed { publicId index message }\n      userErrors { code field message }\n    }\n  }\n": typeof types.AccessModeDocument,
    "\n  query AccessGet($publicId: String!) {\n    asset(publicId: $publicId) { accessMode accessControl { accessType start end } moderation { kind status } lastUpdated { accessControlUpdatedAt } }\n  }\n": typeof types.AccessGetDocument,
    "\n  mutation LcDelete($input: DeleteAssetsInput!) {\n    deleteAssets(input: $input) {\n      deleted { assetId publicId resourceType type status }\n      deletedDerivedCount partial nextCursor\n      userErrors { code field message }\n    }\n  }\n": typeof types.LcDeleteDocument,
    "\n  mutation LcDeletePrefix($input: DeleteAssetsByPrefixInput!) {\n    deleteAssetsByPrefix(input: $input) { deleted { publicId status } deletedDerivedCount partial nextCursor userErrors { code field message } }\n  }\n": typeof types.LcDeletePrefixDocument,
    "\n  mutation LcDeleteTag($input: DeleteAssetsByTagInput!) {\n    deleteAssetsByTag(input: $input) { deleted { publicId status } deletedDerivedCount partial nextCursor userErrors { code field message } }\n  }\n": typeof types.LcDeleteTagDocument,
    "\n  query LcTags($prefix: String) { tags(prefix: $prefix, first: 500) { edges { node { name assetCount } } } }\n": typeof types.LcTagsDocument,
    "\n  query LcTransformationDerived($nameOrParams: String!) { transformation(nameOrParams: $nameOrParams) { derived { totalCount } } }\n": typeof types.LcTransformationDerivedDocument,
    "\n  mutation LcImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) { assets { publicId backupBytes versions { totalCount } } userErrors { code field message } }\n  }\n": typeof types.LcImportDocument,
    "\n  mutation LcDeleteDerived($input: DeleteDerivedResourcesInput!) {\n    deleteDerivedResources(input: $input) { deletedIds notFoundIds userErrors { code field message } }\n  }\n": typeof types.LcDeleteDerivedDocument,
    "\n  mutation LcDeleteVersions($input: DeleteAssetBackupVersionsInput!) {\n    deleteAssetBackupVersions(input: $input) { asset { publicId backupBytes } deletedVersionIds userErrors { code field message } }\n  }\n": typeof types.LcDeleteVersionsDocument,
    "\n  query LcAssetState($assetId: String, $publicId: String, $first: Int, $versionsFirst: Int, $after: String) {\n    asset(assetId: $assetId, publicId: $publicId) {\n      assetId publicId status version format bytes backupBytes tags\n      derived(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { derivedResourceId transformation format bytes } }\n      }\n      versions(first: $versionsFirst) { totalCount edges { node { versionId version format size restorable } } }\n    }\n  }\n": typeof types.LcAssetStateDocument,
    "\n  query LcList($prefix: String, $tag: String) {\n    assets(prefix: $prefix, tag: $tag, first: 500) { totalCount edges { node { publicId } } }\n  }\n": typeof types.LcListDocument,
    "\n  mutation LcNotifyRestore($input: RestoreAssetsInput!) {\n    restoreAssets(input: $input) { restored { assetId version } userErrors { code field message } }\n  }\n": typeof types.LcNotifyRestoreDocument,
    "\n  mutation LcNotifyDelete($input: DeleteAssetsInput!) { deleteAssets(input: $input) { userErrors { code } } }\n": typeof types.LcNotifyDeleteDocument,
    "\n  mutation LcNotifyTrigger($input: CreateTriggerInput!) { createTrigger(input: $input) { userErrors { code field message } } }\n": typeof types.LcNotifyTriggerDocument,
    "\n  mutation LcRestore($input: RestoreAssetsInput!) {\n    restoreAssets(input: $input) {\n      restored { assetId publicId status version format bytes backupBytes tags }\n      userErrors { code field message }\n    }\n  }\n": typeof types.LcRestoreDocument,
    "\n  mutation LcRestoreDelete($input: DeleteAssetsInput!) {\n    deleteAssets(input: $input) { deleted { status } userErrors { code } }\n  }\n": typeof types.LcRestoreDeleteDocument,
    "\n  query LcSqlNested($first: Int) {\n    assets(first: $first) {\n      edges {\n        node {\n          publicId\n          thumb: secureUrl(transformation: \"c_fill,w_100,h_100\")\n          derived(first: 3) { totalCount edges { node { transformation bytes url } } }\n          versions(first: 2) { totalCount edges { node { versionId size } } }\n        }\n      }\n    }\n  }\n": typeof types.LcSqlNestedDocument,
    "\n  query AssetLookup($publicId: String, $resourceType: ResourceType, $type: DeliveryType) {\n    asset(publicId: $publicId, resourceType: $resourceType, type: $type) { publicId resourceType type }\n  }\n": typeof types.AssetLookupDocument,
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
    "\n  mutation PrRelate($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) { userErrors { code field message } }\n  }\n": typeof types.PrRelateDocument,
    "\n  mutation PrDelete($input: DeleteAssetsInput!) {\n    deleteAssets(input: $input) { userErrors { code field message } }\n  }\n": typeof types.PrDeleteDocument,
    "\n  query PrPage($first: Int, $related: Int) {\n    assets(first: $first, prefix: \"pr-\") {\n      edges {\n        node {\n          publicId\n          relatedAssets(first: $related) {\n            pageInfo { hasNextPage endCursor }\n            edges { cursor node { publicId tags } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PrPageDocument,
    "\n  query PrOne($publicId: String!, $related: Int, $after: String) {\n    asset(publicId: $publicId) {\n      relatedAssets(first: $related, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { publicId tags } }\n      }\n    }\n  }\n": typeof types.PrOneDocument,
    "\n  mutation SqlRelate($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) { succeeded { code } userErrors { code field message } }\n  }\n": typeof types.SqlRelateDocument,
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
    "\n  query LostAssets {\n    assets(first: 5) { edges { node { publicId } } }\n  }\n": typeof types.LostAssetsDocument,
    "\n  query IsolationCount { assets(first: 50) { totalCount edges { node { publicId tags } } } }\n": typeof types.IsolationCountDocument,
    "\n  query IsolationPageBytes { assets(first: 50, prefix: \"big-\") { edges { node { publicId bytes relatedAssets(first: 5) { edges { node { publicId bytes } } } } } } }\n": typeof types.IsolationPageBytesDocument,
    "mutation IsolationRelate($input: AddRelatedAssetsInput!) { addRelatedAssets(input: $input) { userErrors { code } } }": typeof types.IsolationRelateDocument,
    "\n  query ConfigRead { config { cloudName createdAt settings { folderMode } } }\n": typeof types.ConfigReadDocument,
    "\n  query PingRead { ping { status } }\n": typeof types.PingReadDocument,
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
    "\n  query StatementsWarmUp { environment { cloudName } }\n": typeof types.StatementsWarmUpDocument,
    "\n  mutation InputValuesImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) {\n      assets { publicId displayName tags context { key value } bytes }\n      userErrors { code field message }\n    }\n  }\n": typeof types.InputValuesImportDocument,
    "\n  mutation InputValuesUpdate($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      asset { tags }\n      userErrors { code field message }\n    }\n  }\n": typeof types.InputValuesUpdateDocument,
    "\n  query InputValuesAsset($publicId: String!) {\n    asset(publicId: $publicId) { publicId tags }\n  }\n": typeof types.InputValuesAssetDocument,
    "\n  query InputValuesCount {\n    assets(first: 1) { totalCount }\n  }\n": typeof types.InputValuesCountDocument,
    "\n  mutation InputValuesAccess($input: RecordAssetAccessesInput!) {\n    recordAssetAccesses(input: $input) { recorded userErrors { code field message } }\n  }\n": typeof types.InputValuesAccessDocument,
    "\n  query InputValuesSearch($filter: AssetFilter) {\n    searchAssets(filter: $filter, first: 5) { totalCount }\n  }\n": typeof types.InputValuesSearchDocument,
    "\n    query InputValuesVisual($text: String!) {\n      visualSearchAssets(text: $text, first: 5) { totalCount }\n    }\n  ": typeof types.InputValuesVisualDocument,
    "\n  mutation LarRecord($input: RecordAssetAccessesInput!) {\n    recordAssetAccesses(input: $input) { recorded assets userErrors { code field message } }\n  }\n": typeof types.LarRecordDocument,
    "\n  mutation LarCreate($input: CreateLastAccessReportInput!) {\n    createLastAccessReport(input: $input) {\n      report {\n        id reportId status createdAt completedAt\n        params { fromDate toDate resourceType type excludeFolders sortBy direction }\n      }\n      userErrors { code field message }\n    }\n  }\n": typeof types.LarCreateDocument,
    "\n  query LarAssets($id: String!, $first: Int, $after: String) {\n    lastAccessReport(id: $id) {\n      reportId\n      assets(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { lastAccess node { publicId resourceType lastAccessedAt } }\n      }\n    }\n  }\n": typeof types.LarAssetsDocument,
    "\n  query LarList($first: Int, $after: String) {\n    lastAccessReports(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { reportId status } } }\n  }\n": typeof types.LarListDocument,
    "\n  query LarNode($id: ID!) { node(id: $id) { __typename ... on LastAccessReport { reportId } } }\n": typeof types.LarNodeDocument,
    "\n  query LarUsage { usage { requests bandwidth { usage } } }\n": typeof types.LarUsageDocument,
    "\n  mutation LarImport($input: ImportAssetsInput!) { importAssets(input: $input) { assets { assetId publicId } userErrors { code field message } } }\n": typeof types.LarImportDocument,
    "\n  mutation SqlLarRecord($input: RecordAssetAccessesInput!) { recordAssetAccesses(input: $input) { recorded userErrors { code field message } } }\n": typeof types.SqlLarRecordDocument,
    "\n  mutation SqlLarUpdate($input: UpdateAssetInput!) { updateAsset(input: $input) { userErrors { code field message } } }\n": typeof types.SqlLarUpdateDocument,
    "\n  mutation SqlLarCreate($input: CreateLastAccessReportInput!) { createLastAccessReport(input: $input) { report { reportId } userErrors { code field message } } }\n": typeof types.SqlLarCreateDocument,
    "\n  query SqlLarReportAssets($id: String!, $first: Int) {\n    lastAccessReport(id: $id) {\n      status\n      assets(first: $first) {\n        edges {\n          lastAccess\n          node { publicId tags lastAccessedAt accessControl { accessType } faceCoordinates qualityOverride visualSearchIndexed addonRequests { kind } moderation { status } }\n        }\n      }\n    }\n  }\n": typeof types.SqlLarReportAssetsDocument,
    "\n  query SqlLarAssets($first: Int) {\n    assets(first: $first) { edges { node { publicId lastAccessedAt accessControl { accessType } faceCoordinates regions addonRequests { kind value } } } }\n  }\n": typeof types.SqlLarAssetsDocument,
    "\n  query SqlLarUsage { usage { storage { usage } objects { usage } requests resources derivedResources transformations { usage } } }\n": typeof types.SqlLarUsageDocument,
    "\n  query SqlLarReportsWithAssets($first: Int) {\n    lastAccessReports(first: $first) {\n      totalCount\n      edges { node { reportId assets(first: 3) { totalCount pageInfo { hasNextPage } edges { lastAccess node { publicId tags } } } } }\n    }\n  }\n": typeof types.SqlLarReportsWithAssetsDocument,
    "\n  mutation ReviewUpdateRule($input: UpdateMetadataRuleInput!) {\n    updateMetadataRule(input: $input) { metadataRule { externalId state } userErrors { code field message } }\n  }\n": typeof types.ReviewUpdateRuleDocument,
    "\n  mutation ReviewRuleDeleteField($input: DeleteMetadataFieldInput!) {\n    deleteMetadataField(input: $input) { deletedExternalId userErrors { code field message } }\n  }\n": typeof types.ReviewRuleDeleteFieldDocument,
    "\n  query RulesList($first: Int, $after: String) {\n    metadataRules(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { externalId name metadataFieldId position state } }\n    }\n  }\n": typeof types.RulesListDocument,
    "\n  mutation RulesUpdate($input: UpdateMetadataRuleInput!) {\n    updateMetadataRule(input: $input) {\n      metadataRule { externalId name state conditionJson resultJson conditionSignature }\n      userErrors { code field message }\n    }\n  }\n": typeof types.RulesUpdateDocument,
    "\n  mutation RulesDelete($input: DeleteMetadataRuleInput!) {\n    deleteMetadataRule(input: $input) { deletedExternalId userErrors { code field message } }\n  }\n": typeof types.RulesDeleteDocument,
    "\n  query RulesNode($id: ID!) {\n    node(id: $id) { __typename ... on MetadataRule { externalId metadataFieldId } }\n  }\n": typeof types.RulesNodeDocument,
    "\n  mutation MetaDsUpsert($input: UpdateMetadataDatasourceInput!) {\n    updateMetadataDatasource(input: $input) {\n      metadataField { externalId datasource { values { externalId value state position } } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.MetaDsUpsertDocument,
    "\n  mutation MetaDsDelete($input: DeleteMetadataDatasourceEntriesInput!) {\n    deleteMetadataDatasourceEntries(input: $input) {\n      metadataField { datasource { values { externalId value state } } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.MetaDsDeleteDocument,
    "\n  mutation MetaDsRestore($input: RestoreMetadataDatasourceEntriesInput!) {\n    restoreMetadataDatasourceEntries(input: $input) {\n      metadataField { datasource { values { externalId value state } } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.MetaDsRestoreDocument,
    "\n  mutation MetaDsOrder($input: OrderMetadataDatasourceInput!) {\n    orderMetadataDatasource(input: $input) {\n      metadataField { datasource { values { externalId value position } } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.MetaDsOrderDocument,
    "\n  query MetaDsSearch($term: String!, $first: Int) {\n    searchMetadataDatasource(term: $term, first: $first) { fieldId id value field { label } }\n  }\n": typeof types.MetaDsSearchDocument,
    "\n  query MetaListFields($first: Int, $after: String) {\n    metadataFields(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { externalId type label } }\n    }\n  }\n": typeof types.MetaListFieldsDocument,
    "\n  query MetaOneField($externalId: String!) {\n    metadataField(externalId: $externalId) { ...MetaFieldParts }\n  }\n": typeof types.MetaOneFieldDocument,
    "\n  query MetaFieldNode($id: ID!) {\n    node(id: $id) { __typename ... on MetadataField { externalId label } }\n  }\n": typeof types.MetaFieldNodeDocument,
    "\n  mutation MetaUpdateField($input: UpdateMetadataFieldInput!) {\n    updateMetadataField(input: $input) {\n      metadataField { ...MetaFieldParts }\n      userErrors { code field message }\n    }\n  }\n": typeof types.MetaUpdateFieldDocument,
    "\n  mutation MetaDeleteField($input: DeleteMetadataFieldInput!) {\n    deleteMetadataField(input: $input) { deletedExternalId userErrors { code field message } }\n  }\n": typeof types.MetaDeleteFieldDocument,
    "\n  query MetaRuleState {\n    metadataRules { edges { node { externalId state metadataFieldId metadataField { externalId } } } }\n  }\n": typeof types.MetaRuleStateDocument,
    "\n  fragment MetaFieldParts on MetadataField {\n    id externalId type label mandatory defaultDisabled defaultValue allowDynamicListValues\n    restrictions { readonlyUi }\n    validationJson\n    validation {\n      __typename\n      ... on GreaterThanValidation { value equals }\n      ... on LessThanValidation { value equals }\n      ... on StrlenValidation { min max }\n      ... on StrregexValidation { regex }\n      ... on AndValidation { rules { __typename ... on GreaterThanValidation { value equals } ... on LessThanValidation { value equals } ... on StrlenValidation { min max } ... on StrregexValidation { regex } } }\n    }\n    datasource { values { externalId value state position } }\n  }\n": typeof types.MetaFieldPartsFragmentDoc,
    "\n  mutation MetaCreateField($input: CreateMetadataFieldInput!) {\n    createMetadataField(input: $input) {\n      metadataField { ...MetaFieldParts }\n      userErrors { code field message }\n    }\n  }\n": typeof types.MetaCreateFieldDocument,
    "\n  query MetaAsset($publicId: String!) {\n    asset(publicId: $publicId) {\n      assetId\n      lastUpdated { metadataUpdatedAt }\n      metadata {\n        __typename externalId value\n        ... on StringMetadataValue { text }\n        ... on IntegerMetadataValue { number }\n        ... on DateMetadataValue { date }\n        ... on EnumMetadataValue { entryExternalId entry { value state } }\n        ... on SetMetadataValue { entryExternalIds entries { externalId value } }\n      }\n      metadataRuleTrace {\n        rules { ruleExternalId name metadataFieldId conditionMet effects { action applied detail } rule { externalId name state } }\n        fields { externalId enabled mandatory activeValues }\n      }\n    }\n  }\n": typeof types.MetaAssetDocument,
    "\n  mutation MetaSetMetadata($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      asset {\n        metadata { externalId value }\n        metadataRuleTrace { rules { ruleExternalId conditionMet effects { action applied detail } } fields { externalId enabled mandatory activeValues } }\n      }\n      userErrors { code field message }\n    }\n  }\n": typeof types.MetaSetMetadataDocument,
    "\n  mutation MetaCreateRule($input: CreateMetadataRuleInput!) {\n    createMetadataRule(input: $input) {\n      metadataRule {\n        id externalId name metadataFieldId conditionJson resultJson conditionSignature state position\n        metadataField { externalId }\n        condition { metadataFieldId populated includes equals and { metadataFieldId equals populated includes or { metadataFieldId equals } } or { metadataFieldId equals } }\n        result { enable setMandatory activateValues { all externalIds mode } applyValue { value mode } }\n      }\n      userErrors { code field message }\n    }\n  }\n": typeof types.MetaCreateRuleDocument,
    "\n  mutation ReviewDeleteField($input: DeleteMetadataFieldInput!) {\n    deleteMetadataField(input: $input) { deletedExternalId userErrors { code field message } }\n  }\n": typeof types.ReviewDeleteFieldDocument,
    "\n  mutation ReviewImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) {\n      assets { publicId metadata { externalId value } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ReviewImportDocument,
    "\n  mutation ReviewDeactivate($input: DeleteMetadataDatasourceEntriesInput!) {\n    deleteMetadataDatasourceEntries(input: $input) { metadataField { datasource { values { externalId state } } } userErrors { code field message } }\n  }\n": typeof types.ReviewDeactivateDocument,
    "\n  mutation ReviewTwoDatasourceWrites($a: UpdateMetadataDatasourceInput!, $b: UpdateMetadataDatasourceInput!) {\n    a: updateMetadataDatasource(input: $a) { metadataField { datasource { values { externalId } } } userErrors { code } }\n    b: updateMetadataDatasource(input: $b) { metadataField { datasource { values { externalId } } } userErrors { code } }\n  }\n": typeof types.ReviewTwoDatasourceWritesDocument,
    "\n  mutation ReviewLabelBetweenWrites($a: UpdateAssetInput!, $field: UpdateMetadataFieldInput!, $c: UpdateAssetInput!) {\n    a: updateAsset(input: $a) { asset { metadata { field { label } } } userErrors { code } }\n    b: updateMetadataField(input: $field) { metadataField { label } userErrors { code } }\n    c: updateAsset(input: $c) { asset { metadata { field { label } } } userErrors { code } }\n  }\n": typeof types.ReviewLabelBetweenWritesDocument,
    "\n  mutation ReviewBulk($input: UpdateMetadataInput!) {\n    updateMetadata(input: $input) { results { success } userErrors { code field message } }\n  }\n": typeof types.ReviewBulkDocument,
    "\n  query ReviewSearchEntries($term: String!) {\n    searchMetadataDatasource(term: $term) { id }\n  }\n": typeof types.ReviewSearchEntriesDocument,
    "\n  mutation MetaSqlImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) { assets { assetId } userErrors { code field message } }\n  }\n": typeof types.MetaSqlImportDocument,
    "\n  query MetaSqlAssets($first: Int) {\n    assets(first: $first, direction: ASC) {\n      edges {\n        node {\n          publicId\n          metadata {\n            __typename externalId value\n            field { externalId type label datasource { values { externalId } } }\n            ... on StringMetadataValue { text }\n            ... on IntegerMetadataValue { number }\n            ... on DateMetadataValue { date }\n            ... on EnumMetadataValue { entry { externalId value } }\n            ... on SetMetadataValue { entries { externalId value } }\n          }\n          metadataRuleTrace { rules { ruleExternalId conditionMet } }\n        }\n      }\n    }\n  }\n": typeof types.MetaSqlAssetsDocument,
    "\n  mutation MetaImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) {\n      assets { publicId metadata { externalId value } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.MetaImportDocument,
    "\n  mutation MetaBulk($input: UpdateMetadataInput!) {\n    updateMetadata(input: $input) {\n      results { success changed asset { publicId metadata { externalId value } } userErrors { code field message } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.MetaBulkDocument,
    "\n  mutation MetaValuesDeleteField($input: DeleteMetadataFieldInput!) {\n    deleteMetadataField(input: $input) { deletedExternalId userErrors { code field message } }\n  }\n": typeof types.MetaValuesDeleteFieldDocument,
    "\n  query MetaTagged($publicId: String!) {\n    asset(publicId: $publicId) { tags lastUpdated { metadataUpdatedAt tagsUpdatedAt } }\n  }\n": typeof types.MetaTaggedDocument,
    "\n  mutation RelAdd($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) {\n      asset { publicId relatedAssets { totalCount edges { node { publicId } } } }\n      succeeded { target { assetId publicId resourceType type } asset { assetId publicId } code message status }\n      failed { target { assetId publicId resourceType type } asset { assetId publicId } code message status }\n      userErrors { code field message }\n    }\n  }\n": typeof types.RelAddDocument,
    "\n  mutation RelDelete($input: DeleteRelatedAssetsInput!) {\n    deleteRelatedAssets(input: $input) {\n      asset { publicId relatedAssets { totalCount edges { node { publicId } } } }\n      succeeded { target { assetId publicId resourceType type } asset { assetId publicId } code message status }\n      failed { target { assetId publicId resourceType type } asset { assetId publicId } code message status }\n      userErrors { code field message }\n    }\n  }\n": typeof types.RelDeleteDocument,
    "\n  query RelRelated($publicId: String!, $resourceType: ResourceType, $type: DeliveryType, $first: Int, $after: String) {\n    asset(publicId: $publicId, resourceType: $resourceType, type: $type) {\n      assetId\n      publicId\n      relatedAssets(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { cursor node { assetId publicId resourceType type relatedAssets { totalCount } } }\n      }\n    }\n  }\n": typeof types.RelRelatedDocument,
    "\n  query RelCounts($publicId: String!) {\n    asset(publicId: $publicId) { relatedAssets { totalCount } cursors: relatedAssets(first: 2) { edges { cursor } } }\n    assets(prefix: \"rel/\", first: 20) { edges { node { publicId relatedAssets { totalCount } } } }\n  }\n": typeof types.RelCountsDocument,
    "\n  query RestCursorList($prefix: String, $first: Int, $after: String) {\n    assets(resourceType: IMAGE, prefix: $prefix, first: $first, after: $after) { pageInfo { endCursor hasNextPage } edges { node { publicId } } }\n  }\n": typeof types.RestCursorListDocument,
    "query RestRateProbe { ping { status } }": typeof types.RestRateProbeDocument,
    "\n  mutation SearchFixtureDelete($input: DeleteAssetsInput!) {\n    deleteAssets(input: $input) { userErrors { code field message } }\n  }\n": typeof types.SearchFixtureDeleteDocument,
    "\n  mutation SearchFixtureAccessMode($input: UpdateAssetsAccessModeInput!) {\n    updateAssetsAccessMode(input: $input) { userErrors { code field message } }\n  }\n": typeof types.SearchFixtureAccessModeDocument,
    "\n  mutation SearchFixtureField($input: CreateMetadataFieldInput!) {\n    createMetadataField(input: $input) { userErrors { code field message } }\n  }\n": typeof types.SearchFixtureFieldDocument,
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
    "\n  mutation SearchIndexField($input: CreateMetadataFieldInput!) {\n    createMetadataField(input: $input) { userErrors { code field message } }\n  }\n": typeof types.SearchIndexFieldDocument,
    "\n  mutation SearchIndexTags($input: UpdateTagsInput!) {\n    updateTags(input: $input) { userErrors { code field message } }\n  }\n": typeof types.SearchIndexTagsDocument,
    "\n  mutation SearchIndexUpdate($input: UpdateAssetInput!) {\n    updateAsset(input: $input) { userErrors { code field message } }\n  }\n": typeof types.SearchIndexUpdateDocument,
    "\n  mutation SearchIndexDelete($input: DeleteAssetsInput!) {\n    deleteAssets(input: $input) { userErrors { code field message } }\n  }\n": typeof types.SearchIndexDeleteDocument,
    "\n  query SearchIndexSearch($expression: String!) {\n    searchAssets(expression: $expression, first: 500) { totalCount edges { node { publicId } } }\n  }\n": typeof types.SearchIndexSearchDocument,
    "\n  query SearchLimits($expression: String, $filter: AssetFilter, $sortBy: [SortInput!], $first: Int, $after: String) {\n    searchAssets(expression: $expression, filter: $filter, sortBy: $sortBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { publicId } }\n    }\n  }\n": typeof types.SearchLimitsDocument,
    "\n  mutation SearchSqlRelate($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) { userErrors { code field message } }\n  }\n": typeof types.SearchSqlRelateDocument,
    "\n  query SearchSqlNested($first: Int) {\n    searchAssets(expression: \"stmt AND tags:even\", sortBy: [{ field: \"public_id\", direction: DESC }], first: $first) {\n      totalCount\n      edges {\n        node {\n          publicId\n          tags\n          context { key value }\n          assetFolder\n          relatedAssets(first: 5) { edges { node { publicId tags } } }\n        }\n      }\n    }\n  }\n": typeof types.SearchSqlNestedDocument,
    "\n  query SearchSqlAggregated($aggregate: [AggregateInput!]) {\n    searchAssets(expression: \"stmt AND tags:even\", aggregate: $aggregate, first: 1) {\n      edges { node { publicId } }\n      aggregations { field buckets { key count } }\n    }\n  }\n": typeof types.SearchSqlAggregatedDocument,
    "\n  mutation DeadlineImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) { assets { assetId } userErrors { code field message } }\n  }\n": typeof types.DeadlineImportDocument,
    "\n  query DeadlineCount {\n    assets(first: 1) { totalCount }\n  }\n": typeof types.DeadlineCountDocument,
    "\n  mutation MetricsTrigger($input: CreateTriggerInput!) {\n    createTrigger(input: $input) { userErrors { code } }\n  }\n": typeof types.MetricsTriggerDocument,
    "\n  query MetricsCount { assets { totalCount } }\n": typeof types.MetricsCountDocument,
    "\n  mutation RelateForLimits($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) { userErrors { code } }\n  }\n": typeof types.RelateForLimitsDocument,
    "\n  query TooDeep {\n    assets(first: 1) { edges { node { relatedAssets(first: 1) { edges { node { relatedAssets(first: 1) { edges { node {\n      relatedAssets(first: 1) { edges { node { relatedAssets(first: 1) { edges { node { publicId } } } } } }\n    } } } } } } } } }\n  }\n": typeof types.TooDeepDocument,
    "\n  query DeepEnough {\n    assets(first: 1, direction: ASC) { edges { node { publicId relatedAssets(first: 1) { edges { node { publicId relatedAssets(first: 1) { edges { node {\n      publicId relatedAssets(first: 1) { edges { node { publicId } } }\n    } } } } } } } } }\n  }\n": typeof types.DeepEnoughDocument,
    "\n  query TooManyNodes($first: Int) {\n    assets(first: $first) { edges { node { relatedAssets(first: 100) { edges { node { relatedAssets { edges { node { publicId } } } } } } } } }\n  }\n": typeof types.TooManyNodesDocument,
    "\n  query ManyNodes($first: Int) {\n    assets(first: $first) { totalCount edges { node { relatedAssets { edges { node { publicId } } } } } }\n  }\n": typeof types.ManyNodesDocument,
    "\n  query RateTwoRoots { environment { cloudName } assets { totalCount } }\n": typeof types.RateTwoRootsDocument,
    "\n  mutation RevCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { apiKey { apiKey } apiSecret }\n  }\n": typeof types.RevCreateKeyDocument,
    "\n  mutation RevRevokeKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) { userErrors { code } }\n  }\n": typeof types.RevRevokeKeyDocument,
    "\n  query RevKeys {\n    apiKeys(first: 500) { totalCount }\n  }\n": typeof types.RevKeysDocument,
    "\n  query RevPing {\n    ping { status }\n  }\n": typeof types.RevPingDocument,
    "\n  query ProfilesList($first: Int, $after: String) {\n    streamingProfiles(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { name displayName predefined modified } }\n    }\n  }\n": typeof types.ProfilesListDocument,
    "\n  query ProfileGet($name: String!) {\n    streamingProfile(name: $name) { id name displayName predefined modified representations { transformation transformationString } }\n  }\n": typeof types.ProfileGetDocument,
    "\n  query ProfileNode($id: ID!) { node(id: $id) { __typename ... on StreamingProfile { name } } }\n": typeof types.ProfileNodeDocument,
    "\n  mutation ProfileCreate($input: CreateStreamingProfileInput!) {\n    createStreamingProfile(input: $input) {\n      streamingProfile { name displayName predefined representations { transformation transformationString } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ProfileCreateDocument,
    "\n  mutation ProfileUpdate($input: UpdateStreamingProfileInput!) {\n    updateStreamingProfile(input: $input) {\n      streamingProfile { name displayName predefined modified representations { transformationString } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ProfileUpdateDocument,
    "\n  mutation ProfileDelete($input: DeleteStreamingProfileInput!) {\n    deleteStreamingProfile(input: $input) {\n      deletedName\n      revertedProfile { name modified representations { transformationString } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ProfileDeleteDocument,
    "\n  query TagsList($resourceType: ResourceType, $prefix: String, $first: Int, $after: String) {\n    tags(resourceType: $resourceType, prefix: $prefix, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { name resourceType assetCount } }\n    }\n  }\n": typeof types.TagsListDocument,
    "\n  mutation TagsRetag($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      asset { publicId tags }\n      userErrors { code field message }\n    }\n  }\n": typeof types.TagsRetagDocument,
    "\n  mutation TagOpsUpdate($input: UpdateTagsInput!) {\n    updateTags(input: $input) {\n      results { asset { publicId tags lastUpdated { tagsUpdatedAt } } success changed userErrors { code field message } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.TagOpsUpdateDocument,
    "\n  query TagOpsRead($publicIds: [String!]) {\n    assets(publicIds: $publicIds, first: 100) { edges { node { publicId tags } } }\n  }\n": typeof types.TagOpsReadDocument,
    "\n  mutation TrCreate($input: CreateTransformationInput!) {\n    createTransformation(input: $input) {\n      transformation { id name bareName named definition allowedForStrict used info }\n      userErrors { code field message }\n    }\n  }\n": typeof types.TrCreateDocument,
    "\n  mutation TrUpdate($input: UpdateTransformationInput!) {\n    updateTransformation(input: $input) {\n      transformation { name definition allowedForStrict }\n      userErrors { code field message }\n    }\n  }\n": typeof types.TrUpdateDocument,
    "\n  mutation TrDelete($input: DeleteTransformationInput!) {\n    deleteTransformation(input: $input) { deletedName invalidatedDerivedCount userErrors { code field message } }\n  }\n": typeof types.TrDeleteDocument,
    "\n  query TrOne($nameOrParams: String!, $first: Int, $after: String) {\n    transformation(nameOrParams: $nameOrParams) {\n      name named used info allowedForStrict\n      derived(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { derivedResourceId transformation format bytes url secureUrl asset { publicId } } }\n      }\n    }\n  }\n": typeof types.TrOneDocument,
    "\n  query TrList($named: Boolean, $first: Int, $after: String) {\n    transformations(named: $named, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { name named used } }\n    }\n  }\n": typeof types.TrListDocument,
    "\n  query TrUrls($publicId: String!, $transformation: String) {\n    asset(publicId: $publicId) { url secureUrl(transformation: $transformation) plain: secureUrl }\n  }\n": typeof types.TrUrlsDocument,
    "\n  query TrNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Transformation { name }\n      ... on DerivedResource { derivedResourceId transformation asset { publicId } }\n    }\n  }\n": typeof types.TrNodeDocument,
    "\n  query TrIds { transformations(first: 500) { edges { node { id name } } } }\n": typeof types.TrIdsDocument,
    "\n  query TrAssetDerived($publicId: String!) {\n    asset(publicId: $publicId) { derived { totalCount edges { node { transformation } } } }\n  }\n": typeof types.TrAssetDerivedDocument,
    "\n  mutation TrImportDerived($input: ImportAssetsInput!) {\n    importAssets(input: $input) { assets { publicId } userErrors { code field message } }\n  }\n": typeof types.TrImportDerivedDocument,
    "\n  query TrDerivedIds($publicId: String!) {\n    asset(publicId: $publicId) { derived { edges { node { id derivedResourceId } } } }\n  }\n": typeof types.TrDerivedIdsDocument,
    "\n  mutation TrImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) { assets { publicId derived { totalCount } } userErrors { code field message } }\n  }\n": typeof types.TrImportDocument,
    "\n  mutation TriggersCreate($input: CreateTriggerInput!) {\n    createTrigger(input: $input) {\n      trigger { id externalId eventType uri uriType createdAt updatedAt }\n      userErrors { code field message }\n    }\n  }\n": typeof types.TriggersCreateDocument,
    "\n  mutation TriggersUpdate($input: UpdateTriggerInput!) {\n    updateTrigger(input: $input) {\n      trigger { id externalId eventType uri uriType createdAt updatedAt }\n      userErrors { code field message }\n    }\n  }\n": typeof types.TriggersUpdateDocument,
    "\n  mutation TriggersDelete($input: DeleteTriggerInput!) {\n    deleteTrigger(input: $input) {\n      deletedId\n      externalId\n      userErrors { code field message }\n    }\n  }\n": typeof types.TriggersDeleteDocument,
    "\n  query TriggersList($eventType: TriggerEventType, $first: Int, $after: String) {\n    triggers(eventType: $eventType, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { id externalId eventType uri uriType } }\n    }\n  }\n": typeof types.TriggersListDocument,
    "\n  query TriggersNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Trigger { externalId eventType uri uriType }\n    }\n  }\n": typeof types.TriggersNodeDocument,
    "\n  mutation TriggersCreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) {\n      createdPaths\n      userErrors { code field message }\n    }\n  }\n": typeof types.TriggersCreateFolderDocument,
    "\n  mutation MappingCreate($input: CreateUploadMappingInput!) {\n    createUploadMapping(input: $input) { uploadMapping { id folder template externalId } userErrors { code field message } }\n  }\n": typeof types.MappingCreateDocument,
    "\n  mutation MappingUpdate($input: UpdateUploadMappingInput!) {\n    updateUploadMapping(input: $input) { uploadMapping { folder template externalId } userErrors { code field message } }\n  }\n": typeof types.MappingUpdateDocument,
    "\n  mutation MappingDelete($input: DeleteUploadMappingInput!) {\n    deleteUploadMapping(input: $input) { deletedFolder deletedId externalId userErrors { code field message } }\n  }\n": typeof types.MappingDeleteDocument,
    "\n  query MappingGet($folder: String!) { uploadMapping(folder: $folder) { folder template } }\n": typeof types.MappingGetDocument,
    "\n  query MappingList($first: Int, $after: String) {\n    uploadMappings(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { folder template } } }\n  }\n": typeof types.MappingListDocument,
    "\n  mutation PresetCreate($input: CreateUploadPresetInput!) {\n    createUploadPreset(input: $input) {\n      overwritten\n      uploadPreset { id name externalId unsigned disallowPublicId live useAssetFolderAsPublicIdPrefix settings }\n      userErrors { code field message }\n    }\n  }\n": typeof types.PresetCreateDocument,
    "\n  mutation PresetUpdate($input: UpdateUploadPresetInput!) {\n    updateUploadPreset(input: $input) {\n      uploadPreset { name externalId unsigned disallowPublicId live settings }\n      userErrors { code field message }\n    }\n  }\n": typeof types.PresetUpdateDocument,
    "\n  mutation PresetDelete($input: DeleteUploadPresetInput!) {\n    deleteUploadPreset(input: $input) { deletedName deletedId externalId userErrors { code field message } }\n  }\n": typeof types.PresetDeleteDocument,
    "\n  query PresetGet($name: String!) { uploadPreset(name: $name) { name unsigned settings } }\n": typeof types.PresetGetDocument,
    "\n  query PresetList($first: Int, $after: String) {\n    uploadPresets(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { name } }\n    }\n  }\n": typeof types.PresetListDocument,
    "\n  query PresetNode($id: ID!) { node(id: $id) { __typename ... on UploadPreset { name } } }\n": typeof types.PresetNodeDocument,
    "\n  mutation Explicit($input: ExplicitAssetInput!) {\n    explicitAsset(input: $input) {\n      eager\n      asset { publicId tags derived(first: 10) { edges { node { transformation format } } } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ExplicitDocument,
    "\n  mutation Upload($input: UploadAssetInput!) {\n    uploadAsset(input: $input) {\n      existing\n      asset { assetId publicId resourceType type format width height pages bytes etag version displayName assetFolder tags backupBytes status }\n      userErrors { code field message }\n    }\n  }\n": typeof types.UploadDocument,
    "\n  mutation Rename($input: RenameAssetInput!) {\n    renameAsset(input: $input) {\n      asset { assetId publicId type etag lastUpdated { publicIdUpdatedAt } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.RenameDocument,
    "mutation DeleteAllOf($rt: ResourceType) { deleteAssetsByPrefix(input: { all: true, resourceType: $rt }) { userErrors { code } } }": typeof types.DeleteAllOfDocument,
    "mutation DeleteVersions($a: String!, $v: [String!]!) { deleteAssetBackupVersions(input: { assetId: $a, versionIds: $v }) { userErrors { code } } }": typeof types.DeleteVersionsDocument,
    "mutation TaggedPreset { createUploadPreset(input: { name: \"tagged\", settings: { tags: \"p1,p2\", folder: \"presetted\", overwrite: false } }) { userErrors { code } } }": typeof types.TaggedPresetDocument,
    "mutation RestoreVersion($a: [String!], $v: [String!]) { restoreAssets(input: { assetIds: $a, versionIds: $v }) { restored { width format etag bytes } userErrors { code message } } }": typeof types.RestoreVersionDocument,
    "mutation DeleteByPublicIds($ids: [String!]) { deleteAssets(input: { publicIds: $ids }) { userErrors { code } } }": typeof types.DeleteByPublicIdsDocument,
    "mutation DeleteByPrefix($prefix: String!) { deleteAssetsByPrefix(input: { prefix: $prefix }) { userErrors { code } } }": typeof types.DeleteByPrefixDocument,
    "mutation DeleteByTag($tag: String!) { deleteAssetsByTag(input: { tag: $tag }) { userErrors { code } } }": typeof types.DeleteByTagDocument,
    "\n  query UsageRead($date: String) {\n    usage(date: $date) {\n      plan lastUpdated dateRequested\n      transformations { usage limit usedPercent breakdown }\n      objects { usage limit }\n      bandwidth { usage limit usedPercent }\n      storage { usage limit usedPercent }\n      requests resources derivedResources\n      addons { name usage }\n      mediaLimits { imageMaxSizeBytes videoMaxSizeBytes rawMaxSizeBytes imageMaxPx assetMaxTotalPx }\n    }\n  }\n": typeof types.UsageReadDocument,
    "\n  query VisualSearch($text: String, $imageAssetId: String, $imageUrl: String, $first: Int, $after: String) {\n    visualSearchAssets(text: $text, imageAssetId: $imageAssetId, imageUrl: $imageUrl, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { publicId visualSearchIndexed } }\n    }\n  }\n": typeof types.VisualSearchDocument,
    "\n  query VisualSearchNested($first: Int) {\n    visualSearchAssets(text: \"bulk special\", first: $first) {\n      totalCount\n      edges { node { publicId tags context { key value } assetFolder } }\n    }\n  }\n": typeof types.VisualSearchNestedDocument,
    "\n  mutation VisualSearchIndex($input: UpdateAssetInput!) {\n    updateAsset(input: $input) { asset { visualSearchIndexed } userErrors { code field message } }\n  }\n": typeof types.VisualSearchIndexDocument,
    "\n  mutation VisualSearchDelete($input: DeleteAssetsInput!) {\n    deleteAssets(input: $input) { userErrors { code field message } }\n  }\n": typeof types.VisualSearchDeleteDocument,
    "\n  query VisualSearchUrls($assetIds: [String!]) {\n    assets(assetIds: $assetIds) { edges { node { assetId publicId version secureUrl url(transformation: \"c_fill,w_100\") } } }\n  }\n": typeof types.VisualSearchUrlsDocument,
    "\n    mutation VisualSearchOtherImport($input: ImportAssetsInput!) {\n      importAssets(input: $input) { assets { assetId } userErrors { code field message } }\n    }\n  ": typeof types.VisualSearchOtherImportDocument,
};
const documents: Documents = {
    "\n  mutation ImageParamsUpdate($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      asset {\n        faceCoordinates customCoordinates regions qualityOverride visualSearchIndexed\n        addonRequests { kind value autoTagging status }\n      }\n      userErrors { code field message }\n    }\n  }\n": types.ImageParamsUpdateDocument,
    "\n  query ImageParamsGet($publicId: String!, $resourceType: ResourceType) {\n    asset(publicId: $publicId, resourceType: $resourceType) { faceCoordinates customCoordinates regions qualityOverride visualSearchIndexed addonRequests { kind } }\n  }\n": types.ImageParamsGetDocument,
    "\n  mutation AccessUpdateAsset($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      asset {\n        assetId tags\n        moderation { kind status }\n        accessControl { accessType start end }\n        lastUpdated { accessControlUpdatedAt tagsUpdatedAt }\n      }\n      userErrors { code field message }\n    }\n  }\n": types.AccessUpdateAssetDocument,
    "\n  query AccessByModeration($kind: ModerationKind!, $status: ModerationStatus!) {\n    assets(moderation: { kind: $kind, status: $status }, first: 50) { edges { node { publicId } } }\n  }\n": types.AccessByModerationDocument,
    "\n  mutation AccessMode($input: UpdateAssetsAccessModeInput!) {\n    updateAssetsAccessMode(input: $input) {\n      updated { publicId accessMode lastUpdated { accessControlUpdatedAt } }\n      failed { publicId index message }\n      userErrors { code field message }\n    }\n  }\n": types.AccessModeDocument,
    "\n  query AccessGet($publicId: String!) {\n    asset(publicId: $publicId) { accessMode accessControl { accessType start end } moderation { kind status } lastUpdated { accessControlUpdatedAt } }\n  }\n": types.AccessGetDocument,
    "\n  mutation LcDelete($input: DeleteAssetsInput!) {\n    deleteAssets(input: $input) {\n      deleted { assetId publicId resourceType type status }\n      deletedDerivedCount partial nextCursor\n      userErrors { code field message }\n    }\n  }\n": types.LcDeleteDocument,
    "\n  mutation LcDeletePrefix($input: DeleteAssetsByPrefixInput!) {\n    deleteAssetsByPrefix(input: $input) { deleted { publicId status } deletedDerivedCount partial nextCursor userErrors { code field message } }\n  }\n": types.LcDeletePrefixDocument,
    "\n  mutation LcDeleteTag($input: DeleteAssetsByTagInput!) {\n    deleteAssetsByTag(input: $input) { deleted { publicId status } deletedDerivedCount partial nextCursor userErrors { code field message } }\n  }\n": types.LcDeleteTagDocument,
    "\n  query LcTags($prefix: String) { tags(prefix: $prefix, first: 500) { edges { node { name assetCount } } } }\n": types.LcTagsDocument,
    "\n  query LcTransformationDerived($nameOrParams: String!) { transformation(nameOrParams: $nameOrParams) { derived { totalCount } } }\n": types.LcTransformationDerivedDocument,
    "\n  mutation LcImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) { assets { publicId backupBytes versions { totalCount } } userErrors { code field message } }\n  }\n": types.LcImportDocument,
    "\n  mutation LcDeleteDerived($input: DeleteDerivedResourcesInput!) {\n    deleteDerivedResources(input: $input) { deletedIds notFoundIds userErrors { code field message } }\n  }\n": types.LcDeleteDerivedDocument,
    "\n  mutation LcDeleteVersions($input: DeleteAssetBackupVersionsInput!) {\n    deleteAssetBackupVersions(input: $input) { asset { publicId backupBytes } deletedVersionIds userErrors { code field message } }\n  }\n": types.LcDeleteVersionsDocument,
    "\n  query LcAssetState($assetId: String, $publicId: String, $first: Int, $versionsFirst: Int, $after: String) {\n    asset(assetId: $assetId, publicId: $publicId) {\n      assetId publicId status version format bytes backupBytes tags\n      derived(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { derivedResourceId transformation format bytes } }\n      }\n      versions(first: $versionsFirst) { totalCount edges { node { versionId version format size restorable } } }\n    }\n  }\n": types.LcAssetStateDocument,
    "\n  query LcList($prefix: String, $tag: String) {\n    assets(prefix: $prefix, tag: $tag, first: 500) { totalCount edges { node { publicId } } }\n  }\n": types.LcListDocument,
    "\n  mutation LcNotifyRestore($input: RestoreAssetsInput!) {\n    restoreAssets(input: $input) { restored { assetId version } userErrors { code field message } }\n  }\n": types.LcNotifyRestoreDocument,
    "\n  mutation LcNotifyDelete($input: DeleteAssetsInput!) { deleteAssets(input: $input) { userErrors { code } } }\n": types.LcNotifyDeleteDocument,
    "\n  mutation LcNotifyTrigger($input: CreateTriggerInput!) { createTrigger(input: $input) { userErrors { code field message } } }\n": types.LcNotifyTriggerDocument,
    "\n  mutation LcRestore($input: RestoreAssetsInput!) {\n    restoreAssets(input: $input) {\n      restored { assetId publicId status version format bytes backupBytes tags }\n      userErrors { code field message }\n    }\n  }\n": types.LcRestoreDocument,
    "\n  mutation LcRestoreDelete($input: DeleteAssetsInput!) {\n    deleteAssets(input: $input) { deleted { status } userErrors { code } }\n  }\n": types.LcRestoreDeleteDocument,
    "\n  query LcSqlNested($first: Int) {\n    assets(first: $first) {\n      edges {\n        node {\n          publicId\n          thumb: secureUrl(transformation: \"c_fill,w_100,h_100\")\n          derived(first: 3) { totalCount edges { node { transformation bytes url } } }\n          versions(first: 2) { totalCount edges { node { versionId size } } }\n        }\n      }\n    }\n  }\n": types.LcSqlNestedDocument,
    "\n  query AssetLookup($publicId: String, $resourceType: ResourceType, $type: DeliveryType) {\n    asset(publicId: $publicId, resourceType: $resourceType, type: $type) { publicId resourceType type }\n  }\n": types.AssetLookupDocument,
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
    "\n  mutation PrRelate($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) { userErrors { code field message } }\n  }\n": types.PrRelateDocument,
    "\n  mutation PrDelete($input: DeleteAssetsInput!) {\n    deleteAssets(input: $input) { userErrors { code field message } }\n  }\n": types.PrDeleteDocument,
    "\n  query PrPage($first: Int, $related: Int) {\n    assets(first: $first, prefix: \"pr-\") {\n      edges {\n        node {\n          publicId\n          relatedAssets(first: $related) {\n            pageInfo { hasNextPage endCursor }\n            edges { cursor node { publicId tags } }\n          }\n        }\n      }\n    }\n  }\n": types.PrPageDocument,
    "\n  query PrOne($publicId: String!, $related: Int, $after: String) {\n    asset(publicId: $publicId) {\n      relatedAssets(first: $related, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { publicId tags } }\n      }\n    }\n  }\n": types.PrOneDocument,
    "\n  mutation SqlRelate($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) { succeeded { code } userErrors { code field message } }\n  }\n": types.SqlRelateDocument,
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
    "\n  query LostAssets {\n    assets(first: 5) { edges { node { publicId } } }\n  }\n": types.LostAssetsDocument,
    "\n  query IsolationCount { assets(first: 50) { totalCount edges { node { publicId tags } } } }\n": types.IsolationCountDocument,
    "\n  query IsolationPageBytes { assets(first: 50, prefix: \"big-\") { edges { node { publicId bytes relatedAssets(first: 5) { edges { node { publicId bytes } } } } } } }\n": types.IsolationPageBytesDocument,
    "mutation IsolationRelate($input: AddRelatedAssetsInput!) { addRelatedAssets(input: $input) { userErrors { code } } }": types.IsolationRelateDocument,
    "\n  query ConfigRead { config { cloudName createdAt settings { folderMode } } }\n": types.ConfigReadDocument,
    "\n  query PingRead { ping { status } }\n": types.PingReadDocument,
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
    "\n  query StatementsWarmUp { environment { cloudName } }\n": types.StatementsWarmUpDocument,
    "\n  mutation InputValuesImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) {\n      assets { publicId displayName tags context { key value } bytes }\n      userErrors { code field message }\n    }\n  }\n": types.InputValuesImportDocument,
    "\n  mutation InputValuesUpdate($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      asset { tags }\n      userErrors { code field message }\n    }\n  }\n": types.InputValuesUpdateDocument,
    "\n  query InputValuesAsset($publicId: String!) {\n    asset(publicId: $publicId) { publicId tags }\n  }\n": types.InputValuesAssetDocument,
    "\n  query InputValuesCount {\n    assets(first: 1) { totalCount }\n  }\n": types.InputValuesCountDocument,
    "\n  mutation InputValuesAccess($input: RecordAssetAccessesInput!) {\n    recordAssetAccesses(input: $input) { recorded userErrors { code field message } }\n  }\n": types.InputValuesAccessDocument,
    "\n  query InputValuesSearch($filter: AssetFilter) {\n    searchAssets(filter: $filter, first: 5) { totalCount }\n  }\n": types.InputValuesSearchDocument,
    "\n    query InputValuesVisual($text: String!) {\n      visualSearchAssets(text: $text, first: 5) { totalCount }\n    }\n  ": types.InputValuesVisualDocument,
    "\n  mutation LarRecord($input: RecordAssetAccessesInput!) {\n    recordAssetAccesses(input: $input) { recorded assets userErrors { code field message } }\n  }\n": types.LarRecordDocument,
    "\n  mutation LarCreate($input: CreateLastAccessReportInput!) {\n    createLastAccessReport(input: $input) {\n      report {\n        id reportId status createdAt completedAt\n        params { fromDate toDate resourceType type excludeFolders sortBy direction }\n      }\n      userErrors { code field message }\n    }\n  }\n": types.LarCreateDocument,
    "\n  query LarAssets($id: String!, $first: Int, $after: String) {\n    lastAccessReport(id: $id) {\n      reportId\n      assets(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { lastAccess node { publicId resourceType lastAccessedAt } }\n      }\n    }\n  }\n": types.LarAssetsDocument,
    "\n  query LarList($first: Int, $after: String) {\n    lastAccessReports(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { reportId status } } }\n  }\n": types.LarListDocument,
    "\n  query LarNode($id: ID!) { node(id: $id) { __typename ... on LastAccessReport { reportId } } }\n": types.LarNodeDocument,
    "\n  query LarUsage { usage { requests bandwidth { usage } } }\n": types.LarUsageDocument,
    "\n  mutation LarImport($input: ImportAssetsInput!) { importAssets(input: $input) { assets { assetId publicId } userErrors { code field message } } }\n": types.LarImportDocument,
    "\n  mutation SqlLarRecord($input: RecordAssetAccessesInput!) { recordAssetAccesses(input: $input) { recorded userErrors { code field message } } }\n": types.SqlLarRecordDocument,
    "\n  mutation SqlLarUpdate($input: UpdateAssetInput!) { updateAsset(input: $input) { userErrors { code field message } } }\n": types.SqlLarUpdateDocument,
    "\n  mutation SqlLarCreate($input: CreateLastAccessReportInput!) { createLastAccessReport(input: $input) { report { reportId } userErrors { code field message } } }\n": types.SqlLarCreateDocument,
    "\n  query SqlLarReportAssets($id: String!, $first: Int) {\n    lastAccessReport(id: $id) {\n      status\n      assets(first: $first) {\n        edges {\n          lastAccess\n          node { publicId tags lastAccessedAt accessControl { accessType } faceCoordinates qualityOverride visualSearchIndexed addonRequests { kind } moderation { status } }\n        }\n      }\n    }\n  }\n": types.SqlLarReportAssetsDocument,
    "\n  query SqlLarAssets($first: Int) {\n    assets(first: $first) { edges { node { publicId lastAccessedAt accessControl { accessType } faceCoordinates regions addonRequests { kind value } } } }\n  }\n": types.SqlLarAssetsDocument,
    "\n  query SqlLarUsage { usage { storage { usage } objects { usage } requests resources derivedResources transformations { usage } } }\n": types.SqlLarUsageDocument,
    "\n  query SqlLarReportsWithAssets($first: Int) {\n    lastAccessReports(first: $first) {\n      totalCount\n      edges { node { reportId assets(first: 3) { totalCount pageInfo { hasNextPage } edges { lastAccess node { publicId tags } } } } }\n    }\n  }\n": types.SqlLarReportsWithAssetsDocument,
    "\n  mutation ReviewUpdateRule($input: UpdateMetadataRuleInput!) {\n    updateMetadataRule(input: $input) { metadataRule { externalId state } userErrors { code field message } }\n  }\n": types.ReviewUpdateRuleDocument,
    "\n  mutation ReviewRuleDeleteField($input: DeleteMetadataFieldInput!) {\n    deleteMetadataField(input: $input) { deletedExternalId userErrors { code field message } }\n  }\n": types.ReviewRuleDeleteFieldDocument,
    "\n  query RulesList($first: Int, $after: String) {\n    metadataRules(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { externalId name metadataFieldId position state } }\n    }\n  }\n": types.RulesListDocument,
    "\n  mutation RulesUpdate($input: UpdateMetadataRuleInput!) {\n    updateMetadataRule(input: $input) {\n      metadataRule { externalId name state conditionJson resultJson conditionSignature }\n      userErrors { code field message }\n    }\n  }\n": types.RulesUpdateDocument,
    "\n  mutation RulesDelete($input: DeleteMetadataRuleInput!) {\n    deleteMetadataRule(input: $input) { deletedExternalId userErrors { code field message } }\n  }\n": types.RulesDeleteDocument,
    "\n  query RulesNode($id: ID!) {\n    node(id: $id) { __typename ... on MetadataRule { externalId metadataFieldId } }\n  }\n": types.RulesNodeDocument,
    "\n  mutation MetaDsUpsert($input: UpdateMetadataDatasourceInput!) {\n    updateMetadataDatasource(input: $input) {\n      metadataField { externalId datasource { values { externalId value state position } } }\n      userErrors { code field message }\n    }\n  }\n": types.MetaDsUpsertDocument,
    "\n  mutation MetaDsDelete($input: DeleteMetadataDatasourceEntriesInput!) {\n    deleteMetadataDatasourceEntries(input: $input) {\n      metadataField { datasource { values { externalId value state } } }\n      userErrors { code field message }\n    }\n  }\n": types.MetaDsDeleteDocument,
    "\n  mutation MetaDsRestore($input: RestoreMetadataDatasourceEntriesInput!) {\n    restoreMetadataDatasourceEntries(input: $input) {\n      metadataField { datasource { values { externalId value state } } }\n      userErrors { code field message }\n    }\n  }\n": types.MetaDsRestoreDocument,
    "\n  mutation MetaDsOrder($input: OrderMetadataDatasourceInput!) {\n    orderMetadataDatasource(input: $input) {\n      metadataField { datasource { values { externalId value position } } }\n      userErrors { code field message }\n    }\n  }\n": types.MetaDsOrderDocument,
    "\n  query MetaDsSearch($term: String!, $first: Int) {\n    searchMetadataDatasource(term: $term, first: $first) { fieldId id value field { label } }\n  }\n": types.MetaDsSearchDocument,
    "\n  query MetaListFields($first: Int, $after: String) {\n    metadataFields(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { externalId type label } }\n    }\n  }\n": types.MetaListFieldsDocument,
    "\n  query MetaOneField($externalId: String!) {\n    metadataField(externalId: $externalId) { ...MetaFieldParts }\n  }\n": types.MetaOneFieldDocument,
    "\n  query MetaFieldNode($id: ID!) {\n    node(id: $id) { __typename ... on MetadataField { externalId label } }\n  }\n": types.MetaFieldNodeDocument,
    "\n  mutation MetaUpdateField($input: UpdateMetadataFieldInput!) {\n    updateMetadataField(input: $input) {\n      metadataField { ...MetaFieldParts }\n      userErrors { code field message }\n    }\n  }\n": types.MetaUpdateFieldDocument,
    "\n  mutation MetaDeleteField($input: DeleteMetadataFieldInput!) {\n    deleteMetadataField(input: $input) { deletedExternalId userErrors { code field message } }\n  }\n": types.MetaDeleteFieldDocument,
    "\n  query MetaRuleState {\n    metadataRules { edges { node { externalId state metadataFieldId metadataField { externalId } } } }\n  }\n": types.MetaRuleStateDocument,
    "\n  fragment MetaFieldParts on MetadataField {\n    id externalId type label mandatory defaultDisabled defaultValue allowDynamicListValues\n    restrictions { readonlyUi }\n    validationJson\n    validation {\n      __typename\n      ... on GreaterThanValidation { value equals }\n      ... on LessThanValidation { value equals }\n      ... on StrlenValidation { min max }\n      ... on StrregexValidation { regex }\n      ... on AndValidation { rules { __typename ... on GreaterThanValidation { value equals } ... on LessThanValidation { value equals } ... on StrlenValidation { min max } ... on StrregexValidation { regex } } }\n    }\n    datasource { values { externalId value state position } }\n  }\n": types.MetaFieldPartsFragmentDoc,
    "\n  mutation MetaCreateField($input: CreateMetadataFieldInput!) {\n    createMetadataField(input: $input) {\n      metadataField { ...MetaFieldParts }\n      userErrors { code field message }\n    }\n  }\n": types.MetaCreateFieldDocument,
    "\n  query MetaAsset($publicId: String!) {\n    asset(publicId: $publicId) {\n      assetId\n      lastUpdated { metadataUpdatedAt }\n      metadata {\n        __typename externalId value\n        ... on StringMetadataValue { text }\n        ... on IntegerMetadataValue { number }\n        ... on DateMetadataValue { date }\n        ... on EnumMetadataValue { entryExternalId entry { value state } }\n        ... on SetMetadataValue { entryExternalIds entries { externalId value } }\n      }\n      metadataRuleTrace {\n        rules { ruleExternalId name metadataFieldId conditionMet effects { action applied detail } rule { externalId name state } }\n        fields { externalId enabled mandatory activeValues }\n      }\n    }\n  }\n": types.MetaAssetDocument,
    "\n  mutation MetaSetMetadata($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      asset {\n        metadata { externalId value }\n        metadataRuleTrace { rules { ruleExternalId conditionMet effects { action applied detail } } fields { externalId enabled mandatory activeValues } }\n      }\n      userErrors { code field message }\n    }\n  }\n": types.MetaSetMetadataDocument,
    "\n  mutation MetaCreateRule($input: CreateMetadataRuleInput!) {\n    createMetadataRule(input: $input) {\n      metadataRule {\n        id externalId name metadataFieldId conditionJson resultJson conditionSignature state position\n        metadataField { externalId }\n        condition { metadataFieldId populated includes equals and { metadataFieldId equals populated includes or { metadataFieldId equals } } or { metadataFieldId equals } }\n        result { enable setMandatory activateValues { all externalIds mode } applyValue { value mode } }\n      }\n      userErrors { code field message }\n    }\n  }\n": types.MetaCreateRuleDocument,
    "\n  mutation ReviewDeleteField($input: DeleteMetadataFieldInput!) {\n    deleteMetadataField(input: $input) { deletedExternalId userErrors { code field message } }\n  }\n": types.ReviewDeleteFieldDocument,
    "\n  mutation ReviewImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) {\n      assets { publicId metadata { externalId value } }\n      userErrors { code field message }\n    }\n  }\n": types.ReviewImportDocument,
    "\n  mutation ReviewDeactivate($input: DeleteMetadataDatasourceEntriesInput!) {\n    deleteMetadataDatasourceEntries(input: $input) { metadataField { datasource { values { externalId state } } } userErrors { code field message } }\n  }\n": types.ReviewDeactivateDocument,
    "\n  mutation ReviewTwoDatasourceWrites($a: UpdateMetadataDatasourceInput!, $b: UpdateMetadataDatasourceInput!) {\n    a: updateMetadataDatasource(input: $a) { metadataField { datasource { values { externalId } } } userErrors { code } }\n    b: updateMetadataDatasource(input: $b) { metadataField { datasource { values { externalId } } } userErrors { code } }\n  }\n": types.ReviewTwoDatasourceWritesDocument,
    "\n  mutation ReviewLabelBetweenWrites($a: UpdateAssetInput!, $field: UpdateMetadataFieldInput!, $c: UpdateAssetInput!) {\n    a: updateAsset(input: $a) { asset { metadata { field { label } } } userErrors { code } }\n    b: updateMetadataField(input: $field) { metadataField { label } userErrors { code } }\n    c: updateAsset(input: $c) { asset { metadata { field { label } } } userErrors { code } }\n  }\n": types.ReviewLabelBetweenWritesDocument,
    "\n  mutation ReviewBulk($input: UpdateMetadataInput!) {\n    updateMetadata(input: $input) { results { success } userErrors { code field message } }\n  }\n": types.ReviewBulkDocument,
    "\n  query ReviewSearchEntries($term: String!) {\n    searchMetadataDatasource(term: $term) { id }\n  }\n": types.ReviewSearchEntriesDocument,
    "\n  mutation MetaSqlImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) { assets { assetId } userErrors { code field message } }\n  }\n": types.MetaSqlImportDocument,
    "\n  query MetaSqlAssets($first: Int) {\n    assets(first: $first, direction: ASC) {\n      edges {\n        node {\n          publicId\n          metadata {\n            __typename externalId value\n            field { externalId type label datasource { values { externalId } } }\n            ... on StringMetadataValue { text }\n            ... on IntegerMetadataValue { number }\n            ... on DateMetadataValue { date }\n            ... on EnumMetadataValue { entry { externalId value } }\n            ... on SetMetadataValue { entries { externalId value } }\n          }\n          metadataRuleTrace { rules { ruleExternalId conditionMet } }\n        }\n      }\n    }\n  }\n": types.MetaSqlAssetsDocument,
    "\n  mutation MetaImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) {\n      assets { publicId metadata { externalId value } }\n      userErrors { code field message }\n    }\n  }\n": types.MetaImportDocument,
    "\n  mutation MetaBulk($input: UpdateMetadataInput!) {\n    updateMetadata(input: $input) {\n      results { success changed asset { publicId metadata { externalId value } } userErrors { code field message } }\n      userErrors { code field message }\n    }\n  }\n": types.MetaBulkDocument,
    "\n  mutation MetaValuesDeleteField($input: DeleteMetadataFieldInput!) {\n    deleteMetadataField(input: $input) { deletedExternalId userErrors { code field message } }\n  }\n": types.MetaValuesDeleteFieldDocument,
    "\n  query MetaTagged($publicId: String!) {\n    asset(publicId: $publicId) { tags lastUpdated { metadataUpdatedAt tagsUpdatedAt } }\n  }\n": types.MetaTaggedDocument,
    "\n  mutation RelAdd($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) {\n      asset { publicId relatedAssets { totalCount edges { node { publicId } } } }\n      succeeded { target { assetId publicId resourceType type } asset { assetId publicId } code message status }\n      failed { target { assetId publicId resourceType type } asset { assetId publicId } code message status }\n      userErrors { code field message }\n    }\n  }\n": types.RelAddDocument,
    "\n  mutation RelDelete($input: DeleteRelatedAssetsInput!) {\n    deleteRelatedAssets(input: $input) {\n      asset { publicId relatedAssets { totalCount edges { node { publicId } } } }\n      succeeded { target { assetId publicId resourceType type } asset { assetId publicId } code message status }\n      failed { target { assetId publicId resourceType type } asset { assetId publicId } code message status }\n      userErrors { code field message }\n    }\n  }\n": types.RelDeleteDocument,
    "\n  query RelRelated($publicId: String!, $resourceType: ResourceType, $type: DeliveryType, $first: Int, $after: String) {\n    asset(publicId: $publicId, resourceType: $resourceType, type: $type) {\n      assetId\n      publicId\n      relatedAssets(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { cursor node { assetId publicId resourceType type relatedAssets { totalCount } } }\n      }\n    }\n  }\n": types.RelRelatedDocument,
    "\n  query RelCounts($publicId: String!) {\n    asset(publicId: $publicId) { relatedAssets { totalCount } cursors: relatedAssets(first: 2) { edges { cursor } } }\n    assets(prefix: \"rel/\", first: 20) { edges { node { publicId relatedAssets { totalCount } } } }\n  }\n": types.RelCountsDocument,
    "\n  query RestCursorList($prefix: String, $first: Int, $after: String) {\n    assets(resourceType: IMAGE, prefix: $prefix, first: $first, after: $after) { pageInfo { endCursor hasNextPage } edges { node { publicId } } }\n  }\n": types.RestCursorListDocument,
    "query RestRateProbe { ping { status } }": types.RestRateProbeDocument,
    "\n  mutation SearchFixtureDelete($input: DeleteAssetsInput!) {\n    deleteAssets(input: $input) { userErrors { code field message } }\n  }\n": types.SearchFixtureDeleteDocument,
    "\n  mutation SearchFixtureAccessMode($input: UpdateAssetsAccessModeInput!) {\n    updateAssetsAccessMode(input: $input) { userErrors { code field message } }\n  }\n": types.SearchFixtureAccessModeDocument,
    "\n  mutation SearchFixtureField($input: CreateMetadataFieldInput!) {\n    createMetadataField(input: $input) { userErrors { code field message } }\n  }\n": types.SearchFixtureFieldDocument,
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
    "\n  mutation SearchIndexField($input: CreateMetadataFieldInput!) {\n    createMetadataField(input: $input) { userErrors { code field message } }\n  }\n": types.SearchIndexFieldDocument,
    "\n  mutation SearchIndexTags($input: UpdateTagsInput!) {\n    updateTags(input: $input) { userErrors { code field message } }\n  }\n": types.SearchIndexTagsDocument,
    "\n  mutation SearchIndexUpdate($input: UpdateAssetInput!) {\n    updateAsset(input: $input) { userErrors { code field message } }\n  }\n": types.SearchIndexUpdateDocument,
    "\n  mutation SearchIndexDelete($input: DeleteAssetsInput!) {\n    deleteAssets(input: $input) { userErrors { code field message } }\n  }\n": types.SearchIndexDeleteDocument,
    "\n  query SearchIndexSearch($expression: String!) {\n    searchAssets(expression: $expression, first: 500) { totalCount edges { node { publicId } } }\n  }\n": types.SearchIndexSearchDocument,
    "\n  query SearchLimits($expression: String, $filter: AssetFilter, $sortBy: [SortInput!], $first: Int, $after: String) {\n    searchAssets(expression: $expression, filter: $filter, sortBy: $sortBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { publicId } }\n    }\n  }\n": types.SearchLimitsDocument,
    "\n  mutation SearchSqlRelate($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) { userErrors { code field message } }\n  }\n": types.SearchSqlRelateDocument,
    "\n  query SearchSqlNested($first: Int) {\n    searchAssets(expression: \"stmt AND tags:even\", sortBy: [{ field: \"public_id\", direction: DESC }], first: $first) {\n      totalCount\n      edges {\n        node {\n          publicId\n          tags\n          context { key value }\n          assetFolder\n          relatedAssets(first: 5) { edges { node { publicId tags } } }\n        }\n      }\n    }\n  }\n": types.SearchSqlNestedDocument,
    "\n  query SearchSqlAggregated($aggregate: [AggregateInput!]) {\n    searchAssets(expression: \"stmt AND tags:even\", aggregate: $aggregate, first: 1) {\n      edges { node { publicId } }\n      aggregations { field buckets { key count } }\n    }\n  }\n": types.SearchSqlAggregatedDocument,
    "\n  mutation DeadlineImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) { assets { assetId } userErrors { code field message } }\n  }\n": types.DeadlineImportDocument,
    "\n  query DeadlineCount {\n    assets(first: 1) { totalCount }\n  }\n": types.DeadlineCountDocument,
    "\n  mutation MetricsTrigger($input: CreateTriggerInput!) {\n    createTrigger(input: $input) { userErrors { code } }\n  }\n": types.MetricsTriggerDocument,
    "\n  query MetricsCount { assets { totalCount } }\n": types.MetricsCountDocument,
    "\n  mutation RelateForLimits($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) { userErrors { code } }\n  }\n": types.RelateForLimitsDocument,
    "\n  query TooDeep {\n    assets(first: 1) { edges { node { relatedAssets(first: 1) { edges { node { relatedAssets(first: 1) { edges { node {\n      relatedAssets(first: 1) { edges { node { relatedAssets(first: 1) { edges { node { publicId } } } } } }\n    } } } } } } } } }\n  }\n": types.TooDeepDocument,
    "\n  query DeepEnough {\n    assets(first: 1, direction: ASC) { edges { node { publicId relatedAssets(first: 1) { edges { node { publicId relatedAssets(first: 1) { edges { node {\n      publicId relatedAssets(first: 1) { edges { node { publicId } } }\n    } } } } } } } } }\n  }\n": types.DeepEnoughDocument,
    "\n  query TooManyNodes($first: Int) {\n    assets(first: $first) { edges { node { relatedAssets(first: 100) { edges { node { relatedAssets { edges { node { publicId } } } } } } } } }\n  }\n": types.TooManyNodesDocument,
    "\n  query ManyNodes($first: Int) {\n    assets(first: $first) { totalCount edges { node { relatedAssets { edges { node { publicId } } } } } }\n  }\n": types.ManyNodesDocument,
    "\n  query RateTwoRoots { environment { cloudName } assets { totalCount } }\n": types.RateTwoRootsDocument,
    "\n  mutation RevCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { apiKey { apiKey } apiSecret }\n  }\n": types.RevCreateKeyDocument,
    "\n  mutation RevRevokeKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) { userErrors { code } }\n  }\n": types.RevRevokeKeyDocument,
    "\n  query RevKeys {\n    apiKeys(first: 500) { totalCount }\n  }\n": types.RevKeysDocument,
    "\n  query RevPing {\n    ping { status }\n  }\n": types.RevPingDocument,
    "\n  query ProfilesList($first: Int, $after: String) {\n    streamingProfiles(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { name displayName predefined modified } }\n    }\n  }\n": types.ProfilesListDocument,
    "\n  query ProfileGet($name: String!) {\n    streamingProfile(name: $name) { id name displayName predefined modified representations { transformation transformationString } }\n  }\n": types.ProfileGetDocument,
    "\n  query ProfileNode($id: ID!) { node(id: $id) { __typename ... on StreamingProfile { name } } }\n": types.ProfileNodeDocument,
    "\n  mutation ProfileCreate($input: CreateStreamingProfileInput!) {\n    createStreamingProfile(input: $input) {\n      streamingProfile { name displayName predefined representations { transformation transformationString } }\n      userErrors { code field message }\n    }\n  }\n": types.ProfileCreateDocument,
    "\n  mutation ProfileUpdate($input: UpdateStreamingProfileInput!) {\n    updateStreamingProfile(input: $input) {\n      streamingProfile { name displayName predefined modified representations { transformationString } }\n      userErrors { code field message }\n    }\n  }\n": types.ProfileUpdateDocument,
    "\n  mutation ProfileDelete($input: DeleteStreamingProfileInput!) {\n    deleteStreamingProfile(input: $input) {\n      deletedName\n      revertedProfile { name modified representations { transformationString } }\n      userErrors { code field message }\n    }\n  }\n": types.ProfileDeleteDocument,
    "\n  query TagsList($resourceType: ResourceType, $prefix: String, $first: Int, $after: String) {\n    tags(resourceType: $resourceType, prefix: $prefix, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { name resourceType assetCount } }\n    }\n  }\n": types.TagsListDocument,
    "\n  mutation TagsRetag($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      asset { publicId tags }\n      userErrors { code field message }\n    }\n  }\n": types.TagsRetagDocument,
    "\n  mutation TagOpsUpdate($input: UpdateTagsInput!) {\n    updateTags(input: $input) {\n      results { asset { publicId tags lastUpdated { tagsUpdatedAt } } success changed userErrors { code field message } }\n      userErrors { code field message }\n    }\n  }\n": types.TagOpsUpdateDocument,
    "\n  query TagOpsRead($publicIds: [String!]) {\n    assets(publicIds: $publicIds, first: 100) { edges { node { publicId tags } } }\n  }\n": types.TagOpsReadDocument,
    "\n  mutation TrCreate($input: CreateTransformationInput!) {\n    createTransformation(input: $input) {\n      transformation { id name bareName named definition allowedForStrict used info }\n      userErrors { code field message }\n    }\n  }\n": types.TrCreateDocument,
    "\n  mutation TrUpdate($input: UpdateTransformationInput!) {\n    updateTransformation(input: $input) {\n      transformation { name definition allowedForStrict }\n      userErrors { code field message }\n    }\n  }\n": types.TrUpdateDocument,
    "\n  mutation TrDelete($input: DeleteTransformationInput!) {\n    deleteTransformation(input: $input) { deletedName invalidatedDerivedCount userErrors { code field message } }\n  }\n": types.TrDeleteDocument,
    "\n  query TrOne($nameOrParams: String!, $first: Int, $after: String) {\n    transformation(nameOrParams: $nameOrParams) {\n      name named used info allowedForStrict\n      derived(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { derivedResourceId transformation format bytes url secureUrl asset { publicId } } }\n      }\n    }\n  }\n": types.TrOneDocument,
    "\n  query TrList($named: Boolean, $first: Int, $after: String) {\n    transformations(named: $named, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { name named used } }\n    }\n  }\n": types.TrListDocument,
    "\n  query TrUrls($publicId: String!, $transformation: String) {\n    asset(publicId: $publicId) { url secureUrl(transformation: $transformation) plain: secureUrl }\n  }\n": types.TrUrlsDocument,
    "\n  query TrNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Transformation { name }\n      ... on DerivedResource { derivedResourceId transformation asset { publicId } }\n    }\n  }\n": types.TrNodeDocument,
    "\n  query TrIds { transformations(first: 500) { edges { node { id name } } } }\n": types.TrIdsDocument,
    "\n  query TrAssetDerived($publicId: String!) {\n    asset(publicId: $publicId) { derived { totalCount edges { node { transformation } } } }\n  }\n": types.TrAssetDerivedDocument,
    "\n  mutation TrImportDerived($input: ImportAssetsInput!) {\n    importAssets(input: $input) { assets { publicId } userErrors { code field message } }\n  }\n": types.TrImportDerivedDocument,
    "\n  query TrDerivedIds($publicId: String!) {\n    asset(publicId: $publicId) { derived { edges { node { id derivedResourceId } } } }\n  }\n": types.TrDerivedIdsDocument,
    "\n  mutation TrImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) { assets { publicId derived { totalCount } } userErrors { code field message } }\n  }\n": types.TrImportDocument,
    "\n  mutation TriggersCreate($input: CreateTriggerInput!) {\n    createTrigger(input: $input) {\n      trigger { id externalId eventType uri uriType createdAt updatedAt }\n      userErrors { code field message }\n    }\n  }\n": types.TriggersCreateDocument,
    "\n  mutation TriggersUpdate($input: UpdateTriggerInput!) {\n    updateTrigger(input: $input) {\n      trigger { id externalId eventType uri uriType createdAt updatedAt }\n      userErrors { code field message }\n    }\n  }\n": types.TriggersUpdateDocument,
    "\n  mutation TriggersDelete($input: DeleteTriggerInput!) {\n    deleteTrigger(input: $input) {\n      deletedId\n      externalId\n      userErrors { code field message }\n    }\n  }\n": types.TriggersDeleteDocument,
    "\n  query TriggersList($eventType: TriggerEventType, $first: Int, $after: String) {\n    triggers(eventType: $eventType, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { id externalId eventType uri uriType } }\n    }\n  }\n": types.TriggersListDocument,
    "\n  query TriggersNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Trigger { externalId eventType uri uriType }\n    }\n  }\n": types.TriggersNodeDocument,
    "\n  mutation TriggersCreateFolder($input: CreateFolderInput!) {\n    createFolder(input: $input) {\n      createdPaths\n      userErrors { code field message }\n    }\n  }\n": types.TriggersCreateFolderDocument,
    "\n  mutation MappingCreate($input: CreateUploadMappingInput!) {\n    createUploadMapping(input: $input) { uploadMapping { id folder template externalId } userErrors { code field message } }\n  }\n": types.MappingCreateDocument,
    "\n  mutation MappingUpdate($input: UpdateUploadMappingInput!) {\n    updateUploadMapping(input: $input) { uploadMapping { folder template externalId } userErrors { code field message } }\n  }\n": types.MappingUpdateDocument,
    "\n  mutation MappingDelete($input: DeleteUploadMappingInput!) {\n    deleteUploadMapping(input: $input) { deletedFolder deletedId externalId userErrors { code field message } }\n  }\n": types.MappingDeleteDocument,
    "\n  query MappingGet($folder: String!) { uploadMapping(folder: $folder) { folder template } }\n": types.MappingGetDocument,
    "\n  query MappingList($first: Int, $after: String) {\n    uploadMappings(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { folder template } } }\n  }\n": types.MappingListDocument,
    "\n  mutation PresetCreate($input: CreateUploadPresetInput!) {\n    createUploadPreset(input: $input) {\n      overwritten\n      uploadPreset { id name externalId unsigned disallowPublicId live useAssetFolderAsPublicIdPrefix settings }\n      userErrors { code field message }\n    }\n  }\n": types.PresetCreateDocument,
    "\n  mutation PresetUpdate($input: UpdateUploadPresetInput!) {\n    updateUploadPreset(input: $input) {\n      uploadPreset { name externalId unsigned disallowPublicId live settings }\n      userErrors { code field message }\n    }\n  }\n": types.PresetUpdateDocument,
    "\n  mutation PresetDelete($input: DeleteUploadPresetInput!) {\n    deleteUploadPreset(input: $input) { deletedName deletedId externalId userErrors { code field message } }\n  }\n": types.PresetDeleteDocument,
    "\n  query PresetGet($name: String!) { uploadPreset(name: $name) { name unsigned settings } }\n": types.PresetGetDocument,
    "\n  query PresetList($first: Int, $after: String) {\n    uploadPresets(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { name } }\n    }\n  }\n": types.PresetListDocument,
    "\n  query PresetNode($id: ID!) { node(id: $id) { __typename ... on UploadPreset { name } } }\n": types.PresetNodeDocument,
    "\n  mutation Explicit($input: ExplicitAssetInput!) {\n    explicitAsset(input: $input) {\n      eager\n      asset { publicId tags derived(first: 10) { edges { node { transformation format } } } }\n      userErrors { code field message }\n    }\n  }\n": types.ExplicitDocument,
    "\n  mutation Upload($input: UploadAssetInput!) {\n    uploadAsset(input: $input) {\n      existing\n      asset { assetId publicId resourceType type format width height pages bytes etag version displayName assetFolder tags backupBytes status }\n      userErrors { code field message }\n    }\n  }\n": types.UploadDocument,
    "\n  mutation Rename($input: RenameAssetInput!) {\n    renameAsset(input: $input) {\n      asset { assetId publicId type etag lastUpdated { publicIdUpdatedAt } }\n      userErrors { code field message }\n    }\n  }\n": types.RenameDocument,
    "mutation DeleteAllOf($rt: ResourceType) { deleteAssetsByPrefix(input: { all: true, resourceType: $rt }) { userErrors { code } } }": types.DeleteAllOfDocument,
    "mutation DeleteVersions($a: String!, $v: [String!]!) { deleteAssetBackupVersions(input: { assetId: $a, versionIds: $v }) { userErrors { code } } }": types.DeleteVersionsDocument,
    "mutation TaggedPreset { createUploadPreset(input: { name: \"tagged\", settings: { tags: \"p1,p2\", folder: \"presetted\", overwrite: false } }) { userErrors { code } } }": types.TaggedPresetDocument,
    "mutation RestoreVersion($a: [String!], $v: [String!]) { restoreAssets(input: { assetIds: $a, versionIds: $v }) { restored { width format etag bytes } userErrors { code message } } }": types.RestoreVersionDocument,
    "mutation DeleteByPublicIds($ids: [String!]) { deleteAssets(input: { publicIds: $ids }) { userErrors { code } } }": types.DeleteByPublicIdsDocument,
    "mutation DeleteByPrefix($prefix: String!) { deleteAssetsByPrefix(input: { prefix: $prefix }) { userErrors { code } } }": types.DeleteByPrefixDocument,
    "mutation DeleteByTag($tag: String!) { deleteAssetsByTag(input: { tag: $tag }) { userErrors { code } } }": types.DeleteByTagDocument,
    "\n  query UsageRead($date: String) {\n    usage(date: $date) {\n      plan lastUpdated dateRequested\n      transformations { usage limit usedPercent breakdown }\n      objects { usage limit }\n      bandwidth { usage limit usedPercent }\n      storage { usage limit usedPercent }\n      requests resources derivedResources\n      addons { name usage }\n      mediaLimits { imageMaxSizeBytes videoMaxSizeBytes rawMaxSizeBytes imageMaxPx assetMaxTotalPx }\n    }\n  }\n": types.UsageReadDocument,
    "\n  query VisualSearch($text: String, $imageAssetId: String, $imageUrl: String, $first: Int, $after: String) {\n    visualSearchAssets(text: $text, imageAssetId: $imageAssetId, imageUrl: $imageUrl, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { publicId visualSearchIndexed } }\n    }\n  }\n": types.VisualSearchDocument,
    "\n  query VisualSearchNested($first: Int) {\n    visualSearchAssets(text: \"bulk special\", first: $first) {\n      totalCount\n      edges { node { publicId tags context { key value } assetFolder } }\n    }\n  }\n": types.VisualSearchNestedDocument,
    "\n  mutation VisualSearchIndex($input: UpdateAssetInput!) {\n    updateAsset(input: $input) { asset { visualSearchIndexed } userErrors { code field message } }\n  }\n": types.VisualSearchIndexDocument,
    "\n  mutation VisualSearchDelete($input: DeleteAssetsInput!) {\n    deleteAssets(input: $input) { userErrors { code field message } }\n  }\n": types.VisualSearchDeleteDocument,
    "\n  query VisualSearchUrls($assetIds: [String!]) {\n    assets(assetIds: $assetIds) { edges { node { assetId publicId version secureUrl url(transformation: \"c_fill,w_100\") } } }\n  }\n": types.VisualSearchUrlsDocument,
    "\n    mutation VisualSearchOtherImport($input: ImportAssetsInput!) {\n      importAssets(input: $input) { assets { assetId } userErrors { code field message } }\n    }\n  ": types.VisualSearchOtherImportDocument,
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
export function graphql(source: "\n  mutation ImageParamsUpdate($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      asset {\n        faceCoordinates customCoordinates regions qualityOverride visualSearchIndexed\n        addonRequests { kind value autoTagging status }\n      }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ImageParamsUpdate($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      asset {\n        faceCoordinates customCoordinates regions qualityOverride visualSearchIndexed\n        addonRequests { kind value autoTagging status }\n      }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImageParamsGet($publicId: String!, $resourceType: ResourceType) {\n    asset(publicId: $publicId, resourceType: $resourceType) { faceCoordinates customCoordinates regions qualityOverride visualSearchIndexed addonRequests { kind } }\n  }\n"): (typeof documents)["\n  query ImageParamsGet($publicId: String!, $resourceType: ResourceType) {\n    asset(publicId: $publicId, resourceType: $resourceType) { faceCoordinates customCoordinates regions qualityOverride visualSearchIndexed addonRequests { kind } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessUpdateAsset($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      asset {\n        assetId tags\n        moderation { kind status }\n        accessControl { accessType start end }\n        lastUpdated { accessControlUpdatedAt tagsUpdatedAt }\n      }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation AccessUpdateAsset($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      asset {\n        assetId tags\n        moderation { kind status }\n        accessControl { accessType start end }\n        lastUpdated { accessControlUpdatedAt tagsUpdatedAt }\n      }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessByModeration($kind: ModerationKind!, $status: ModerationStatus!) {\n    assets(moderation: { kind: $kind, status: $status }, first: 50) { edges { node { publicId } } }\n  }\n"): (typeof documents)["\n  query AccessByModeration($kind: ModerationKind!, $status: ModerationStatus!) {\n    assets(moderation: { kind: $kind, status: $status }, first: 50) { edges { node { publicId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessMode($input: UpdateAssetsAccessModeInput!) {\n    updateAssetsAccessMode(input: $input) {\n      updated { publicId accessMode lastUpdated { accessControlUpdatedAt } }\n      failed { publicId index message }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation AccessMode($input: UpdateAssetsAccessModeInput!) {\n    updateAssetsAccessMode(input: $input) {\n      updated { publicId accessMode lastUpdated { accessControlUpdatedAt } }\n      failed { publicId index message }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessGet($publicId: String!) {\n    asset(publicId: $publicId) { accessMode accessControl { accessType start end } moderation { kind status } lastUpdated { accessControlUpdatedAt } }\n  }\n"): (typeof documents)["\n  query AccessGet($publicId: String!) {\n    asset(publicId: $publicId) { accessMode accessControl { accessType start end } moderation { kind status } lastUpdated { accessControlUpdatedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LcDelete($input: DeleteAssetsInput!) {\n    deleteAssets(input: $input) {\n      deleted { assetId publicId resourceType type status }\n      deletedDerivedCount partial nextCursor\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation LcDelete($input: DeleteAssetsInput!) {\n    deleteAssets(input: $input) {\n      deleted { assetId publicId resourceType type status }\n      deletedDerivedCount partial nextCursor\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LcDeletePrefix($input: DeleteAssetsByPrefixInput!) {\n    deleteAssetsByPrefix(input: $input) { deleted { publicId status } deletedDerivedCount partial nextCursor userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation LcDeletePrefix($input: DeleteAssetsByPrefixInput!) {\n    deleteAssetsByPrefix(input: $input) { deleted { publicId status } deletedDerivedCount partial nextCursor userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LcDeleteTag($input: DeleteAssetsByTagInput!) {\n    deleteAssetsByTag(input: $input) { deleted { publicId status } deletedDerivedCount partial nextCursor userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation LcDeleteTag($input: DeleteAssetsByTagInput!) {\n    deleteAssetsByTag(input: $input) { deleted { publicId status } deletedDerivedCount partial nextCursor userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LcTags($prefix: String) { tags(prefix: $prefix, first: 500) { edges { node { name assetCount } } } }\n"): (typeof documents)["\n  query LcTags($prefix: String) { tags(prefix: $prefix, first: 500) { edges { node { name assetCount } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LcTransformationDerived($nameOrParams: String!) { transformation(nameOrParams: $nameOrParams) { derived { totalCount } } }\n"): (typeof documents)["\n  query LcTransformationDerived($nameOrParams: String!) { transformation(nameOrParams: $nameOrParams) { derived { totalCount } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LcImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) { assets { publicId backupBytes versions { totalCount } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation LcImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) { assets { publicId backupBytes versions { totalCount } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LcDeleteDerived($input: DeleteDerivedResourcesInput!) {\n    deleteDerivedResources(input: $input) { deletedIds notFoundIds userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation LcDeleteDerived($input: DeleteDerivedResourcesInput!) {\n    deleteDerivedResources(input: $input) { deletedIds notFoundIds userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LcDeleteVersions($input: DeleteAssetBackupVersionsInput!) {\n    deleteAssetBackupVersions(input: $input) { asset { publicId backupBytes } deletedVersionIds userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation LcDeleteVersions($input: DeleteAssetBackupVersionsInput!) {\n    deleteAssetBackupVersions(input: $input) { asset { publicId backupBytes } deletedVersionIds userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LcAssetState($assetId: String, $publicId: String, $first: Int, $versionsFirst: Int, $after: String) {\n    asset(assetId: $assetId, publicId: $publicId) {\n      assetId publicId status version format bytes backupBytes tags\n      derived(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { derivedResourceId transformation format bytes } }\n      }\n      versions(first: $versionsFirst) { totalCount edges { node { versionId version format size restorable } } }\n    }\n  }\n"): (typeof documents)["\n  query LcAssetState($assetId: String, $publicId: String, $first: Int, $versionsFirst: Int, $after: String) {\n    asset(assetId: $assetId, publicId: $publicId) {\n      assetId publicId status version format bytes backupBytes tags\n      derived(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { derivedResourceId transformation format bytes } }\n      }\n      versions(first: $versionsFirst) { totalCount edges { node { versionId version format size restorable } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LcList($prefix: String, $tag: String) {\n    assets(prefix: $prefix, tag: $tag, first: 500) { totalCount edges { node { publicId } } }\n  }\n"): (typeof documents)["\n  query LcList($prefix: String, $tag: String) {\n    assets(prefix: $prefix, tag: $tag, first: 500) { totalCount edges { node { publicId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LcNotifyRestore($input: RestoreAssetsInput!) {\n    restoreAssets(input: $input) { restored { assetId version } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation LcNotifyRestore($input: RestoreAssetsInput!) {\n    restoreAssets(input: $input) { restored { assetId version } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LcNotifyDelete($input: DeleteAssetsInput!) { deleteAssets(input: $input) { userErrors { code } } }\n"): (typeof documents)["\n  mutation LcNotifyDelete($input: DeleteAssetsInput!) { deleteAssets(input: $input) { userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LcNotifyTrigger($input: CreateTriggerInput!) { createTrigger(input: $input) { userErrors { code field message } } }\n"): (typeof documents)["\n  mutation LcNotifyTrigger($input: CreateTriggerInput!) { createTrigger(input: $input) { userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LcRestore($input: RestoreAssetsInput!) {\n    restoreAssets(input: $input) {\n      restored { assetId publicId status version format bytes backupBytes tags }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation LcRestore($input: RestoreAssetsInput!) {\n    restoreAssets(input: $input) {\n      restored { assetId publicId status version format bytes backupBytes tags }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LcRestoreDelete($input: DeleteAssetsInput!) {\n    deleteAssets(input: $input) { deleted { status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation LcRestoreDelete($input: DeleteAssetsInput!) {\n    deleteAssets(input: $input) { deleted { status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LcSqlNested($first: Int) {\n    assets(first: $first) {\n      edges {\n        node {\n          publicId\n          thumb: secureUrl(transformation: \"c_fill,w_100,h_100\")\n          derived(first: 3) { totalCount edges { node { transformation bytes url } } }\n          versions(first: 2) { totalCount edges { node { versionId size } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LcSqlNested($first: Int) {\n    assets(first: $first) {\n      edges {\n        node {\n          publicId\n          thumb: secureUrl(transformation: \"c_fill,w_100,h_100\")\n          derived(first: 3) { totalCount edges { node { transformation bytes url } } }\n          versions(first: 2) { totalCount edges { node { versionId size } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetLookup($publicId: String, $resourceType: ResourceType, $type: DeliveryType) {\n    asset(publicId: $publicId, resourceType: $resourceType, type: $type) { publicId resourceType type }\n  }\n"): (typeof documents)["\n  query AssetLookup($publicId: String, $resourceType: ResourceType, $type: DeliveryType) {\n    asset(publicId: $publicId, resourceType: $resourceType, type: $type) { publicId resourceType type }\n  }\n"];
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
export function graphql(source: "\n  mutation PrRelate($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) { userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation PrRelate($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) { userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrDelete($input: DeleteAssetsInput!) {\n    deleteAssets(input: $input) { userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation PrDelete($input: DeleteAssetsInput!) {\n    deleteAssets(input: $input) { userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrPage($first: Int, $related: Int) {\n    assets(first: $first, prefix: \"pr-\") {\n      edges {\n        node {\n          publicId\n          relatedAssets(first: $related) {\n            pageInfo { hasNextPage endCursor }\n            edges { cursor node { publicId tags } }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PrPage($first: Int, $related: Int) {\n    assets(first: $first, prefix: \"pr-\") {\n      edges {\n        node {\n          publicId\n          relatedAssets(first: $related) {\n            pageInfo { hasNextPage endCursor }\n            edges { cursor node { publicId tags } }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrOne($publicId: String!, $related: Int, $after: String) {\n    asset(publicId: $publicId) {\n      relatedAssets(first: $related, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { publicId tags } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PrOne($publicId: String!, $related: Int, $after: String) {\n    asset(publicId: $publicId) {\n      relatedAssets(first: $related, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { publicId tags } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SqlRelate($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) { succeeded { code } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation SqlRelate($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) { succeeded { code } userErrors { code field message } }\n  }\n"];
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
export function graphql(source: "\n  query LostAssets {\n    assets(first: 5) { edges { node { publicId } } }\n  }\n"): (typeof documents)["\n  query LostAssets {\n    assets(first: 5) { edges { node { publicId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsolationCount { assets(first: 50) { totalCount edges { node { publicId tags } } } }\n"): (typeof documents)["\n  query IsolationCount { assets(first: 50) { totalCount edges { node { publicId tags } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsolationPageBytes { assets(first: 50, prefix: \"big-\") { edges { node { publicId bytes relatedAssets(first: 5) { edges { node { publicId bytes } } } } } } }\n"): (typeof documents)["\n  query IsolationPageBytes { assets(first: 50, prefix: \"big-\") { edges { node { publicId bytes relatedAssets(first: 5) { edges { node { publicId bytes } } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IsolationRelate($input: AddRelatedAssetsInput!) { addRelatedAssets(input: $input) { userErrors { code } } }"): (typeof documents)["mutation IsolationRelate($input: AddRelatedAssetsInput!) { addRelatedAssets(input: $input) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfigRead { config { cloudName createdAt settings { folderMode } } }\n"): (typeof documents)["\n  query ConfigRead { config { cloudName createdAt settings { folderMode } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PingRead { ping { status } }\n"): (typeof documents)["\n  query PingRead { ping { status } }\n"];
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
export function graphql(source: "\n  query StatementsWarmUp { environment { cloudName } }\n"): (typeof documents)["\n  query StatementsWarmUp { environment { cloudName } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputValuesImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) {\n      assets { publicId displayName tags context { key value } bytes }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation InputValuesImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) {\n      assets { publicId displayName tags context { key value } bytes }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputValuesUpdate($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      asset { tags }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation InputValuesUpdate($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      asset { tags }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InputValuesAsset($publicId: String!) {\n    asset(publicId: $publicId) { publicId tags }\n  }\n"): (typeof documents)["\n  query InputValuesAsset($publicId: String!) {\n    asset(publicId: $publicId) { publicId tags }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InputValuesCount {\n    assets(first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query InputValuesCount {\n    assets(first: 1) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputValuesAccess($input: RecordAssetAccessesInput!) {\n    recordAssetAccesses(input: $input) { recorded userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation InputValuesAccess($input: RecordAssetAccessesInput!) {\n    recordAssetAccesses(input: $input) { recorded userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InputValuesSearch($filter: AssetFilter) {\n    searchAssets(filter: $filter, first: 5) { totalCount }\n  }\n"): (typeof documents)["\n  query InputValuesSearch($filter: AssetFilter) {\n    searchAssets(filter: $filter, first: 5) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query InputValuesVisual($text: String!) {\n      visualSearchAssets(text: $text, first: 5) { totalCount }\n    }\n  "): (typeof documents)["\n    query InputValuesVisual($text: String!) {\n      visualSearchAssets(text: $text, first: 5) { totalCount }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LarRecord($input: RecordAssetAccessesInput!) {\n    recordAssetAccesses(input: $input) { recorded assets userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation LarRecord($input: RecordAssetAccessesInput!) {\n    recordAssetAccesses(input: $input) { recorded assets userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LarCreate($input: CreateLastAccessReportInput!) {\n    createLastAccessReport(input: $input) {\n      report {\n        id reportId status createdAt completedAt\n        params { fromDate toDate resourceType type excludeFolders sortBy direction }\n      }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation LarCreate($input: CreateLastAccessReportInput!) {\n    createLastAccessReport(input: $input) {\n      report {\n        id reportId status createdAt completedAt\n        params { fromDate toDate resourceType type excludeFolders sortBy direction }\n      }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LarAssets($id: String!, $first: Int, $after: String) {\n    lastAccessReport(id: $id) {\n      reportId\n      assets(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { lastAccess node { publicId resourceType lastAccessedAt } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LarAssets($id: String!, $first: Int, $after: String) {\n    lastAccessReport(id: $id) {\n      reportId\n      assets(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { lastAccess node { publicId resourceType lastAccessedAt } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LarList($first: Int, $after: String) {\n    lastAccessReports(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { reportId status } } }\n  }\n"): (typeof documents)["\n  query LarList($first: Int, $after: String) {\n    lastAccessReports(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { reportId status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LarNode($id: ID!) { node(id: $id) { __typename ... on LastAccessReport { reportId } } }\n"): (typeof documents)["\n  query LarNode($id: ID!) { node(id: $id) { __typename ... on LastAccessReport { reportId } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LarUsage { usage { requests bandwidth { usage } } }\n"): (typeof documents)["\n  query LarUsage { usage { requests bandwidth { usage } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LarImport($input: ImportAssetsInput!) { importAssets(input: $input) { assets { assetId publicId } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation LarImport($input: ImportAssetsInput!) { importAssets(input: $input) { assets { assetId publicId } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SqlLarRecord($input: RecordAssetAccessesInput!) { recordAssetAccesses(input: $input) { recorded userErrors { code field message } } }\n"): (typeof documents)["\n  mutation SqlLarRecord($input: RecordAssetAccessesInput!) { recordAssetAccesses(input: $input) { recorded userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SqlLarUpdate($input: UpdateAssetInput!) { updateAsset(input: $input) { userErrors { code field message } } }\n"): (typeof documents)["\n  mutation SqlLarUpdate($input: UpdateAssetInput!) { updateAsset(input: $input) { userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SqlLarCreate($input: CreateLastAccessReportInput!) { createLastAccessReport(input: $input) { report { reportId } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation SqlLarCreate($input: CreateLastAccessReportInput!) { createLastAccessReport(input: $input) { report { reportId } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SqlLarReportAssets($id: String!, $first: Int) {\n    lastAccessReport(id: $id) {\n      status\n      assets(first: $first) {\n        edges {\n          lastAccess\n          node { publicId tags lastAccessedAt accessControl { accessType } faceCoordinates qualityOverride visualSearchIndexed addonRequests { kind } moderation { status } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SqlLarReportAssets($id: String!, $first: Int) {\n    lastAccessReport(id: $id) {\n      status\n      assets(first: $first) {\n        edges {\n          lastAccess\n          node { publicId tags lastAccessedAt accessControl { accessType } faceCoordinates qualityOverride visualSearchIndexed addonRequests { kind } moderation { status } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SqlLarAssets($first: Int) {\n    assets(first: $first) { edges { node { publicId lastAccessedAt accessControl { accessType } faceCoordinates regions addonRequests { kind value } } } }\n  }\n"): (typeof documents)["\n  query SqlLarAssets($first: Int) {\n    assets(first: $first) { edges { node { publicId lastAccessedAt accessControl { accessType } faceCoordinates regions addonRequests { kind value } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SqlLarUsage { usage { storage { usage } objects { usage } requests resources derivedResources transformations { usage } } }\n"): (typeof documents)["\n  query SqlLarUsage { usage { storage { usage } objects { usage } requests resources derivedResources transformations { usage } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SqlLarReportsWithAssets($first: Int) {\n    lastAccessReports(first: $first) {\n      totalCount\n      edges { node { reportId assets(first: 3) { totalCount pageInfo { hasNextPage } edges { lastAccess node { publicId tags } } } } }\n    }\n  }\n"): (typeof documents)["\n  query SqlLarReportsWithAssets($first: Int) {\n    lastAccessReports(first: $first) {\n      totalCount\n      edges { node { reportId assets(first: 3) { totalCount pageInfo { hasNextPage } edges { lastAccess node { publicId tags } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewUpdateRule($input: UpdateMetadataRuleInput!) {\n    updateMetadataRule(input: $input) { metadataRule { externalId state } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ReviewUpdateRule($input: UpdateMetadataRuleInput!) {\n    updateMetadataRule(input: $input) { metadataRule { externalId state } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewRuleDeleteField($input: DeleteMetadataFieldInput!) {\n    deleteMetadataField(input: $input) { deletedExternalId userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ReviewRuleDeleteField($input: DeleteMetadataFieldInput!) {\n    deleteMetadataField(input: $input) { deletedExternalId userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulesList($first: Int, $after: String) {\n    metadataRules(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { externalId name metadataFieldId position state } }\n    }\n  }\n"): (typeof documents)["\n  query RulesList($first: Int, $after: String) {\n    metadataRules(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { externalId name metadataFieldId position state } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesUpdate($input: UpdateMetadataRuleInput!) {\n    updateMetadataRule(input: $input) {\n      metadataRule { externalId name state conditionJson resultJson conditionSignature }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation RulesUpdate($input: UpdateMetadataRuleInput!) {\n    updateMetadataRule(input: $input) {\n      metadataRule { externalId name state conditionJson resultJson conditionSignature }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesDelete($input: DeleteMetadataRuleInput!) {\n    deleteMetadataRule(input: $input) { deletedExternalId userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation RulesDelete($input: DeleteMetadataRuleInput!) {\n    deleteMetadataRule(input: $input) { deletedExternalId userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulesNode($id: ID!) {\n    node(id: $id) { __typename ... on MetadataRule { externalId metadataFieldId } }\n  }\n"): (typeof documents)["\n  query RulesNode($id: ID!) {\n    node(id: $id) { __typename ... on MetadataRule { externalId metadataFieldId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetaDsUpsert($input: UpdateMetadataDatasourceInput!) {\n    updateMetadataDatasource(input: $input) {\n      metadataField { externalId datasource { values { externalId value state position } } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation MetaDsUpsert($input: UpdateMetadataDatasourceInput!) {\n    updateMetadataDatasource(input: $input) {\n      metadataField { externalId datasource { values { externalId value state position } } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetaDsDelete($input: DeleteMetadataDatasourceEntriesInput!) {\n    deleteMetadataDatasourceEntries(input: $input) {\n      metadataField { datasource { values { externalId value state } } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation MetaDsDelete($input: DeleteMetadataDatasourceEntriesInput!) {\n    deleteMetadataDatasourceEntries(input: $input) {\n      metadataField { datasource { values { externalId value state } } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetaDsRestore($input: RestoreMetadataDatasourceEntriesInput!) {\n    restoreMetadataDatasourceEntries(input: $input) {\n      metadataField { datasource { values { externalId value state } } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation MetaDsRestore($input: RestoreMetadataDatasourceEntriesInput!) {\n    restoreMetadataDatasourceEntries(input: $input) {\n      metadataField { datasource { values { externalId value state } } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetaDsOrder($input: OrderMetadataDatasourceInput!) {\n    orderMetadataDatasource(input: $input) {\n      metadataField { datasource { values { externalId value position } } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation MetaDsOrder($input: OrderMetadataDatasourceInput!) {\n    orderMetadataDatasource(input: $input) {\n      metadataField { datasource { values { externalId value position } } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetaDsSearch($term: String!, $first: Int) {\n    searchMetadataDatasource(term: $term, first: $first) { fieldId id value field { label } }\n  }\n"): (typeof documents)["\n  query MetaDsSearch($term: String!, $first: Int) {\n    searchMetadataDatasource(term: $term, first: $first) { fieldId id value field { label } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetaListFields($first: Int, $after: String) {\n    metadataFields(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { externalId type label } }\n    }\n  }\n"): (typeof documents)["\n  query MetaListFields($first: Int, $after: String) {\n    metadataFields(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { externalId type label } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetaOneField($externalId: String!) {\n    metadataField(externalId: $externalId) { ...MetaFieldParts }\n  }\n"): (typeof documents)["\n  query MetaOneField($externalId: String!) {\n    metadataField(externalId: $externalId) { ...MetaFieldParts }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetaFieldNode($id: ID!) {\n    node(id: $id) { __typename ... on MetadataField { externalId label } }\n  }\n"): (typeof documents)["\n  query MetaFieldNode($id: ID!) {\n    node(id: $id) { __typename ... on MetadataField { externalId label } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetaUpdateField($input: UpdateMetadataFieldInput!) {\n    updateMetadataField(input: $input) {\n      metadataField { ...MetaFieldParts }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation MetaUpdateField($input: UpdateMetadataFieldInput!) {\n    updateMetadataField(input: $input) {\n      metadataField { ...MetaFieldParts }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetaDeleteField($input: DeleteMetadataFieldInput!) {\n    deleteMetadataField(input: $input) { deletedExternalId userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation MetaDeleteField($input: DeleteMetadataFieldInput!) {\n    deleteMetadataField(input: $input) { deletedExternalId userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetaRuleState {\n    metadataRules { edges { node { externalId state metadataFieldId metadataField { externalId } } } }\n  }\n"): (typeof documents)["\n  query MetaRuleState {\n    metadataRules { edges { node { externalId state metadataFieldId metadataField { externalId } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MetaFieldParts on MetadataField {\n    id externalId type label mandatory defaultDisabled defaultValue allowDynamicListValues\n    restrictions { readonlyUi }\n    validationJson\n    validation {\n      __typename\n      ... on GreaterThanValidation { value equals }\n      ... on LessThanValidation { value equals }\n      ... on StrlenValidation { min max }\n      ... on StrregexValidation { regex }\n      ... on AndValidation { rules { __typename ... on GreaterThanValidation { value equals } ... on LessThanValidation { value equals } ... on StrlenValidation { min max } ... on StrregexValidation { regex } } }\n    }\n    datasource { values { externalId value state position } }\n  }\n"): (typeof documents)["\n  fragment MetaFieldParts on MetadataField {\n    id externalId type label mandatory defaultDisabled defaultValue allowDynamicListValues\n    restrictions { readonlyUi }\n    validationJson\n    validation {\n      __typename\n      ... on GreaterThanValidation { value equals }\n      ... on LessThanValidation { value equals }\n      ... on StrlenValidation { min max }\n      ... on StrregexValidation { regex }\n      ... on AndValidation { rules { __typename ... on GreaterThanValidation { value equals } ... on LessThanValidation { value equals } ... on StrlenValidation { min max } ... on StrregexValidation { regex } } }\n    }\n    datasource { values { externalId value state position } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetaCreateField($input: CreateMetadataFieldInput!) {\n    createMetadataField(input: $input) {\n      metadataField { ...MetaFieldParts }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation MetaCreateField($input: CreateMetadataFieldInput!) {\n    createMetadataField(input: $input) {\n      metadataField { ...MetaFieldParts }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetaAsset($publicId: String!) {\n    asset(publicId: $publicId) {\n      assetId\n      lastUpdated { metadataUpdatedAt }\n      metadata {\n        __typename externalId value\n        ... on StringMetadataValue { text }\n        ... on IntegerMetadataValue { number }\n        ... on DateMetadataValue { date }\n        ... on EnumMetadataValue { entryExternalId entry { value state } }\n        ... on SetMetadataValue { entryExternalIds entries { externalId value } }\n      }\n      metadataRuleTrace {\n        rules { ruleExternalId name metadataFieldId conditionMet effects { action applied detail } rule { externalId name state } }\n        fields { externalId enabled mandatory activeValues }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MetaAsset($publicId: String!) {\n    asset(publicId: $publicId) {\n      assetId\n      lastUpdated { metadataUpdatedAt }\n      metadata {\n        __typename externalId value\n        ... on StringMetadataValue { text }\n        ... on IntegerMetadataValue { number }\n        ... on DateMetadataValue { date }\n        ... on EnumMetadataValue { entryExternalId entry { value state } }\n        ... on SetMetadataValue { entryExternalIds entries { externalId value } }\n      }\n      metadataRuleTrace {\n        rules { ruleExternalId name metadataFieldId conditionMet effects { action applied detail } rule { externalId name state } }\n        fields { externalId enabled mandatory activeValues }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetaSetMetadata($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      asset {\n        metadata { externalId value }\n        metadataRuleTrace { rules { ruleExternalId conditionMet effects { action applied detail } } fields { externalId enabled mandatory activeValues } }\n      }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation MetaSetMetadata($input: UpdateAssetInput!) {\n    updateAsset(input: $input) {\n      asset {\n        metadata { externalId value }\n        metadataRuleTrace { rules { ruleExternalId conditionMet effects { action applied detail } } fields { externalId enabled mandatory activeValues } }\n      }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetaCreateRule($input: CreateMetadataRuleInput!) {\n    createMetadataRule(input: $input) {\n      metadataRule {\n        id externalId name metadataFieldId conditionJson resultJson conditionSignature state position\n        metadataField { externalId }\n        condition { metadataFieldId populated includes equals and { metadataFieldId equals populated includes or { metadataFieldId equals } } or { metadataFieldId equals } }\n        result { enable setMandatory activateValues { all externalIds mode } applyValue { value mode } }\n      }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation MetaCreateRule($input: CreateMetadataRuleInput!) {\n    createMetadataRule(input: $input) {\n      metadataRule {\n        id externalId name metadataFieldId conditionJson resultJson conditionSignature state position\n        metadataField { externalId }\n        condition { metadataFieldId populated includes equals and { metadataFieldId equals populated includes or { metadataFieldId equals } } or { metadataFieldId equals } }\n        result { enable setMandatory activateValues { all externalIds mode } applyValue { value mode } }\n      }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewDeleteField($input: DeleteMetadataFieldInput!) {\n    deleteMetadataField(input: $input) { deletedExternalId userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ReviewDeleteField($input: DeleteMetadataFieldInput!) {\n    deleteMetadataField(input: $input) { deletedExternalId userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) {\n      assets { publicId metadata { externalId value } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) {\n      assets { publicId metadata { externalId value } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewDeactivate($input: DeleteMetadataDatasourceEntriesInput!) {\n    deleteMetadataDatasourceEntries(input: $input) { metadataField { datasource { values { externalId state } } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ReviewDeactivate($input: DeleteMetadataDatasourceEntriesInput!) {\n    deleteMetadataDatasourceEntries(input: $input) { metadataField { datasource { values { externalId state } } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewTwoDatasourceWrites($a: UpdateMetadataDatasourceInput!, $b: UpdateMetadataDatasourceInput!) {\n    a: updateMetadataDatasource(input: $a) { metadataField { datasource { values { externalId } } } userErrors { code } }\n    b: updateMetadataDatasource(input: $b) { metadataField { datasource { values { externalId } } } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation ReviewTwoDatasourceWrites($a: UpdateMetadataDatasourceInput!, $b: UpdateMetadataDatasourceInput!) {\n    a: updateMetadataDatasource(input: $a) { metadataField { datasource { values { externalId } } } userErrors { code } }\n    b: updateMetadataDatasource(input: $b) { metadataField { datasource { values { externalId } } } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewLabelBetweenWrites($a: UpdateAssetInput!, $field: UpdateMetadataFieldInput!, $c: UpdateAssetInput!) {\n    a: updateAsset(input: $a) { asset { metadata { field { label } } } userErrors { code } }\n    b: updateMetadataField(input: $field) { metadataField { label } userErrors { code } }\n    c: updateAsset(input: $c) { asset { metadata { field { label } } } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation ReviewLabelBetweenWrites($a: UpdateAssetInput!, $field: UpdateMetadataFieldInput!, $c: UpdateAssetInput!) {\n    a: updateAsset(input: $a) { asset { metadata { field { label } } } userErrors { code } }\n    b: updateMetadataField(input: $field) { metadataField { label } userErrors { code } }\n    c: updateAsset(input: $c) { asset { metadata { field { label } } } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewBulk($input: UpdateMetadataInput!) {\n    updateMetadata(input: $input) { results { success } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ReviewBulk($input: UpdateMetadataInput!) {\n    updateMetadata(input: $input) { results { success } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewSearchEntries($term: String!) {\n    searchMetadataDatasource(term: $term) { id }\n  }\n"): (typeof documents)["\n  query ReviewSearchEntries($term: String!) {\n    searchMetadataDatasource(term: $term) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetaSqlImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) { assets { assetId } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation MetaSqlImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) { assets { assetId } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetaSqlAssets($first: Int) {\n    assets(first: $first, direction: ASC) {\n      edges {\n        node {\n          publicId\n          metadata {\n            __typename externalId value\n            field { externalId type label datasource { values { externalId } } }\n            ... on StringMetadataValue { text }\n            ... on IntegerMetadataValue { number }\n            ... on DateMetadataValue { date }\n            ... on EnumMetadataValue { entry { externalId value } }\n            ... on SetMetadataValue { entries { externalId value } }\n          }\n          metadataRuleTrace { rules { ruleExternalId conditionMet } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MetaSqlAssets($first: Int) {\n    assets(first: $first, direction: ASC) {\n      edges {\n        node {\n          publicId\n          metadata {\n            __typename externalId value\n            field { externalId type label datasource { values { externalId } } }\n            ... on StringMetadataValue { text }\n            ... on IntegerMetadataValue { number }\n            ... on DateMetadataValue { date }\n            ... on EnumMetadataValue { entry { externalId value } }\n            ... on SetMetadataValue { entries { externalId value } }\n          }\n          metadataRuleTrace { rules { ruleExternalId conditionMet } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetaImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) {\n      assets { publicId metadata { externalId value } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation MetaImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) {\n      assets { publicId metadata { externalId value } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetaBulk($input: UpdateMetadataInput!) {\n    updateMetadata(input: $input) {\n      results { success changed asset { publicId metadata { externalId value } } userErrors { code field message } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation MetaBulk($input: UpdateMetadataInput!) {\n    updateMetadata(input: $input) {\n      results { success changed asset { publicId metadata { externalId value } } userErrors { code field message } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetaValuesDeleteField($input: DeleteMetadataFieldInput!) {\n    deleteMetadataField(input: $input) { deletedExternalId userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation MetaValuesDeleteField($input: DeleteMetadataFieldInput!) {\n    deleteMetadataField(input: $input) { deletedExternalId userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetaTagged($publicId: String!) {\n    asset(publicId: $publicId) { tags lastUpdated { metadataUpdatedAt tagsUpdatedAt } }\n  }\n"): (typeof documents)["\n  query MetaTagged($publicId: String!) {\n    asset(publicId: $publicId) { tags lastUpdated { metadataUpdatedAt tagsUpdatedAt } }\n  }\n"];
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
export function graphql(source: "\n  query RestCursorList($prefix: String, $first: Int, $after: String) {\n    assets(resourceType: IMAGE, prefix: $prefix, first: $first, after: $after) { pageInfo { endCursor hasNextPage } edges { node { publicId } } }\n  }\n"): (typeof documents)["\n  query RestCursorList($prefix: String, $first: Int, $after: String) {\n    assets(resourceType: IMAGE, prefix: $prefix, first: $first, after: $after) { pageInfo { endCursor hasNextPage } edges { node { publicId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RestRateProbe { ping { status } }"): (typeof documents)["query RestRateProbe { ping { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchFixtureDelete($input: DeleteAssetsInput!) {\n    deleteAssets(input: $input) { userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation SearchFixtureDelete($input: DeleteAssetsInput!) {\n    deleteAssets(input: $input) { userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchFixtureAccessMode($input: UpdateAssetsAccessModeInput!) {\n    updateAssetsAccessMode(input: $input) { userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation SearchFixtureAccessMode($input: UpdateAssetsAccessModeInput!) {\n    updateAssetsAccessMode(input: $input) { userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchFixtureField($input: CreateMetadataFieldInput!) {\n    createMetadataField(input: $input) { userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation SearchFixtureField($input: CreateMetadataFieldInput!) {\n    createMetadataField(input: $input) { userErrors { code field message } }\n  }\n"];
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
export function graphql(source: "\n  mutation SearchIndexField($input: CreateMetadataFieldInput!) {\n    createMetadataField(input: $input) { userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation SearchIndexField($input: CreateMetadataFieldInput!) {\n    createMetadataField(input: $input) { userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchIndexTags($input: UpdateTagsInput!) {\n    updateTags(input: $input) { userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation SearchIndexTags($input: UpdateTagsInput!) {\n    updateTags(input: $input) { userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchIndexUpdate($input: UpdateAssetInput!) {\n    updateAsset(input: $input) { userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation SearchIndexUpdate($input: UpdateAssetInput!) {\n    updateAsset(input: $input) { userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchIndexDelete($input: DeleteAssetsInput!) {\n    deleteAssets(input: $input) { userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation SearchIndexDelete($input: DeleteAssetsInput!) {\n    deleteAssets(input: $input) { userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchIndexSearch($expression: String!) {\n    searchAssets(expression: $expression, first: 500) { totalCount edges { node { publicId } } }\n  }\n"): (typeof documents)["\n  query SearchIndexSearch($expression: String!) {\n    searchAssets(expression: $expression, first: 500) { totalCount edges { node { publicId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchLimits($expression: String, $filter: AssetFilter, $sortBy: [SortInput!], $first: Int, $after: String) {\n    searchAssets(expression: $expression, filter: $filter, sortBy: $sortBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { publicId } }\n    }\n  }\n"): (typeof documents)["\n  query SearchLimits($expression: String, $filter: AssetFilter, $sortBy: [SortInput!], $first: Int, $after: String) {\n    searchAssets(expression: $expression, filter: $filter, sortBy: $sortBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { publicId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchSqlRelate($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) { userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation SearchSqlRelate($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) { userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSqlNested($first: Int) {\n    searchAssets(expression: \"stmt AND tags:even\", sortBy: [{ field: \"public_id\", direction: DESC }], first: $first) {\n      totalCount\n      edges {\n        node {\n          publicId\n          tags\n          context { key value }\n          assetFolder\n          relatedAssets(first: 5) { edges { node { publicId tags } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchSqlNested($first: Int) {\n    searchAssets(expression: \"stmt AND tags:even\", sortBy: [{ field: \"public_id\", direction: DESC }], first: $first) {\n      totalCount\n      edges {\n        node {\n          publicId\n          tags\n          context { key value }\n          assetFolder\n          relatedAssets(first: 5) { edges { node { publicId tags } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSqlAggregated($aggregate: [AggregateInput!]) {\n    searchAssets(expression: \"stmt AND tags:even\", aggregate: $aggregate, first: 1) {\n      edges { node { publicId } }\n      aggregations { field buckets { key count } }\n    }\n  }\n"): (typeof documents)["\n  query SearchSqlAggregated($aggregate: [AggregateInput!]) {\n    searchAssets(expression: \"stmt AND tags:even\", aggregate: $aggregate, first: 1) {\n      edges { node { publicId } }\n      aggregations { field buckets { key count } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeadlineImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) { assets { assetId } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation DeadlineImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) { assets { assetId } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeadlineCount {\n    assets(first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query DeadlineCount {\n    assets(first: 1) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetricsTrigger($input: CreateTriggerInput!) {\n    createTrigger(input: $input) { userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation MetricsTrigger($input: CreateTriggerInput!) {\n    createTrigger(input: $input) { userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricsCount { assets { totalCount } }\n"): (typeof documents)["\n  query MetricsCount { assets { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RelateForLimits($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) { userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation RelateForLimits($input: AddRelatedAssetsInput!) {\n    addRelatedAssets(input: $input) { userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TooDeep {\n    assets(first: 1) { edges { node { relatedAssets(first: 1) { edges { node { relatedAssets(first: 1) { edges { node {\n      relatedAssets(first: 1) { edges { node { relatedAssets(first: 1) { edges { node { publicId } } } } } }\n    } } } } } } } } }\n  }\n"): (typeof documents)["\n  query TooDeep {\n    assets(first: 1) { edges { node { relatedAssets(first: 1) { edges { node { relatedAssets(first: 1) { edges { node {\n      relatedAssets(first: 1) { edges { node { relatedAssets(first: 1) { edges { node { publicId } } } } } }\n    } } } } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeepEnough {\n    assets(first: 1, direction: ASC) { edges { node { publicId relatedAssets(first: 1) { edges { node { publicId relatedAssets(first: 1) { edges { node {\n      publicId relatedAssets(first: 1) { edges { node { publicId } } }\n    } } } } } } } } }\n  }\n"): (typeof documents)["\n  query DeepEnough {\n    assets(first: 1, direction: ASC) { edges { node { publicId relatedAssets(first: 1) { edges { node { publicId relatedAssets(first: 1) { edges { node {\n      publicId relatedAssets(first: 1) { edges { node { publicId } } }\n    } } } } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TooManyNodes($first: Int) {\n    assets(first: $first) { edges { node { relatedAssets(first: 100) { edges { node { relatedAssets { edges { node { publicId } } } } } } } } }\n  }\n"): (typeof documents)["\n  query TooManyNodes($first: Int) {\n    assets(first: $first) { edges { node { relatedAssets(first: 100) { edges { node { relatedAssets { edges { node { publicId } } } } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManyNodes($first: Int) {\n    assets(first: $first) { totalCount edges { node { relatedAssets { edges { node { publicId } } } } } }\n  }\n"): (typeof documents)["\n  query ManyNodes($first: Int) {\n    assets(first: $first) { totalCount edges { node { relatedAssets { edges { node { publicId } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateTwoRoots { environment { cloudName } assets { totalCount } }\n"): (typeof documents)["\n  query RateTwoRoots { environment { cloudName } assets { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { apiKey { apiKey } apiSecret }\n  }\n"): (typeof documents)["\n  mutation RevCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { apiKey { apiKey } apiSecret }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevRevokeKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) { userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation RevRevokeKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) { userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevKeys {\n    apiKeys(first: 500) { totalCount }\n  }\n"): (typeof documents)["\n  query RevKeys {\n    apiKeys(first: 500) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevPing {\n    ping { status }\n  }\n"): (typeof documents)["\n  query RevPing {\n    ping { status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfilesList($first: Int, $after: String) {\n    streamingProfiles(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { name displayName predefined modified } }\n    }\n  }\n"): (typeof documents)["\n  query ProfilesList($first: Int, $after: String) {\n    streamingProfiles(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { name displayName predefined modified } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileGet($name: String!) {\n    streamingProfile(name: $name) { id name displayName predefined modified representations { transformation transformationString } }\n  }\n"): (typeof documents)["\n  query ProfileGet($name: String!) {\n    streamingProfile(name: $name) { id name displayName predefined modified representations { transformation transformationString } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileNode($id: ID!) { node(id: $id) { __typename ... on StreamingProfile { name } } }\n"): (typeof documents)["\n  query ProfileNode($id: ID!) { node(id: $id) { __typename ... on StreamingProfile { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileCreate($input: CreateStreamingProfileInput!) {\n    createStreamingProfile(input: $input) {\n      streamingProfile { name displayName predefined representations { transformation transformationString } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ProfileCreate($input: CreateStreamingProfileInput!) {\n    createStreamingProfile(input: $input) {\n      streamingProfile { name displayName predefined representations { transformation transformationString } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileUpdate($input: UpdateStreamingProfileInput!) {\n    updateStreamingProfile(input: $input) {\n      streamingProfile { name displayName predefined modified representations { transformationString } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ProfileUpdate($input: UpdateStreamingProfileInput!) {\n    updateStreamingProfile(input: $input) {\n      streamingProfile { name displayName predefined modified representations { transformationString } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileDelete($input: DeleteStreamingProfileInput!) {\n    deleteStreamingProfile(input: $input) {\n      deletedName\n      revertedProfile { name modified representations { transformationString } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ProfileDelete($input: DeleteStreamingProfileInput!) {\n    deleteStreamingProfile(input: $input) {\n      deletedName\n      revertedProfile { name modified representations { transformationString } }\n      userErrors { code field message }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation TagOpsUpdate($input: UpdateTagsInput!) {\n    updateTags(input: $input) {\n      results { asset { publicId tags lastUpdated { tagsUpdatedAt } } success changed userErrors { code field message } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation TagOpsUpdate($input: UpdateTagsInput!) {\n    updateTags(input: $input) {\n      results { asset { publicId tags lastUpdated { tagsUpdatedAt } } success changed userErrors { code field message } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagOpsRead($publicIds: [String!]) {\n    assets(publicIds: $publicIds, first: 100) { edges { node { publicId tags } } }\n  }\n"): (typeof documents)["\n  query TagOpsRead($publicIds: [String!]) {\n    assets(publicIds: $publicIds, first: 100) { edges { node { publicId tags } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrCreate($input: CreateTransformationInput!) {\n    createTransformation(input: $input) {\n      transformation { id name bareName named definition allowedForStrict used info }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation TrCreate($input: CreateTransformationInput!) {\n    createTransformation(input: $input) {\n      transformation { id name bareName named definition allowedForStrict used info }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrUpdate($input: UpdateTransformationInput!) {\n    updateTransformation(input: $input) {\n      transformation { name definition allowedForStrict }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation TrUpdate($input: UpdateTransformationInput!) {\n    updateTransformation(input: $input) {\n      transformation { name definition allowedForStrict }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrDelete($input: DeleteTransformationInput!) {\n    deleteTransformation(input: $input) { deletedName invalidatedDerivedCount userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation TrDelete($input: DeleteTransformationInput!) {\n    deleteTransformation(input: $input) { deletedName invalidatedDerivedCount userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrOne($nameOrParams: String!, $first: Int, $after: String) {\n    transformation(nameOrParams: $nameOrParams) {\n      name named used info allowedForStrict\n      derived(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { derivedResourceId transformation format bytes url secureUrl asset { publicId } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrOne($nameOrParams: String!, $first: Int, $after: String) {\n    transformation(nameOrParams: $nameOrParams) {\n      name named used info allowedForStrict\n      derived(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { derivedResourceId transformation format bytes url secureUrl asset { publicId } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrList($named: Boolean, $first: Int, $after: String) {\n    transformations(named: $named, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { name named used } }\n    }\n  }\n"): (typeof documents)["\n  query TrList($named: Boolean, $first: Int, $after: String) {\n    transformations(named: $named, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { name named used } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrUrls($publicId: String!, $transformation: String) {\n    asset(publicId: $publicId) { url secureUrl(transformation: $transformation) plain: secureUrl }\n  }\n"): (typeof documents)["\n  query TrUrls($publicId: String!, $transformation: String) {\n    asset(publicId: $publicId) { url secureUrl(transformation: $transformation) plain: secureUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Transformation { name }\n      ... on DerivedResource { derivedResourceId transformation asset { publicId } }\n    }\n  }\n"): (typeof documents)["\n  query TrNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Transformation { name }\n      ... on DerivedResource { derivedResourceId transformation asset { publicId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrIds { transformations(first: 500) { edges { node { id name } } } }\n"): (typeof documents)["\n  query TrIds { transformations(first: 500) { edges { node { id name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrAssetDerived($publicId: String!) {\n    asset(publicId: $publicId) { derived { totalCount edges { node { transformation } } } }\n  }\n"): (typeof documents)["\n  query TrAssetDerived($publicId: String!) {\n    asset(publicId: $publicId) { derived { totalCount edges { node { transformation } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrImportDerived($input: ImportAssetsInput!) {\n    importAssets(input: $input) { assets { publicId } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation TrImportDerived($input: ImportAssetsInput!) {\n    importAssets(input: $input) { assets { publicId } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrDerivedIds($publicId: String!) {\n    asset(publicId: $publicId) { derived { edges { node { id derivedResourceId } } } }\n  }\n"): (typeof documents)["\n  query TrDerivedIds($publicId: String!) {\n    asset(publicId: $publicId) { derived { edges { node { id derivedResourceId } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) { assets { publicId derived { totalCount } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation TrImport($input: ImportAssetsInput!) {\n    importAssets(input: $input) { assets { publicId derived { totalCount } } userErrors { code field message } }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MappingCreate($input: CreateUploadMappingInput!) {\n    createUploadMapping(input: $input) { uploadMapping { id folder template externalId } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation MappingCreate($input: CreateUploadMappingInput!) {\n    createUploadMapping(input: $input) { uploadMapping { id folder template externalId } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MappingUpdate($input: UpdateUploadMappingInput!) {\n    updateUploadMapping(input: $input) { uploadMapping { folder template externalId } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation MappingUpdate($input: UpdateUploadMappingInput!) {\n    updateUploadMapping(input: $input) { uploadMapping { folder template externalId } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MappingDelete($input: DeleteUploadMappingInput!) {\n    deleteUploadMapping(input: $input) { deletedFolder deletedId externalId userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation MappingDelete($input: DeleteUploadMappingInput!) {\n    deleteUploadMapping(input: $input) { deletedFolder deletedId externalId userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MappingGet($folder: String!) { uploadMapping(folder: $folder) { folder template } }\n"): (typeof documents)["\n  query MappingGet($folder: String!) { uploadMapping(folder: $folder) { folder template } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MappingList($first: Int, $after: String) {\n    uploadMappings(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { folder template } } }\n  }\n"): (typeof documents)["\n  query MappingList($first: Int, $after: String) {\n    uploadMappings(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { folder template } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PresetCreate($input: CreateUploadPresetInput!) {\n    createUploadPreset(input: $input) {\n      overwritten\n      uploadPreset { id name externalId unsigned disallowPublicId live useAssetFolderAsPublicIdPrefix settings }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation PresetCreate($input: CreateUploadPresetInput!) {\n    createUploadPreset(input: $input) {\n      overwritten\n      uploadPreset { id name externalId unsigned disallowPublicId live useAssetFolderAsPublicIdPrefix settings }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PresetUpdate($input: UpdateUploadPresetInput!) {\n    updateUploadPreset(input: $input) {\n      uploadPreset { name externalId unsigned disallowPublicId live settings }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation PresetUpdate($input: UpdateUploadPresetInput!) {\n    updateUploadPreset(input: $input) {\n      uploadPreset { name externalId unsigned disallowPublicId live settings }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PresetDelete($input: DeleteUploadPresetInput!) {\n    deleteUploadPreset(input: $input) { deletedName deletedId externalId userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation PresetDelete($input: DeleteUploadPresetInput!) {\n    deleteUploadPreset(input: $input) { deletedName deletedId externalId userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PresetGet($name: String!) { uploadPreset(name: $name) { name unsigned settings } }\n"): (typeof documents)["\n  query PresetGet($name: String!) { uploadPreset(name: $name) { name unsigned settings } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PresetList($first: Int, $after: String) {\n    uploadPresets(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { name } }\n    }\n  }\n"): (typeof documents)["\n  query PresetList($first: Int, $after: String) {\n    uploadPresets(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PresetNode($id: ID!) { node(id: $id) { __typename ... on UploadPreset { name } } }\n"): (typeof documents)["\n  query PresetNode($id: ID!) { node(id: $id) { __typename ... on UploadPreset { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Explicit($input: ExplicitAssetInput!) {\n    explicitAsset(input: $input) {\n      eager\n      asset { publicId tags derived(first: 10) { edges { node { transformation format } } } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation Explicit($input: ExplicitAssetInput!) {\n    explicitAsset(input: $input) {\n      eager\n      asset { publicId tags derived(first: 10) { edges { node { transformation format } } } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Upload($input: UploadAssetInput!) {\n    uploadAsset(input: $input) {\n      existing\n      asset { assetId publicId resourceType type format width height pages bytes etag version displayName assetFolder tags backupBytes status }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation Upload($input: UploadAssetInput!) {\n    uploadAsset(input: $input) {\n      existing\n      asset { assetId publicId resourceType type format width height pages bytes etag version displayName assetFolder tags backupBytes status }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Rename($input: RenameAssetInput!) {\n    renameAsset(input: $input) {\n      asset { assetId publicId type etag lastUpdated { publicIdUpdatedAt } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation Rename($input: RenameAssetInput!) {\n    renameAsset(input: $input) {\n      asset { assetId publicId type etag lastUpdated { publicIdUpdatedAt } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteAllOf($rt: ResourceType) { deleteAssetsByPrefix(input: { all: true, resourceType: $rt }) { userErrors { code } } }"): (typeof documents)["mutation DeleteAllOf($rt: ResourceType) { deleteAssetsByPrefix(input: { all: true, resourceType: $rt }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteVersions($a: String!, $v: [String!]!) { deleteAssetBackupVersions(input: { assetId: $a, versionIds: $v }) { userErrors { code } } }"): (typeof documents)["mutation DeleteVersions($a: String!, $v: [String!]!) { deleteAssetBackupVersions(input: { assetId: $a, versionIds: $v }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaggedPreset { createUploadPreset(input: { name: \"tagged\", settings: { tags: \"p1,p2\", folder: \"presetted\", overwrite: false } }) { userErrors { code } } }"): (typeof documents)["mutation TaggedPreset { createUploadPreset(input: { name: \"tagged\", settings: { tags: \"p1,p2\", folder: \"presetted\", overwrite: false } }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestoreVersion($a: [String!], $v: [String!]) { restoreAssets(input: { assetIds: $a, versionIds: $v }) { restored { width format etag bytes } userErrors { code message } } }"): (typeof documents)["mutation RestoreVersion($a: [String!], $v: [String!]) { restoreAssets(input: { assetIds: $a, versionIds: $v }) { restored { width format etag bytes } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteByPublicIds($ids: [String!]) { deleteAssets(input: { publicIds: $ids }) { userErrors { code } } }"): (typeof documents)["mutation DeleteByPublicIds($ids: [String!]) { deleteAssets(input: { publicIds: $ids }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteByPrefix($prefix: String!) { deleteAssetsByPrefix(input: { prefix: $prefix }) { userErrors { code } } }"): (typeof documents)["mutation DeleteByPrefix($prefix: String!) { deleteAssetsByPrefix(input: { prefix: $prefix }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteByTag($tag: String!) { deleteAssetsByTag(input: { tag: $tag }) { userErrors { code } } }"): (typeof documents)["mutation DeleteByTag($tag: String!) { deleteAssetsByTag(input: { tag: $tag }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsageRead($date: String) {\n    usage(date: $date) {\n      plan lastUpdated dateRequested\n      transformations { usage limit usedPercent breakdown }\n      objects { usage limit }\n      bandwidth { usage limit usedPercent }\n      storage { usage limit usedPercent }\n      requests resources derivedResources\n      addons { name usage }\n      mediaLimits { imageMaxSizeBytes videoMaxSizeBytes rawMaxSizeBytes imageMaxPx assetMaxTotalPx }\n    }\n  }\n"): (typeof documents)["\n  query UsageRead($date: String) {\n    usage(date: $date) {\n      plan lastUpdated dateRequested\n      transformations { usage limit usedPercent breakdown }\n      objects { usage limit }\n      bandwidth { usage limit usedPercent }\n      storage { usage limit usedPercent }\n      requests resources derivedResources\n      addons { name usage }\n      mediaLimits { imageMaxSizeBytes videoMaxSizeBytes rawMaxSizeBytes imageMaxPx assetMaxTotalPx }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisualSearch($text: String, $imageAssetId: String, $imageUrl: String, $first: Int, $after: String) {\n    visualSearchAssets(text: $text, imageAssetId: $imageAssetId, imageUrl: $imageUrl, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { publicId visualSearchIndexed } }\n    }\n  }\n"): (typeof documents)["\n  query VisualSearch($text: String, $imageAssetId: String, $imageUrl: String, $first: Int, $after: String) {\n    visualSearchAssets(text: $text, imageAssetId: $imageAssetId, imageUrl: $imageUrl, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { publicId visualSearchIndexed } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisualSearchNested($first: Int) {\n    visualSearchAssets(text: \"bulk special\", first: $first) {\n      totalCount\n      edges { node { publicId tags context { key value } assetFolder } }\n    }\n  }\n"): (typeof documents)["\n  query VisualSearchNested($first: Int) {\n    visualSearchAssets(text: \"bulk special\", first: $first) {\n      totalCount\n      edges { node { publicId tags context { key value } assetFolder } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisualSearchIndex($input: UpdateAssetInput!) {\n    updateAsset(input: $input) { asset { visualSearchIndexed } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation VisualSearchIndex($input: UpdateAssetInput!) {\n    updateAsset(input: $input) { asset { visualSearchIndexed } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisualSearchDelete($input: DeleteAssetsInput!) {\n    deleteAssets(input: $input) { userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation VisualSearchDelete($input: DeleteAssetsInput!) {\n    deleteAssets(input: $input) { userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisualSearchUrls($assetIds: [String!]) {\n    assets(assetIds: $assetIds) { edges { node { assetId publicId version secureUrl url(transformation: \"c_fill,w_100\") } } }\n  }\n"): (typeof documents)["\n  query VisualSearchUrls($assetIds: [String!]) {\n    assets(assetIds: $assetIds) { edges { node { assetId publicId version secureUrl url(transformation: \"c_fill,w_100\") } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation VisualSearchOtherImport($input: ImportAssetsInput!) {\n      importAssets(input: $input) { assets { assetId } userErrors { code field message } }\n    }\n  "): (typeof documents)["\n    mutation VisualSearchOtherImport($input: ImportAssetsInput!) {\n      importAssets(input: $input) { assets { assetId } userErrors { code field message } }\n    }\n  "];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;