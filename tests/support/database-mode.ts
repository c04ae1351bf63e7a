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
