import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '../../src/persistence/client.ts';
import { execute, onlyError, query, storeCorpus } from '../support/graphql.ts';
import { useTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
const globalId = (type: string, id: number | string) => Buffer.from(`${type}:${id}`).toString('base64');

beforeAll(async () => {
  db = await useTestDatabase(import.meta.url);
  await storeCorpus({ articles: 4, seed: 3 });
});
afterAll(() => db.close());

describe('global IDs and single lookups', () => {
  it('node(id) round-trips every node type', async () => {
    const data = await query(`{
      articles(first: 1) { edges { node { id outlet { id }
        statements(first: 1) { edges { node { id speaker { id affiliations { id organization { id } } } } } } } } }
    }`);
    const article = data.articles.edges[0].node;
    const statement = article.statements.edges[0].node;
    const affiliation = statement.speaker.affiliations[0] ?? (await firstAffiliation());
    const ids = {
      Article: article.id,
      Outlet: article.outlet.id,
      Statement: statement.id,
      Speaker: statement.speaker.id,
      Affiliation: affiliation.id,
      Organization: affiliation.organization.id,
    };
    for (const [type, id] of Object.entries(ids)) {
      const result = await query(`query ($id: ID!) { node(id: $id) { __typename id } }`, { id });
      expect(result.node).toEqual({ __typename: type, id });
    }
  });

  it('nodes(ids) keeps the order given and answers null for IDs that match nothing', async () => {
    const speakers = await prisma.speaker.findMany({ orderBy: { id: 'asc' }, take: 2 });
    const ids = [globalId('Speaker', speakers[1]!.id), globalId('Speaker', 999_999), globalId('Speaker', speakers[0]!.id)];
    const data = await query(`query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Speaker { name } } }`, { ids });
    expect(data.nodes).toEqual([
      { id: ids[0], name: speakers[1]!.name },
      null,
      { id: ids[2], name: speakers[0]!.name },
    ]);
  });

  it('single lookups answer null when nothing has that ID', async () => {
    const data = await query(`query ($a: ID!, $s: ID!, $p: ID!, $o: ID!) {
      article(id: $a) { id } statement(id: $s) { id } speaker(id: $p) { id } organization(id: $o) { id }
    }`, {
      a: globalId('Article', 424242),
      s: globalId('Statement', 424242),
      p: globalId('Speaker', 424242),
      o: globalId('Organization', 424242),
    });
    expect(data).toEqual({ article: null, statement: null, speaker: null, organization: null });
  });

  it('a lookup finds what the list shows', async () => {
    const list = await query(`{ statements(first: 3) { edges { node { id text speaker { name } } } } }`);
    for (const { node } of list.statements.edges) {
      const one = await query(`query ($id: ID!) { statement(id: $id) { id text speaker { name } } }`, { id: node.id });
      expect(one.statement).toEqual(node);
    }
  });

  it('an ID of another type is INVALID_ID', async () => {
    const speaker = await prisma.speaker.findFirstOrThrow();
    const error = onlyError(await execute(`query ($id: ID!) { article(id: $id) { id } }`, { id: globalId('Speaker', speaker.id) }));
    expect(error.extensions?.code).toBe('INVALID_ID');
    expect(error.path).toEqual(['article']);
  });

  it('a malformed ID is INVALID_ID', async () => {
    for (const id of ['garbage', globalId('Article', 'abc'), globalId('Article', '1.5')]) {
      const error = onlyError(await execute(`query ($id: ID!) { article(id: $id) { id } }`, { id }));
      expect(error.extensions?.code, id).toBe('INVALID_ID');
    }
    const error = onlyError(await execute(`{ node(id: "garbage") { id } }`));
    expect(error.extensions?.code).toBe('INVALID_ID');
  });

  it('an unexpected failure is masked: no internals reach the client', async () => {
    const spy = vi.spyOn(prisma.speaker, 'findMany').mockRejectedValueOnce(new Error('connection to 10.0.0.7 refused'));
    try {
      const error = onlyError(await execute(`{ speakers(first: 1) { edges { node { id } } } }`));
      expect(error.message).toBe('Unexpected error.');
      expect(error.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(error)).not.toContain('10.0.0.7');
    } finally {
      spy.mockRestore();
    }
  });
});

async function firstAffiliation() {
  const row = await prisma.affiliation.findFirstOrThrow();
  return { id: globalId('Affiliation', row.id), organization: { id: globalId('Organization', row.organizationId) } };
}
