WITH matched AS (
    SELECT s.id, s."speakerId", s."statedAt", s."kind" FROM "Statement" s
    WHERE TRUE
  ), totals AS (
    SELECT count(*)::int AS total, count(DISTINCT "speakerId")::int AS speakers FROM matched
  )
  SELECT t.total, t.speakers, b.* FROM totals t LEFT JOIN LATERAL (
    SELECT date_trunc('month', m."statedAt", 'UTC') AS "period", count(*)::int AS "count", count(DISTINCT m."speakerId")::int AS "distinctSpeakers", count(*) OVER ()::int AS "buckets"
    FROM matched m
    GROUP BY date_trunc('month', m."statedAt", 'UTC')
    ORDER BY date_trunc('month', m."statedAt", 'UTC') ASC, count(*) DESC, date_trunc('month', m."statedAt", 'UTC') ASC NULLS LAST
    LIMIT $n
  ) b ON TRUE;
