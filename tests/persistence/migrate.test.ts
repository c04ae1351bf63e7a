import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Database } from '../../src/persistence/database.ts';
import { MIGRATIONS_DIR, MigrationError, migrate, readMigrations, type Migration } from '../../src/persistence/migrate.ts';
import { compareCatalogs, formatDifferences, snapshotCatalog } from '../support/schema-catalog.ts';
import { migrationList, NO_FILTERS, startSchemaEngine } from '../support/schema-engine.ts';
import { createEmptyDatabase, resetDatabase, testDatabaseMode, useTestDatabase, type TestDatabase } from '../support/test-database.ts';

// The project's migration runner (src/persistence/migrate.ts) stands in for `prisma migrate
// deploy` wherever Prisma's native engine cannot be downloaded. These tests hold it to the
// same behaviour and the same bookkeeping, checked against Prisma's own engine (its WASM build).

const mode = await testDatabaseMode();

/** The migration directories on disk, read independently of the runner. */
const onDisk = readdirSync(MIGRATIONS_DIR)
  .filter((name) => statSync(join(MIGRATIONS_DIR, name)).isDirectory())
  .sort()
  .map((name) => {
    const sql = readFileSync(join(MIGRATIONS_DIR, name, 'migration.sql'), 'utf8');
    return { name, checksum: createHash('sha256').update(sql).digest('hex') };
  });
const names = onDisk.map((migration) => migration.name);

/** A migration that is not on disk; its name sorts after every real one. */
function fake(name: string, sql: string): Migration {
  return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
}

interface BookkeepingRow {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
}

let db: TestDatabase;
let database: Database;

/** The runner as the gateway calls it: on one dedicated connection (its advisory lock is per session). */
const run = (migrations?: Migration[]) => database.session((sql) => migrate(sql, migrations));
const bookkeeping = () =>
  database.sql.query<BookkeepingRow>('SELECT * FROM "_prisma_migrations" ORDER BY started_at, migration_name');
const tableExists = async (table: string) =>
  (await database.sql.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = $1`, [table])).length === 1;

/** The bookkeeping table's shape, as information_schema describes it. */
const bookkeepingShape = (target: Database) =>
  target.sql.query(
    `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
       FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = '_prisma_migrations'
      ORDER BY ordinal_position`,
  );

beforeAll(async () => {
  db = await useTestDatabase(import.meta.url);
  database = db.database;
});

afterAll(async () => {
  await db?.close();
});

describe('prisma/migrations', () => {
  it("holds only migrations in Prisma's layout, so none is skipped silently", () => {
    const entries = readdirSync(MIGRATIONS_DIR).filter((name) => name !== 'migration_lock.toml');
    for (const name of entries) {
      expect(name, 'a migration directory is <14-digit timestamp>_<snake_case name>').toMatch(/^\d{14}_[a-z0-9_]+$/);
      expect(readdirSync(join(MIGRATIONS_DIR, name)), `${name} holds exactly migration.sql`).toEqual(['migration.sql']);
    }
    expect(entries).toEqual(names);
  });
});

describe('a database from useTestDatabase()', () => {
  it('is migrated by connectDatabase() before the test sees it', async () => {
    expect((await bookkeeping()).map((row) => row.migration_name)).toEqual(names);
  });
});

describe('migrate()', () => {
  beforeEach(async () => {
    await resetDatabase(database.sql);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('applies every migration in prisma/migrations to a fresh database, in directory order', async () => {
    expect(names.length).toBeGreaterThan(0);
    expect(readMigrations().map((migration) => migration.name)).toEqual(names);
    expect(await run()).toEqual(names);
    expect(await tableExists('Statement')).toBe(true);
  });

  it('records each one in _prisma_migrations as `prisma migrate deploy` does', async () => {
    await run();
    const rows = await bookkeeping();
    expect(rows.map((row) => row.migration_name)).toEqual(names);
    for (const [index, row] of rows.entries()) {
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      // sha256 (hex) of migration.sql exactly as it is on disk.
      expect(row.checksum).toBe(onDisk[index]?.checksum);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.applied_steps_count).toBe(1);
      expect(row.logs).toBeNull();
      expect(row.rolled_back_at).toBeNull();
    }
  });

  it("creates the bookkeeping table with Prisma's column definitions", async () => {
    await run();
    expect(await bookkeepingShape(database)).toEqual([
      { column_name: 'id', data_type: 'character varying', character_maximum_length: 36, is_nullable: 'NO', column_default: null },
      { column_name: 'checksum', data_type: 'character varying', character_maximum_length: 64, is_nullable: 'NO', column_default: null },
      { column_name: 'finished_at', data_type: 'timestamp with time zone', character_maximum_length: null, is_nullable: 'YES', column_default: null },
      { column_name: 'migration_name', data_type: 'character varying', character_maximum_length: 255, is_nullable: 'NO', column_default: null },
      { column_name: 'logs', data_type: 'text', character_maximum_length: null, is_nullable: 'YES', column_default: null },
      { column_name: 'rolled_back_at', data_type: 'timestamp with time zone', character_maximum_length: null, is_nullable: 'YES', column_default: null },
      { column_name: 'started_at', data_type: 'timestamp with time zone', character_maximum_length: null, is_nullable: 'NO', column_default: 'now()' },
      { column_name: 'applied_steps_count', data_type: 'integer', character_maximum_length: null, is_nullable: 'NO', column_default: '0' },
    ]);
  });

  it('applies nothing the second time and leaves the records alone', async () => {
    await run();
    const before = await bookkeeping();
    expect(await run()).toEqual([]);
    expect(await bookkeeping()).toEqual(before);
  });

  it('applies only the migrations added since the last run', async () => {
    await run();
    const added = fake('29990101000000_add_probe', 'CREATE TABLE "Probe" ("id" INTEGER PRIMARY KEY);');
    expect(await run([...readMigrations(), added])).toEqual([added.name]);
    expect(await tableExists('Probe')).toBe(true);
    expect((await bookkeeping()).map((row) => row.migration_name)).toEqual([...names, added.name]);
  });

  it('leaves neither the changes nor a record of a migration whose script fails', async () => {
    const broken = fake('29990101000000_broken', 'CREATE TABLE "Probe" ("id" INTEGER);\nSELECT 1 / 0;');
    const failure = run([...readMigrations(), broken]);
    await expect(failure).rejects.toThrow(MigrationError);
    await expect(failure).rejects.toThrow(/29990101000000_broken failed: division by zero/);
    expect(await tableExists('Probe')).toBe(false);
    // The migrations before it are committed, each in its own transaction.
    expect((await bookkeeping()).map((row) => row.migration_name)).toEqual(names);
    expect(await tableExists('Statement')).toBe(true);
    // The lock was released and the fixed migration applies.
    const fixed = fake(broken.name, 'CREATE TABLE "Probe" ("id" INTEGER);');
    expect(await run([...readMigrations(), fixed])).toEqual([fixed.name]);
    expect(await tableExists('Probe')).toBe(true);
  });

  it('refuses to run while a migration is recorded as failed, naming it', async () => {
    await run();
    const halfDone = fake('29990101000000_half_done', 'CREATE TABLE "Probe" ("id" INTEGER);');
    const pending = fake('29990102000000_pending', 'CREATE TABLE "Pending" ("id" INTEGER);');
    // What `prisma migrate deploy` leaves after a failed script: a row with finished_at NULL.
    await database.sql.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs, started_at, applied_steps_count)
       VALUES ('00000000-0000-4000-8000-000000000000', $1, $2, 'error: boom', now(), 0)`,
      [halfDone.checksum, halfDone.name],
    );
    const blocked = run([...readMigrations(), halfDone, pending]);
    await expect(blocked).rejects.toThrow(MigrationError);
    await expect(blocked).rejects.toThrow(/migration 29990101000000_half_done failed earlier/);
    expect(await tableExists('Pending')).toBe(false);

    // `prisma migrate resolve --rolled-back <name>` marks it; the next run applies it again.
    await database.sql.query(`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = $1`, [halfDone.name]);
    expect(await run([...readMigrations(), halfDone, pending])).toEqual([halfDone.name, pending.name]);
    expect(await tableExists('Probe')).toBe(true);
  });

  it('reports migrations the database has and the code does not know', async () => {
    const extra = fake('29990101000000_from_a_newer_release', 'SELECT 1;');
    await run([...readMigrations(), extra]);
    const failure = run();
    await expect(failure).rejects.toThrow(MigrationError);
    await expect(failure).rejects.toThrow('the database has migrations this code does not know: 29990101000000_from_a_newer_release');
  });

  it('warns about a migration edited after it was applied, and does not re-run it', async () => {
    await run();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const edited = readMigrations().map((migration, index) =>
      index === 0 ? fake(migration.name, `${migration.sql}\n-- edited\n`) : migration,
    );
    expect(await run(edited)).toEqual([]);
    expect(warn).toHaveBeenCalledWith(`warning: migration ${names[0]} was modified after it was applied`);
  });

  it.skipIf(mode !== 'postgres')('applies each migration once when two sessions migrate at the same time', async () => {
    // Two gateway processes starting on one fresh database. The probe cannot be applied twice
    // (CREATE TABLE fails the second time) and holds the lock long enough for the other
    // session to queue behind it.
    const probe = fake('29990101000000_slow_probe', 'CREATE TABLE "Probe" ("id" INTEGER);\nSELECT pg_sleep(0.3);');
    const migrations = [...readMigrations(), probe];
    // allSettled: a failing session must not leave the other one running past the test.
    const settled = await Promise.allSettled([run(migrations), run(migrations)]);
    const outcomes = settled.map((result) => (result.status === 'fulfilled' ? result.value.length : String(result.reason)));
    // One session applies everything, the other waits for its lock and finds nothing to do.
    expect(outcomes).toHaveLength(2);
    expect(outcomes).toEqual(expect.arrayContaining([0, migrations.length]));
    expect((await bookkeeping()).map((row) => row.migration_name)).toEqual([...names, probe.name]);
  });
});

describe("Prisma's own engine and the runner agree", () => {
  // The schema engine (WASM build of the engine behind `prisma migrate deploy|status`) on
  // databases of their own: in embedded mode it needs the data directory to itself.

  it('after the runner, `migrate status` sees the history in sync and `migrate deploy` applies nothing', async () => {
    const target = await createEmptyDatabase(import.meta.url, 'by_runner');
    try {
      const byRunner = await openDatabase(target.config);
      try {
        expect(await byRunner.session((sql) => migrate(sql))).toEqual(names);
      } finally {
        await byRunner.close();
      }
      const prisma = await startSchemaEngine(target.config);
      try {
        const list = migrationList();
        expect(await prisma.engine.diagnoseMigrationHistory({ migrationsList: list, optInToShadowDatabase: false, filters: NO_FILTERS })).toEqual({
          editedMigrationNames: [],
          failedMigrationNames: [],
          hasMigrationsTable: true,
          history: null,
        });
        expect(await prisma.engine.applyMigrations({ migrationsList: list, filters: NO_FILTERS })).toEqual({ appliedMigrationNames: [] });
      } finally {
        await prisma.close();
      }
    } finally {
      await target.drop();
    }
  });

  it('after `migrate deploy`, the runner applies nothing and finds the same records', async () => {
    const target = await createEmptyDatabase(import.meta.url, 'by_prisma');
    try {
      const prisma = await startSchemaEngine(target.config);
      try {
        expect(await prisma.engine.applyMigrations({ migrationsList: migrationList(), filters: NO_FILTERS })).toEqual({
          appliedMigrationNames: names,
        });
      } finally {
        await prisma.close();
      }
      const byPrisma = await openDatabase(target.config);
      try {
        expect(await byPrisma.session((sql) => migrate(sql))).toEqual([]);
        await resetDatabase(database.sql);
        await run();
        expect(await bookkeepingShape(byPrisma)).toEqual(await bookkeepingShape(database));
        // And the same schema: the engine reporting a migration applied is not proof it ran.
        const differences = compareCatalogs(await snapshotCatalog(database.sql), await snapshotCatalog(byPrisma.sql));
        expect(differences, formatDifferences(differences, { actual: 'the runner', expected: 'prisma migrate deploy' })).toEqual([]);
        expect(await byPrisma.sql.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = 'Statement'`)).toHaveLength(1);
        const comparable = 'SELECT migration_name, checksum, logs, rolled_back_at, applied_steps_count, finished_at IS NOT NULL AS finished FROM "_prisma_migrations" ORDER BY migration_name';
        expect(await byPrisma.sql.query(comparable)).toEqual(await database.sql.query(comparable));
      } finally {
        await byPrisma.close();
      }
    } finally {
      await target.drop();
    }
  });
});
