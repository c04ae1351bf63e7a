import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase, type TestDatabase } from '../../support/test-database.ts';
import { data, goldenSql, run, storeAnalystCorpus, walk, type AnalystFixture } from './fixture.ts';

let db: TestDatabase;
let fixture: AnalystFixture;

beforeAll(async () => {
  db = await useTestDatabase(import.meta.url);
  fixture = await storeAnalystCorpus({ articles: 90, people: 24, seed: 11 });
});
afterAll(() => db?.close());

const STATEMENTS = `query ($filter: StatementFilter, $orderBy: StatementOrder, $first: Int, $after: String) {
  statements(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    edges { node { id text kind confidence statedAt speaker { name } article { title outlet { name } } speakerAffiliations { role organization { name } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const COUNT = `query ($filter: StatementFilter) { statements(filter: $filter) { totalCount } }`;

async function count(filter: unknown): Promise<number> {
  return (await data(COUNT, { filter })).statements.totalCount;
}

describe('statement filters', () => {
  it('filters by speaker name (case-insensitive) through the relation', async () => {
    const name = fixture.statements[0]!.speaker;
    const family = name.split(' ').slice(1).join(' ');
    const expected = fixture.statements.filter((s) => s.speaker.toLowerCase().includes(family.toLowerCase())).length;
    expect(expected).toBeGreaterThan(0);
    expect(await count({ speaker: { name: { contains: family.toUpperCase() } } })).toBe(expected);
    const nodes = await walk(STATEMENTS, (d) => d.statements, { filter: { speaker: { name: { contains: family } } } }, 30);
    expect(nodes).toHaveLength(expected);
    for (const node of nodes) expect(node.speaker.name.toLowerCase()).toContain(family.toLowerCase());
  });

  it('filters by the organisation the speaker belonged to on the statement\'s date', async () => {
    // A person who changed organisation halfway, so the date decides.
    const mover = fixture.corpus.people.find(
      (person) => person.roles.length === 2 && person.roles[0]!.organization !== person.roles[1]!.organization && fixture.statements.some((s) => s.speaker === person.name),
    )!;
    const organization = mover.roles[1]!.organization;
    const expected = fixture.statements.filter((s) => fixture.rolesAt(s.speaker, s.statedAt).some((role) => role.organization === organization));
    const byMover = expected.filter((s) => s.speaker === mover.name).length;
    const moverTotal = fixture.statements.filter((s) => s.speaker === mover.name).length;
    expect(byMover).toBeLessThan(moverTotal); // the mover's earlier statements must not match

    const filter = { speakerAffiliation: { organization: { name: { eq: organization } } } };
    const result = await run(COUNT, { filter });
    expect(result.errors).toBeUndefined();
    expect(result.data.statements.totalCount).toBe(expected.length);
    // One lookup of the organisation's role periods, then one COUNT.
    expect(result.sql).toHaveLength(2);
    await expect(goldenSql(result.sql)).toMatchFileSnapshot('__sql__/statements-affiliated-at-count.sql');

    const nodes = await walk(STATEMENTS, (d) => d.statements, { filter }, 25);
    expect(nodes).toHaveLength(expected.length);
    // Statement.speakerAffiliations (the loader) agrees with the filter (the where) on every row.
    for (const node of nodes) expect(node.speakerAffiliations.map((a: any) => a.organization.name)).toContain(organization);

    // And by role at the time.
    const role = mover.roles[1]!.role;
    const withRole = fixture.statements.filter((s) =>
      fixture.rolesAt(s.speaker, s.statedAt).some((r) => r.organization === organization && r.role === role),
    ).length;
    expect(await count({ speakerAffiliation: { organization: { name: { eq: organization } }, role: { eq: role } } })).toBe(withRole);
  });

  it('combines and / or / not, kinds, ranges on dates and numbers', async () => {
    const from = new Date('2024-06-01T00:00:00Z');
    const to = new Date('2025-01-01T00:00:00Z');
    const inRange = (s: { statedAt: Date }) => s.statedAt >= from && s.statedAt < to;
    expect(await count({ kind: { eq: 'DIRECT' }, statedAt: { gte: from, lt: to } })).toBe(
      fixture.statements.filter((s) => s.kind === 'DIRECT' && inRange(s)).length,
    );
    expect(await count({ or: [{ kind: { eq: 'DIRECT' } }, { statedAt: { gte: from, lt: to } }] })).toBe(
      fixture.statements.filter((s) => s.kind === 'DIRECT' || inRange(s)).length,
    );
    expect(await count({ not: { kind: { in: ['DIRECT'] } }, confidence: { lt: 0.92 } })).toBe(
      fixture.statements.filter((s) => s.kind !== 'DIRECT' && s.confidence < 0.92).length,
    );
    expect(await count({ and: [{ outlet: { name: { eq: 'Harbour Lantern' } } }, { article: { publishedAt: { gte: from } } }] })).toBe(
      fixture.statements.filter((s) => s.outlet === 'Harbour Lantern' && s.statedAt >= from).length,
    );
    expect(await count({ cue: { eq: 'warned' } })).toBe(
      fixture.corpus.articles.flatMap((a) => a.extracted.statements).filter((s) => s.cue?.text === 'warned').length,
    );
    expect(await count({ hasSpeaker: false })).toBe(0);
    expect(await count({ cue: { isNull: false } })).toBe(fixture.statements.length);
  });

  it('filters by speaker ID, and nested connections take the same filter', async () => {
    const speakers = await data(`{ speakers(first: 3, orderBy: { field: STATEMENT_COUNT, direction: DESC }) { edges { node { id name statementCount
      statements(first: 100, filter: { kind: { eq: DIRECT } }) { totalCount edges { node { kind } } } } } } }`);
    for (const { node } of speakers.speakers.edges) {
      const direct = fixture.statements.filter((s) => s.speaker === node.name && s.kind === 'DIRECT').length;
      expect(node.statements.totalCount).toBe(direct);
      expect(node.statements.edges.every((edge: any) => edge.node.kind === 'DIRECT')).toBe(true);
      expect(await count({ speaker: { id: { eq: node.id } } })).toBe(node.statementCount);
    }
    const ids = speakers.speakers.edges.map((edge: any) => edge.node.id);
    expect(await count({ speaker: { id: { in: ids } } })).toBe(
      speakers.speakers.edges.reduce((sum: number, edge: any) => sum + edge.node.statementCount, 0),
    );
  });

  it('plans a nested filtered connection into the parent query (no N+1)', async () => {
    const document = `{ articles(first: 10) { edges { node { title statements(first: 5, filter: { kind: { eq: INDIRECT } }) { totalCount edges { node { text speaker { name } } } } } } } }`;
    const result = await run(document);
    expect(result.errors).toBeUndefined();
    expect(result.data.articles.edges).toHaveLength(10);
    // With relation joins, Prisma folds the statements and their speakers into the articles'
    // query: one statement for any page size, never one per article.
    expect(result.sql).toHaveLength(1);
    await expect(goldenSql(result.sql, 2)).toMatchFileSnapshot('__sql__/articles-nested-statement-filter.sql');
  });
});

describe('totalCount', () => {
  it('selecting only totalCount runs one COUNT and no page query', async () => {
    const result = await run(COUNT, { filter: { kind: { eq: 'DIRECT' }, speaker: { name: { startsWith: 'a' } } } });
    expect(result.errors).toBeUndefined();
    expect(result.sql).toHaveLength(1);
    expect(result.sql[0]).toMatch(/COUNT/i);
    await expect(goldenSql(result.sql)).toMatchFileSnapshot('__sql__/statements-total-count-only.sql');
  });

  it('counts what the filter selects on every root connection', async () => {
    const d = await data(`{
      articles(filter: { outlet: { name: { eq: "Valdmark Daily" } }, language: { eq: "en" } }) { totalCount }
      speakers(filter: { name: { contains: "al-" } }) { totalCount }
      organizations(filter: { kind: { in: [PARTY, COURT] } }) { totalCount edges { node { kind } } }
      outlets(filter: { name: { startsWith: "north" } }) { totalCount }
    }`);
    expect(d.articles.totalCount).toBe(fixture.corpus.articles.filter((a) => a.extracted.outlet === 'Valdmark Daily').length);
    const speakerNames = new Set(fixture.statements.map((s) => s.speaker));
    expect(d.speakers.totalCount).toBe([...speakerNames].filter((name) => name.toLowerCase().includes('al-')).length);
    expect(d.organizations.totalCount).toBeGreaterThan(0);
    expect(d.organizations.edges).toHaveLength(d.organizations.totalCount);
    for (const edge of d.organizations.edges) expect(['PARTY', 'COURT']).toContain(edge.node.kind);
    expect(d.outlets.totalCount).toBe(1);
  });
});

describe('speaker, article, organisation and outlet filters', () => {
  it('finds speakers by organisation and role, now and on a date', async () => {
    const person = fixture.corpus.people.find((p) => p.roles.length === 2 && fixture.statements.some((s) => s.speaker === p.name))!;
    const [first, second] = person.roles as [(typeof person.roles)[0], (typeof person.roles)[0]];
    const before = new Date(second.validFrom!.getTime() - 86_400_000);
    const quoted = new Set(fixture.statements.map((s) => s.speaker));
    const holders = (organization: string, role: string, at?: Date) =>
      fixture.corpus.people
        .filter((p) => quoted.has(p.name))
        .filter((p) => (at ? fixture.rolesAt(p.name, at) : p.roles).some((r) => r.organization === organization && r.role === role))
        .map((p) => p.name)
        .sort();
    const SPEAKERS = `query ($filter: SpeakerFilter) { speakers(filter: $filter, first: 100) { totalCount edges { node { name } } } }`;
    const names = async (filter: unknown) =>
      (await data(SPEAKERS, { filter })).speakers.edges.map((e: any) => e.node.name).sort();
    expect(await names({ affiliation: { organization: { name: { eq: first.organization } }, role: { eq: first.role } } })).toEqual(
      holders(first.organization, first.role),
    );
    expect(
      await names({ affiliation: { organization: { name: { eq: first.organization } }, role: { eq: first.role }, validAt: before } }),
    ).toEqual(holders(first.organization, first.role, before));
    expect(await names({ affiliation: { organization: { name: { eq: second.organization } }, validAt: second.validFrom } })).toContain(
      person.name,
    );
  });

  it('finds articles by outlet, date and language', async () => {
    const from = new Date('2025-03-01T00:00:00Z');
    const d = await data(`query ($from: DateTime) { articles(first: 100, filter: { outlet: { name: { in: ["Corvale Tribune", "Eastmere Gazette"] } }, publishedAt: { gte: $from }, language: { eq: "en" } }) { totalCount edges { node { publishedAt outlet { name } } } } }`, { from });
    const expected = fixture.corpus.articles.filter(
      (a) => ['Corvale Tribune', 'Eastmere Gazette'].includes(a.extracted.outlet!) && a.extracted.publishedAt! >= from,
    ).length;
    expect(d.articles.totalCount).toBe(expected);
    expect(d.articles.edges).toHaveLength(expected);
    expect(await data(`{ articles(filter: { language: { eq: "fr" } }) { totalCount } }`)).toEqual({ articles: { totalCount: 0 } });
  });
});

describe('ordering with cursor pagination across pages', () => {
  it('statements by confidence then ID, ascending, every row once', async () => {
    const nodes = await walk(STATEMENTS, (d) => d.statements, { orderBy: { field: 'CONFIDENCE', direction: 'ASC' } }, 17);
    expect(nodes).toHaveLength(fixture.statements.length);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    const confidences = nodes.map((n) => n.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
  });

  it('statements by date, newest first by default, across pages', async () => {
    const nodes = await walk(STATEMENTS, (d) => d.statements, {}, 23);
    expect(nodes).toHaveLength(fixture.statements.length);
    const times = nodes.map((n) => Date.parse(n.statedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('speakers by statement count, most quoted first, across pages', async () => {
    const document = `query ($first: Int, $after: String) { speakers(first: $first, after: $after, orderBy: { field: STATEMENT_COUNT, direction: DESC }) { edges { node { id name statementCount } } pageInfo { hasNextPage endCursor } } }`;
    const nodes = await walk(document, (d) => d.speakers, {}, 5);
    const quoted = new Set(fixture.statements.map((s) => s.speaker));
    expect(nodes).toHaveLength(quoted.size);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    const counts = nodes.map((n) => n.statementCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('articles by publication date, oldest first, across pages', async () => {
    const document = `query ($first: Int, $after: String) { articles(first: $first, after: $after, orderBy: { field: PUBLISHED_AT, direction: ASC }) { edges { node { id publishedAt } } pageInfo { hasNextPage endCursor } } }`;
    const nodes = await walk(document, (d) => d.articles, {}, 8);
    expect(nodes).toHaveLength(fixture.corpus.articles.length);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    const times = nodes.map((n) => Date.parse(n.publishedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('articles by publication date with undated articles last, across pages both ways', async () => {
    const { prisma } = await import('../../../src/persistence/client.ts');
    for (const n of [1, 2, 3]) {
      await prisma.article.create({ data: { title: `Undated ${n}`, body: 'x', contentHash: `${n}`.padStart(64, 'f') } });
    }
    const document = `query ($first: Int, $after: String) { articles(first: $first, after: $after, orderBy: { field: PUBLISHED_AT, direction: DESC }) { edges { node { id publishedAt } } pageInfo { hasNextPage endCursor } } }`;
    const nodes = await walk(document, (d) => d.articles, {}, 7);
    expect(nodes).toHaveLength(fixture.corpus.articles.length + 3);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    expect(nodes.slice(-3).map((n) => n.publishedAt)).toEqual([null, null, null]);
    const dated = nodes.slice(0, -3).map((n) => Date.parse(n.publishedAt));
    expect(dated).toEqual([...dated].sort((a, b) => b - a));

    const backwards: string[] = [];
    let before: string | null = null;
    for (let page = 0; page < 100; page += 1) {
      const d: any = await data(
        `query ($last: Int, $before: String) { articles(last: $last, before: $before, orderBy: { field: PUBLISHED_AT, direction: DESC }) { edges { node { id } } pageInfo { hasPreviousPage startCursor } } }`,
        { last: 9, before },
      );
      backwards.unshift(...d.articles.edges.map((e: any) => e.node.id));
      if (!d.articles.pageInfo.hasPreviousPage) break;
      before = d.articles.pageInfo.startCursor;
    }
    expect(backwards).toEqual(nodes.map((n) => n.id));
    await prisma.article.deleteMany({ where: { title: { startsWith: 'Undated' } } });
  });

  it('statements by confidence, backwards with last/before, match the forward order', async () => {
    const forwards = (await walk(STATEMENTS, (d) => d.statements, { orderBy: { field: 'CONFIDENCE', direction: 'DESC' } }, 40)).map((n) => n.id);
    const backwards: string[] = [];
    let before: string | null = null;
    for (let page = 0; page < 100; page += 1) {
      const d: any = await data(
        `query ($last: Int, $before: String) { statements(last: $last, before: $before, orderBy: { field: CONFIDENCE, direction: DESC }) { edges { node { id } } pageInfo { hasPreviousPage startCursor } } }`,
        { last: 33, before },
      );
      backwards.unshift(...d.statements.edges.map((e: any) => e.node.id));
      if (!d.statements.pageInfo.hasPreviousPage) break;
      before = d.statements.pageInfo.startCursor;
    }
    expect(backwards).toEqual(forwards);
  });

  it('outlets by article count and organisations by affiliation count', async () => {
    const d = await data(`{ outlets(orderBy: { field: ARTICLE_COUNT, direction: DESC }, first: 2) { edges { node { name articles { totalCount } } } }
      organizations(orderBy: { field: AFFILIATION_COUNT, direction: DESC }) { edges { node { name affiliations { id } } } } }`);
    const articleCounts = d.outlets.edges.map((e: any) => e.node.articles.totalCount);
    expect(articleCounts[0]).toBeGreaterThanOrEqual(articleCounts[1]);
    const affiliationCounts = d.organizations.edges.map((e: any) => e.node.affiliations.length);
    expect(affiliationCounts).toEqual([...affiliationCounts].sort((a: number, b: number) => b - a));
  });
});

describe('bad filter values', () => {
  it('a global ID of another type is INVALID_ID with the argument path', async () => {
    const article = (await data(`{ articles(first: 1) { edges { node { id } } } }`)).articles.edges[0].node.id;
    const result = await run(COUNT, { filter: { speaker: { id: { in: [article] } } } });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'INVALID_ID', argumentPath: ['filter', 'speaker', 'id', 'in', 0] });
    expect(result.errors![0]!.path).toEqual(['statements', 'totalCount']);
  });

  it('an empty date range is BAD_USER_INPUT naming the range', async () => {
    const result = await run(COUNT, { filter: { or: [{ kind: { eq: 'DIRECT' } }, { statedAt: { gte: '2025-01-02T00:00:00Z', lt: '2025-01-01T00:00:00Z' } }] } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: ['filter', 'or', 1, 'statedAt'] });
  });

  it('an empty text match, an oversized list and a too-deep filter are BAD_USER_INPUT', async () => {
    const empty = await run(`{ speakers(filter: { name: { contains: "" } }) { edges { node { id } } } }`);
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: ['filter', 'name', 'contains'] });
    expect(empty.errors?.[0]?.path).toEqual(['speakers']);

    const big = await run(COUNT, { filter: { cue: { in: Array.from({ length: 1001 }, (_, i) => `cue${i}`) } } });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: ['filter', 'cue', 'in'] });

    let deep: Record<string, unknown> = { kind: { eq: 'DIRECT' } };
    for (let i = 0; i < 10; i += 1) deep = { not: deep };
    const nested = await run(COUNT, { filter: deep });
    expect(nested.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(nested.errors?.[0]?.extensions?.argumentPath.slice(0, 3)).toEqual(['filter', 'not', 'not']);
  });

  it('a value of the wrong type is rejected by GraphQL before any SQL runs', async () => {
    const result = await run(COUNT, { filter: { kind: { eq: 'SHOUTED' } } });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('SHOUTED');
    expect(result.data ?? null).toBeNull();
    expect(result.sql).toEqual([]);
  });
});
