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
