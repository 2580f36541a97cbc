-- DropIndex
DROP INDEX "AssetMetadata_environmentId_fieldId_text_assetId_idx";

-- AlterTable
ALTER TABLE "AssetMetadata" ADD COLUMN "textKey" TEXT;

-- CreateTable
CREATE TABLE "Transformation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "environmentId" INTEGER NOT NULL,
    "named" BOOLEAN NOT NULL,
    "name" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "allowedForStrict" BOOLEAN NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Transformation_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "UploadPreset" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "environmentId" INTEGER NOT NULL,
    "externalId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unsigned" BOOLEAN NOT NULL DEFAULT false,
    "disallowPublicId" BOOLEAN NOT NULL DEFAULT false,
    "live" BOOLEAN NOT NULL DEFAULT false,
    "useAssetFolderAsPublicIdPrefix" BOOLEAN NOT NULL DEFAULT false,
    "settings" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "UploadPreset_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "UploadMapping" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "environmentId" INTEGER NOT NULL,
    "externalId" TEXT NOT NULL,
    "folder" TEXT NOT NULL,
    "folderKey" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "UploadMapping_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StreamingProfile" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "environmentId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "displayName" TEXT,
    "predefined" BOOLEAN NOT NULL DEFAULT false,
    "representations" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StreamingProfile_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssetLastAccess" (
    "assetId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "environmentId" INTEGER NOT NULL,
    "lastAccessAt" DATETIME NOT NULL,
    CONSTRAINT "AssetLastAccess_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LastAccessReport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "environmentId" INTEGER NOT NULL,
    "reportId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "fromDate" TEXT,
    "toDate" TEXT,
    "resourceType" TEXT,
    "type" TEXT,
    "excludeFolders" TEXT NOT NULL DEFAULT '[]',
    "sortBy" TEXT NOT NULL DEFAULT 'accessed_at',
    "direction" TEXT NOT NULL DEFAULT 'asc',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" DATETIME,
    CONSTRAINT "LastAccessReport_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LastAccessReportEntry" (
    "reportId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "assetId" INTEGER NOT NULL,
    "lastAccess" DATETIME,

    PRIMARY KEY ("reportId", "position"),
    CONSTRAINT "LastAccessReportEntry_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "LastAccessReport" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LastAccessReportEntry_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "UsageDay" (
    "environmentId" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "requests" BIGINT NOT NULL DEFAULT 0,
    "bandwidth" BIGINT NOT NULL DEFAULT 0,

    PRIMARY KEY ("environmentId", "day"),
    CONSTRAINT "UsageDay_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssetAttributes" (
    "assetId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "faceCoordinates" TEXT,
    "customCoordinates" TEXT,
    "regions" TEXT,
    "qualityOverride" INTEGER,
    "visualSearch" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AssetAttributes_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AddonRequest" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "environmentId" INTEGER NOT NULL,
    "assetId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "autoTagging" REAL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AddonRequest_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MetadataRule" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "environmentId" INTEGER NOT NULL,
    "externalId" TEXT NOT NULL,
    "metadataFieldId" TEXT NOT NULL,
    "name" TEXT,
    "condition" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "conditionSignature" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'active',
    "position" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MetadataRule_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssetMetadataTrace" (
    "assetId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "trace" TEXT NOT NULL,
    "evaluatedAt" DATETIME NOT NULL,
    CONSTRAINT "AssetMetadataTrace_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_DerivedResource" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "environmentId" INTEGER NOT NULL,
    "assetId" INTEGER NOT NULL,
    "externalId" TEXT NOT NULL,
    "transformation" TEXT NOT NULL,
    "format" TEXT,
    "bytes" BIGINT NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "transformationId" INTEGER,
    CONSTRAINT "DerivedResource_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DerivedResource_transformationId_fkey" FOREIGN KEY ("transformationId") REFERENCES "Transformation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_DerivedResource" ("assetId", "bytes", "createdAt", "environmentId", "externalId", "format", "id", "transformation") SELECT "assetId", "bytes", "createdAt", "environmentId", "externalId", "format", "id", "transformation" FROM "DerivedResource";
DROP TABLE "DerivedResource";
ALTER TABLE "new_DerivedResource" RENAME TO "DerivedResource";
CREATE INDEX "DerivedResource_assetId_id_idx" ON "DerivedResource"("assetId", "id");
CREATE INDEX "DerivedResource_environmentId_transformation_id_idx" ON "DerivedResource"("environmentId", "transformation", "id");
CREATE INDEX "DerivedResource_transformationId_id_idx" ON "DerivedResource"("transformationId", "id");
CREATE UNIQUE INDEX "DerivedResource_environmentId_externalId_key" ON "DerivedResource"("environmentId", "externalId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Transformation_environmentId_id_idx" ON "Transformation"("environmentId", "id");

-- CreateIndex
CREATE INDEX "Transformation_environmentId_named_id_idx" ON "Transformation"("environmentId", "named", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Transformation_environmentId_named_name_key" ON "Transformation"("environmentId", "named", "name");

-- CreateIndex
CREATE UNIQUE INDEX "UploadPreset_externalId_key" ON "UploadPreset"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "UploadPreset_environmentId_name_key" ON "UploadPreset"("environmentId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "UploadMapping_externalId_key" ON "UploadMapping"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "UploadMapping_environmentId_folderKey_key" ON "UploadMapping"("environmentId", "folderKey");

-- CreateIndex
CREATE INDEX "StreamingProfile_environmentId_id_idx" ON "StreamingProfile"("environmentId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "StreamingProfile_environmentId_nameKey_key" ON "StreamingProfile"("environmentId", "nameKey");

-- CreateIndex
CREATE INDEX "AssetLastAccess_environmentId_lastAccessAt_idx" ON "AssetLastAccess"("environmentId", "lastAccessAt");

-- CreateIndex
CREATE UNIQUE INDEX "LastAccessReport_reportId_key" ON "LastAccessReport"("reportId");

-- CreateIndex
CREATE INDEX "LastAccessReport_environmentId_id_idx" ON "LastAccessReport"("environmentId", "id");

-- CreateIndex
CREATE INDEX "LastAccessReportEntry_assetId_idx" ON "LastAccessReportEntry"("assetId");

-- CreateIndex
CREATE INDEX "AddonRequest_assetId_id_idx" ON "AddonRequest"("assetId", "id");

-- CreateIndex
CREATE INDEX "MetadataRule_environmentId_metadataFieldId_position_idx" ON "MetadataRule"("environmentId", "metadataFieldId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "MetadataRule_environmentId_externalId_key" ON "MetadataRule"("environmentId", "externalId");

-- CreateIndex
CREATE INDEX "Asset_environmentId_publicId_id_idx" ON "Asset"("environmentId", "publicId", "id");

-- CreateIndex
CREATE INDEX "Asset_environmentId_uploadedAt_id_idx" ON "Asset"("environmentId", "uploadedAt", "id");

-- CreateIndex
CREATE INDEX "AssetTag_environmentId_name_assetId_idx" ON "AssetTag"("environmentId", "name", "assetId");

-- CreateIndex
CREATE INDEX "AssetMetadata_environmentId_fieldId_textKey_assetId_idx" ON "AssetMetadata"("environmentId", "fieldId", "textKey", "assetId");
