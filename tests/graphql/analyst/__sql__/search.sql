WITH hits AS (
    SELECT s.id FROM "Statement" s WHERE s."searchVector" @@ websearch_to_tsquery('english', $n)
    UNION
    SELECT s.id FROM "Article" a JOIN "Statement" s ON s."articleId" = a.id WHERE a."titleVector" @@ websearch_to_tsquery('english', $n)
  ), candidates AS MATERIALIZED (
    SELECT s.id, s."text", setweight(s."searchVector", 'A') || setweight(a."titleVector", 'C') AS doc
    FROM hits JOIN "Statement" s ON s.id = hits.id JOIN "Article" a ON a.id = s."articleId"
    WHERE TRUE
  ), ranked AS (
    SELECT c.id, c."text", ts_rank(c.doc, websearch_to_tsquery('english', $n))::float8 AS rank FROM candidates c WHERE c.doc @@ websearch_to_tsquery('english', $n)
  )
  SELECT t.total, p.id, p.rank, p.snippet
  FROM (SELECT count(*)::int AS total FROM ranked) t
  LEFT JOIN LATERAL (
    SELECT r.id, r.rank, ts_headline('english', r."text", websearch_to_tsquery('english', $n), $n) AS snippet
    FROM ranked r WHERE TRUE
    ORDER BY r.rank DESC, r.id ASC
    LIMIT $n
  ) p ON TRUE
  ORDER BY p.rank DESC, p.id ASC;

SELECT "t0"."id", "t0"."articleId", "t0"."speakerId", "t0"."text", "t0"."start", "t0"."end", "t0"."kind"::text, "t0"."cue", "t0"."cueLemma", "t0"."cueStart", "t0"."cueEnd", "t0"."speakerMentionText", "t0"."speakerMentionStart", "t0"."speakerMentionEnd", "t0"."confidence", "t0"."statedAt", "t0"."createdAt", "Statement_article"."__prisma_data__" AS "article", "Statement_speaker"."__prisma_data__" AS "speaker" FROM "Statement" AS "t0" LEFT JOIN LATERAL (SELECT JSONB_BUILD_OBJECT('outletId', "t1"."outletId", 'outlet', "Article_outlet"."__prisma_data__", 'id', "t1"."id", 'title', "t1"."title") AS "__prisma_data__" FROM "Article" AS "t1" LEFT JOIN LATERAL (SELECT JSONB_BUILD_OBJECT('id', "t2"."id", 'name', "t2"."name", 'domain', "t2"."domain", 'language', "t2"."language", 'country', "t2"."country", 'createdAt', "t2"."createdAt") AS "__prisma_data__" FROM "Outlet" AS "t2" WHERE "t1"."outletId" = "t2"."id" LIMIT $n) AS "Article_outlet" ON true WHERE "t0"."articleId" = "t1"."id" LIMIT $n) AS "Statement_article" ON true LEFT JOIN LATERAL (SELECT JSONB_BUILD_OBJECT('id', "t3"."id", 'name', "t3"."name", 'normalizedName', "t3"."normalizedName", 'kind', "t3"."kind", 'aliases', "t3"."aliases", 'externalId', "t3"."externalId", 'description', "t3"."description", 'createdAt', "t3"."createdAt") AS "__prisma_data__" FROM "Speaker" AS "t3" WHERE "t0"."speakerId" = "t3"."id" LIMIT $n) AS "Statement_speaker" ON true WHERE "t0"."id" IN ($n);
