-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "SpeakerKind" AS ENUM ('PERSON', 'ORGANIZATION', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('PARTY', 'COALITION', 'COMMITTEE', 'PARLIAMENT', 'GOVERNMENT', 'MINISTRY', 'COURT', 'JUDICIARY', 'MILITARY', 'ARMED_GROUP', 'AGENCY', 'MEDIA', 'COMPANY', 'NGO', 'INTERNATIONAL', 'OTHER');

-- CreateEnum
CREATE TYPE "StatementKind" AS ENUM ('DIRECT', 'INDIRECT');

-- CreateTable
CREATE TABLE "Outlet" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "domain" TEXT,
    "language" TEXT,
    "country" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Outlet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "outletId" INTEGER,
    "url" TEXT,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "publishedAt" TIMESTAMPTZ(3),
    "language" TEXT,
    "contentHash" CHAR(64) NOT NULL,
    "ingestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Speaker" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "normalizedName" TEXT NOT NULL,
    "kind" "SpeakerKind" NOT NULL DEFAULT 'PERSON',
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "externalId" TEXT,
    "description" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Speaker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "normalizedName" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "kind" "OrganizationKind" NOT NULL DEFAULT 'OTHER',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Affiliation" (
    "id" SERIAL NOT NULL,
    "speakerId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "validFrom" TIMESTAMPTZ(3),
    "validTo" TIMESTAMPTZ(3),
    "evidenceArticleId" INTEGER,
    "evidenceStart" INTEGER,
    "evidenceEnd" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Affiliation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "speakerId" INTEGER,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "kind" "StatementKind" NOT NULL,
    "cue" TEXT,
    "cueLemma" TEXT,
    "cueStart" INTEGER,
    "cueEnd" INTEGER,
    "speakerMentionText" TEXT,
    "speakerMentionStart" INTEGER,
    "speakerMentionEnd" INTEGER,
    "confidence" DOUBLE PRECISION NOT NULL,
    "statedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Outlet_name_key" ON "Outlet"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Outlet_domain_key" ON "Outlet"("domain");

-- CreateIndex
CREATE UNIQUE INDEX "Article_url_key" ON "Article"("url");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_outletId_publishedAt_idx" ON "Article"("outletId", "publishedAt");

-- CreateIndex
CREATE INDEX "Article_publishedAt_idx" ON "Article"("publishedAt");

-- CreateIndex
CREATE INDEX "Article_language_publishedAt_idx" ON "Article"("language", "publishedAt");

-- CreateIndex
CREATE INDEX "Article_ingestedAt_idx" ON "Article"("ingestedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Speaker_normalizedName_key" ON "Speaker"("normalizedName");

-- CreateIndex
CREATE UNIQUE INDEX "Speaker_externalId_key" ON "Speaker"("externalId");

-- CreateIndex
CREATE INDEX "Speaker_name_idx" ON "Speaker"("name");

-- CreateIndex
CREATE INDEX "Speaker_kind_name_idx" ON "Speaker"("kind", "name");

-- CreateIndex
CREATE INDEX "Speaker_aliases_idx" ON "Speaker" USING GIN ("aliases");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_normalizedName_key" ON "Organization"("normalizedName");

-- CreateIndex
CREATE INDEX "Organization_name_idx" ON "Organization"("name");

-- CreateIndex
CREATE INDEX "Organization_kind_name_idx" ON "Organization"("kind", "name");

-- CreateIndex
CREATE INDEX "Organization_aliases_idx" ON "Organization" USING GIN ("aliases");

-- CreateIndex
CREATE INDEX "Affiliation_speakerId_validFrom_validTo_idx" ON "Affiliation"("speakerId", "validFrom", "validTo");

-- CreateIndex
CREATE INDEX "Affiliation_organizationId_validFrom_validTo_idx" ON "Affiliation"("organizationId", "validFrom", "validTo");

-- CreateIndex
CREATE INDEX "Affiliation_evidenceArticleId_idx" ON "Affiliation"("evidenceArticleId");

-- CreateIndex
CREATE INDEX "Affiliation_role_idx" ON "Affiliation"("role");

-- CreateIndex
CREATE INDEX "Statement_speakerId_statedAt_idx" ON "Statement"("speakerId", "statedAt");

-- CreateIndex
CREATE INDEX "Statement_statedAt_idx" ON "Statement"("statedAt");

-- CreateIndex
CREATE INDEX "Statement_kind_statedAt_idx" ON "Statement"("kind", "statedAt");

-- CreateIndex
CREATE INDEX "Statement_cueLemma_idx" ON "Statement"("cueLemma");

-- CreateIndex
CREATE UNIQUE INDEX "Statement_articleId_start_end_key" ON "Statement"("articleId", "start", "end");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Affiliation" ADD CONSTRAINT "Affiliation_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Affiliation" ADD CONSTRAINT "Affiliation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Affiliation" ADD CONSTRAINT "Affiliation_evidenceArticleId_fkey" FOREIGN KEY ("evidenceArticleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE SET NULL ON UPDATE CASCADE;
