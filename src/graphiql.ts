// The example operations GraphiQL opens with: one per everyday task, runnable as they stand
// after `npm run seed` (pick one with the operation selector).
export const EXAMPLE_OPERATIONS = `# Welcome. Credentials are HTTP Basic api_key:api_secret (printed by npm start).
# Pick an operation with the run button's menu.

query NewestAssets {
  assets(first: 5) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node { assetId publicId format bytes assetFolder tags secureUrl context { key value } }
    }
  }
}

query AssetsByTag {
  assets(tag: "nature", resourceType: IMAGE, first: 10) {
    edges { node { publicId tags relatedAssets(first: 3) { totalCount edges { node { publicId } } } } }
  }
}

query AssetsInFolder {
  assets(assetFolder: "products/shoes", first: 10) {
    edges { node { publicId displayName createdAt } }
  }
}

query ThumbnailsDerivedAndBackups {
  assets(first: 5, resourceType: IMAGE) {
    edges {
      node {
        publicId
        thumb: secureUrl(transformation: "t_thumb")
        small: secureUrl(transformation: "c_fill,w_200,h_200/f_webp")
        derived(first: 3) { totalCount edges { node { derivedResourceId transformation bytes secureUrl } } }
        versions(first: 3) { totalCount edges { node { versionId version size time } } }
      }
    }
  }
  transformations(named: true, first: 10) { edges { node { name definition used info } } }
}

query FolderTree {
  rootFolders(first: 20) {
    totalCount
    edges { node { name path } }
  }
}

query EnvironmentOverview {
  config { cloudName createdAt settings { folderMode } }
  usage { plan storage { usage limit usedPercent } resources derivedResources requests }
  streamingProfiles(first: 10) { edges { node { name displayName predefined modified } } }
  uploadPresets(first: 10) { edges { node { name unsigned settings } } }
}

query TagList {
  tags(resourceType: IMAGE, first: 20) {
    edges { node { name assetCount } }
  }
}

query SearchAssets {
  searchAssets(
    expression: "resource_type:image AND tags=nature AND bytes>10kb"
    sortBy: [{ field: "bytes", direction: DESC }]
    first: 10
    aggregate: [{ field: FORMAT }, { field: BYTES, ranges: [{ key: "small", to: 500000 }, { key: "large", from: 500000 }] }]
  ) {
    totalCount
    time
    aggregations { field buckets { key count } }
    pageInfo { hasNextPage endCursor }
    edges { node { publicId format bytes assetFolder tags } }
  }
}

# The seed's structured metadata: winter assets in stock, with their typed values.
query WinterStock {
  searchAssets(expression: "metadata.season=season_winter AND metadata.stock>100", first: 10) {
    totalCount
    edges {
      node {
        publicId
        metadata {
          externalId
          ... on EnumMetadataValue { entry { value } }
          ... on SetMetadataValue { entries { value } }
          ... on IntegerMetadataValue { number }
          ... on DateMetadataValue { date }
        }
      }
    }
  }
}

# Mutations need an admin key. Put a publicId from NewestAssets into the refs below; an unknown
# one shows a typed NOT_FOUND in userErrors instead.
mutation RetagAsset {
  updateAsset(input: { ref: { publicId: "PUT-A-PUBLIC-ID-HERE" }, tags: ["sale", "summer"] }) {
    asset { publicId tags lastUpdated { tagsUpdatedAt } }
    userErrors { code field message }
  }
}

mutation SetStructuredMetadata {
  createMetadataField(input: {
    externalId: "color_id", type: SET, label: "Colors"
    datasource: { values: [{ externalId: "red", value: "Red" }, { externalId: "green", value: "Green" }] }
  }) { metadataField { externalId } userErrors { code field message } }
  updateAsset(input: { ref: { publicId: "PUT-A-PUBLIC-ID-HERE" }, metadata: [{ externalId: "color_id", value: ["green"] }] }) {
    asset {
      metadata { externalId value ... on SetMetadataValue { entries { value } } }
      metadataRuleTrace { rules { ruleExternalId conditionMet effects { action detail } } }
    }
    userErrors { code field message }
  }
}

mutation RelateAssets {
  addRelatedAssets(input: {
    asset: { publicId: "PUT-A-PUBLIC-ID-HERE" }
    assetsToRelate: [{ publicId: "PUT-ANOTHER-PUBLIC-ID-HERE" }, { publicId: "missing" }]
  }) {
    succeeded { target { publicId } message }
    failed { target { publicId } code message }
    userErrors { code field message }
  }
}
`;
