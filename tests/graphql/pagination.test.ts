import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '../../src/persistence/client.ts';
import { execute, onlyError, query, storeCorpus } from '../support/graphql.ts';
import { useTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;

beforeAll(async () => {
  db = await useTestDatabase(import.meta.url);
  await storeCorpus({ articles: 45, seed: 5 });
});
afterAll(() => db.close());

const PAGE = `query ($first: Int, $after: String, $last: Int, $before: String) {
  articles(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { id } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

describe('connection pagination', () => {
  it('returns 20 items by default', async () => {
    const data = await query(PAGE);
    expect(data.articles.edges).toHaveLength(20);
    expect(data.articles.totalCount).toBe(45);
    expect(data.articles.pageInfo.hasNextPage).toBe(true);
  });

  it('walks every item once, forwards and backwards, with consistent pageInfo', async () => {
    const forwards: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const data: any = await query(PAGE, { first: 17, after });
      forwards.push(...data.articles.edges.map((edge: any) => edge.node.id));
      expect(data.articles.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!data.articles.pageInfo.hasNextPage) break;
      after = data.articles.pageInfo.endCursor;
    }
    expect(forwards).toHaveLength(45);
    expect(new Set(forwards).size).toBe(45);

    const backwards: string[] = [];
    let before: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const data: any = await query(PAGE, { last: 17, before });
      backwards.unshift(...data.articles.edges.map((edge: any) => edge.node.id));
      if (!data.articles.pageInfo.hasPreviousPage) break;
      before = data.articles.pageInfo.startCursor;
    }
    expect(backwards).toEqual(forwards);
  });

  it('first: 0 gives an empty page that still knows the total', async () => {
    const data = await query(PAGE, { first: 0 });
    expect(data.articles.edges).toEqual([]);
    expect(data.articles.totalCount).toBe(45);
    expect(data.articles.pageInfo.hasPreviousPage).toBe(false);
  });

  it('first: 100 is allowed, 101 is a coded error naming the argument', async () => {
    expect((await query(PAGE, { first: 100 })).articles.edges).toHaveLength(45);
    for (const args of [{ first: 101 }, { last: 101 }]) {
      const error = onlyError(await execute(PAGE, args));
      expect(error.extensions?.code).toBe('PAGE_SIZE_EXCEEDED');
      expect(error.extensions?.argument).toBe(Object.keys(args)[0]);
      expect(error.path).toEqual(['articles']);
    }
  });

  it('nested connections have the same limits', async () => {
    const error = onlyError(await execute('{ articles(first: 1) { edges { node { statements(first: 500) { edges { cursor } } } } } }'));
    expect(error.extensions?.code).toBe('PAGE_SIZE_EXCEEDED');
    expect(error.message).toContain('"first" is 500');
    // Nested pages are planned into the parent's query, so the error surfaces at the parent.
    expect(error.path).toEqual(['articles']);
  });

  it('a negative page size is a coded error', async () => {
    const error = onlyError(await execute(PAGE, { first: -1 }));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.path).toEqual(['articles']);
  });

  it('a malformed cursor is INVALID_CURSOR', async () => {
    for (const after of ['not-a-cursor', Buffer.from('GPC:S:abc').toString('base64'), Buffer.from('hello').toString('base64')]) {
      const error = onlyError(await execute(PAGE, { first: 5, after }));
      expect(error.extensions?.code).toBe('INVALID_CURSOR');
      expect(error.path).toEqual(['articles']);
    }
  });

  it('a cursor from another list is INVALID_CURSOR, not an empty page', async () => {
    const maxArticle = await prisma.article.aggregate({ _max: { id: true } });
    const statement = await prisma.statement.findFirstOrThrow({ where: { id: { gt: maxArticle._max.id! } } });
    const statements = await query(`{ statements(first: 100) { edges { cursor node { id } } } }`);
    const foreign = statements.statements.edges.find(
      (edge: any) => edge.node.id === Buffer.from(`Statement:${statement.id}`).toString('base64'),
    );
    expect(foreign).toBeDefined();
    const error = onlyError(await execute(PAGE, { first: 5, after: foreign.cursor }));
    expect(error.extensions?.code).toBe('INVALID_CURSOR');
    expect(error.message).toContain('another list');
  });

  it('before and after together are refused with a coded error', async () => {
    const data = await query(PAGE, { first: 2 });
    const { startCursor, endCursor } = data.articles.pageInfo;
    const error = onlyError(await execute(PAGE, { after: startCursor, before: endCursor }));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
