-- CreateIndex
CREATE INDEX "Asset_environmentId_publicId_id_idx" ON "Asset"("environmentId", "publicId", "id");

-- CreateIndex
CREATE INDEX "Asset_environmentId_uploadedAt_id_idx" ON "Asset"("environmentId", "uploadedAt", "id");

-- CreateIndex
CREATE INDEX "AssetTag_environmentId_name_assetId_idx" ON "AssetTag"("environmentId", "name", "assetId");

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
