import { readFileSync } from 'node:fs';
import { parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../src/persistence/seed.ts';
import { execute, storeCorpus } from '../support/graphql.ts';
import { useTestDatabase, type TestDatabase } from '../support/test-database.ts';

/** The README's GraphQL examples are part of the product: each one must run without errors. */
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
const operations = blocks.flatMap((block) =>
  parse(block).definitions.map((definition) => {
    const operation = definition as OperationDefinitionNode;
    return { name: operation.name?.value, source: block };
  }),
);

let db: TestDatabase;
beforeAll(async () => {
  db = await useTestDatabase(import.meta.url);
  await seed();
  await storeCorpus({ articles: 80, seed: 4 });
});
afterAll(() => db.close());

describe('README examples', () => {
  it('has examples, each operation named (so a reader can run one from a block of several)', () => {
    expect(operations.length).toBeGreaterThanOrEqual(6);
    expect(operations.filter((operation) => !operation.name)).toEqual([]);
  });

  for (const { name, source } of operations) {
    it(`runs ${name}`, async () => {
      // Each block may hold several operations: send the block, pick the operation by name.
      const variables = /\$name/.test(source) ? { name: 'Idris al-Farsany' } : {};
      const result = await execute(source, variables, undefined, name);
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      expect(result.data).toBeTruthy();
    });
  }
});
