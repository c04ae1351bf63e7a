import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { inject } from 'vitest';
import type { DatabaseConfig } from '../../src/config.ts';
import { connectDatabase, disconnectDatabase } from '../../src/persistence/client.ts';
import type { Database, SqlRunner } from '../../src/persistence/database.ts';
import {
  chooseTestDatabaseMode,
  newRunId,
  TEST_DATA_DIR_PREFIX,
  TEST_DATABASE_PREFIX,
  testServerUrl,
  type TestDatabaseMode,
} from './database-mode.ts';

export type { TestDatabaseMode } from './database-mode.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Chosen once by tests/support/global-setup.ts for the whole run. */
    testDatabaseMode: TestDatabaseMode;
    /** Embedded mode: an initialised PGlite data directory that new test databases copy. */
    embeddedTemplateDir: string | undefined;
    /** Goes into every database and data directory name of this run. */
    testRunId: string;
  }
}

const TESTS_DIR = fileURLToPath(new URL('..', import.meta.url));

let chosenMode: Promise<TestDatabaseMode> | undefined;

/**
 * The database the suite runs against, chosen once per run by the global setup
 * (tests/support/global-setup.ts): `TEST_DATABASE=postgres|embedded` forces it; otherwise
 * Postgres when 127.0.0.1:5432 (or `TEST_DATABASE_URL`'s server) answers within ~1 s, else
 * embedded. Outside that setup (a file run with another config) it probes by itself.
 */
export function testDatabaseMode(): Promise<TestDatabaseMode> {
  chosenMode ??= (async () => {
    const provided = inject('testDatabaseMode') as TestDatabaseMode | undefined;
    return provided ?? (await chooseTestDatabaseMode()).mode;
  })();
  return chosenMode;
}

/** A fresh, empty database (no tables, no migrations) and the way to delete it. */
export interface EmptyTestDatabase {
  config: DatabaseConfig;
  mode: TestDatabaseMode;
  /** Deletes the database (Postgres) or its data directory (embedded). Keeps it when KEEP_TEST_DATABASES=1. */
  drop(): Promise<void>;
}

/** The migrated database a test file works on, connected as the process's Prisma singleton. */
export interface TestDatabase {
  database: Database;
  config: DatabaseConfig;
  mode: TestDatabaseMode;
  /** Disconnects the singleton and drops the database; call it in `afterAll`. */
  close(): Promise<void>;
}

/** `tests/graphql/article-queries.test.ts` → `graphql_article_queries`. */
function slugOf(testFile: string): string {
  return relative(TESTS_DIR, testFile)
    .replace(/\.test\.[cm]?[jt]s$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

let fallbackRunId: string | undefined;

/** This run's id, from the global setup (or made up for a file run without it). */
function runId(): string {
  const provided = inject('testRunId') as string | undefined;
  return provided ?? (fallbackRunId ??= newRunId());
}

/**
 * `newsgraph_test_<run>_<slug>[_<label>]_<hash>`: readable in `\l`, unique per run (runs
 * sharing a server never drop each other's databases), per test file and label, and within
 * Postgres' 63-byte identifier limit (the hash keeps truncated slugs apart).
 */
export function testDatabaseName(testFileUrl: string, label = '', run: string = runId()): string {
  const file = fileURLToPath(testFileUrl);
  const hash = createHash('sha256').update(`${file}\0${label}`).digest('hex').slice(0, 6);
  const suffix = `${label ? `_${label.toLowerCase().replace(/[^a-z0-9]+/g, '_')}` : ''}_${hash}`;
  return `${TEST_DATABASE_PREFIX}${run}_${slugOf(file)}`.slice(0, 63 - suffix.length) + suffix;
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testServerUrl().toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const keep = () => process.env.KEEP_TEST_DATABASES === '1';

/**
 * Drops a test database once the connections closed by the test have left the server.
 * `pool.end()` resolves before the server has seen its connections go; FORCE-terminating them
 * then makes the server send a FATAL to a client whose pool has no 'error' listener any more,
 * which crashes the test worker. FORCE stays as the fallback for connections a test leaked.
 */
async function dropWhenIdle(client: pg.Client, name: string): Promise<void> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
    if (rows[0]?.n === 0) break;
    await new Promise((done) => setTimeout(done, 50));
  }
  await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
}

/**
 * A new empty database for `testFileUrl` (pass `import.meta.url`), not migrated and not
 * connected: for tests of the migration runner and the drift guard, which need databases
 * other than the singleton's. `label` tells several databases of one file apart.
 * Postgres: a database of its own (Prisma's SQL names the "public" schema, so isolation is
 * per database). Embedded: a new temp data directory
 * (a copy of the global setup's initialised template).
 */
export async function createEmptyDatabase(testFileUrl: string, label = ''): Promise<EmptyTestDatabase> {
  const mode = await testDatabaseMode();
  if (mode === 'embedded') {
    const dataDir = mkdtempSync(join(tmpdir(), `${TEST_DATA_DIR_PREFIX}${runId()}-${slugOf(fileURLToPath(testFileUrl))}-`));
    // Without the global setup's template, PGlite initialises the empty directory itself (slower).
    const template = inject('embeddedTemplateDir') as string | undefined;
    if (template) cpSync(template, dataDir, { recursive: true });
    return {
      mode,
      config: { mode: 'embedded', dataDir },
      drop: async () => {
        if (!keep()) rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = testDatabaseName(testFileUrl, label);
  await onServer(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
  });
  const url = testServerUrl();
  url.pathname = `/${encodeURIComponent(name)}`;
  return {
    mode,
    config: { mode: 'postgres', url: url.toString(), poolSize: 4 },
    drop: async () => {
      if (!keep()) await onServer((client) => dropWhenIdle(client, name));
    },
  };
}

/**
 * A fresh, empty, migrated database for ONE test file (pass `import.meta.url`), connected as
 * the process's Prisma singleton through `connectDatabase()`, exactly as the gateway connects.
 *
 * ```ts
 * let db: TestDatabase;
 * beforeAll(async () => { db = await useTestDatabase(import.meta.url); });
 * afterAll(() => db.close());
 * ```
 */
export async function useTestDatabase(testFileUrl: string): Promise<TestDatabase> {
  const empty = await createEmptyDatabase(testFileUrl);
  let database: Database;
  try {
    database = await connectDatabase(empty.config);
  } catch (error) {
    await empty.drop();
    throw error;
  }
  return {
    database,
    config: empty.config,
    mode: empty.mode,
    close: async () => {
      await disconnectDatabase();
      await empty.drop();
    },
  };
}

/** Drops everything in the "public" schema (tables, enums, the migrations table): an empty database again. */
export async function resetDatabase(sql: SqlRunner): Promise<void> {
  await sql.exec('DROP SCHEMA IF EXISTS "public" CASCADE; CREATE SCHEMA "public";');
}
