-- AlterTable
ALTER TABLE "Asset" ADD COLUMN "blobKey" TEXT;
ALTER TABLE "Asset" ADD COLUMN "pages" INTEGER;

-- AlterTable
ALTER TABLE "AssetVersion" ADD COLUMN "blobKey" TEXT;
ALTER TABLE "AssetVersion" ADD COLUMN "etag" TEXT;
ALTER TABLE "AssetVersion" ADD COLUMN "height" INTEGER;
ALTER TABLE "AssetVersion" ADD COLUMN "width" INTEGER;

-- CreateIndex
CREATE INDEX "Asset_blobKey_idx" ON "Asset"("blobKey");

-- CreateIndex
CREATE INDEX "AssetVersion_blobKey_idx" ON "AssetVersion"("blobKey");
