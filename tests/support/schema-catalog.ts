import type { SqlRunner } from '../../src/persistence/database.ts';

// A comparable description of a database schema, read from the Postgres catalogs: what
// tests/persistence/drift.test.ts compares between the database prisma/migrations builds and
// the one prisma/schema.prisma describes. Works the same on a server and on PGlite.

/** One schema object: its key says what it is (`column "Statement"."cue"`), its definition how it is built. */
export interface CatalogEntry {
  /** The table the object belongs to, so objects of a table missing on one side are not listed twice. */
  table?: string;
  definition: string;
}

/** Every object of one schema, by key. */
export type CatalogSnapshot = Map<string, CatalogEntry>;

export interface CatalogDifference {
  /** The object's key, e.g. `index "Statement_cueLemma_idx"`. */
  object: string;
  /** Its definition in the database under test, undefined when it is missing there. */
  actual?: string;
  /** Its definition in the reference database, undefined when it is missing there. */
  expected?: string;
}

/** Prisma's bookkeeping table: the migrations' database has it, the schema's does not. */
const IGNORED_TABLES = ['_prisma_migrations'];

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

// Definitions print "public"."X" or public."X" depending on the search_path; both sides live
// in the same schema, so the qualifier carries no information.
function unqualify(definition: string, schema: string): string {
  return definition.replaceAll(`${q(schema)}.`, '').replaceAll(new RegExp(`\\b${schema}\\.`, 'g'), '');
}

// Objects created by CREATE EXTENSION (pg_trgm's functions, say) are the extension's, not ours.
const notFromExtension = (oid: string) =>
  `NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.objid = ${oid} AND dep.deptype = 'e')`;

/** Reads the tables, columns, enums, indexes, constraints, sequences, views, triggers, functions and extensions of `schema`. */
export async function snapshotCatalog(sql: SqlRunner, schema = 'public'): Promise<CatalogSnapshot> {
  const snapshot: CatalogSnapshot = new Map();
  const add = (key: string, definition: string, table?: string) => {
    if (table && IGNORED_TABLES.includes(table)) return;
    snapshot.set(key, table ? { table, definition } : { definition });
  };
  const params = [schema];

  for (const row of await sql.query<{ name: string }>(
    `SELECT extname AS name FROM pg_extension WHERE extname <> 'plpgsql'`,
  )) {
    add(`extension ${row.name}`, 'installed');
  }

  for (const row of await sql.query<{ name: string; labels: string }>(
    `SELECT t.typname AS name, string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) AS labels
       FROM pg_type t
       JOIN pg_namespace n ON n.oid = t.typnamespace
       JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE n.nspname = $1 AND ${notFromExtension('t.oid')}
      GROUP BY t.typname`,
    params,
  )) {
    add(`enum ${q(row.name)}`, `ENUM (${row.labels})`);
  }

  for (const row of await sql.query<{ name: string; kind: string; definition: string | null }>(
    `SELECT c.relname AS name, c.relkind::text AS kind,
            CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END AS definition
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm') AND ${notFromExtension('c.oid')}`,
    params,
  )) {
    const kind = { r: 'table', p: 'partitioned table', v: 'view', m: 'materialized view' }[row.kind] ?? row.kind;
    if (row.kind === 'r' || row.kind === 'p') add(`table ${q(row.name)}`, kind, row.name);
    else add(`${kind} ${q(row.name)}`, unqualify(row.definition ?? '', schema).trim());
  }

  for (const row of await sql.query<{
    table: string;
    column: string;
    type: string;
    not_null: boolean;
    expression: string | null;
    generated: string;
    identity: string;
    collation: string | null;
  }>(
    `SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS type,
            a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS expression,
            a.attgenerated::text AS generated, a.attidentity::text AS identity,
            CASE WHEN a.attcollation <> t.typcollation THEN co.collname::text END AS collation
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_type t ON t.oid = a.atttypid
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
       LEFT JOIN pg_collation co ON co.oid = a.attcollation
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped`,
    params,
  )) {
    const parts = [unqualify(row.type, schema)];
    if (row.collation) parts.push(`COLLATE ${q(row.collation)}`);
    if (row.not_null) parts.push('NOT NULL');
    if (row.expression !== null) {
      const expression = unqualify(row.expression, schema);
      parts.push(row.generated === 's' ? `GENERATED ALWAYS AS (${expression}) STORED` : `DEFAULT ${expression}`);
    }
    if (row.identity === 'a') parts.push('GENERATED ALWAYS AS IDENTITY');
    if (row.identity === 'd') parts.push('GENERATED BY DEFAULT AS IDENTITY');
    add(`column ${q(row.table)}.${q(row.column)}`, parts.join(' '), row.table);
  }

  for (const row of await sql.query<{ name: string; table: string; definition: string }>(
    `SELECT i.relname AS name, t.relname AS "table", pg_get_indexdef(x.indexrelid) AS definition
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class t ON t.oid = x.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = $1 AND ${notFromExtension('i.oid')}`,
    params,
  )) {
    add(`index ${q(row.name)}`, unqualify(row.definition, schema), row.table);
  }

  for (const row of await sql.query<{ name: string; table: string; definition: string }>(
    `SELECT con.conname AS name, t.relname AS "table", pg_get_constraintdef(con.oid) AS definition
       FROM pg_constraint con
       JOIN pg_class t ON t.oid = con.conrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = $1 AND con.contype <> 'n'`,
    params,
  )) {
    // NOT NULL constraints (Postgres 18, so PGlite 0.5, lists them here) are the columns' nullability,
    // compared with the columns. Foreign keys print their ON DELETE / ON UPDATE rules here (NO ACTION is left out).
    add(`constraint ${q(row.name)} on ${q(row.table)}`, unqualify(row.definition, schema), row.table);
  }

  for (const row of await sql.query<{ name: string; definition: string; owner: string | null }>(
    `SELECT c.relname AS name,
            format_type(s.seqtypid, NULL) || ' START ' || s.seqstart || ' INCREMENT ' || s.seqincrement
              || ' MINVALUE ' || s.seqmin || ' MAXVALUE ' || s.seqmax || CASE WHEN s.seqcycle THEN ' CYCLE' ELSE '' END
              AS definition,
            owner.relname AS owner
       FROM pg_sequence s
       JOIN pg_class c ON c.oid = s.seqrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_depend d ON d.objid = c.oid AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
       LEFT JOIN pg_class owner ON owner.oid = d.refobjid
      WHERE n.nspname = $1 AND ${notFromExtension('c.oid')}`,
    params,
  )) {
    add(`sequence ${q(row.name)}`, row.definition, row.owner ?? undefined);
  }

  for (const row of await sql.query<{ name: string; table: string; definition: string }>(
    `SELECT tg.tgname AS name, c.relname AS "table", pg_get_triggerdef(tg.oid) AS definition
       FROM pg_trigger tg
       JOIN pg_class c ON c.oid = tg.tgrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND NOT tg.tgisinternal`,
    params,
  )) {
    add(`trigger ${q(row.name)} on ${q(row.table)}`, unqualify(row.definition, schema), row.table);
  }

  for (const row of await sql.query<{ name: string; args: string; definition: string }>(
    `SELECT p.proname AS name, pg_get_function_identity_arguments(p.oid) AS args,
            p.prokind::text || ' RETURNS ' || coalesce(pg_get_function_result(p.oid), '-') || ' LANGUAGE ' || l.lanname
              || ' BODY md5 ' || md5(coalesce(p.prosrc, '')) AS definition
       FROM pg_proc p
       JOIN pg_namespace n ON n.oid = p.pronamespace
       JOIN pg_language l ON l.oid = p.prolang
      WHERE n.nspname = $1 AND ${notFromExtension('p.oid')}`,
    params,
  )) {
    add(`function ${q(row.name)}(${row.args})`, unqualify(row.definition, schema));
  }

  return snapshot;
}

/**
 * The objects that differ between two snapshots, in key order, ignoring the keys in `ignore`.
 * Objects of a table that exists on one side only are left out: the table itself is reported.
 */
export function compareCatalogs(
  actual: CatalogSnapshot,
  expected: CatalogSnapshot,
  ignore: Iterable<string> = [],
): CatalogDifference[] {
  const ignored = new Set(ignore);
  const onlyOneSide = (table: string | undefined) =>
    table !== undefined && actual.has(`table ${q(table)}`) !== expected.has(`table ${q(table)}`);
  const differences: CatalogDifference[] = [];
  for (const key of [...new Set([...actual.keys(), ...expected.keys()])].sort()) {
    if (ignored.has(key)) continue;
    const a = actual.get(key);
    const e = expected.get(key);
    if (a?.definition === e?.definition) continue;
    if (!key.startsWith('table ') && onlyOneSide(a?.table ?? e?.table)) continue;
    const difference: CatalogDifference = { object: key };
    if (a) difference.actual = a.definition;
    if (e) difference.expected = e.definition;
    differences.push(difference);
  }
  return differences;
}

/** A readable report, one object per entry, naming the two sides. */
export function formatDifferences(
  differences: CatalogDifference[],
  names: { actual: string; expected: string },
): string {
  if (differences.length === 0) return `${names.actual} and ${names.expected} agree`;
  const lines = [`${names.actual} and ${names.expected} differ in ${differences.length} object(s):`];
  for (const { object, actual, expected } of differences) {
    if (actual === undefined) lines.push(`  - ${object}: missing from ${names.actual}; ${names.expected} has: ${expected}`);
    else if (expected === undefined) lines.push(`  + ${object}: only in ${names.actual}: ${actual}`);
    else lines.push(`  ~ ${object}:`, `      ${names.actual}: ${actual}`, `      ${names.expected}: ${expected}`);
  }
  return lines.join('\n');
}
