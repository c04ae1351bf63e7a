-- Stored tsvectors for ranked search. Measured on 100k statements (src/cli/bench-analyst.ts),
-- ranking from the expression indexes of 20261128010000_search had to re-parse every candidate
-- statement and title with to_tsvector (seconds for a common word), while stored generated columns are
-- parsed once on write and ranked from storage. Generated columns cannot be declared in
-- schema.prisma, so Prisma's models do not list them (it selects columns by name, and never
-- writes them): tests/persistence/drift.test.ts allows them in ALLOWED_DRIFT.

ALTER TABLE "Statement" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('english', "text")) STORED;
ALTER TABLE "Article" ADD COLUMN "titleVector" tsvector GENERATED ALWAYS AS (to_tsvector('english', "title")) STORED;

DROP INDEX "Statement_text_search_idx";
DROP INDEX "Article_title_search_idx";
CREATE INDEX "Statement_searchVector_idx" ON "Statement" USING GIN ("searchVector");
CREATE INDEX "Article_titleVector_idx" ON "Article" USING GIN ("titleVector");
