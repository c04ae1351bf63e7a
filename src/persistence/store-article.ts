import { createHash } from 'node:crypto';
import type { ExtractedArticle } from '../domain/extraction/types.ts';
import { normalizeName } from '../domain/normalize-name.ts';
import type { Article, Prisma } from '../generated/prisma/client.ts';
import { prisma } from './client.ts';

type Tx = Prisma.TransactionClient;

export interface StoredArticle {
  article: Article;
  /** False when the same text was stored before: nothing was written. */
  created: boolean;
  statementCount: number;
}

/** An article with the same URL but different text is already stored. */
export class DuplicateUrlError extends Error {
  override name = 'DuplicateUrlError';
  constructor(
    readonly url: string,
    readonly articleId: number,
  ) {
    super(`an article with the URL ${url} is already stored with different text (article ${articleId})`);
  }
}

/** SHA-256 of the ingested text: the same text is never stored twice. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

async function upsertSpeaker(tx: Tx, name: string, kind: 'PERSON' | 'ORGANIZATION' | 'UNKNOWN', aliases: string[]) {
  const normalizedName = normalizeName(name);
  // A recorded alias is the same speaker, so look those up before creating a new one.
  const existing =
    (await tx.speaker.findUnique({ where: { normalizedName } })) ??
    (await tx.speaker.findFirst({ where: { aliases: { has: name } }, orderBy: { id: 'asc' } }));
  if (!existing) {
    return tx.speaker.upsert({
      where: { normalizedName },
      create: { name, normalizedName, kind, aliases: unique(aliases.filter((alias) => alias !== name)) },
      update: {},
    });
  }
  const merged = unique([...existing.aliases, ...aliases, ...(existing.name === name ? [] : [name])]).filter(
    (alias) => alias !== existing.name,
  );
  if (merged.length === existing.aliases.length) return existing;
  return tx.speaker.update({ where: { id: existing.id }, data: { aliases: merged } });
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * Stores one extracted article and everything in it (outlet, speakers, organisations,
 * affiliations, statements) in one transaction: either all of it is written or none.
 * Spans are shifted from the ingested text to the stored body (the text after the title line);
 * a statement inside the title line has no place in the body and is not stored.
 */
export async function storeArticle(text: string, extracted: ExtractedArticle): Promise<StoredArticle> {
  const hash = contentHash(text);
  const previous = await prisma.article.findUnique({ where: { contentHash: hash } });
  if (previous) return { article: previous, created: false, statementCount: 0 };

  const offset = extracted.bodyStart;
  const body = text.slice(offset);
  const inBody = (span: { start: number; end: number }) => span.start >= offset && span.end <= text.length;

  return prisma.$transaction(
    async (tx) => {
      if (extracted.url) {
        const sameUrl = await tx.article.findUnique({ where: { url: extracted.url }, select: { id: true } });
        if (sameUrl) throw new DuplicateUrlError(extracted.url, sameUrl.id);
      }
      const outlet = extracted.outlet
        ? await tx.outlet.upsert({ where: { name: extracted.outlet }, create: { name: extracted.outlet }, update: {} })
        : null;
      const article = await tx.article.create({
        data: {
          outletId: outlet?.id ?? null,
          url: extracted.url,
          title: extracted.title,
          body,
          publishedAt: extracted.publishedAt,
          language: extracted.language,
          contentHash: hash,
        },
      });

      const speakerIds = new Map<string, number>();
      const affiliated = new Set(extracted.affiliations.map((affiliation) => affiliation.speakerKey));
      for (const speaker of extracted.speakers) {
        if (!speaker.quoted && !affiliated.has(speaker.key)) continue;
        const row = await upsertSpeaker(tx, speaker.name, speaker.kind, speaker.aliases);
        speakerIds.set(speaker.key, row.id);
      }

      const organizationIds = new Map<string, number>();
      for (const organization of extracted.organizations) {
        const normalizedName = normalizeName(organization.name);
        const row = await tx.organization.upsert({
          where: { normalizedName },
          create: { name: organization.name, normalizedName, kind: organization.kind, aliases: organization.aliases },
          update: {},
        });
        organizationIds.set(organization.key, row.id);
      }

      for (const affiliation of extracted.affiliations) {
        const speakerId = speakerIds.get(affiliation.speakerKey);
        const organizationId = organizationIds.get(affiliation.organizationKey);
        if (speakerId === undefined || organizationId === undefined) continue;
        const known = await tx.affiliation.findFirst({
          where: { speakerId, organizationId, role: affiliation.role },
          select: { id: true },
        });
        if (known) continue;
        const evidence = inBody(affiliation.evidence) ? affiliation.evidence : null;
        await tx.affiliation.create({
          data: {
            speakerId,
            organizationId,
            role: affiliation.role,
            evidenceArticleId: evidence ? article.id : null,
            evidenceStart: evidence ? evidence.start - offset : null,
            evidenceEnd: evidence ? evidence.end - offset : null,
          },
        });
      }

      const statedAt = extracted.publishedAt ?? article.ingestedAt;
      const statements = extracted.statements.filter((statement) => inBody(statement.content));
      const inserted = await tx.statement.createMany({
        data: statements.map((statement) => ({
          articleId: article.id,
          speakerId: statement.speakerKey ? (speakerIds.get(statement.speakerKey) ?? null) : null,
          text: statement.content.text,
          start: statement.content.start - offset,
          end: statement.content.end - offset,
          kind: statement.kind,
          cue: statement.cue?.text ?? null,
          cueLemma: statement.cueLemma,
          cueStart: statement.cue && inBody(statement.cue) ? statement.cue.start - offset : null,
          cueEnd: statement.cue && inBody(statement.cue) ? statement.cue.end - offset : null,
          speakerMentionText: statement.speakerMention?.text ?? null,
          speakerMentionStart: statement.speakerMention && inBody(statement.speakerMention) ? statement.speakerMention.start - offset : null,
          speakerMentionEnd: statement.speakerMention && inBody(statement.speakerMention) ? statement.speakerMention.end - offset : null,
          confidence: statement.confidence,
          statedAt,
        })),
        // The same span reported twice (two patterns over one clause) is stored once.
        skipDuplicates: true,
      });
      return { article, created: true, statementCount: inserted.count };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}
