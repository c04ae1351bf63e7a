SELECT "t0"."id", "t0"."speakerId", "t0"."validFrom", "t0"."validTo" FROM "Affiliation" AS "t0" LEFT JOIN "Organization" AS "j1" ON ("j1"."id") = ("t0"."organizationId") WHERE ("j1"."name" = $n AND ("j1"."id" IS NOT NULL)) ORDER BY "t0"."speakerId" ASC, "t0"."id" ASC;

SELECT COUNT(*) AS "_count$_all" FROM (SELECT "Statement"."id" FROM "Statement" WHERE ("Statement"."speakerId" IS NOT NULL AND ("Statement"."speakerId" IN ($n) OR ("Statement"."speakerId" = $n AND "Statement"."statedAt" >= $n))) OFFSET $n) AS "sub";
