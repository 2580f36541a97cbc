-- DropIndex
DROP INDEX "AssetMetadata_environmentId_fieldId_text_assetId_idx";

-- AlterTable
ALTER TABLE "AssetMetadata" ADD COLUMN     "textKey" TEXT;

-- Backfill: the search key of existing text values (substr counts characters on both databases)
UPDATE "AssetMetadata" SET "textKey" = substr("text", 1, 255) WHERE "text" IS NOT NULL;

-- CreateIndex
CREATE INDEX "AssetMetadata_environmentId_fieldId_textKey_assetId_idx" ON "AssetMetadata"("environmentId", "fieldId", "textKey", "assetId");
