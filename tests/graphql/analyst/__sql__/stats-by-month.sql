WITH matched AS (
    SELECT s.id, s."speakerId", s."statedAt", s."kind" FROM "Statement" s
    WHERE TRUE
  ), totals AS (
    SELECT count(*)::int AS total, count(DISTINCT "speakerId")::int AS speakers FROM matched
  ), keyed AS (
    SELECT date_trunc('month', m."statedAt", 'UTC') AS "period", m.id, m."speakerId" AS "who" FROM matched m
  ), per_speaker AS (
    SELECT "period", "who", count(*) AS n FROM keyed GROUP BY "period", "who"
  ), groups AS (
    SELECT "period", sum(n)::int AS "count", count("who")::int AS "distinctSpeakers", count(*) OVER ()::int AS "buckets"
    FROM per_speaker GROUP BY "period"
  )
  SELECT t.total, t.speakers, b.* FROM totals t LEFT JOIN LATERAL (
    SELECT * FROM groups ORDER BY "period" ASC, "count" DESC, "period" ASC NULLS LAST LIMIT $n
  ) b ON TRUE;
