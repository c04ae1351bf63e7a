SELECT m.id, m.similarity, m."matchedName" FROM (
    SELECT x.id,
      word_similarity($n, searchable_names(x."name", x."aliases"))::float8 AS similarity,
      (SELECT n FROM unnest(array_prepend(x."name", x."aliases")) AS n ORDER BY word_similarity($n, n) DESC, n LIMIT 1) AS "matchedName"
    FROM "Speaker" x
    ORDER BY $n <<-> searchable_names(x."name", x."aliases")
    LIMIT $n
  ) m
  WHERE m.similarity >= $n::float8
  ORDER BY m.similarity DESC, m.id ASC;

SELECT "t0"."id", "t0"."name", "t0"."normalizedName", "t0"."kind"::text, "t0"."aliases", "t0"."externalId", "t0"."description", "t0"."createdAt" FROM "Speaker" AS "t0" WHERE "t0"."id" IN ($n);
