-- CreateTable
CREATE TABLE "Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "environmentId" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "assetIds" TEXT NOT NULL DEFAULT '[]',
    "payload" TEXT NOT NULL,
    CONSTRAINT "Event_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Trigger" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "environmentId" INTEGER NOT NULL,
    "externalId" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "uri" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Trigger_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "environmentId" INTEGER NOT NULL,
    "eventId" INTEGER NOT NULL,
    "uri" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" DATETIME,
    "lastAttemptAt" DATETIME,
    "lastResponseCode" INTEGER,
    "lastError" TEXT,
    "deliveredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WebhookDelivery_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Environment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "cloudName" TEXT NOT NULL,
    "folderMode" TEXT NOT NULL DEFAULT 'dynamic',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "eventSeq" INTEGER NOT NULL DEFAULT 0,
    "signatureAlgorithm" TEXT NOT NULL DEFAULT 'sha1'
);
INSERT INTO "new_Environment" ("cloudName", "createdAt", "folderMode", "id") SELECT "cloudName", "createdAt", "folderMode", "id" FROM "Environment";
DROP TABLE "Environment";
ALTER TABLE "new_Environment" RENAME TO "Environment";
CREATE UNIQUE INDEX "Environment_cloudName_key" ON "Environment"("cloudName");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Event_environmentId_type_seq_idx" ON "Event"("environmentId", "type", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "Event_environmentId_seq_key" ON "Event"("environmentId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "Trigger_externalId_key" ON "Trigger"("externalId");

-- CreateIndex
CREATE INDEX "Trigger_environmentId_eventType_id_idx" ON "Trigger"("environmentId", "eventType", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Trigger_environmentId_eventType_uri_key" ON "Trigger"("environmentId", "eventType", "uri");

-- CreateIndex
CREATE INDEX "WebhookDelivery_status_nextAttemptAt_idx" ON "WebhookDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_environmentId_id_idx" ON "WebhookDelivery"("environmentId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_eventId_uri_key" ON "WebhookDelivery"("eventId", "uri");
