import { describe, expect, it } from 'vitest';
import { chooseTestDatabaseMode } from './database-mode.ts';
import { testDatabaseName } from './test-database.ts';

// The harness every integration test stands on: database names and the choice of mode.

describe('testDatabaseName', () => {
  const file = new URL('../graphql/analyst/a-very-long-test-file-name-about-ranked-full-text-search.test.ts', import.meta.url).href;

  it('names the database after the test file, within the 63-byte identifier limit', () => {
    const name = testDatabaseName(file);
    expect(name).toMatch(/^newsgraph_test_graphql_analyst_a_very_long_[a-z0-9_]*_[0-9a-f]{8}$/);
    expect(name.length).toBeLessThanOrEqual(63);
  });

  it('gives each file, label and checkout its own database', () => {
    const other = new URL('../graphql/nodes.test.ts', import.meta.url).href;
    const clone = file.replace('/tests/', '/clone/tests/');
    const names = [testDatabaseName(file), testDatabaseName(file, 'schema'), testDatabaseName(other), testDatabaseName(clone)];
    expect(new Set(names).size).toBe(4);
    expect(testDatabaseName(file, 'schema')).toMatch(/_schema_[0-9a-f]{8}$/);
    expect(testDatabaseName(file)).toBe(testDatabaseName(file));
  });
});

describe('chooseTestDatabaseMode', () => {
  const unreachable = 'postgresql://postgres@127.0.0.1:1/postgres';

  it('TEST_DATABASE=embedded skips the probe', async () => {
    await expect(chooseTestDatabaseMode({ TEST_DATABASE: 'embedded', TEST_DATABASE_URL: unreachable })).resolves.toEqual({
      mode: 'embedded',
      message: 'TEST_DATABASE=embedded: tests run against the embedded database (PGlite)',
    });
  });

  it('falls back to the embedded database when no server answers, saying why', async () => {
    const choice = await chooseTestDatabaseMode({ TEST_DATABASE_URL: unreachable });
    expect(choice.mode).toBe('embedded');
    expect(choice.message).toMatch(/^no Postgres server reachable at 127\.0\.0\.1:1 \(.*\): tests run against the embedded database \(PGlite\)$/);
  });

  it('fails instead of falling back when Postgres is forced', async () => {
    await expect(chooseTestDatabaseMode({ TEST_DATABASE: 'postgres', TEST_DATABASE_URL: unreachable })).rejects.toThrow(
      /^TEST_DATABASE=postgres, but the Postgres server at 127\.0\.0\.1:1 is not usable/,
    );
  });

  it('rejects an unknown TEST_DATABASE', async () => {
    await expect(chooseTestDatabaseMode({ TEST_DATABASE: 'sqlite' })).rejects.toThrow('TEST_DATABASE: expected "postgres" or "embedded", got "sqlite"');
  });
});
