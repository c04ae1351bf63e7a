import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase, type TestDatabase } from '../../support/test-database.ts';
import { data, goldenSql, run, storeAnalystCorpus, type AnalystFixture } from './fixture.ts';

let db: TestDatabase;
let fixture: AnalystFixture;

beforeAll(async () => {
  db = await useTestDatabase(import.meta.url);
  fixture = await storeAnalystCorpus({ articles: 70, people: 20, seed: 37 });
});
afterAll(() => db?.close());

const STATS = `query ($groupBy: [StatementStatsDimension!]!, $interval: StatsInterval, $filter: StatementFilter, $first: Int) {
  statementStats(groupBy: $groupBy, interval: $interval, filter: $filter, first: $first) {
    total distinctSpeakers bucketCount
    buckets { period kind count distinctSpeakers share speaker { name } organization { name } outlet { name } }
  }
}`;

function tally<T>(items: T[], key: (item: T) => string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const k of key(item)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

describe('statement statistics', () => {
  it('a monthly time series in one SQL statement, periods in order, counts matching the ground truth', async () => {
    const result = await run(`query ($groupBy: [StatementStatsDimension!]!, $interval: StatsInterval) {
      statementStats(groupBy: $groupBy, interval: $interval, first: 1000) { total distinctSpeakers bucketCount buckets { period count distinctSpeakers share } } }`, {
      groupBy: ['TIME'],
      interval: 'MONTH',
    });
    expect(result.errors).toBeUndefined();
    expect(result.sql).toHaveLength(1);
    await expect(goldenSql(result.sql)).toMatchFileSnapshot('__sql__/stats-by-month.sql');
    const stats = result.data.statementStats;
    expect(stats.total).toBe(fixture.statements.length);
    expect(stats.distinctSpeakers).toBe(new Set(fixture.statements.map((s) => s.speaker)).size);
    const expected = tally(fixture.statements, (s) => [s.statedAt.toISOString().slice(0, 7)]);
    expect(stats.bucketCount).toBe(expected.size);
    expect(stats.buckets.map((b: any) => [b.period.slice(0, 7), b.count])).toEqual([...expected.entries()].sort());
    expect(stats.buckets.map((b: any) => b.period)).toEqual(stats.buckets.map((b: any) => b.period).sort());
    for (const bucket of stats.buckets) expect(bucket.period).toMatch(/^\d{4}-\d{2}-01T00:00:00\.000Z$/);
    expect(stats.buckets.reduce((sum: number, b: any) => sum + b.share, 0)).toBeCloseTo(1, 10);
  });

  it('which organisation\'s members were quoted most, by the role held on each statement\'s date', async () => {
    const result = await run(STATS, { groupBy: ['ORGANIZATION'] });
    expect(result.errors).toBeUndefined();
    // The statistics statement, then the organisations of the buckets (one dataloader batch).
    expect(result.sql).toHaveLength(2);
    await expect(goldenSql(result.sql)).toMatchFileSnapshot('__sql__/stats-by-organization.sql');
    const expected = tally(fixture.statements, (s) => {
      const organizations = [...new Set(fixture.rolesAt(s.speaker, s.statedAt).map((role) => role.organization))];
      return organizations.length ? organizations : ['(none)'];
    });
    const buckets = result.data.statementStats.buckets;
    expect(new Map(buckets.map((b: any) => [b.organization?.name ?? '(none)', b.count]))).toEqual(expected);
    const counts = buckets.map((b: any) => b.count);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    expect(buckets[0].share).toBeCloseTo(buckets[0].count / fixture.statements.length, 10);
  });

  it('groups by several dimensions at once, with distinct speakers per group', async () => {
    const stats = (await data(STATS, { groupBy: ['OUTLET', 'KIND'], first: 1000 })).statementStats;
    const expected = tally(fixture.statements, (s) => [`${s.outlet}|${s.kind}`]);
    expect(new Map(stats.buckets.map((b: any) => [`${b.outlet.name}|${b.kind}`, b.count]))).toEqual(expected);
    for (const bucket of stats.buckets) {
      const speakers = new Set(fixture.statements.filter((s) => s.outlet === bucket.outlet.name && s.kind === bucket.kind).map((s) => s.speaker));
      expect(bucket.distinctSpeakers).toBe(speakers.size);
      expect(bucket.period).toBeNull();
      expect(bucket.speaker).toBeNull();
    }
    const bySpeaker = (await data(STATS, { groupBy: ['SPEAKER'], first: 3 })).statementStats;
    expect(bySpeaker.buckets).toHaveLength(3);
    expect(bySpeaker.bucketCount).toBe(new Set(fixture.statements.map((s) => s.speaker)).size);
    const top = [...tally(fixture.statements, (s) => [s.speaker]).values()].sort((a, b) => b - a)[0];
    expect(bySpeaker.buckets[0].count).toBe(top);
    for (const bucket of bySpeaker.buckets) expect(bucket.distinctSpeakers).toBe(1);
  });

  it('counts exactly what the statements connection counts for the same filter (both filter compilers agree)', async () => {
    const organization = fixture.corpus.people[0]!.roles[0]!.organization;
    const filters = [
      { kind: { eq: 'DIRECT' } },
      { speakerAffiliation: { organization: { name: { eq: organization } } } },
      { not: { speakerAffiliation: { organization: { name: { eq: organization } } } } },
      { or: [{ outlet: { name: { startsWith: 'north' } } }, { statedAt: { lt: '2024-05-01T00:00:00Z' } }] },
      { speaker: { name: { contains: 'AL-' }, affiliation: { role: { in: ['chair', 'member'] } } }, article: { language: { eq: 'en' } } },
      { cue: { isNull: true } },
      { text: { contains: '50%_' } },
    ];
    for (const filter of filters) {
      const d = await data(`query ($filter: StatementFilter) { statements(filter: $filter) { totalCount } statementStats(groupBy: [], filter: $filter) { total } }`, {
        filter,
      });
      expect(d.statementStats.total, JSON.stringify(filter)).toBe(d.statements.totalCount);
    }
  });

  it('both compilers agree under `not` on rows with null speakers, cues and outlets', async () => {
    const { prisma } = await import('../../../src/persistence/client.ts');
    const article = await prisma.article.create({ data: { title: 'Unattributed', body: 'x', contentHash: 'e'.repeat(64) } });
    await prisma.statement.create({
      data: { articleId: article.id, text: 'a source said so', start: 0, end: 1, kind: 'INDIRECT', confidence: 0.5, statedAt: new Date('2024-02-02T00:00:00Z') },
    });
    const filters = [
      { not: { speaker: { name: { contains: 'a' } } } },
      { not: { outlet: { name: { eq: 'Harbour Lantern' } } } },
      { not: { cue: { eq: 'said' } } },
      { not: { speakerAffiliation: { role: { eq: 'member' } } } },
      { hasSpeaker: false },
      { article: { hasOutlet: false } },
    ];
    for (const filter of filters) {
      const d = await data(`query ($filter: StatementFilter) { statements(filter: $filter) { totalCount } statementStats(groupBy: [], filter: $filter) { total } }`, {
        filter,
      });
      expect(d.statementStats.total, JSON.stringify(filter)).toBe(d.statements.totalCount);
    }
    expect((await data(`{ statements(filter: { hasSpeaker: false }) { totalCount } }`)).statements.totalCount).toBe(1);
    await prisma.article.delete({ where: { id: article.id } });
  });

  it('weekly and yearly series, and a filter by date range', async () => {
    const filter = { statedAt: { gte: '2024-03-01T00:00:00Z', lt: '2024-04-01T00:00:00Z' } };
    const weekly = (await data(STATS, { groupBy: ['TIME'], interval: 'WEEK', filter, first: 100 })).statementStats;
    for (const bucket of weekly.buckets) expect(new Date(bucket.period).getUTCDay()).toBe(1); // ISO weeks start on Monday
    expect(weekly.total).toBe(fixture.statements.filter((s) => s.statedAt.toISOString().startsWith('2024-03')).length);
    const yearly = (await data(STATS, { groupBy: ['TIME', 'KIND'], interval: 'YEAR' })).statementStats;
    expect(yearly.buckets.map((b: any) => b.period.slice(0, 4))).toEqual(['2024', '2024', '2025', '2025']);
  });

  it('rejects inconsistent arguments with coded errors before any SQL', async () => {
    const cases = [
      { variables: { groupBy: ['TIME'] }, argument: 'interval', code: 'BAD_USER_INPUT' },
      { variables: { groupBy: ['KIND'], interval: 'DAY' }, argument: 'interval', code: 'BAD_USER_INPUT' },
      { variables: { groupBy: ['KIND', 'KIND'] }, argument: 'groupBy', code: 'BAD_USER_INPUT' },
      { variables: { groupBy: ['KIND'], first: 5000 }, argument: 'first', code: 'PAGE_SIZE_EXCEEDED' },
    ];
    for (const { variables, argument, code } of cases) {
      const result = await run(STATS, variables);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code, argument });
      expect(result.errors?.[0]?.path).toEqual(['statementStats']);
      expect(result.sql).toEqual([]);
    }
    const filter = await run(STATS, { groupBy: [], filter: { speaker: { id: { eq: 'nope' } } } });
    expect(filter.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_ID', argumentPath: ['filter', 'speaker', 'id', 'eq'] });
  });
});
