import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { MigrationList, SchemaEngine, SchemaFilter } from '@prisma/schema-engine-wasm/schema_engine_bg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { DatabaseConfig } from '../../src/config.ts';
import { openPGlite } from '../../src/persistence/database.ts';
import { MIGRATIONS_DIR } from '../../src/persistence/migrate.ts';

// Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm, the same engine
// as the CLI's native binary, which cannot be downloaded here). It is an internal package: its
// only users are these tests, and drift.test.ts / migrate.test.ts fail loudly if it changes.

export const SCHEMA_PATH = new URL('../../prisma/schema.prisma', import.meta.url);
export const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

let loaded: Promise<void> | undefined;

/** The package's own entry imports the .wasm as an ES module, which Node 20 cannot; instantiate it by hand. */
function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = require.resolve('@prisma/schema-engine-wasm').replace(/schema_engine\.js$/, 'schema_engine_bg.wasm');
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
      './schema_engine_bg.js': bg as unknown as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return loaded;
}

/** The prisma-engines commit the WASM engine was built from. */
export async function wasmEngineCommit(): Promise<string> {
  await loadWasm();
  return bg.version();
}

/** The prisma-engines commit the installed Prisma CLI runs (its native engine's version). */
export function cliEngineCommit(): string {
  const require = createRequire(import.meta.url);
  const manifest = JSON.parse(readFileSync(require.resolve('@prisma/engines-version/package.json'), 'utf8')) as {
    prisma: { enginesVersion: string };
  };
  return manifest.prisma.enginesVersion;
}

export interface SchemaEngineHandle {
  engine: SchemaEngine;
  /** Frees the engine and closes the connection it was given. */
  close(): Promise<void>;
}

/**
 * Starts the schema engine on `target` through a driver adapter: `@prisma/adapter-pg` for a
 * server, `pglite-prisma-adapter` for the embedded database. An embedded target's data
 * directory must not be open elsewhere until `close()` (PGlite is single-user).
 */
export async function startSchemaEngine(target: DatabaseConfig): Promise<SchemaEngineHandle> {
  await loadWasm();
  const schema = readFileSync(SCHEMA_PATH, 'utf8');
  let factory: SqlMigrationAwareDriverAdapterFactory;
  let closeConnection: () => Promise<void>;
  if (target.mode === 'postgres') {
    // Our own pool, so close() can end its connections: the engine's free() does not, and a
    // connection left open keeps the session-level advisory lock `migrate deploy` takes.
    const pool = new pg.Pool({ connectionString: target.url, max: 2 });
    factory = new PrismaPg(pool);
    closeConnection = () => pool.end();
  } else {
    // The same extensions src/persistence/database.ts loads, or migrations using them fail here.
    const pglite = await openPGlite(target.dataDir);
    factory = new PrismaPGlite(pglite);
    closeConnection = () => pglite.close();
  }
  const engine = await bg.SchemaEngine.new(
    { datamodels: [['schema.prisma', schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  return {
    engine,
    close: async () => {
      engine.free();
      await closeConnection();
    },
  };
}

/** The SQL `prisma migrate diff --from-empty --to-schema prisma/schema.prisma --script` prints. */
export async function expectedSchemaSql(engine: SchemaEngine): Promise<string> {
  const schema = readFileSync(SCHEMA_PATH, 'utf8');
  const result = await engine.diff({
    from: { tag: 'empty' },
    to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schema }] },
    script: true,
    exitCode: null,
    filters: NO_FILTERS,
  });
  if (result.stdout == null) throw new Error('the schema engine returned no SQL for prisma/schema.prisma');
  return result.stdout;
}

/** prisma/migrations as the Prisma CLI hands it to the engine (`migrate deploy`, `migrate status`). */
export function migrationList(dir: string = MIGRATIONS_DIR): MigrationList {
  const lockPath = join(dir, 'migration_lock.toml');
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: readFileSync(lockPath, 'utf8') },
    shadowDbInitScript: '',
    migrationDirectories: readdirSync(dir)
      .filter((name) => statSync(join(dir, name)).isDirectory())
      .sort()
      .map((name) => ({
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: { tag: 'ok', value: readFileSync(join(dir, name, 'migration.sql'), 'utf8') },
        },
      })),
  };
}
