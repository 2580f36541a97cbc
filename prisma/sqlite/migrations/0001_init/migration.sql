-- CreateTable
CREATE TABLE "Environment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "cloudName" TEXT NOT NULL,
    "folderMode" TEXT NOT NULL DEFAULT 'dynamic',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "environmentId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'admin',
    "label" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME,
    CONSTRAINT "ApiKey_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Asset" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "environmentId" INTEGER NOT NULL,
    "assetId" TEXT NOT NULL,
    "publicId" TEXT NOT NULL,
    "resourceType" TEXT NOT NULL DEFAULT 'image',
    "type" TEXT NOT NULL DEFAULT 'upload',
    "format" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "bytes" BIGINT NOT NULL DEFAULT 0,
    "width" INTEGER,
    "height" INTEGER,
    "duration" REAL,
    "displayName" TEXT,
    "folderId" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'active',
    "accessMode" TEXT NOT NULL DEFAULT 'public',
    "accessControl" TEXT,
    "etag" TEXT,
    "backup" BOOLEAN NOT NULL DEFAULT false,
    "backupBytes" BIGINT NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uploadedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "tagsUpdatedAt" DATETIME,
    "contextUpdatedAt" DATETIME,
    "publicIdUpdatedAt" DATETIME,
    "accessControlUpdatedAt" DATETIME,
    CONSTRAINT "Asset_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Asset_folderId_fkey" FOREIGN KEY ("folderId") REFERENCES "Folder" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssetTag" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "assetId" INTEGER NOT NULL,
    "environmentId" INTEGER NOT NULL,
    "resourceType" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "AssetTag_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssetContext" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "assetId" INTEGER NOT NULL,
    "environmentId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    CONSTRAINT "AssetContext_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssetModeration" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "assetId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AssetModeration_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Folder" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "environmentId" INTEGER NOT NULL,
    "externalId" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "pathKey" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "parentPath" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Folder_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RelatedAsset" (
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("fromId", "toId"),
    CONSTRAINT "RelatedAsset_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Asset" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RelatedAsset_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Asset" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Environment_cloudName_key" ON "Environment"("cloudName");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_key_key" ON "ApiKey"("key");

-- CreateIndex
CREATE INDEX "ApiKey_environmentId_createdAt_idx" ON "ApiKey"("environmentId", "createdAt");

-- CreateIndex
CREATE INDEX "Asset_environmentId_createdAt_id_idx" ON "Asset"("environmentId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Asset_environmentId_resourceType_type_createdAt_id_idx" ON "Asset"("environmentId", "resourceType", "type", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Asset_environmentId_resourceType_type_publicId_id_idx" ON "Asset"("environmentId", "resourceType", "type", "publicId", "id");

-- CreateIndex
CREATE INDEX "Asset_folderId_createdAt_id_idx" ON "Asset"("folderId", "createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Asset_environmentId_assetId_key" ON "Asset"("environmentId", "assetId");

-- CreateIndex
CREATE UNIQUE INDEX "Asset_environmentId_resourceType_type_publicId_key" ON "Asset"("environmentId", "resourceType", "type", "publicId");

-- CreateIndex
CREATE INDEX "AssetTag_environmentId_resourceType_name_assetId_idx" ON "AssetTag"("environmentId", "resourceType", "name", "assetId");

-- CreateIndex
CREATE UNIQUE INDEX "AssetTag_assetId_name_key" ON "AssetTag"("assetId", "name");

-- CreateIndex
CREATE INDEX "AssetContext_environmentId_key_value_assetId_idx" ON "AssetContext"("environmentId", "key", "value", "assetId");

-- CreateIndex
CREATE UNIQUE INDEX "AssetContext_assetId_key_key" ON "AssetContext"("assetId", "key");

-- CreateIndex
CREATE INDEX "AssetModeration_kind_status_assetId_idx" ON "AssetModeration"("kind", "status", "assetId");

-- CreateIndex
CREATE UNIQUE INDEX "AssetModeration_assetId_kind_key" ON "AssetModeration"("assetId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Folder_externalId_key" ON "Folder"("externalId");

-- CreateIndex
CREATE INDEX "Folder_environmentId_parentPath_path_idx" ON "Folder"("environmentId", "parentPath", "path");

-- CreateIndex
CREATE UNIQUE INDEX "Folder_environmentId_pathKey_key" ON "Folder"("environmentId", "pathKey");

-- CreateIndex
CREATE INDEX "RelatedAsset_toId_idx" ON "RelatedAsset"("toId");
