WITH matched AS (
    SELECT s.id, s."speakerId", s."statedAt", s."kind" FROM "Statement" s
    WHERE TRUE
  ), totals AS (
    SELECT count(*)::int AS total, count(DISTINCT "speakerId")::int AS speakers FROM matched
  ), keyed AS (
    SELECT DISTINCT af."organizationId" AS "organizationId", m.id, m."speakerId" AS "who" FROM matched m LEFT JOIN "Affiliation" af ON af."speakerId" = m."speakerId"
        AND (af."validFrom" IS NULL OR af."validFrom" <= m."statedAt")
        AND (af."validTo" IS NULL OR af."validTo" > m."statedAt")
  ), per_speaker AS (
    SELECT "organizationId", "who", count(*) AS n FROM keyed GROUP BY "organizationId", "who"
  ), groups AS (
    SELECT "organizationId", sum(n)::int AS "count", count("who")::int AS "distinctSpeakers", count(*) OVER ()::int AS "buckets"
    FROM per_speaker GROUP BY "organizationId"
  )
  SELECT t.total, t.speakers, b.* FROM totals t LEFT JOIN LATERAL (
    SELECT * FROM groups ORDER BY "count" DESC, "organizationId" ASC NULLS LAST LIMIT $n
  ) b ON TRUE;

SELECT "t0"."id", "t0"."name", "t0"."normalizedName", "t0"."aliases", "t0"."kind"::text, "t0"."createdAt" FROM "Organization" AS "t0" WHERE "t0"."id" IN ($n);
