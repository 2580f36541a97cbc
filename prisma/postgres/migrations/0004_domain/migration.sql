-- DropIndex
DROP INDEX "AssetMetadata_environmentId_fieldId_text_assetId_idx";

-- AlterTable
ALTER TABLE "AssetMetadata" ADD COLUMN     "textKey" TEXT;

-- AlterTable
ALTER TABLE "DerivedResource" ADD COLUMN     "transformationId" INTEGER;

-- CreateTable
CREATE TABLE "Transformation" (
    "id" SERIAL NOT NULL,
    "environmentId" INTEGER NOT NULL,
    "named" BOOLEAN NOT NULL,
    "name" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "allowedForStrict" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Transformation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UploadPreset" (
    "id" SERIAL NOT NULL,
    "environmentId" INTEGER NOT NULL,
    "externalId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unsigned" BOOLEAN NOT NULL DEFAULT false,
    "disallowPublicId" BOOLEAN NOT NULL DEFAULT false,
    "live" BOOLEAN NOT NULL DEFAULT false,
    "useAssetFolderAsPublicIdPrefix" BOOLEAN NOT NULL DEFAULT false,
    "settings" TEXT NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UploadPreset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UploadMapping" (
    "id" SERIAL NOT NULL,
    "environmentId" INTEGER NOT NULL,
    "externalId" TEXT NOT NULL,
    "folder" TEXT NOT NULL,
    "folderKey" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UploadMapping_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StreamingProfile" (
    "id" SERIAL NOT NULL,
    "environmentId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "displayName" TEXT,
    "predefined" BOOLEAN NOT NULL DEFAULT false,
    "representations" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StreamingProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssetLastAccess" (
    "assetId" INTEGER NOT NULL,
    "environmentId" INTEGER NOT NULL,
    "lastAccessAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssetLastAccess_pkey" PRIMARY KEY ("assetId")
);

-- CreateTable
CREATE TABLE "LastAccessReport" (
    "id" SERIAL NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "LastAccessReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LastAccessReportEntry" (
    "reportId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "assetId" INTEGER NOT NULL,
    "lastAccess" TIMESTAMP(3),

    CONSTRAINT "LastAccessReportEntry_pkey" PRIMARY KEY ("reportId","position")
);

-- CreateTable
CREATE TABLE "UsageDay" (
    "environmentId" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "requests" BIGINT NOT NULL DEFAULT 0,
    "bandwidth" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "UsageDay_pkey" PRIMARY KEY ("environmentId","day")
);

-- CreateTable
CREATE TABLE "AssetAttributes" (
    "assetId" INTEGER NOT NULL,
    "faceCoordinates" TEXT,
    "customCoordinates" TEXT,
    "regions" TEXT,
    "qualityOverride" INTEGER,
    "visualSearch" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssetAttributes_pkey" PRIMARY KEY ("assetId")
);

-- CreateTable
CREATE TABLE "AddonRequest" (
    "id" SERIAL NOT NULL,
    "environmentId" INTEGER NOT NULL,
    "assetId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "autoTagging" DOUBLE PRECISION,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AddonRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MetadataRule" (
    "id" SERIAL NOT NULL,
    "environmentId" INTEGER NOT NULL,
    "externalId" TEXT NOT NULL,
    "metadataFieldId" TEXT NOT NULL,
    "name" TEXT,
    "condition" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "conditionSignature" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'active',
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MetadataRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssetMetadataTrace" (
    "assetId" INTEGER NOT NULL,
    "trace" TEXT NOT NULL,
    "evaluatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssetMetadataTrace_pkey" PRIMARY KEY ("assetId")
);

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

-- CreateIndex
CREATE INDEX "DerivedResource_transformationId_id_idx" ON "DerivedResource"("transformationId", "id");

-- AddForeignKey
ALTER TABLE "DerivedResource" ADD CONSTRAINT "DerivedResource_transformationId_fkey" FOREIGN KEY ("transformationId") REFERENCES "Transformation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transformation" ADD CONSTRAINT "Transformation_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UploadPreset" ADD CONSTRAINT "UploadPreset_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UploadMapping" ADD CONSTRAINT "UploadMapping_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StreamingProfile" ADD CONSTRAINT "StreamingProfile_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssetLastAccess" ADD CONSTRAINT "AssetLastAccess_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LastAccessReport" ADD CONSTRAINT "LastAccessReport_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LastAccessReportEntry" ADD CONSTRAINT "LastAccessReportEntry_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "LastAccessReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LastAccessReportEntry" ADD CONSTRAINT "LastAccessReportEntry_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsageDay" ADD CONSTRAINT "UsageDay_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssetAttributes" ADD CONSTRAINT "AssetAttributes_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AddonRequest" ADD CONSTRAINT "AddonRequest_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MetadataRule" ADD CONSTRAINT "MetadataRule_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssetMetadataTrace" ADD CONSTRAINT "AssetMetadataTrace_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand (Prisma's schema cannot express expression indexes): trigram indexes that
-- PostgreSQL uses for the regular expressions of tokenized matches (`tags:x`, `context.k:x`,
-- bare terms), so they read matching rows instead of scanning the table. pg_trgm is a trusted
-- extension (PostgreSQL 13+): a database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "AssetTag_lower_name_trgm_idx" ON "AssetTag" USING gin (lower("name") gin_trgm_ops);
CREATE INDEX "AssetContext_lower_value_trgm_idx" ON "AssetContext" USING gin (lower("value") gin_trgm_ops);
CREATE INDEX "AssetMetadata_lower_text_trgm_idx" ON "AssetMetadata" USING gin (lower("text") gin_trgm_ops);
CREATE INDEX "Asset_lower_publicId_trgm_idx" ON "Asset" USING gin (lower("publicId") gin_trgm_ops);
CREATE INDEX "Asset_lower_displayName_trgm_idx" ON "Asset" USING gin (lower("displayName") gin_trgm_ops);
