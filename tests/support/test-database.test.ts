import { describe, expect, inject, it } from 'vitest';
import { chooseTestDatabaseMode, newRunId } from './database-mode.ts';
import { testDatabaseName } from './test-database.ts';

// The harness every integration test stands on: database names and the choice of mode.

describe('testDatabaseName', () => {
  const file = new URL('../graphql/analyst/a-very-long-test-file-name-about-ranked-full-text-search.test.ts', import.meta.url).href;

  const run = 'tm0abc123';

  it('names the database after the run and the test file, within the 63-byte identifier limit', () => {
    const name = testDatabaseName(file, '', run);
    expect(name).toMatch(/^newsgraph_test_tm0abc123_graphql_analyst_a_very_long_[a-z0-9_]*_[0-9a-f]{6}$/);
    expect(name.length).toBeLessThanOrEqual(63);
  });

  it('gives each run, file and label its own database', () => {
    const other = new URL('../graphql/nodes.test.ts', import.meta.url).href;
    const names = [
      testDatabaseName(file, '', run),
      testDatabaseName(file, 'schema', run),
      testDatabaseName(other, '', run),
      testDatabaseName(file, '', 'tm0abc124'),
    ];
    expect(new Set(names).size).toBe(4);
    expect(names[1]).toMatch(/_schema_[0-9a-f]{6}$/);
    expect(testDatabaseName(file, '', run)).toBe(names[0]);
  });

  it('puts the run id of the global setup into names by default', () => {
    expect(testDatabaseName(file)).toMatch(new RegExp(`^newsgraph_test_${inject('testRunId')}_`));
  });
});

describe('newRunId', () => {
  it('is nine base-36 characters that start with the start time', () => {
    const at = Date.UTC(2026, 10, 28, 1, 0, 0);
    const id = newRunId(at);
    expect(id).toMatch(/^[0-9a-z]{9}$/);
    expect(parseInt(id.slice(0, 6), 36) * 1000).toBe(at);
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
