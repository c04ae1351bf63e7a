import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../../src/persistence/client.ts';
import { execute, normalizeSql, recordSql, storeCorpus } from '../support/graphql.ts';
import { useTestDatabase, type TestDatabase } from '../support/test-database.ts';

/**
 * N+1 guard: how many SQL statements each main query sends must not grow with the page size.
 * The statements of each query shape are kept in __sql__/ so a new query shows in review.
 */
let db: TestDatabase;

beforeAll(async () => {
  db = await useTestDatabase(import.meta.url);
  await storeCorpus({ articles: 60, seed: 21, statementsPerArticle: [3, 8] });
});
afterAll(() => db.close());

const NESTED = `query ($n: Int!) {
  articles(first: $n) { edges { node { statements(first: 10) { edges { node {
    speaker { name affiliations { role organization { name } } }
    speakerAffiliations { role }
    article { title }
  } } } } } }
}`;

async function statementsFor(document: string, variables: Record<string, unknown>) {
  const { result, statements } = await recordSql(() => execute(document, variables));
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return { data: result.data, statements };
}

describe('SQL statements per request', () => {
  it('the nested article query sends the same statements for 2 and for 50 articles, at most one per relation level', async () => {
    const small = await statementsFor(NESTED, { n: 2 });
    const large = await statementsFor(NESTED, { n: 50 });
    expect(large.data.articles.edges).toHaveLength(50);
    const statementCount = large.data.articles.edges.reduce((sum: number, edge: any) => sum + edge.node.statements.edges.length, 0);
    expect(statementCount).toBeGreaterThan(150);
    expect(large.statements.length).toBe(small.statements.length);
    expect(normalizeSql(large.statements)).toBe(normalizeSql(small.statements));
    // At most one per relation level (articles, statements, speaker, speaker.affiliations,
    // organization, speakerAffiliations, statement.article); relation joins fold most of them
    // into the articles' query.
    expect(large.statements.length).toBeLessThanOrEqual(7);
    await expect(normalizeSql(large.statements)).toMatchFileSnapshot('__sql__/articles-nested.sql');
  });

  const shapes: [name: string, document: string, variables: Record<string, unknown>][] = [
    ['articles-page', '{ articles(first: 20) { totalCount edges { cursor node { id title url publishedAt outlet { name } speakers { name } } } pageInfo { hasNextPage endCursor } } }', {}],
    ['statements-page', '{ statements(first: 50) { edges { node { id text kind cue span { start end } speakerMention { text } context(chars: 40) speaker { name kind } article { title outlet { name } } } } } }', {}],
    ['speakers-page', '{ speakers(first: 50) { totalCount edges { node { name aliases statementCount affiliations { role validFrom organization { name kind } evidence { text article { title } } } statements(first: 3) { edges { node { text } } } } } } }', {}],
    ['organizations-page', '{ organizations(first: 50) { edges { node { name kind affiliations(at: "2025-01-01T00:00:00Z") { role speaker { name statementCount } } } } } }', {}],
  ];

  for (const [name, document, variables] of shapes) {
    it(`${name}: statements recorded in __sql__/${name}.sql`, async () => {
      const { statements } = await statementsFor(document, variables);
      await expect(normalizeSql(statements)).toMatchFileSnapshot(`__sql__/${name}.sql`);
    });
  }

  it('nodes(ids) loads each type in one statement, whatever the number of IDs', async () => {
    const document = 'query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Statement { text speaker { name } } ... on Article { title } } }';
    const ids = async (take: number) => {
      const statements = await prisma.statement.findMany({ take, orderBy: { id: 'asc' } });
      const articles = await prisma.article.findMany({ take, orderBy: { id: 'asc' } });
      return [
        ...statements.map((row) => Buffer.from(`Statement:${row.id}`).toString('base64')),
        ...articles.map((row) => Buffer.from(`Article:${row.id}`).toString('base64')),
      ];
    };
    const small = await statementsFor(document, { ids: await ids(2) });
    const large = await statementsFor(document, { ids: await ids(40) });
    expect(large.data.nodes.filter(Boolean)).toHaveLength(80);
    expect(large.statements.length).toBe(small.statements.length);
    await expect(normalizeSql(large.statements)).toMatchFileSnapshot('__sql__/nodes.sql');
  });

  it('a page that selects only totalCount runs one statement', async () => {
    const { data, statements } = await statementsFor('{ statements { totalCount } }', {});
    expect(data.statements.totalCount).toBe(await prisma.statement.count());
    expect(statements).toHaveLength(1);
  });
});
