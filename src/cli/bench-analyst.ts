/**
 * Analyst-query benchmark (not a test): builds a synthetic corpus of about 100k statements
 * (invented outlets and people, src/domain/synthetic/corpus.ts) in a scratch Postgres database,
 * bulk-inserted with multi-row INSERTs, then runs each analyst query shape through the gateway
 * and prints, for every SQL statement it sent, `EXPLAIN (ANALYZE, BUFFERS)`: node types, indexes
 * used, timings. Also EXPLAINs the raw search and statistics SQL directly.
 *
 *   node --expose-gc --import tsx src/cli/bench-analyst.ts [--articles 26000] [--keep] [--plans]
 *
 * BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/newsgraph_bench) is DROPPED
 * and recreated unless --keep is given and it already holds a corpus.
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { normalizeName } from '../domain/normalize-name.ts';
import { createRandom, generateCorpus } from '../domain/synthetic/corpus.ts';
import { statementFilterSql } from '../graphql/filters/apply.ts';
import { nameSearchSql, searchSql } from '../graphql/types/search.ts';
import { statsSql } from '../graphql/types/stats.ts';
import { createGateway } from '../graphql/yoga.ts';
import { connectDatabase, disconnectDatabase } from '../persistence/client.ts';
import { onPrismaQuery } from '../persistence/database.ts';

const { values: options } = parseArgs({
  options: {
    articles: { type: 'string', default: '26000' },
    keep: { type: 'boolean', default: false },
    plans: { type: 'boolean', default: false },
  },
});

const url = new URL(process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/newsgraph_bench');
const databaseName = decodeURIComponent(url.pathname.slice(1));

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const client = new pg.Client({ connectionString: adminUrl.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Multi-row INSERT in chunks (at most 60k parameters a statement); returns the new IDs in order. */
async function insertRows(client: pg.Client, table: string, columns: string[], rows: unknown[][], returning = false): Promise<number[]> {
  const ids: number[] = [];
  const chunk = Math.floor(60_000 / columns.length);
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    const params: unknown[] = [];
    const tuples = part.map((row) => `(${row.map((value) => `$${params.push(value)}`).join(', ')})`);
    const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}${returning ? ' RETURNING id' : ''}`;
    const result = await client.query<{ id: number }>(sql, params);
    if (returning) ids.push(...result.rows.map((row) => row.id));
  }
  return ids;
}

async function buildCorpus(articleCount: number): Promise<void> {
  const started = performance.now();
  const corpus = generateCorpus({ articles: articleCount, people: 120, seed: 2026, statementsPerArticle: [2, 6] });
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query('BEGIN');
    const outletNames = [...new Set(corpus.articles.map((a) => a.extracted.outlet!))];
    const outletIds = await insertRows(client, 'Outlet', ['name'], outletNames.map((name) => [name]), true);
    const outletId = new Map(outletNames.map((name, i) => [name, outletIds[i]!]));

    const quoted = corpus.people;
    // Every tenth person also has a recorded alias: an invented transliteration variant.
    const speakerRows = quoted.map((person, i) => [
      person.name,
      normalizeName(person.name),
      i % 10 === 0 ? [person.name.replace(/a/g, 'aa').replace(/i/g, 'y')] : [],
    ]);
    const speakerIds = await insertRows(client, 'Speaker', ['name', 'normalizedName', 'aliases'], speakerRows, true);
    const speakerId = new Map(quoted.map((person, i) => [person.name, speakerIds[i]!]));

    const organizationNames = [...new Set(quoted.flatMap((p) => p.roles.map((r) => r.organization)))];
    const organizationIds = await insertRows(
      client,
      'Organization',
      ['name', 'normalizedName'],
      organizationNames.map((name) => [name, normalizeName(name)]),
      true,
    );
    const organizationId = new Map(organizationNames.map((name, i) => [name, organizationIds[i]!]));
    await insertRows(
      client,
      'Affiliation',
      ['speakerId', 'organizationId', 'role', 'validFrom', 'validTo'],
      quoted.flatMap((person) =>
        person.roles.map((role) => [speakerId.get(person.name), organizationId.get(role.organization), role.role, role.validFrom, role.validTo]),
      ),
    );

    // Never-quoted filler people with dated roles at filler organisations (invented syllable
    // names), so Speaker, Organization and Affiliation have realistic sizes for the index choices.
    const random = createRandom(7);
    const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'sen', 'tor', 'vel', 'dun', 'esh', 'qua', 'bri', 'nol', 'zar', 'fen', 'ul', 'go'];
    const word = (n: number) => {
      let text = '';
      for (let i = 0; i < n; i += 1) text += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
      return text.charAt(0).toUpperCase() + text.slice(1);
    };
    const fillerOrganizations = [...new Set(Array.from({ length: 600 }, () => `${word(3)} ${['Council', 'Union', 'Institute', 'Agency', 'League'][Math.floor(random() * 5)]}`))];
    const fillerOrganizationIds = await insertRows(
      client,
      'Organization',
      ['name', 'normalizedName'],
      fillerOrganizations.filter((name) => !organizationId.has(name)).map((name) => [name, normalizeName(name)]),
      true,
    );
    const fillerNames = [...new Set(Array.from({ length: 20_000 }, () => `${word(2)} ${word(3)}`))];
    const fillerSpeakerIds = await insertRows(
      client,
      'Speaker',
      ['name', 'normalizedName', 'aliases'],
      fillerNames.map((name) => [name, normalizeName(name), []]),
      true,
    );
    const day = 86_400_000;
    const start = Date.parse('2020-01-01T00:00:00Z');
    await insertRows(
      client,
      'Affiliation',
      ['speakerId', 'organizationId', 'role', 'validFrom', 'validTo'],
      fillerSpeakerIds.flatMap((id) => {
        const change = new Date(start + Math.floor(random() * 2000) * day);
        const pick = () => fillerOrganizationIds[Math.floor(random() * fillerOrganizationIds.length)];
        return [
          [id, pick(), 'member', null, change],
          [id, pick(), 'chair', change, null],
        ];
      }),
    );

    const articleRows = corpus.articles.map((article, i) => {
      const e = article.extracted;
      return [outletId.get(e.outlet!), e.url, e.title, article.text.slice(e.bodyStart), e.publishedAt, e.language, `${i}`.padStart(64, '0')];
    });
    const articleIds = await insertRows(client, 'Article', ['outletId', 'url', 'title', 'body', 'publishedAt', 'language', 'contentHash'], articleRows, true);

    const statementRows: unknown[][] = [];
    corpus.articles.forEach((article, i) => {
      const e = article.extracted;
      const speakers = new Map(e.speakers.map((s) => [s.key, s.name]));
      for (const s of e.statements) {
        statementRows.push([
          articleIds[i],
          s.speakerKey ? speakerId.get(speakers.get(s.speakerKey)!) : null,
          s.content.text,
          s.content.start - e.bodyStart,
          s.content.end - e.bodyStart,
          s.kind,
          s.cue?.text ?? null,
          s.cueLemma,
          s.confidence,
          e.publishedAt,
        ]);
      }
    });
    await insertRows(
      client,
      'Statement',
      ['articleId', 'speakerId', 'text', 'start', 'end', 'kind', 'cue', 'cueLemma', 'confidence', 'statedAt'],
      statementRows,
    );
    await client.query('COMMIT');
    await client.query('VACUUM ANALYZE');
    console.log(
      `built ${articleRows.length} articles, ${statementRows.length} statements, ${quoted.length} speakers in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    await client.end();
  }
}

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Actual Total Time'?: number;
  Plans?: PlanNode[];
}

function summarise(node: PlanNode, out: { nodes: Set<string>; indexes: Set<string>; seqScans: Set<string> }) {
  out.nodes.add(node['Node Type']);
  if (node['Index Name']) out.indexes.add(node['Index Name']);
  if (node['Node Type'] === 'Seq Scan' && node['Relation Name']) out.seqScans.add(node['Relation Name']);
  for (const child of node.Plans ?? []) summarise(child, out);
}

async function explain(client: pg.Client, label: string, sql: string, params: unknown[]): Promise<void> {
  const json = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number; 'Planning Time': number }] }>(
    `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`,
    params,
  );
  const [plan] = json.rows[0]!['QUERY PLAN'];
  const out = { nodes: new Set<string>(), indexes: new Set<string>(), seqScans: new Set<string>() };
  summarise(plan.Plan, out);
  console.log(
    `  ${label}: ${plan['Execution Time'].toFixed(2)} ms (planning ${plan['Planning Time'].toFixed(2)} ms); indexes: ${[...out.indexes].join(', ') || '-'}; seq scans: ${[...out.seqScans].join(', ') || '-'}; nodes: ${[...out.nodes].join(', ')}`,
  );
  if (options.plans) {
    const text = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
    console.log(text.rows.map((row) => `      ${row['QUERY PLAN']}`).join('\n'));
  }
}

/** Runs a GraphQL request through the gateway, then EXPLAINs every SQL statement it sent. */
async function shape(client: pg.Client, name: string, document: string, variables: Record<string, unknown> = {}): Promise<void> {
  const statements: { sql: string; params: unknown[] }[] = [];
  const stop = onPrismaQuery((sql, params) => statements.push({ sql, params: JSON.parse(params) as unknown[] }));
  let errors: unknown;
  try {
    const response = await createGateway().fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document, variables }),
    });
    errors = ((await response.json()) as { errors?: unknown }).errors;
  } finally {
    stop();
  }
  console.log(`\n${name}: ${statements.length} SQL statement(s)${errors ? ` ERRORS ${JSON.stringify(errors)}` : ''}`);
  for (const [index, { sql, params }] of statements.entries()) {
    await explain(client, `#${index + 1} ${sql.slice(0, 70).replace(/\s+/g, ' ')}…`, sql, params);
  }
}

async function main(): Promise<void> {
  const exists = await admin(async (client) => (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName])).rowCount);
  let fresh = !(options.keep && exists);
  if (fresh) {
    await admin(async (client) => {
      await client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${databaseName}"`);
    });
  }
  const database = await connectDatabase({ mode: 'postgres', url: url.toString(), poolSize: 4 }); // migrates
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    if (!fresh) fresh = Number((await client.query('SELECT count(*) FROM "Statement"')).rows[0].count) === 0;
    if (fresh) await buildCorpus(Number(options.articles));
    const counts = (await client.query('SELECT (SELECT count(*) FROM "Statement") AS statements, (SELECT count(*) FROM "Article") AS articles, (SELECT count(*) FROM "Speaker") AS speakers')).rows[0];
    console.log(`corpus: ${JSON.stringify(counts)} (${database.mode})`);

    const organization = (await client.query<{ name: string }>('SELECT name FROM "Organization" ORDER BY id LIMIT 1')).rows[0]!.name;
    const march = { gte: '2025-03-01T00:00:00Z', lt: '2025-04-01T00:00:00Z' };
    const marchDates = { gte: new Date(march.gte), lt: new Date(march.lt) };

    console.log('\n== raw SQL of search and statistics ==');
    for (const query of ['underestimated', '"harbour levy" -ferry', 'flood OR ferry']) {
      const sql = searchSql(query, statementFilterSql(null), null, 21);
      await explain(client, `search ${JSON.stringify(query)} page 1`, sql.text, sql.values);
    }
    const filtered = searchSql('underestimated', statementFilterSql({ statedAt: marchDates, speakerAffiliation: { organization: { name: { eq: organization } } } }), null, 21);
    await explain(client, 'search "underestimated" + date + organisation-at-date filter', filtered.text, filtered.values);
    for (const [label, groupBy, interval, filter] of [
      ['stats by MONTH, all', ['TIME'], 'MONTH', null],
      ['stats by ORGANIZATION (at statement date), all', ['ORGANIZATION'], null, null],
      ['stats by WEEK x KIND, one month', ['TIME', 'KIND'], 'WEEK', { statedAt: marchDates }],
      ['stats by SPEAKER, organisation-at-date filter', ['SPEAKER'], null, { speakerAffiliation: { organization: { name: { eq: organization } } } }],
    ] as const) {
      const sql = statsSql([...groupBy], interval, statementFilterSql(filter as never), 100);
      await explain(client, label, sql.text, sql.values);
    }
    const names = nameSearchSql('Speaker', 'al-Farsany', 10, 0.3);
    await explain(client, 'speakerSearch "al-Farsany"', names.text, names.values);

    console.log('\n== GraphQL query shapes (every statement each one sends) ==');
    await shape(client, 'statements totalCount only, kind + date filter', `query ($f: StatementFilter) { statements(filter: $f) { totalCount } }`, {
      f: { kind: { eq: 'DIRECT' }, statedAt: march },
    });
    await shape(client, 'statements page, speaker name filter', `query ($f: StatementFilter) { statements(filter: $f, first: 20) { edges { node { text statedAt speaker { name } } } } }`, {
      f: { speaker: { name: { contains: 'farsani' } } },
    });
    await shape(
      client,
      'statements page + totalCount, organisation at statement date, one month',
      `query ($f: StatementFilter) { statements(filter: $f, first: 20) { totalCount edges { node { text speakerAffiliations { role organization { name } } } } } }`,
      { f: { statedAt: march, speakerAffiliation: { organization: { name: { eq: organization } } } } },
    );
    await shape(client, 'speakers by STATEMENT_COUNT desc', `{ speakers(first: 10, orderBy: { field: STATEMENT_COUNT, direction: DESC }) { edges { node { name statementCount } } } }`);
    await shape(client, 'articles by outlet and date, PUBLISHED_AT desc', `{ articles(first: 20, filter: { outlet: { name: { eq: "Harbour Lantern" } }, publishedAt: { gte: "2025-01-01T00:00:00Z" } }, orderBy: { field: PUBLISHED_AT }) { totalCount edges { node { title } } } }`);
    await shape(client, 'speaker.affiliations(at:) and statements of a speaker', `query ($f: SpeakerFilter) { speakers(first: 5, filter: $f) { edges { node { name affiliations(at: "2025-01-01T00:00:00Z") { role } statements(first: 5, filter: { kind: { eq: INDIRECT } }) { totalCount edges { node { text } } } } } } }`, {
      f: { name: { contains: 'al-' } },
    });
    await shape(client, 'search page 1 with nodes', `{ search(query: "underestimated", first: 20) { totalCount edges { rank snippet node { text article { title } speaker { name } } } } }`);
    await shape(client, 'statementStats by MONTH', `{ statementStats(groupBy: [TIME], interval: MONTH) { total buckets { period count share } } }`);
    await shape(client, 'statementStats by ORGANIZATION', `{ statementStats(groupBy: [ORGANIZATION]) { total buckets { organization { name } count distinctSpeakers share } } }`);
    await shape(client, 'speakerSearch', `{ speakerSearch(name: "al-Farsany") { similarity matchedName speaker { name } } }`);

    console.log('\n== export ==');
    const started = performance.now();
    const statements: string[] = [];
    (globalThis as { gc?: () => void }).gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const stop = onPrismaQuery((sql) => statements.push(sql));
    const response = await createGateway().fetch(`http://bench/export/statements.csv?filter=${encodeURIComponent(JSON.stringify({ statedAt: { gte: '2025-01-01T00:00:00Z' } }))}`);
    let bytes = 0;
    const reader = response.body!.getReader();
    const memory: number[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      memory.push(process.memoryUsage().heapUsed);
    }
    stop();
    console.log(
      `  CSV export (2025 onwards): ${(bytes / 1e6).toFixed(1)} MB, ${statements.length} SQL statements, ${((performance.now() - started) / 1000).toFixed(1)} s, heap ${(heapBefore / 1e6).toFixed(0)} MB before, at most ${(Math.max(...memory) / 1e6).toFixed(0)} MB while streaming`,
    );
  } finally {
    await client.end();
    await disconnectDatabase();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
