import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** Where the integration tests keep their databases: a Postgres server, or embedded PGlite. */
export type TestDatabaseMode = 'postgres' | 'embedded';

/** How long the probe waits for a Postgres server before the suite falls back to PGlite. */
const PROBE_TIMEOUT_MS = 1000;

/**
 * The server the tests create their databases on, as a URL to its maintenance database:
 * `TEST_DATABASE_URL`, else the local trust-auth server that CI and the dev machines run.
 */
export function testServerUrl(env: NodeJS.ProcessEnv = process.env): URL {
  return new URL(env.TEST_DATABASE_URL?.trim() || 'postgresql://postgres@127.0.0.1:5432/postgres');
}

/** `host:port` of the test server, for messages (never the password). */
export function describeServer(url: URL = testServerUrl()): string {
  return `${url.hostname}:${url.port || '5432'}`;
}

export interface ModeChoice {
  mode: TestDatabaseMode;
  /** One line for the suite's log saying which database the tests use and why. */
  message: string;
}

/** Connects and runs `SELECT 1`; resolves with the failure, or undefined when the server answered. */
async function probe(url: URL): Promise<Error | undefined> {
  const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: PROBE_TIMEOUT_MS });
  // An error event after a failed connect must not crash the process.
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return error as Error;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Chooses the test database once per run: `TEST_DATABASE=postgres|embedded` forces a mode (and a
 * forced Postgres that cannot be reached is an error, not a silent fallback); otherwise Postgres
 * when the server answers within about a second, else the embedded database.
 */
export async function chooseTestDatabaseMode(env: NodeJS.ProcessEnv = process.env): Promise<ModeChoice> {
  const forced = env.TEST_DATABASE?.trim().toLowerCase();
  const url = testServerUrl(env);
  const server = describeServer(url);
  if (forced && forced !== 'postgres' && forced !== 'embedded') {
    throw new Error(`TEST_DATABASE: expected "postgres" or "embedded", got "${env.TEST_DATABASE}"`);
  }
  if (forced === 'embedded') {
    return { mode: 'embedded', message: 'TEST_DATABASE=embedded: tests run against the embedded database (PGlite)' };
  }
  const failure = await probe(url);
  if (!failure) return { mode: 'postgres', message: `tests run against Postgres at ${server}` };
  if (forced === 'postgres') {
    throw new Error(`TEST_DATABASE=postgres, but the Postgres server at ${server} is not usable: ${failure.message}`);
  }
  return {
    mode: 'embedded',
    message: `no Postgres server reachable at ${server} (${failure.message}): tests run against the embedded database (PGlite)`,
  };
}

// Test databases and data directories carry the id of the run that made them, so several runs
// (engineers sharing one checkout and one server, a CI clone beside them) never drop each
// other's databases, and what a crashed run left behind can be told apart and removed.

/** Every test database's name starts with this. */
export const TEST_DATABASE_PREFIX = 'newsgraph_test_';
/** Every embedded test data directory (under the OS temp dir) starts with this. */
export const TEST_DATA_DIR_PREFIX = 'newsgraph-test-';

/** A run lasting longer than this is dead: what it left is removed by the next run. */
const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

/** Nine characters: when the run started (base-36 seconds, 6 characters until 2059) and a random tail. */
export function newRunId(now: number = Date.now()): string {
  return Math.floor(now / 1000).toString(36).padStart(6, '0') + randomBytes(4).readUInt32BE(0).toString(36).slice(-3).padStart(3, '0');
}

/** The run id at the start of a test database or data directory name, if it has one. */
function runIdOf(name: string): string | undefined {
  const rest = name.startsWith(TEST_DATABASE_PREFIX)
    ? name.slice(TEST_DATABASE_PREFIX.length)
    : name.startsWith(TEST_DATA_DIR_PREFIX)
      ? name.slice(TEST_DATA_DIR_PREFIX.length)
      : undefined;
  return rest?.match(/^([0-9a-z]{9})[_-]/)?.[1];
}

function isStale(name: string, now: number): boolean {
  const runId = runIdOf(name);
  // Names from before run ids: stale, but only dropped when nobody is connected (below).
  if (!runId) return true;
  return parseInt(runId.slice(0, 6), 36) * 1000 < now - STALE_AFTER_MS;
}

/**
 * Removes test databases and data directories: those of `runId` (at the end of that run), and
 * those of runs dead for hours. A database still in use is left alone unless it is the
 * finishing run's own.
 */
export async function removeTestDatabases(options: { mode: TestDatabaseMode; runId: string; now?: number }): Promise<void> {
  const now = options.now ?? Date.now();
  for (const entry of readdirSync(tmpdir())) {
    if (!entry.startsWith(TEST_DATA_DIR_PREFIX)) continue;
    const path = join(tmpdir(), entry);
    // A directory has no "in use" check: one without a run id goes only once it is old.
    const stale = runIdOf(entry) ? isStale(entry, now) : statSync(path).mtimeMs < now - STALE_AFTER_MS;
    if (runIdOf(entry) === options.runId || stale) rmSync(path, { recursive: true, force: true });
  }
  if (options.mode !== 'postgres') return;
  const client = new pg.Client({ connectionString: testServerUrl().toString() });
  client.on('error', () => {});
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT datname AS name FROM pg_database WHERE starts_with(datname, $1)`,
      [TEST_DATABASE_PREFIX],
    );
    for (const { name } of rows) {
      const own = runIdOf(name) === options.runId;
      if (!own && !isStale(name, now)) continue;
      const quoted = `"${name.replaceAll('"', '""')}"`;
      // Without FORCE, DROP fails on a database someone is connected to: that one stays.
      await client.query(`DROP DATABASE IF EXISTS ${quoted}${own ? ' WITH (FORCE)' : ''}`).catch(() => {});
    }
  } finally {
    await client.end();
  }
}
