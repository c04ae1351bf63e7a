import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { DatabaseConfig } from '../config.ts';
import { PrismaClient } from '../generated/prisma/client.ts';

/** Plain SQL on the same database Prisma talks to: migrations, raw reads, test tooling. */
export interface SqlRunner {
  /** Runs a script of one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  /** Runs one parameterised statement and returns its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface Database {
  mode: DatabaseConfig['mode'];
  prisma: PrismaClient;
  sql: SqlRunner;
  /** Runs `work` on one dedicated connection (session-level locks, multi-statement scripts). */
  session<T>(work: (sql: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

type QueryListener = (sql: string, params: string) => void;
const queryListeners = new Set<QueryListener>();

/**
 * Calls `listener` with every SQL statement Prisma sends, until the returned function is called.
 * Tests use it to count and record the statements a GraphQL request causes. (Not with
 * NODE_ENV=production, where the client emits no query events.)
 */
export function onPrismaQuery(listener: QueryListener): () => void {
  queryListeners.add(listener);
  return () => queryListeners.delete(listener);
}

function createPrismaClient(adapter: PrismaPg | PrismaPGlite): PrismaClient {
  // Query events cost a little on every statement: on outside production (tests record SQL).
  const log = process.env.NODE_ENV === 'production' ? [] : [{ emit: 'event' as const, level: 'query' as const }];
  const prisma = new PrismaClient({ adapter, log });
  prisma.$on('query', (event) => {
    for (const listener of queryListeners) listener(event.query, event.params);
  });
  // The emitting client's type; the app only needs the plain client's API.
  return prisma as unknown as PrismaClient;
}

/** Creates the database named in `url` when the server has no such database yet. */
async function ensurePostgresDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!name) return;
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } catch (error) {
    // Another process may have created it between the check and the CREATE.
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await client.end();
  }
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  await ensurePostgresDatabase(url);
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const prisma = createPrismaClient(new PrismaPg(pool));
  const runner = (queryable: pg.Pool | pg.PoolClient): SqlRunner => ({
    exec: async (sql) => {
      await queryable.query(sql);
    },
    query: async <Row>(sql: string, params: unknown[] = []) => (await queryable.query(sql, params)).rows as Row[],
  });
  return {
    mode: 'postgres',
    prisma,
    sql: runner(pool),
    session: async (work) => {
      const client = await pool.connect();
      try {
        return await work(runner(client));
      } finally {
        client.release();
      }
    },
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

/** Opens PGlite on `dataDir` with the extensions the migrations use (pg_trgm). */
export function openPGlite(dataDir: string): Promise<PGlite> {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    const reason = (error as { code?: string }).code === 'EEXIST' ? 'it is a file, not a directory' : (error as Error).message;
    throw new Error(`cannot keep the embedded database in ${dataDir} (PGLITE_DATA_DIR): ${reason}`);
  }
  return PGlite.create(dataDir, { extensions: { pg_trgm } });
}

async function openEmbedded(dataDir: string): Promise<Database> {
  const pglite = await openPGlite(dataDir);
  const prisma = createPrismaClient(new PrismaPGlite(pglite));
  const sql: SqlRunner = {
    exec: async (script) => {
      await pglite.exec(script);
    },
    query: async <Row>(text: string, params: unknown[] = []) => (await pglite.query<Row>(text, params)).rows,
  };
  return {
    mode: 'embedded',
    prisma,
    sql,
    // PGlite is a single connection already.
    session: (work) => work(sql),
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

/** Opens the configured database: a Postgres server through a pool, or PGlite on disk. */
export function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.mode === 'postgres' ? openPostgres(config.url, config.poolSize) : openEmbedded(config.dataDir);
}
