WITH matched AS (
    SELECT s.id, s."speakerId", s."statedAt", s."kind" FROM "Statement" s
    WHERE TRUE
  ), totals AS (
    SELECT count(*)::int AS total, count(DISTINCT "speakerId")::int AS speakers FROM matched
  )
  SELECT t.total, t.speakers, b.* FROM totals t LEFT JOIN LATERAL (
    SELECT af."organizationId" AS "organizationId", count(DISTINCT m.id)::int AS "count", count(DISTINCT m."speakerId")::int AS "distinctSpeakers", count(*) OVER ()::int AS "buckets"
    FROM matched m LEFT JOIN "Affiliation" af ON af."speakerId" = m."speakerId"
        AND (af."validFrom" IS NULL OR af."validFrom" <= m."statedAt")
        AND (af."validTo" IS NULL OR af."validTo" > m."statedAt")
    GROUP BY af."organizationId"
    ORDER BY count(DISTINCT m.id) DESC, af."organizationId" ASC NULLS LAST
    LIMIT $n
  ) b ON TRUE;

SELECT "Organization"."id", "Organization"."name", "Organization"."normalizedName", "Organization"."aliases", "Organization"."kind"::text, "Organization"."createdAt" FROM "Organization" WHERE "Organization"."id" IN ($n) OFFSET $n;
