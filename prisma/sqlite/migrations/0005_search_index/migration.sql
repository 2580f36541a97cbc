-- Written by hand (Prisma's schema cannot express virtual tables or triggers): token indexes for
-- tokenized search matches (bare terms, tags:, context.<key>:, string metadata, filename:,
-- public_id: and display_name: tokens). Each is an FTS5 table of trigrams keyed by its source
-- row's id: MATCH '"token"' finds every row whose text contains the token (case-insensitively), a
-- superset of the rows where it is a whole token, which search then checks with the same regular
-- expression as before (search.sql.ts tokenMatch). Trigrams, not FTS5's word tokenizers: those
-- split non-ASCII text differently from search's tokens (runs of [a-z0-9]), so a word index would
-- miss rows search matches today.
--
-- Triggers keep each index in step with its table in the writing transaction, whatever the write
-- path (services, REST, upstream sync, cascading deletes). A later migration that rebuilds one of
-- these tables (create, copy, drop, rename) drops its triggers with it and must create them again;
-- test/search/search-index.test.ts fails when an index and its table disagree.

CREATE VIRTUAL TABLE "AssetSearchText" USING fts5("publicId", "displayName", tokenize = 'trigram case_sensitive 0', detail = full);
INSERT INTO "AssetSearchText" (rowid, "publicId", "displayName") SELECT "id", "publicId", "displayName" FROM "Asset";
CREATE TRIGGER "Asset_search_insert" AFTER INSERT ON "Asset" BEGIN
  INSERT INTO "AssetSearchText" (rowid, "publicId", "displayName") VALUES (new."id", new."publicId", new."displayName");
END;
CREATE TRIGGER "Asset_search_delete" AFTER DELETE ON "Asset" BEGIN
  DELETE FROM "AssetSearchText" WHERE rowid = old."id";
END;
CREATE TRIGGER "Asset_search_update" AFTER UPDATE OF "id", "publicId", "displayName" ON "Asset" BEGIN
  DELETE FROM "AssetSearchText" WHERE rowid = old."id";
  INSERT INTO "AssetSearchText" (rowid, "publicId", "displayName") SELECT new."id", new."publicId", new."displayName";
END;

CREATE VIRTUAL TABLE "AssetTagSearchText" USING fts5("name", tokenize = 'trigram case_sensitive 0', detail = full);
INSERT INTO "AssetTagSearchText" (rowid, "name") SELECT "id", "name" FROM "AssetTag";
CREATE TRIGGER "AssetTag_search_insert" AFTER INSERT ON "AssetTag" BEGIN
  INSERT INTO "AssetTagSearchText" (rowid, "name") VALUES (new."id", new."name");
END;
CREATE TRIGGER "AssetTag_search_delete" AFTER DELETE ON "AssetTag" BEGIN
  DELETE FROM "AssetTagSearchText" WHERE rowid = old."id";
END;
CREATE TRIGGER "AssetTag_search_update" AFTER UPDATE OF "id", "name" ON "AssetTag" BEGIN
  DELETE FROM "AssetTagSearchText" WHERE rowid = old."id";
  INSERT INTO "AssetTagSearchText" (rowid, "name") SELECT new."id", new."name";
END;

CREATE VIRTUAL TABLE "AssetContextSearchText" USING fts5("value", tokenize = 'trigram case_sensitive 0', detail = full);
INSERT INTO "AssetContextSearchText" (rowid, "value") SELECT "id", "value" FROM "AssetContext";
CREATE TRIGGER "AssetContext_search_insert" AFTER INSERT ON "AssetContext" BEGIN
  INSERT INTO "AssetContextSearchText" (rowid, "value") VALUES (new."id", new."value");
END;
CREATE TRIGGER "AssetContext_search_delete" AFTER DELETE ON "AssetContext" BEGIN
  DELETE FROM "AssetContextSearchText" WHERE rowid = old."id";
END;
CREATE TRIGGER "AssetContext_search_update" AFTER UPDATE OF "id", "value" ON "AssetContext" BEGIN
  DELETE FROM "AssetContextSearchText" WHERE rowid = old."id";
  INSERT INTO "AssetContextSearchText" (rowid, "value") SELECT new."id", new."value";
END;

CREATE VIRTUAL TABLE "AssetMetadataSearchText" USING fts5("text", tokenize = 'trigram case_sensitive 0', detail = full);
INSERT INTO "AssetMetadataSearchText" (rowid, "text") SELECT "id", "text" FROM "AssetMetadata" WHERE "text" IS NOT NULL;
CREATE TRIGGER "AssetMetadata_search_insert" AFTER INSERT ON "AssetMetadata" WHEN new."text" IS NOT NULL BEGIN
  INSERT INTO "AssetMetadataSearchText" (rowid, "text") VALUES (new."id", new."text");
END;
CREATE TRIGGER "AssetMetadata_search_delete" AFTER DELETE ON "AssetMetadata" BEGIN
  DELETE FROM "AssetMetadataSearchText" WHERE rowid = old."id";
END;
CREATE TRIGGER "AssetMetadata_search_update" AFTER UPDATE OF "id", "text" ON "AssetMetadata" BEGIN
  DELETE FROM "AssetMetadataSearchText" WHERE rowid = old."id";
  INSERT INTO "AssetMetadataSearchText" (rowid, "text") SELECT new."id", new."text" WHERE new."text" IS NOT NULL;
END;
