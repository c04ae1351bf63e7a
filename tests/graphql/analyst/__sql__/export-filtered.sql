SELECT "Affiliation"."id", "Affiliation"."speakerId", "Affiliation"."validFrom", "Affiliation"."validTo" FROM "Affiliation" LEFT JOIN "Organization" AS "j0" ON ("j0"."id") = ("Affiliation"."organizationId") WHERE ("j0"."name" = $n AND ("j0"."id" IS NOT NULL)) ORDER BY "Affiliation"."speakerId" ASC, "Affiliation"."id" ASC OFFSET $n;

SELECT "Statement"."id", "Statement"."articleId", "Statement"."speakerId", "Statement"."text", "Statement"."start", "Statement"."end", "Statement"."kind"::text, "Statement"."cue", "Statement"."cueLemma", "Statement"."cueStart", "Statement"."cueEnd", "Statement"."speakerMentionText", "Statement"."speakerMentionStart", "Statement"."speakerMentionEnd", "Statement"."confidence", "Statement"."statedAt", "Statement"."createdAt" FROM "Statement" WHERE ("Statement"."kind" = CAST($n::text AS "StatementKind") AND "Statement"."speakerId" IS NOT NULL AND ("Statement"."speakerId" IN ($n) OR ("Statement"."speakerId" = $n AND "Statement"."statedAt" < $n)) AND "Statement"."id" > $n) ORDER BY "Statement"."id" ASC LIMIT $n OFFSET $n;

SELECT "Affiliation"."id", "Affiliation"."speakerId", "Affiliation"."organizationId", "Affiliation"."role", "Affiliation"."validFrom", "Affiliation"."validTo", "Affiliation"."evidenceArticleId", "Affiliation"."evidenceStart", "Affiliation"."evidenceEnd", "Affiliation"."createdAt" FROM "Affiliation" WHERE "Affiliation"."speakerId" IN ($n) ORDER BY "Affiliation"."validFrom"DESC NULLS LAST, "Affiliation"."id" ASC OFFSET $n;

SELECT "Article"."id", "Article"."title", "Article"."url", "Article"."publishedAt", "Article"."outletId" FROM "Article" WHERE "Article"."id" IN ($n) OFFSET $n;

SELECT "Organization"."id", "Organization"."name" FROM "Organization" WHERE "Organization"."id" IN ($n) OFFSET $n;

SELECT "Outlet"."id", "Outlet"."name" FROM "Outlet" WHERE "Outlet"."id" IN ($n) OFFSET $n;

SELECT "Speaker"."id", "Speaker"."name" FROM "Speaker" WHERE "Speaker"."id" IN ($n) OFFSET $n;
