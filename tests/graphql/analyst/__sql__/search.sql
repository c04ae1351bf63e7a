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

SELECT "Statement"."id", "Statement"."articleId", "Statement"."speakerId", "Statement"."text", "Statement"."start", "Statement"."end", "Statement"."kind"::text, "Statement"."cue", "Statement"."cueLemma", "Statement"."cueStart", "Statement"."cueEnd", "Statement"."speakerMentionText", "Statement"."speakerMentionStart", "Statement"."speakerMentionEnd", "Statement"."confidence", "Statement"."statedAt", "Statement"."createdAt" FROM "Statement" WHERE "Statement"."id" IN ($n) OFFSET $n;

SELECT "Article"."id", "Article"."outletId", "Article"."title" FROM "Article" WHERE "Article"."id" IN ($n) OFFSET $n;

SELECT "Outlet"."id", "Outlet"."name", "Outlet"."domain", "Outlet"."language", "Outlet"."country", "Outlet"."createdAt" FROM "Outlet" WHERE "Outlet"."id" IN ($n) OFFSET $n;

SELECT "Speaker"."id", "Speaker"."name", "Speaker"."normalizedName", "Speaker"."kind"::text, "Speaker"."aliases", "Speaker"."externalId", "Speaker"."description", "Speaker"."createdAt" FROM "Speaker" WHERE "Speaker"."id" IN ($n) OFFSET $n;
