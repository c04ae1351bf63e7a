SELECT "Affiliation"."id", "Affiliation"."speakerId", "Affiliation"."organizationId", "Affiliation"."role", "Affiliation"."validFrom", "Affiliation"."validTo", "Affiliation"."evidenceArticleId", "Affiliation"."evidenceStart", "Affiliation"."evidenceEnd", "Affiliation"."createdAt" FROM "Affiliation" WHERE "Affiliation"."speakerId" IN ($n) ORDER BY "Affiliation"."validFrom"DESC NULLS LAST, "Affiliation"."id" ASC OFFSET $n;

SELECT "Affiliation"."id", "Affiliation"."speakerId", "Affiliation"."organizationId", "Affiliation"."role", "Affiliation"."validFrom", "Affiliation"."validTo", "Affiliation"."evidenceArticleId", "Affiliation"."evidenceStart", "Affiliation"."evidenceEnd", "Affiliation"."createdAt" FROM "Affiliation" WHERE (1=1 AND "Affiliation"."speakerId" IN ($n)) ORDER BY "Affiliation"."validFrom"DESC NULLS LAST, "Affiliation"."id" ASC OFFSET $n;

SELECT "Article"."id" FROM "Article" WHERE 1=1 ORDER BY "Article"."id" DESC LIMIT $n OFFSET $n;

SELECT "Article"."id", "Article"."title" FROM "Article" WHERE "Article"."id" IN ($n) OFFSET $n;

SELECT "Organization"."id", "Organization"."name", "Organization"."normalizedName", "Organization"."aliases", "Organization"."kind"::text, "Organization"."createdAt" FROM "Organization" WHERE "Organization"."id" IN ($n) OFFSET $n;

SELECT "Speaker"."id", "Speaker"."name", "Speaker"."normalizedName", "Speaker"."kind"::text, "Speaker"."aliases", "Speaker"."externalId", "Speaker"."description", "Speaker"."createdAt" FROM "Speaker" WHERE "Speaker"."id" IN ($n) OFFSET $n;

SELECT "Statement"."id", "Statement"."articleId", "Statement"."speakerId", "Statement"."text", "Statement"."start", "Statement"."end", "Statement"."kind"::text, "Statement"."cue", "Statement"."cueLemma", "Statement"."cueStart", "Statement"."cueEnd", "Statement"."speakerMentionText", "Statement"."speakerMentionStart", "Statement"."speakerMentionEnd", "Statement"."confidence", "Statement"."statedAt", "Statement"."createdAt" FROM "Statement" WHERE "Statement"."articleId" IN ($n) ORDER BY "Statement"."start" ASC, "Statement"."id" ASC OFFSET $n;
