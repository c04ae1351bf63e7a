import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, GRAPHIQL_DEFAULT_QUERY } from '../../src/graphql/yoga.ts';
import { useTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await useTestDatabase(import.meta.url);
});
afterAll(() => db.close());

describe('HTTP surface', () => {
  it('serves GraphiQL at /graphql, opening with the seed-data query', async () => {
    const response = await createGateway().fetch('http://gateway.test/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('GraphiQL');
    expect(html).toContain(JSON.stringify(GRAPHIQL_DEFAULT_QUERY).slice(1, 40));
  });

  it('answers GET /health with the database mode', async () => {
    const response = await createGateway().fetch('http://gateway.test/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: db.mode === 'postgres' ? 'postgres' : 'embedded' });
  });

  it('answers a malformed document with a GraphQL syntax error, not a crash', async () => {
    const response = await createGateway().fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ articles(first: ) ' }),
    });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors[0].message).toMatch(/Syntax Error/);
  });
});
