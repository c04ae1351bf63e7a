import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../../src/graphql/yoga.ts';
import { csvField, csvRow, exportStatementsStream, type ExportRecord } from '../../../src/graphql/export/statements-export.ts';
import { onPrismaQuery } from '../../../src/persistence/database.ts';
import { useTestDatabase, type TestDatabase } from '../../support/test-database.ts';
import { data, goldenSql, storeAnalystCorpus, type AnalystFixture } from './fixture.ts';

let db: TestDatabase;
let fixture: AnalystFixture;

beforeAll(async () => {
  db = await useTestDatabase(import.meta.url);
  fixture = await storeAnalystCorpus({ articles: 60, people: 18, seed: 41 });
});
afterAll(() => db?.close());

async function request(path: string, init: RequestInit = {}): Promise<{ response: Response; body: string; sql: string[] }> {
  const sql: string[] = [];
  const stop = onPrismaQuery((statement) => sql.push(statement));
  try {
    const response = await createGateway().fetch(`http://gateway.test${path}`, init);
    return { response, body: await response.text(), sql };
  } finally {
    stop();
  }
}

const ndjson = (body: string): ExportRecord[] =>
  body
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ExportRecord);

/** A small RFC 4180 parser, to check the export's quoting independently. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  return rows;
}

describe('statement export', () => {
  it('streams every statement as NDJSON with article, speaker and the roles held on the statement\'s date', async () => {
    const { response, body } = await request('/export/statements.ndjson');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const records = ndjson(body);
    expect(records).toHaveLength(fixture.statements.length);
    // (The same quote can appear twice in an article, by different speakers: key by all three.)
    const byKey = new Map(fixture.statements.map((s) => [`${s.title}|${s.text}|${s.speaker}`, s]));
    for (const record of records) {
      const truth = byKey.get(`${record.article.title}|${record.text}|${record.speaker?.name}`)!;
      expect(truth).toBeDefined();
      expect(record.article.outlet?.name).toBe(truth.outlet);
      expect(record.statedAt).toBe(truth.statedAt.toISOString());
      expect(record.affiliations.map((a) => `${a.role}@${a.organization.name}`).sort()).toEqual(
        fixture.rolesAt(truth.speaker, truth.statedAt).map((r) => `${r.role}@${r.organization}`).sort(),
      );
    }
  });

  it('takes the GraphQL filter language (GET parameter or POST body) and agrees with the statements connection', async () => {
    const organization = fixture.corpus.people[1]!.roles[0]!.organization;
    const filter = { speakerAffiliation: { organization: { name: { eq: organization } } }, kind: { eq: 'INDIRECT' } };
    const get = await request(`/export/statements.ndjson?filter=${encodeURIComponent(JSON.stringify(filter))}`);
    const post = await request('/export/statements.ndjson', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ filter }),
    });
    const expected = await data(`query ($filter: StatementFilter) { statements(filter: $filter, first: 100, orderBy: { field: ID, direction: ASC }) { totalCount edges { node { id } } } }`, { filter });
    expect(expected.statements.totalCount).toBeGreaterThan(0);
    const ids = expected.statements.edges.map((e: any) => e.node.id);
    expect(ndjson(get.body).map((r) => r.id)).toEqual(ids);
    expect(ndjson(post.body).map((r) => r.id)).toEqual(ids);
    for (const record of ndjson(get.body)) expect(record.affiliations.map((a) => a.organization.name)).toContain(organization);
    // Role periods lookup, then one batch: statements (+ articles, outlets, speakers), affiliations (+ organisations).
    expect(get.sql.length).toBeLessThanOrEqual(8);
    await expect(goldenSql(get.sql, 2)).toMatchFileSnapshot('__sql__/export-filtered.sql');
  });

  it('writes CSV with a header and RFC 4180 quoting that round-trips', async () => {
    const { response, body } = await request('/export/statements.csv?filter=' + encodeURIComponent('{"kind":{"eq":"DIRECT"}}'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="statements.csv"');
    const rows = parseCsv(body);
    const [header, ...records] = rows;
    expect(header).toEqual([
      'statement_id', 'stated_at', 'kind', 'cue', 'text', 'confidence', 'speaker_id', 'speaker_name', 'affiliations',
      'article_id', 'article_title', 'article_url', 'published_at', 'outlet_id', 'outlet_name',
    ]);
    const direct = fixture.statements.filter((s) => s.kind === 'DIRECT');
    expect(records).toHaveLength(direct.length);
    for (const record of records) expect(record).toHaveLength(header!.length);
    expect(new Set(records.map((r) => r[4]))).toEqual(new Set(direct.map((s) => s.text)));
    // Quoting itself: commas, quotes and newlines survive a parse.
    const tricky = ['plain', 'a, b', 'say "no"', 'two\nlines', null, 0.5] as const;
    expect(parseCsv(csvRow(tricky))).toEqual([['plain', 'a, b', 'say "no"', 'two\nlines', '', '0.5']]);
    expect(csvField('"')).toBe('""""');
    // Spreadsheet formulas in article text are neutralised; numbers stay numbers.
    expect(csvRow(['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', -3])).toBe(`"'=HYPERLINK(""http://x"")",'+1,'-2,'@SUM(A1),-3\r\n`);
  });

  it('pages through large sets by keyset in constant-size batches', async () => {
    const sql: string[] = [];
    const stop = onPrismaQuery((statement) => sql.push(statement));
    let text = '';
    try {
      const reader = exportStatementsStream({}, 'ndjson', 25).getReader();
      const decoder = new TextDecoder();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
    } finally {
      stop();
    }
    const ids = ndjson(text).map((r) => r.id);
    expect(ids).toHaveLength(fixture.statements.length);
    expect(new Set(ids).size).toBe(ids.length);
    // Keyset pages: Prisma aliases the table ("t0") when it joins relations into one statement.
    const pages = sql.filter((statement) => /FROM "public"\."Statement"(?: AS "t0")?/.test(statement) && /LIMIT/.test(statement));
    expect(pages).toHaveLength(Math.floor(fixture.statements.length / 25) + 1);
    for (const page of pages) expect(page).toMatch(/(?:"Statement"|"t0")\."id" > \$\d+/);
  });

  it('answers a bad filter with HTTP 400 and the coded errors GraphQL gives', async () => {
    const cases: { path: string; init?: RequestInit; code: string; argumentPath?: unknown[] }[] = [
      { path: '/export/statements.csv?filter=%7Bnope', code: 'BAD_USER_INPUT' },
      { path: `/export/statements.csv?filter=${encodeURIComponent('{"kind":{"eq":"SHOUTED"}}')}`, code: 'BAD_USER_INPUT', argumentPath: ['filter', 'kind', 'eq'] },
      { path: `/export/statements.csv?filter=${encodeURIComponent('{"colour":"red"}')}`, code: 'BAD_USER_INPUT', argumentPath: ['filter'] },
      {
        path: `/export/statements.ndjson?filter=${encodeURIComponent('{"statedAt":{"gte":"2025-01-02T00:00:00Z","lt":"2025-01-01T00:00:00Z"}}')}`,
        code: 'BAD_USER_INPUT',
        argumentPath: ['filter', 'statedAt'],
      },
      { path: `/export/statements.ndjson?filter=${encodeURIComponent('{"speaker":{"id":{"eq":"xyz"}}}')}`, code: 'INVALID_ID', argumentPath: ['filter', 'speaker', 'id', 'eq'] },
      { path: '/export/statements.ndjson', init: { method: 'POST', body: '[1]' }, code: 'BAD_USER_INPUT' },
      { path: '/export/statements.ndjson', init: { method: 'POST', body: '{"filter":{},"limit":3}' }, code: 'BAD_USER_INPUT' },
    ];
    for (const { path, init, code, argumentPath } of cases) {
      const { response, body, sql } = await request(path, init);
      expect(response.status, path).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/json');
      const error = (JSON.parse(body) as { errors: { extensions: Record<string, unknown> }[] }).errors[0]!;
      expect(error.extensions.code).toBe(code);
      if (argumentPath) expect(error.extensions.argumentPath).toEqual(argumentPath);
      expect(sql).toEqual([]);
    }
    expect((await request('/export/statements.csv', { method: 'DELETE' })).response.status).toBe(405);
  });
});
