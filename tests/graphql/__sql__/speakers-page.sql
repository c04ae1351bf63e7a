SELECT "Affiliation"."id", "Affiliation"."speakerId", "Affiliation"."organizationId", "Affiliation"."role", "Affiliation"."validFrom", "Affiliation"."validTo", "Affiliation"."evidenceArticleId", "Affiliation"."evidenceStart", "Affiliation"."evidenceEnd", "Affiliation"."createdAt" FROM "Affiliation" WHERE (1=1 AND "Affiliation"."speakerId" IN ($n)) ORDER BY "Affiliation"."validFrom"DESC NULLS LAST, "Affiliation"."id" ASC OFFSET $n;

SELECT "Article"."id", "Article"."body" FROM "Article" WHERE "Article"."id" IN ($n) OFFSET $n;

SELECT "Article"."id", "Article"."title" FROM "Article" WHERE "Article"."id" IN ($n) OFFSET $n;

SELECT "Organization"."id", "Organization"."name", "Organization"."normalizedName", "Organization"."aliases", "Organization"."kind"::text, "Organization"."createdAt" FROM "Organization" WHERE "Organization"."id" IN ($n) OFFSET $n;

SELECT "Speaker"."id", "Speaker"."name", "Speaker"."normalizedName", "Speaker"."kind"::text, "Speaker"."aliases", "Speaker"."externalId", "Speaker"."description", "Speaker"."createdAt", COALESCE("aggr_selection_0_Statement"."_aggr_count_statements", 0) AS "_aggr_count_statements" FROM "Speaker" LEFT JOIN (SELECT "Statement"."speakerId", COUNT(*) AS "_aggr_count_statements" FROM "Statement" WHERE 1=1 GROUP BY "Statement"."speakerId") AS "aggr_selection_0_Statement" ON ("Speaker"."id" = "aggr_selection_0_Statement"."speakerId") WHERE 1=1 ORDER BY "Speaker"."normalizedName" ASC, "Speaker"."id" ASC LIMIT $n OFFSET $n;

SELECT "Statement"."id", "Statement"."articleId", "Statement"."speakerId", "Statement"."text", "Statement"."start", "Statement"."end", "Statement"."kind"::text, "Statement"."cue", "Statement"."cueLemma", "Statement"."cueStart", "Statement"."cueEnd", "Statement"."speakerMentionText", "Statement"."speakerMentionStart", "Statement"."speakerMentionEnd", "Statement"."confidence", "Statement"."statedAt", "Statement"."createdAt" FROM "Statement" WHERE "Statement"."speakerId" IN ($n) ORDER BY "Statement"."statedAt" DESC, "Statement"."id" DESC OFFSET $n;

SELECT COUNT(*) AS "_count$_all" FROM (SELECT "Speaker"."id" FROM "Speaker" WHERE 1=1 OFFSET $n) AS "sub";
