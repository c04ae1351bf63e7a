import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../../src/domain/extraction/types.ts';
import { prisma } from '../../src/persistence/client.ts';
import { contentHash, storeArticle } from '../../src/persistence/store-article.ts';
import { useTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await useTestDatabase(import.meta.url);
});
afterAll(() => db.close());

/** A one-statement article by `name` (as written), with an optional role: invented people only. */
function article(name: string, options: { aliases?: string[]; role?: [role: string, organization: string]; salt: string }) {
  const title = `Council notes ${options.salt}`;
  const sentence = options.role
    ? `${name}, ${options.role[0]} of the ${options.role[1]}, said that the budget was late.`
    : `${name} said that the budget was late.`;
  const text = `${title}\nValdmark Daily/ ${sentence}`;
  const bodyStart = title.length + 1;
  const at = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length, text: part });
  const extracted: ExtractedArticle = {
    title,
    titleSpan: { start: 0, end: title.length },
    bodyStart,
    outlet: 'Valdmark Daily',
    publishedAt: new Date('2025-05-01T00:00:00Z'),
    language: 'en',
    url: null,
    speakers: [{ key: 'speaker', name, kind: 'PERSON', aliases: options.aliases ?? [], mentions: [at(name)], quoted: true }],
    organizations: options.role ? [{ key: 'organization', name: options.role[1], kind: 'COMMITTEE', aliases: [] }] : [],
    affiliations: options.role
      ? [{ speakerKey: 'speaker', organizationKey: 'organization', role: options.role[0], evidence: at(`${name}, ${options.role[0]} of the ${options.role[1]}`) }]
      : [],
    statements: [
      {
        content: at('the budget was late'),
        kind: 'INDIRECT',
        cue: at('said'),
        cueLemma: 'say',
        speakerKey: 'speaker',
        speakerMention: at(name),
        confidence: 0.9,
      },
    ],
  };
  return { text, extracted };
}

async function store(name: string, options: Parameters<typeof article>[1]) {
  const { text, extracted } = article(name, options);
  return storeArticle(text, extracted);
}

describe('storing articles', () => {
  it('stores spans relative to the body and the hash of the whole text', async () => {
    const { text, extracted } = article('Ilse Marchetti-Osei', { salt: 'a', role: ['member', 'Harbour Budget Committee'] });
    const { article: stored, created } = await storeArticle(text, extracted);
    expect(created).toBe(true);
    expect(stored.contentHash).toBe(contentHash(text));
    expect(stored.body).toBe(text.slice(extracted.bodyStart));
    const [statement] = await prisma.statement.findMany({ where: { articleId: stored.id } });
    expect(stored.body.slice(statement!.start, statement!.end)).toBe('the budget was late');
    expect(stored.body.slice(statement!.speakerMentionStart!, statement!.speakerMentionEnd!)).toBe('Ilse Marchetti-Osei');
    expect(statement!.statedAt).toEqual(new Date('2025-05-01T00:00:00Z'));
  });

  it('the same canonical name in another article is the same speaker; the new spelling becomes an alias and the mention keeps its text', async () => {
    await store('ILSE MARCHETTI OSEI', { salt: 'b' });
    const speakers = await prisma.speaker.findMany({ where: { normalizedName: 'ilse marchetti osei' } });
    expect(speakers).toHaveLength(1);
    expect(speakers[0]!.name).toBe('Ilse Marchetti-Osei');
    expect(speakers[0]!.aliases).toContain('ILSE MARCHETTI OSEI');
    const mentions = await prisma.statement.findMany({ where: { speakerId: speakers[0]!.id }, orderBy: { id: 'asc' } });
    expect(mentions.map((statement) => statement.speakerMentionText)).toEqual(['Ilse Marchetti-Osei', 'ILSE MARCHETTI OSEI']);
  });

  it('a recorded alias is the same speaker', async () => {
    await store('Tomas Brannigan-Hale', { salt: 'c', aliases: ['T. Brannigan-Hale'] });
    await store('T. Brannigan-Hale', { salt: 'd' });
    const speakers = await prisma.speaker.findMany({ where: { OR: [{ name: { contains: 'Brannigan-Hale' } }, { aliases: { has: 'T. Brannigan-Hale' } }] } });
    expect(speakers.map((speaker) => speaker.name)).toEqual(['Tomas Brannigan-Hale']);
    expect(await prisma.statement.count({ where: { speakerId: speakers[0]!.id } })).toBe(2);
  });

  it('a name with middle initials and the same name without them are one speaker, in either order', async () => {
    await store('Tomas K. Vrell', { salt: 'i' });
    await store('Tomas Vrell', { salt: 'j' });
    await store('Ada Lorne', { salt: 'k' });
    await store('Ada P. Lorne', { salt: 'l' });
    const speakers = await prisma.speaker.findMany({ where: { OR: [{ name: { endsWith: 'Vrell' } }, { name: { endsWith: 'Lorne' } }] }, orderBy: { name: 'asc' } });
    expect(speakers.map((speaker) => [speaker.name, speaker.aliases])).toEqual([
      ['Ada Lorne', ['Ada P. Lorne']],
      ['Tomas K. Vrell', ['Tomas Vrell']],
    ]);
    expect(await prisma.statement.count({ where: { speakerId: { in: speakers.map((speaker) => speaker.id) } } })).toBe(4);
  });

  it('names whose middle initials differ stay two speakers', async () => {
    await store('Oren H.W. Basko', { salt: 'm' });
    await store('Oren W. Basko', { salt: 'n' });
    const speakers = await prisma.speaker.findMany({ where: { name: { endsWith: 'Basko' } }, orderBy: { name: 'asc' } });
    expect(speakers.map((speaker) => speaker.name)).toEqual(['Oren H.W. Basko', 'Oren W. Basko']);
  });

  it('two people who share a surname stay two speakers', async () => {
    await store('Marta Ashworth-Vale', { salt: 'e' });
    await store('Lena Ashworth-Vale', { salt: 'f' });
    const speakers = await prisma.speaker.findMany({ where: { name: { endsWith: 'Ashworth-Vale' } }, orderBy: { name: 'asc' } });
    expect(speakers.map((speaker) => speaker.name)).toEqual(['Lena Ashworth-Vale', 'Marta Ashworth-Vale']);
  });

  it('an affiliation stated again is recorded once, with its first evidence', async () => {
    const first = await prisma.affiliation.findFirstOrThrow({ include: { speaker: true } });
    await store('Ilse Marchetti-Osei', { salt: 'g', role: ['member', 'Harbour Budget Committee'] });
    const rows = await prisma.affiliation.findMany({ where: { speakerId: first.speakerId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.evidenceArticleId).toBe(first.evidenceArticleId);
    expect(await prisma.organization.count({ where: { normalizedName: 'harbour budget committee' } })).toBe(1);
  });

  it('a new role for a known speaker is a second affiliation', async () => {
    await store('Ilse Marchetti-Osei', { salt: 'h', role: ['chair', 'Harbour Budget Committee'] });
    const speaker = await prisma.speaker.findUniqueOrThrow({ where: { normalizedName: 'ilse marchetti osei' }, include: { affiliations: true } });
    expect(speaker.affiliations.map((affiliation) => affiliation.role).sort()).toEqual(['chair', 'member']);
  });
});

describe('storing the same text twice at once', () => {
  it('stores it once: the other call gets the stored article, not an error', async () => {
    const { text, extracted } = article('Odile Varga-Lindqvist', { salt: 'concurrent', role: ['secretary', 'Harbour Budget Committee'] });
    const results = await Promise.all([storeArticle(text, extracted), storeArticle(text, extracted), storeArticle(text, extracted)]);
    expect(results.map((result) => result.created).sort()).toEqual([false, false, true]);
    expect(new Set(results.map((result) => result.article.id)).size).toBe(1);
    expect(await prisma.article.count({ where: { contentHash: contentHash(text) } })).toBe(1);
  });
});
