import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database, type SqlRunner } from '../../src/persistence/database.ts';
import { MIGRATIONS_DIR } from '../../src/persistence/migrate.ts';
import {
  compareCatalogs,
  formatDifferences,
  snapshotCatalog,
  type CatalogDifference,
  type CatalogSnapshot,
} from '../support/schema-catalog.ts';
import { cliEngineCommit, expectedSchemaSql, startSchemaEngine, wasmEngineCommit } from '../support/schema-engine.ts';
import { createEmptyDatabase, useTestDatabase, type EmptyTestDatabase, type TestDatabase } from '../support/test-database.ts';

// The drift guard: the database prisma/migrations builds (with the project's own runner) must
// match the database prisma/schema.prisma describes, built from the SQL Prisma's schema engine
// writes for it (`prisma migrate diff --from-empty --to-schema`), run offline through
// @prisma/schema-engine-wasm. The engine takes either driver adapter (pg or PGlite), so the
// guard runs in both test modes and needs no committed expected-SQL file that could go stale.

/**
 * Objects migrations may add that Prisma's schema language cannot express (a generated
 * tsvector column, GIN/GiST expression indexes, the pg_trgm extension, triggers), by their key
 * in the report (`column "Article"."searchVector"`, `index "Article_search_idx"`,
 * `extension pg_trgm`, `trigger "x" on "Article"`), each with the reason it is allowed.
 */
const ALLOWED_DRIFT: ReadonlyArray<{ object: string; reason: string }> = [
  // 20261128010000_search: analyst search (src/graphql/types/search.ts).
  { object: 'extension pg_trgm', reason: 'trigram similarity for fuzzy speaker and organisation names; schema.prisma\'s postgresqlExtensions preview is not enabled' },
  { object: 'function "searchable_names"(name text, aliases text[])', reason: 'IMMUTABLE wrapper (name and aliases as one text) so the trigram indexes can index it; Prisma has no functions' },
  // 20261128020000_search_vectors: stored tsvectors for ranking (see that migration).
  { object: 'column "Statement"."searchVector"', reason: 'generated tsvector of the text for ranked search; Prisma cannot declare generated columns' },
  { object: 'column "Article"."titleVector"', reason: 'generated tsvector of the title for ranked search; Prisma cannot declare generated columns' },
  { object: 'index "Statement_searchVector_idx"', reason: 'GIN index on the generated "searchVector" column' },
  { object: 'index "Article_titleVector_idx"', reason: 'GIN index on the generated "titleVector" column' },
  { object: 'index "Speaker_names_trgm_idx"', reason: 'GiST trigram expression index on searchable_names(name, aliases) for nearest-name search' },
  { object: 'index "Organization_names_trgm_idx"', reason: 'GiST trigram expression index on searchable_names(name, aliases) for nearest-name search' },
];

const SIDES = { actual: 'prisma/migrations', expected: 'prisma/schema.prisma' };

let migrated: TestDatabase;
let reference: EmptyTestDatabase;
let referenceDatabase: Database;
let expected: CatalogSnapshot;

beforeAll(async () => {
  migrated = await useTestDatabase(import.meta.url);
  reference = await createEmptyDatabase(import.meta.url, 'schema');
  // The engine connects to the reference database only to start (a datamodel diff reads
  // nothing from it); in embedded mode it must be done with the directory before we open it.
  const engine = await startSchemaEngine(reference.config);
  let script: string;
  try {
    script = await expectedSchemaSql(engine.engine);
  } finally {
    await engine.close();
  }
  referenceDatabase = await openDatabase(reference.config);
  await referenceDatabase.sql.exec(script);
  expected = await snapshotCatalog(referenceDatabase.sql);
});

afterAll(async () => {
  await referenceDatabase?.close();
  await reference?.drop();
  await migrated?.close();
});

const drift = async (sql: SqlRunner): Promise<CatalogDifference[]> =>
  compareCatalogs(await snapshotCatalog(sql), expected, ALLOWED_DRIFT.map((entry) => entry.object));

/** Runs `work` on the migrated database inside a transaction that is rolled back (DDL is transactional in Postgres). */
async function withRollback<T>(work: (sql: SqlRunner) => Promise<T>): Promise<T> {
  return migrated.database.session(async (sql) => {
    await sql.exec('BEGIN');
    try {
      return await work(sql);
    } finally {
      await sql.exec('ROLLBACK');
    }
  });
}

describe('prisma/migrations against prisma/schema.prisma', () => {
  it('builds the database schema.prisma describes', async () => {
    const differences = await drift(migrated.database.sql);
    // On failure: write a migration for the schema change (`prisma migrate dev` where Prisma's
    // engine can be downloaded, or by hand), or, for an object schema.prisma cannot express,
    // add it to ALLOWED_DRIFT with the reason.
    expect(differences, formatDifferences(differences, SIDES)).toEqual([]);
  });

  it('describes what it compares: the reference database has the schema objects', () => {
    // Guards the guard: an empty reference (engine output lost, wrong schema) would compare
    // "equal" to nothing only by accident, so pin a few objects of every kind.
    expect([...expected.keys()]).toEqual(
      expect.arrayContaining([
        'table "Statement"',
        'column "Statement"."speakerId"',
        'enum "SpeakerKind"',
        'index "Speaker_aliases_idx"',
        'constraint "Statement_pkey" on "Statement"',
        'constraint "Statement_speakerId_fkey" on "Statement"',
        'sequence "Statement_id_seq"',
      ]),
    );
    expect(expected.get('constraint "Statement_speakerId_fkey" on "Statement"')?.definition).toBe(
      'FOREIGN KEY ("speakerId") REFERENCES "Speaker"(id) ON UPDATE CASCADE ON DELETE SET NULL',
    );
    expect(expected.get('index "Speaker_aliases_idx"')?.definition).toBe(
      'CREATE INDEX "Speaker_aliases_idx" ON "Speaker" USING gin (aliases)',
    );
    expect(expected.get('enum "SpeakerKind"')?.definition).toBe("ENUM ('PERSON', 'ORGANIZATION', 'UNKNOWN')");
  });

  it('lists in ALLOWED_DRIFT only objects the migrations create and schema.prisma cannot', async () => {
    const actual = await snapshotCatalog(migrated.database.sql);
    const stale = ALLOWED_DRIFT.filter(({ object }) => !actual.has(object) || expected.has(object));
    expect(stale, 'remove these ALLOWED_DRIFT entries: the migrations do not create them, or schema.prisma now does').toEqual([]);
    for (const { object, reason } of ALLOWED_DRIFT) expect(reason.trim(), object).not.toBe('');
  });
});

describe('the drift guard catches drift', () => {
  // Each change is made to the migrated database in a rolled-back transaction; the guard must
  // name exactly the object that changed.
  const cases: Array<{ change: string; ddl: string; differences: CatalogDifference[] }> = [
    {
      change: 'a column schema.prisma does not have',
      ddl: 'ALTER TABLE "Statement" ADD COLUMN "x" int',
      differences: [{ object: 'column "Statement"."x"', actual: 'integer' }],
    },
    {
      change: 'a dropped index',
      ddl: 'DROP INDEX "Statement_cueLemma_idx"',
      differences: [
        {
          object: 'index "Statement_cueLemma_idx"',
          expected: 'CREATE INDEX "Statement_cueLemma_idx" ON "Statement" USING btree ("cueLemma")',
        },
      ],
    },
    {
      change: 'a nullable column made NOT NULL',
      ddl: 'ALTER TABLE "Statement" ALTER COLUMN "cue" SET NOT NULL',
      differences: [{ object: 'column "Statement"."cue"', actual: 'text NOT NULL', expected: 'text' }],
    },
    {
      change: 'a changed default',
      ddl: `ALTER TABLE "Speaker" ALTER COLUMN "kind" SET DEFAULT 'UNKNOWN'`,
      differences: [
        {
          object: 'column "Speaker"."kind"',
          actual: `"SpeakerKind" NOT NULL DEFAULT 'UNKNOWN'::"SpeakerKind"`,
          expected: `"SpeakerKind" NOT NULL DEFAULT 'PERSON'::"SpeakerKind"`,
        },
      ],
    },
    {
      change: 'an extra enum value',
      ddl: `ALTER TYPE "StatementKind" ADD VALUE 'MIXED'`,
      differences: [
        { object: 'enum "StatementKind"', actual: "ENUM ('DIRECT', 'INDIRECT', 'MIXED')", expected: "ENUM ('DIRECT', 'INDIRECT')" },
      ],
    },
    {
      change: 'a foreign key with another ON DELETE rule',
      ddl: `ALTER TABLE "Statement" DROP CONSTRAINT "Statement_speakerId_fkey",
              ADD CONSTRAINT "Statement_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
      differences: [
        {
          object: 'constraint "Statement_speakerId_fkey" on "Statement"',
          actual: 'FOREIGN KEY ("speakerId") REFERENCES "Speaker"(id) ON UPDATE CASCADE ON DELETE CASCADE',
          expected: 'FOREIGN KEY ("speakerId") REFERENCES "Speaker"(id) ON UPDATE CASCADE ON DELETE SET NULL',
        },
      ],
    },
    {
      change: 'a table schema.prisma does not have (reported once, not column by column)',
      ddl: 'CREATE TABLE "Scratch" ("id" int PRIMARY KEY, "note" text)',
      differences: [{ object: 'table "Scratch"', actual: 'table' }],
    },
    {
      change: 'a trigger',
      ddl: `CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
            CREATE TRIGGER "Statement_touch" BEFORE UPDATE ON "Statement" FOR EACH ROW EXECUTE FUNCTION touch()`,
      differences: [
        { object: 'function "touch"()', actual: expect.stringContaining('RETURNS trigger LANGUAGE plpgsql') as string },
        {
          object: 'trigger "Statement_touch" on "Statement"',
          actual: 'CREATE TRIGGER "Statement_touch" BEFORE UPDATE ON "Statement" FOR EACH ROW EXECUTE FUNCTION touch()',
        },
      ],
    },
  ];

  it.each(cases)('reports $change', async ({ ddl, differences }) => {
    const found = await withRollback(async (sql) => {
      await sql.exec(ddl);
      return drift(sql);
    });
    expect(found).toEqual(differences);
  });

  it('ignores what ALLOWED_DRIFT-style allowlists name, and only that', async () => {
    const found = await withRollback(async (sql) => {
      await sql.exec('ALTER TABLE "Statement" ADD COLUMN "x" int, ADD COLUMN "y" int');
      return compareCatalogs(await snapshotCatalog(sql), expected, [...ALLOWED_DRIFT.map((entry) => entry.object), 'column "Statement"."x"']);
    });
    expect(found).toEqual([{ object: 'column "Statement"."y"', actual: 'integer' }]);
  });

  it('names each difference in its report', () => {
    const report = formatDifferences(
      [
        { object: 'column "Statement"."x"', actual: 'integer' },
        { object: 'index "Statement_cueLemma_idx"', expected: 'CREATE INDEX ...' },
        { object: 'column "Statement"."cue"', actual: 'text NOT NULL', expected: 'text' },
      ],
      SIDES,
    );
    expect(report).toBe(
      [
        'prisma/migrations and prisma/schema.prisma differ in 3 object(s):',
        '  + column "Statement"."x": only in prisma/migrations: integer',
        '  - index "Statement_cueLemma_idx": missing from prisma/migrations; prisma/schema.prisma has: CREATE INDEX ...',
        '  ~ column "Statement"."cue":',
        '      prisma/migrations: text NOT NULL',
        '      prisma/schema.prisma: text',
      ].join('\n'),
    );
  });
});

describe('the schema engine behind the guard', () => {
  // npm has no @prisma/schema-engine-wasm build of the commit prisma 7.10.1's CLI runs
  // (d1b3f377); the newest build (59be4fda, same 8.1.0 engine line) is used instead. The guard
  // compares catalogs, not SQL text, so a wording change between the two cannot fail it; a
  // change in what Prisma creates for a model could. When Prisma is upgraded this fails:
  // install the WASM build of the new CLI's commit if npm has one (else the newest), run this
  // file, and update the pair.
  const PAIRED = { cli: 'd1b3f377ca835d73fd50954a5e22128b9ebdd6b8', wasm: '59be4fda12412a79eeb9c2ae727b6aa723593323' };

  it('is the WASM build paired with the installed Prisma CLI', async () => {
    expect({ cli: cliEngineCommit(), wasm: await wasmEngineCommit() }).toEqual(PAIRED);
  });
});

describe('prisma/migrations/migration_lock.toml', () => {
  it('pins the provider to postgresql', () => {
    const lock = readFileSync(join(MIGRATIONS_DIR, 'migration_lock.toml'), 'utf8');
    const providers = [...lock.matchAll(/^\s*provider\s*=\s*"([^"]*)"\s*$/gm)].map((match) => match[1]);
    expect(providers).toEqual(['postgresql']);
  });
});
