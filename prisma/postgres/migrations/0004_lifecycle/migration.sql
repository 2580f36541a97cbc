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

-- CreateIndex
CREATE INDEX "Transformation_environmentId_id_idx" ON "Transformation"("environmentId", "id");

-- CreateIndex
CREATE INDEX "Transformation_environmentId_named_id_idx" ON "Transformation"("environmentId", "named", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Transformation_environmentId_named_name_key" ON "Transformation"("environmentId", "named", "name");

-- CreateIndex
CREATE INDEX "DerivedResource_transformationId_id_idx" ON "DerivedResource"("transformationId", "id");

-- AddForeignKey
ALTER TABLE "DerivedResource" ADD CONSTRAINT "DerivedResource_transformationId_fkey" FOREIGN KEY ("transformationId") REFERENCES "Transformation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transformation" ADD CONSTRAINT "Transformation_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
