SELECT "Article"."id", "Article"."title" FROM "Article" WHERE "Article"."id" IN ($n) OFFSET $n;

SELECT "Speaker"."id", "Speaker"."name", "Speaker"."normalizedName", "Speaker"."kind"::text, "Speaker"."aliases", "Speaker"."externalId", "Speaker"."description", "Speaker"."createdAt" FROM "Speaker" WHERE "Speaker"."id" IN ($n) OFFSET $n;

SELECT "Statement"."id", "Statement"."articleId", "Statement"."speakerId", "Statement"."text", "Statement"."start", "Statement"."end", "Statement"."kind"::text, "Statement"."cue", "Statement"."cueLemma", "Statement"."cueStart", "Statement"."cueEnd", "Statement"."speakerMentionText", "Statement"."speakerMentionStart", "Statement"."speakerMentionEnd", "Statement"."confidence", "Statement"."statedAt", "Statement"."createdAt" FROM "Statement" WHERE "Statement"."id" IN ($n) OFFSET $n;
