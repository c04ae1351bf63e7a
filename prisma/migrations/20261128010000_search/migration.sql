-- Analyst search: ranked full-text search over statements and article titles, and fuzzy
-- (trigram) search over speaker and organisation names and aliases. Everything here is beyond
-- what schema.prisma can express (expression indexes, an extension, a function), so
-- tests/persistence/drift.test.ts lists each object in ALLOWED_DRIFT. Runs on Postgres 15 and
-- on PGlite (which loads pg_trgm in src/persistence/database.ts).

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Full text. Expression indexes rather than stored tsvector columns: nothing to keep in step
-- on write, and Prisma's models stay as they are. Queries must repeat the exact expression
-- (`to_tsvector('english', "text")`, the configuration as a literal) for the planner to use them.
CREATE INDEX "Statement_text_search_idx" ON "Statement" USING GIN (to_tsvector('english', "text"));
CREATE INDEX "Article_title_search_idx" ON "Article" USING GIN (to_tsvector('english', "title"));

-- Fuzzy names: one text holding a name and all its aliases, indexed for trigram word similarity.
-- array_to_string is only STABLE, so an IMMUTABLE wrapper is needed to index it (aliases are
-- plain text, so the result does not depend on any setting). GiST rather than GIN: GiST
-- serves `ORDER BY $1 <<-> names LIMIT n` (nearest first) directly, with no similarity
-- threshold setting to tune per session.
CREATE FUNCTION "searchable_names"("name" text, "aliases" text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT "name" || ' ' || array_to_string("aliases", ' ') $$;

CREATE INDEX "Speaker_names_trgm_idx" ON "Speaker" USING GIST ("searchable_names"("name", "aliases") gist_trgm_ops);
CREATE INDEX "Organization_names_trgm_idx" ON "Organization" USING GIST ("searchable_names"("name", "aliases") gist_trgm_ops);
