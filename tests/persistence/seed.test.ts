import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHIQL_DEFAULT_QUERY } from '../../src/graphql/yoga.ts';
import { prisma } from '../../src/persistence/client.ts';
import { seed, seedIfEmpty } from '../../src/persistence/seed.ts';
import { query } from '../support/graphql.ts';
import { useTestDatabase, type TestDatabase } from '../support/test-database.ts';

/** The hand-checked annotation of the seed article: spans index into the whole file. */
interface Annotation {
  bodyStart: number;
  title: string;
  outlet: string;
  statements: {
    content: { start: number; end: number; text: string };
    kind: 'DIRECT' | 'INDIRECT';
    cue: { text: string } | null;
    speaker: string | null;
    mention: { start: number; end: number; text: string } | null;
  }[];
  speakers: { name: string; quoted: boolean; affiliations: { role: string; organization: string; evidence: { start: number; end: number; text: string } }[] }[];
}

const annotation = JSON.parse(
  readFileSync(new URL('../../seeds/annotations/000_698f822e2a7ff0d5.json', import.meta.url), 'utf8'),
) as Annotation;

let db: TestDatabase;
beforeAll(async () => {
  db = await useTestDatabase(import.meta.url);
});
afterAll(() => db.close());

describe('seeding', () => {
  it('stores the seed article through the extractor exactly as annotated', async () => {
    expect(await seedIfEmpty()).toBe(1);
    const article = await prisma.article.findFirstOrThrow({
      include: { outlet: true, statements: { orderBy: { start: 'asc' }, include: { speaker: true } } },
    });
    expect(article.title).toBe(annotation.title);
    expect(article.outlet?.name).toBe('Shafaq News');
    const offset = annotation.bodyStart;
    expect(
      article.statements.map((statement) => ({
        start: statement.start,
        end: statement.end,
        text: statement.text,
        kind: statement.kind,
        cue: statement.cue,
        speaker: statement.speaker?.name ?? null,
        mention: statement.speakerMentionText,
        mentionStart: statement.speakerMentionStart,
      })),
    ).toEqual(
      annotation.statements.map((statement) => ({
        start: statement.content.start - offset,
        end: statement.content.end - offset,
        text: statement.content.text,
        kind: statement.kind,
        cue: statement.cue?.text ?? null,
        speaker: statement.speaker,
        mention: statement.mention?.text ?? null,
        mentionStart: statement.mention ? statement.mention.start - offset : null,
      })),
    );
    for (const statement of article.statements) expect(article.body.slice(statement.start, statement.end)).toBe(statement.text);
  });

  it('records the three speakers, their statement counts and affiliations, and no statement for people only mentioned', async () => {
    const speakers = await prisma.speaker.findMany({
      include: { _count: { select: { statements: true } }, affiliations: { include: { organization: true } } },
    });
    const quoted = Object.fromEntries(
      speakers.filter((speaker) => speaker._count.statements > 0).map((speaker) => [speaker.name, speaker._count.statements]),
    );
    expect(quoted).toEqual({ 'Mokhtar al-Moussawi': 8, 'Mohammed Shia al-Sudani': 1, 'Faiq Zaidan': 1 });
    for (const name of ['Donald Trump', 'Qassem Soleimani', 'Abu Mahdi al-Muhandis']) {
      expect(speakers.find((speaker) => speaker.name === name)?._count.statements ?? 0, name).toBe(0);
    }
    for (const expected of annotation.speakers) {
      const speaker = speakers.find((candidate) => candidate.name === expected.name);
      expect(speaker, expected.name).toBeDefined();
      expect(
        speaker!.affiliations.map((affiliation) => [affiliation.role, affiliation.organization.name]).sort(),
      ).toEqual(expected.affiliations.map((affiliation) => [affiliation.role, affiliation.organization]).sort());
    }
  });

  it('seeding again changes nothing', async () => {
    const before = await prisma.statement.count();
    expect(await seed()).toBe(0);
    expect(await seedIfEmpty()).toBe(0);
    expect(await prisma.statement.count()).toBe(before);
    expect(await prisma.article.count()).toBe(1);
  });

  it('finds the seed speakers under transliteration variants ("al-Musawi" finds "al-Moussawi")', async () => {
    for (const [variant, name] of [
      ['al-Musawi', 'Mokhtar al-Moussawi'],
      ['Mukhtar al-Musawi', 'Mokhtar al-Moussawi'],
      ['al-Soudani', 'Mohammed Shia al-Sudani'],
      ['Faeq Zeidan', 'Faiq Zaidan'],
    ]) {
      const data = await query('query ($name: String!) { speakerSearch(name: $name, first: 1) { speaker { name } } }', { name: variant });
      expect(data.speakerSearch.map((match: any) => match.speaker.name), variant).toEqual([name]);
    }
  });

  it('GraphiQL opens with a query that shows the seed data', async () => {
    const data = await query(GRAPHIQL_DEFAULT_QUERY);
    const [article] = data.articles.edges;
    expect(article.node.outlet.name).toBe('Shafaq News');
    expect(article.node.statements.totalCount).toBe(10);
    const first = article.node.statements.edges[0].node;
    expect(first.speaker.name).toBe('Mokhtar al-Moussawi');
    expect(first.speakerAffiliations.map((affiliation: any) => affiliation.organization.name)).toContain('Foreign Relations Committee');
  });
});
