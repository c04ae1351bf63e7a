import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SqlRunner } from './database.ts';

/** prisma/migrations, Prisma's own layout: `<timestamp>_<name>/migration.sql`. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));

// Prisma's migrate engine takes this advisory lock too, so the two never run at once.
const MIGRATION_LOCK_ID = 72707369;

// The bookkeeping table exactly as `prisma migrate deploy` creates it.
const CREATE_BOOKKEEPING = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface Migration {
  name: string;
  sql: string;
  /** SHA-256 of migration.sql, as Prisma records it. */
  checksum: string;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Reads the migrations in the order Prisma applies them (by directory name). */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/**
 * Applies pending migrations, each in its own transaction, and records them in
 * `_prisma_migrations` the way `prisma migrate deploy` does, so Prisma's CLI (where its engine
 * is available) sees the same history. Returns the names of the migrations it applied.
 */
export async function migrate(sql: SqlRunner, migrations: Migration[] = readMigrations()): Promise<string[]> {
  // Lock first: even `CREATE TABLE IF NOT EXISTS` races when two processes start at once.
  await sql.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
  try {
    await sql.exec(CREATE_BOOKKEEPING);
    const rows = await sql.query<AppliedRow>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"',
    );
    const applied = new Map(rows.filter((row) => row.rolled_back_at === null).map((row) => [row.migration_name, row]));
    const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
    if (failed) {
      throw new MigrationError(
        `migration ${failed.migration_name} failed earlier and was not rolled back; fix the database, then mark it rolled back`,
      );
    }
    const known = new Set(migrations.map((migration) => migration.name));
    const unknown = [...applied.keys()].filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new MigrationError(`the database has migrations this code does not know: ${unknown.join(', ')}`);
    }
    const done: string[] = [];
    for (const migration of migrations) {
      const previous = applied.get(migration.name);
      if (previous) {
        if (previous.checksum !== migration.checksum) {
          console.warn(`warning: migration ${migration.name} was modified after it was applied`);
        }
        continue;
      }
      await applyOne(sql, migration);
      done.push(migration.name);
    }
    return done;
  } finally {
    await sql.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]);
  }
}

async function applyOne(sql: SqlRunner, migration: Migration): Promise<void> {
  const id = randomUUID();
  try {
    // One multi-statement script runs as one implicit transaction: a failing migration leaves
    // neither its changes nor its bookkeeping row behind.
    await sql.exec(`${migration.sql}\n;\nINSERT INTO "_prisma_migrations"
      ("id", "checksum", "migration_name", "started_at", "finished_at", "applied_steps_count")
      VALUES ('${id}', '${migration.checksum}', '${migration.name.replaceAll("'", "''")}', now(), now(), 1);`);
  } catch (error) {
    throw new MigrationError(`migration ${migration.name} failed: ${(error as Error).message}`);
  }
}
