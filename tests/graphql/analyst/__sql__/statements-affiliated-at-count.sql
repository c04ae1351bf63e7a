SELECT "Affiliation"."id", "Affiliation"."speakerId", "Affiliation"."validFrom", "Affiliation"."validTo" FROM "Affiliation" LEFT JOIN "Organization" AS "j0" ON ("j0"."id") = ("Affiliation"."organizationId") WHERE ("j0"."name" = $n AND ("j0"."id" IS NOT NULL)) ORDER BY "Affiliation"."speakerId" ASC, "Affiliation"."id" ASC OFFSET $n;

SELECT COUNT(*) AS "_count$_all" FROM (SELECT "Statement"."id" FROM "Statement" WHERE ("Statement"."speakerId" IS NOT NULL AND ("Statement"."speakerId" IN ($n) OR ("Statement"."speakerId" = $n AND "Statement"."statedAt" >= $n))) OFFSET $n) AS "sub";
