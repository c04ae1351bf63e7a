import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../../../src/persistence/client.ts';
import { useTestDatabase, type TestDatabase } from '../../support/test-database.ts';
import { data, goldenSql, run, storeAnalystCorpus, type AnalystFixture } from './fixture.ts';

let db: TestDatabase;
let fixture: AnalystFixture;

beforeAll(async () => {
  db = await useTestDatabase(import.meta.url);
  fixture = await storeAnalystCorpus({ articles: 80, people: 24, seed: 23 });
});
afterAll(() => db?.close());

const SEARCH = `query ($query: String!, $filter: StatementFilter, $first: Int, $after: String) {
  search(query: $query, filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor rank snippet node { id text kind article { title outlet { name } } speaker { name } } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

async function allHits(query: string, filter?: unknown, size = 15): Promise<any[]> {
  const hits: any[] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page += 1) {
    const { search } = await data(SEARCH, { query, filter, first: size, after });
    hits.push(...search.edges);
    if (!search.pageInfo.hasNextPage) return hits;
    after = search.pageInfo.endCursor;
  }
  throw new Error('too many pages');
}

const words = (text: string) => text.toLowerCase().split(/[^a-z]+/);

describe('ranked full-text search', () => {
  it('finds statements by stemmed words, with rank and highlighted snippet, across pages', async () => {
    const expected = fixture.statements.filter((s) => words(s.text).includes('underestimated'));
    expect(expected.length).toBeGreaterThan(15);
    const hits = await allHits('underestimate');
    expect(hits).toHaveLength(expected.length);
    expect(new Set(hits.map((hit) => hit.node.id)).size).toBe(hits.length);
    for (const hit of hits) {
      expect(hit.node.text).toContain('underestimated');
      expect(hit.snippet).toContain('«underestimated»');
      expect(hit.rank).toBeGreaterThan(0);
    }
    const ranks = hits.map((hit) => hit.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('ranks statements matching more of an OR query above those matching less', async () => {
    const hits = await allHits('underestimated OR levy', undefined, 50);
    const score = (hit: any) => ['underestimated', 'levy'].filter((word) => words(hit.node.text).includes(word)).length;
    const both = hits.filter((hit) => score(hit) === 2);
    const one = hits.filter((hit) => score(hit) === 1);
    expect(both.length).toBeGreaterThan(0);
    expect(one.length).toBeGreaterThan(0);
    expect(Math.min(...both.map((hit) => hit.rank))).toBeGreaterThan(Math.max(...one.map((hit) => hit.rank)));
  });

  it('supports quoted phrases and -exclusions, and matches article titles', async () => {
    const phrase = await allHits('"harbour levy" -underestimated', undefined, 100);
    const expected = fixture.statements.filter(
      (s) => (s.text.toLowerCase().includes('harbour levy') || s.title.toLowerCase().includes('harbour levy')) && !words(s.text).includes('underestimated'),
    );
    expect(phrase).toHaveLength(expected.length);
    for (const hit of phrase) expect(hit.node.text).not.toContain('underestimated');

    // "continues" is only ever in titles: every statement of every article matches, title-weighted.
    const titleOnly = await data(SEARCH, { query: 'continues', first: 1 });
    expect(titleOnly.search.totalCount).toBe(fixture.statements.length);
    expect(titleOnly.search.edges[0].snippet).not.toContain('«');
  });

  it('combines with the statement filter (speaker, date, organisation at the time)', async () => {
    const from = new Date('2025-01-01T00:00:00Z');
    const filter = { kind: { eq: 'INDIRECT' }, statedAt: { gte: from } };
    const hits = await allHits('underestimated', filter);
    expect(hits).toHaveLength(
      fixture.statements.filter((s) => words(s.text).includes('underestimated') && s.kind === 'INDIRECT' && s.statedAt >= from).length,
    );
    const organization = fixture.corpus.people[0]!.roles[0]!.organization;
    const byOrganization = await data(SEARCH, {
      query: 'levy OR budget OR tariff',
      filter: { speakerAffiliation: { organization: { name: { eq: organization } } } },
      first: 1,
    });
    const expected = fixture.statements.filter(
      (s) =>
        /levy|budget|tariff/.test(`${s.text} ${s.title}`.toLowerCase()) &&
        fixture.rolesAt(s.speaker, s.statedAt).some((role) => role.organization === organization),
    ).length;
    expect(byOrganization.search.totalCount).toBe(expected);
  });

  it('runs a fixed number of SQL statements whatever the page size (no N+1)', async () => {
    const counts: number[] = [];
    for (const first of [3, 30]) {
      const result = await run(SEARCH, { query: 'levy', first });
      expect(result.errors).toBeUndefined();
      expect(result.data.search.edges).toHaveLength(first);
      counts.push(result.sql.length);
      if (first === 30) await expect(goldenSql(result.sql, 2)).toMatchFileSnapshot('__sql__/search.sql');
    }
    // The search itself, then the page's statements planned from the selection: Prisma loads
    // them with their relations (articles, outlets, speakers) joined into one query.
    expect(counts).toEqual([2, 2]);
  });

  it('selecting only totalCount runs one SQL statement', async () => {
    const result = await run(`{ search(query: "levy") { totalCount } }`);
    expect(result.data.search.totalCount).toBeGreaterThan(0);
    expect(result.sql).toHaveLength(1);
  });

  it('rejects an empty query, a bad cursor and an oversized page with coded errors', async () => {
    const empty = await run(SEARCH, { query: '   ' });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'query' });
    expect(empty.errors?.[0]?.path).toEqual(['search']);
    const cursor = await run(SEARCH, { query: 'levy', after: 'bm90LWEtY3Vyc29y' });
    expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_CURSOR', argument: 'after' });
    const big = await run(SEARCH, { query: 'levy', first: 101 });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'PAGE_SIZE_EXCEEDED', argument: 'first' });
    const filter = await run(SEARCH, { query: 'levy', filter: { statedAt: { gt: '2025-01-01T00:00:00Z', lt: '2024-01-01T00:00:00Z' } } });
    expect(filter.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: ['filter', 'statedAt'] });
    expect([empty, cursor, big, filter].flatMap((result) => result.sql)).toEqual([]);
  });

  it('a query of stop words only finds nothing rather than failing', async () => {
    const result = await data(SEARCH, { query: 'the and of' });
    expect(result.search).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });
  });
});

describe('fuzzy name search', () => {
  const SPEAKERS = `query ($name: String!, $first: Int) { speakerSearch(name: $name, first: $first) { similarity matchedName speaker { id name aliases } } }`;

  it('finds transliteration variants of a name, most similar first', async () => {
    const target = fixture.statements.find((s) => s.speaker.includes('al-Farsani'))?.speaker;
    expect(target).toBeDefined();
    const result = await run(SPEAKERS, { name: 'al-Farsany' });
    expect(result.errors).toBeUndefined();
    const matches = result.data.speakerSearch;
    expect(matches[0].speaker.name).toContain('al-Farsani');
    const similarities = matches.map((match: any) => match.similarity);
    expect(similarities).toEqual([...similarities].sort((a, b) => b - a));
    for (const similarity of similarities) expect(similarity).toBeGreaterThanOrEqual(0.3);
    // One statement for the matches, one for the speakers (dataloader).
    expect(result.sql).toHaveLength(2);
    await expect(goldenSql(result.sql)).toMatchFileSnapshot('__sql__/speaker-search.sql');
  });

  it('matches recorded aliases and says which name matched', async () => {
    const speaker = await prisma.speaker.findFirstOrThrow({ orderBy: { id: 'asc' } });
    await prisma.speaker.update({ where: { id: speaker.id }, data: { aliases: ['Zubayda Qaramanli-Hosseinpour'] } });
    const matches = (await data(SPEAKERS, { name: 'Zubaida Karamanli' })).speakerSearch;
    expect(matches[0]).toMatchObject({ matchedName: 'Zubayda Qaramanli-Hosseinpour', speaker: { name: speaker.name } });
  });

  it('finds organisations by a misspelt name', async () => {
    const matches = (await data(`{ organizationSearch(name: "Meridan Party", first: 3) { similarity matchedName organization { name } } }`))
      .organizationSearch;
    expect(matches[0].organization.name).toBe('Green Meridian Party');
  });

  it('rejects bad arguments with codes', async () => {
    const empty = await run(SPEAKERS, { name: '' });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'name' });
    const big = await run(SPEAKERS, { name: 'x', first: 51 });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'PAGE_SIZE_EXCEEDED', argument: 'first' });
    const similarity = await run(`{ speakerSearch(name: "x", minSimilarity: 2) { similarity } }`);
    expect(similarity.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'minSimilarity' });
  });
});
