-- AlterTable
ALTER TABLE "Asset" ADD COLUMN "metadataUpdatedAt" DATETIME;

-- CreateTable
CREATE TABLE "MetadataField" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "environmentId" INTEGER NOT NULL,
    "externalId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "mandatory" BOOLEAN NOT NULL DEFAULT false,
    "defaultDisabled" BOOLEAN NOT NULL DEFAULT false,
    "readonlyUi" BOOLEAN NOT NULL DEFAULT false,
    "allowDynamicListValues" BOOLEAN NOT NULL DEFAULT false,
    "defaultValue" TEXT,
    "validation" TEXT,
    "position" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MetadataField_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DatasourceEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fieldId" INTEGER NOT NULL,
    "externalId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'active',
    "position" INTEGER NOT NULL,
    CONSTRAINT "DatasourceEntry_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "MetadataField" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssetMetadata" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "environmentId" INTEGER NOT NULL,
    "assetId" INTEGER NOT NULL,
    "fieldId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "text" TEXT,
    "number" INTEGER,
    "date" TEXT,
    CONSTRAINT "AssetMetadata_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AssetMetadata_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "MetadataField" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DerivedResource" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "environmentId" INTEGER NOT NULL,
    "assetId" INTEGER NOT NULL,
    "externalId" TEXT NOT NULL,
    "transformation" TEXT NOT NULL,
    "format" TEXT,
    "bytes" BIGINT NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DerivedResource_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssetVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "assetId" INTEGER NOT NULL,
    "versionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "format" TEXT,
    "bytes" BIGINT NOT NULL DEFAULT 0,
    "restorable" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AssetVersion_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "MetadataField_environmentId_position_idx" ON "MetadataField"("environmentId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "MetadataField_environmentId_externalId_key" ON "MetadataField"("environmentId", "externalId");

-- CreateIndex
CREATE INDEX "DatasourceEntry_fieldId_position_idx" ON "DatasourceEntry"("fieldId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "DatasourceEntry_fieldId_externalId_key" ON "DatasourceEntry"("fieldId", "externalId");

-- CreateIndex
CREATE INDEX "AssetMetadata_environmentId_fieldId_text_assetId_idx" ON "AssetMetadata"("environmentId", "fieldId", "text", "assetId");

-- CreateIndex
CREATE INDEX "AssetMetadata_environmentId_fieldId_number_assetId_idx" ON "AssetMetadata"("environmentId", "fieldId", "number", "assetId");

-- CreateIndex
CREATE INDEX "AssetMetadata_environmentId_fieldId_date_assetId_idx" ON "AssetMetadata"("environmentId", "fieldId", "date", "assetId");

-- CreateIndex
CREATE UNIQUE INDEX "AssetMetadata_assetId_fieldId_position_key" ON "AssetMetadata"("assetId", "fieldId", "position");

-- CreateIndex
CREATE INDEX "DerivedResource_assetId_id_idx" ON "DerivedResource"("assetId", "id");

-- CreateIndex
CREATE INDEX "DerivedResource_environmentId_transformation_id_idx" ON "DerivedResource"("environmentId", "transformation", "id");

-- CreateIndex
CREATE UNIQUE INDEX "DerivedResource_environmentId_externalId_key" ON "DerivedResource"("environmentId", "externalId");

-- CreateIndex
CREATE INDEX "AssetVersion_assetId_createdAt_idx" ON "AssetVersion"("assetId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AssetVersion_assetId_versionId_key" ON "AssetVersion"("assetId", "versionId");
