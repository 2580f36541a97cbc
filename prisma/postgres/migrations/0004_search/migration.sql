-- CreateIndex
CREATE INDEX "Asset_environmentId_publicId_id_idx" ON "Asset"("environmentId", "publicId", "id");

-- CreateIndex
CREATE INDEX "Asset_environmentId_uploadedAt_id_idx" ON "Asset"("environmentId", "uploadedAt", "id");

-- CreateIndex
CREATE INDEX "AssetTag_environmentId_name_assetId_idx" ON "AssetTag"("environmentId", "name", "assetId");
