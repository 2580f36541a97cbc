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

-- CreateIndex
CREATE INDEX "MetadataRule_environmentId_metadataFieldId_position_idx" ON "MetadataRule"("environmentId", "metadataFieldId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "MetadataRule_environmentId_externalId_key" ON "MetadataRule"("environmentId", "externalId");
