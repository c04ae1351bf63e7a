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

SELECT "Speaker"."id", "Speaker"."name", "Speaker"."normalizedName", "Speaker"."kind"::text, "Speaker"."aliases", "Speaker"."externalId", "Speaker"."description", "Speaker"."createdAt" FROM "Speaker" WHERE "Speaker"."id" IN ($n) OFFSET $n;
