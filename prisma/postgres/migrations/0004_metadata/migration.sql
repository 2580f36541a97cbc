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
CREATE INDEX "MetadataRule_environmentId_metadataFieldId_position_idx" ON "MetadataRule"("environmentId", "metadataFieldId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "MetadataRule_environmentId_externalId_key" ON "MetadataRule"("environmentId", "externalId");

-- AddForeignKey
ALTER TABLE "MetadataRule" ADD CONSTRAINT "MetadataRule_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssetMetadataTrace" ADD CONSTRAINT "AssetMetadataTrace_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset"("id") ON DELETE CASCADE ON UPDATE CASCADE;
