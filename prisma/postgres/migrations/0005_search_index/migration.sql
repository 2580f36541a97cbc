-- Written by hand (Prisma's schema cannot express operator classes): prefix indexes for search.
-- `public_id:a/b*`, `asset_folder:a/*` and `folder:a/*` compile to `LIKE 'prefix%'`, which a
-- B-tree under a database's linguistic collation (en_US.UTF-8, and C.UTF-8 before PostgreSQL 17)
-- cannot serve; text_pattern_ops compares byte-wise, as LIKE does, so these can.
CREATE INDEX "Asset_environmentId_publicId_pattern_idx" ON "Asset" ("environmentId", "publicId" text_pattern_ops);
CREATE INDEX "Folder_environmentId_path_pattern_idx" ON "Folder" ("environmentId", "path" text_pattern_ops);
