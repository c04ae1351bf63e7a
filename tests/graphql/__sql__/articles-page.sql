SELECT "Article"."id", "Article"."outletId", "Article"."title", "Article"."url", "Article"."publishedAt" FROM "Article" WHERE 1=1 ORDER BY "Article"."id" DESC LIMIT $n OFFSET $n;

SELECT "Outlet"."id", "Outlet"."name", "Outlet"."domain", "Outlet"."language", "Outlet"."country", "Outlet"."createdAt" FROM "Outlet" WHERE "Outlet"."id" IN ($n) OFFSET $n;

SELECT "Speaker"."id", "Speaker"."name", "Speaker"."normalizedName", "Speaker"."kind"::text, "Speaker"."aliases", "Speaker"."externalId", "Speaker"."description", "Speaker"."createdAt" FROM "Speaker" WHERE "Speaker"."id" IN ($n) OFFSET $n;

SELECT "Statement"."id", "Statement"."articleId", "Statement"."speakerId" FROM "Statement" WHERE ("Statement"."articleId" IN ($n) AND "Statement"."speakerId" IS NOT NULL) ORDER BY "Statement"."articleId" ASC, "Statement"."start" ASC OFFSET $n;

SELECT COUNT(*) AS "_count$_all" FROM (SELECT "Article"."id" FROM "Article" WHERE 1=1 OFFSET $n) AS "sub";
