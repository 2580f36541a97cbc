-- AlterTable
ALTER TABLE "Asset" ADD COLUMN     "blobKey" TEXT,
ADD COLUMN     "pages" INTEGER;

-- AlterTable
ALTER TABLE "AssetVersion" ADD COLUMN     "blobKey" TEXT,
ADD COLUMN     "etag" TEXT,
ADD COLUMN     "height" INTEGER,
ADD COLUMN     "width" INTEGER;

-- CreateIndex
CREATE INDEX "Asset_blobKey_idx" ON "Asset"("blobKey");

-- CreateIndex
CREATE INDEX "AssetVersion_blobKey_idx" ON "AssetVersion"("blobKey");
