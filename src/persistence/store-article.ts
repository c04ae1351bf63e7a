import { createHash } from 'node:crypto';
import type { ExtractedArticle } from '../domain/extraction/types.ts';
import { normalizeName, withoutMiddleInitials } from '../domain/normalize-name.ts';
import { Prisma, type Article } from '../generated/prisma/client.ts';
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

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

type SpeakerInput = Pick<ExtractedArticle['speakers'][number], 'key' | 'name' | 'kind' | 'aliases'>;

/**
 * Finds or creates the article's speakers in three statements whatever their number: the same
 * canonical name (case, accents and punctuation folded) or a recorded alias is the same
 * speaker; new spellings seen in this article are added to the speaker's aliases. A name with
 * middle initials ("Tomas K. Vrell") is also the speaker named without them, and is stored with
 * that form as an alias so a later "Tomas Vrell" finds it.
 */
async function resolveSpeakers(tx: Tx, speakers: SpeakerInput[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  if (speakers.length === 0) return ids;
  const names = unique(speakers.map((speaker) => speaker.name));
  const keys = unique(names.flatMap((name) => [name, withoutMiddleInitials(name) ?? name]).map(normalizeName));
  const known = await tx.speaker.findMany({
    where: { OR: [{ normalizedName: { in: keys } }, { aliases: { hasSome: names } }] },
    orderBy: { id: 'asc' },
  });
  const match = (name: string) => {
    const bare = withoutMiddleInitials(name);
    return (
      known.find((row) => row.normalizedName === normalizeName(name)) ??
      known.find((row) => row.aliases.includes(name)) ??
      (bare === null ? undefined : known.find((row) => row.normalizedName === normalizeName(bare)))
    );
  };

  const missing = speakers.filter((speaker) => !match(speaker.name));
  if (missing.length > 0) {
    // skipDuplicates: a concurrent ingest may create the same speaker first; the re-read finds it.
    await tx.speaker.createMany({
      data: missing.map((speaker) => ({
        name: speaker.name,
        normalizedName: normalizeName(speaker.name),
        kind: speaker.kind,
        aliases: unique([...speaker.aliases, withoutMiddleInitials(speaker.name) ?? speaker.name].filter((alias) => alias !== speaker.name)),
      })),
      skipDuplicates: true,
    });
    known.push(
      ...(await tx.speaker.findMany({ where: { normalizedName: { in: missing.map((speaker) => normalizeName(speaker.name)) } } })),
    );
  }

  for (const speaker of speakers) {
    const row = match(speaker.name)!;
    ids.set(speaker.key, row.id);
    const aliases = unique([...row.aliases, ...speaker.aliases, speaker.name]).filter((alias) => alias !== row.name);
    if (aliases.length > row.aliases.length) {
      row.aliases = aliases;
      await tx.speaker.update({ where: { id: row.id }, data: { aliases } });
    }
  }
  return ids;
}

/** Finds or creates the article's organisations by folded name, in at most three statements. */
async function resolveOrganizations(tx: Tx, organizations: ExtractedArticle['organizations']): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  if (organizations.length === 0) return ids;
  const normalized = unique(organizations.map((organization) => normalizeName(organization.name)));
  const find = () => tx.organization.findMany({ where: { normalizedName: { in: normalized } } });
  let rows = await find();
  if (rows.length < normalized.length) {
    await tx.organization.createMany({
      data: organizations
        .filter((organization) => !rows.some((row) => row.normalizedName === normalizeName(organization.name)))
        .map((organization) => ({
          name: organization.name,
          normalizedName: normalizeName(organization.name),
          kind: organization.kind,
          aliases: organization.aliases,
        })),
      skipDuplicates: true,
    });
    rows = await find();
  }
  const byName = new Map(rows.map((row) => [row.normalizedName, row.id]));
  for (const organization of organizations) ids.set(organization.key, byName.get(normalizeName(organization.name))!);
  return ids;
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

  const stored = prisma.$transaction(
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

      const affiliated = new Set(extracted.affiliations.map((affiliation) => affiliation.speakerKey));
      const speakerIds = await resolveSpeakers(
        tx,
        extracted.speakers.filter((speaker) => speaker.quoted || affiliated.has(speaker.key)),
      );
      const organizationIds = await resolveOrganizations(tx, extracted.organizations);

      // An affiliation already recorded (same speaker, organisation and role) keeps its first
      // evidence; new ones are stored with this article's passage.
      const wanted = extracted.affiliations.flatMap((affiliation) => {
        const speakerId = speakerIds.get(affiliation.speakerKey);
        const organizationId = organizationIds.get(affiliation.organizationKey);
        return speakerId === undefined || organizationId === undefined ? [] : [{ speakerId, organizationId, affiliation }];
      });
      if (wanted.length > 0) {
        const recorded = await tx.affiliation.findMany({
          where: { OR: wanted.map(({ speakerId, organizationId, affiliation }) => ({ speakerId, organizationId, role: affiliation.role })) },
          select: { speakerId: true, organizationId: true, role: true },
        });
        const key = (speakerId: number, organizationId: number, role: string) => `${speakerId}/${organizationId}/${role}`;
        const seen = new Set(recorded.map((row) => key(row.speakerId, row.organizationId, row.role)));
        const fresh = wanted.filter(({ speakerId, organizationId, affiliation }) => {
          const id = key(speakerId, organizationId, affiliation.role);
          if (seen.has(id)) return false;
          seen.add(id);
          return true;
        });
        await tx.affiliation.createMany({
          data: fresh.map(({ speakerId, organizationId, affiliation }) => {
            const evidence = inBody(affiliation.evidence) ? affiliation.evidence : null;
            return {
              speakerId,
              organizationId,
              role: affiliation.role,
              evidenceArticleId: evidence ? article.id : null,
              evidenceStart: evidence ? evidence.start - offset : null,
              evidenceEnd: evidence ? evidence.end - offset : null,
            };
          }),
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
  return stored.catch(async (error: unknown) => {
    // The same text stored by a concurrent call between the check above and this commit: the
    // unique content hash refused ours, so this call changes nothing, as a later one would.
    if (!isUniqueViolation(error, 'contentHash')) throw error;
    const winner = await prisma.article.findUnique({ where: { contentHash: hash } });
    if (!winner) throw error;
    return { article: winner, created: false, statementCount: 0 };
  });
}

/** Whether `error` is Prisma's unique-constraint failure (P2002) on a constraint naming `field`. */
function isUniqueViolation(error: unknown, field: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return false;
  return JSON.stringify(error.meta ?? {}).includes(field) || error.message.includes(field);
}
