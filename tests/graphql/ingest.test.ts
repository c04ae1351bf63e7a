import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_CHARS } from '../../src/domain/article-input.ts';
import { generateCorpus } from '../../src/domain/synthetic/corpus.ts';
import { prisma } from '../../src/persistence/client.ts';
import { storeArticle } from '../../src/persistence/store-article.ts';
import { execute, onlyError, query } from '../support/graphql.ts';
import { useTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await useTestDatabase(import.meta.url);
});
afterAll(() => db.close());

const INGEST = `mutation ($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    created
    article { id title url publishedAt language outlet { name }
      statements(first: 50) { totalCount edges { node { kind text cue span { start end } speaker { name } speakerMention { text } } } } }
  }
}`;

// Invented outlet and people.
const ARTICLE = [
  'Harbour council splits over ferry subsidy',
  'Lantern Post/ The Eastmere harbour council will vote on the ferry subsidy next week, according to a council spokesperson.',
  'Ilse Marchetti-Osei, a member of the Eastmere Harbour Council, told Lantern Post that the subsidy had been promised to the island towns.',
  '“We gave our word to the islands,” Marchetti-Osei said. “Breaking it now would cost us their trust.”',
].join('\n');

async function counts() {
  const [articles, statements, speakers, outlets, affiliations] = await Promise.all([
    prisma.article.count(),
    prisma.statement.count(),
    prisma.speaker.count(),
    prisma.outlet.count(),
    prisma.affiliation.count(),
  ]);
  return { articles, statements, speakers, outlets, affiliations };
}

describe('ingestArticle', () => {
  it('stores the article with its extracted statements, spans pointing into the body', async () => {
    const data = await query(INGEST, {
      input: { text: ARTICLE, url: 'https://lantern.example/ferry', publishedAt: '2025-03-04', language: 'en' },
    });
    const { created, article } = data.ingestArticle;
    expect(created).toBe(true);
    expect(article.title).toBe('Harbour council splits over ferry subsidy');
    expect(article.outlet).toEqual({ name: 'Lantern Post' });
    expect(article.publishedAt).toBe('2025-03-04T00:00:00.000Z');
    expect(article.url).toBe('https://lantern.example/ferry');
    const { body } = await prisma.article.findUniqueOrThrow({ where: { url: 'https://lantern.example/ferry' } });
    const statements = article.statements.edges.map((edge: any) => edge.node);
    expect(statements.length).toBeGreaterThanOrEqual(3);
    for (const statement of statements) expect(body.slice(statement.span.start, statement.span.end)).toBe(statement.text);
    const direct = statements.filter((statement: any) => statement.kind === 'DIRECT');
    expect(direct.map((statement: any) => statement.text)).toEqual([
      'We gave our word to the islands,',
      'Breaking it now would cost us their trust.',
    ]);
    expect(direct.every((statement: any) => statement.speaker?.name === 'Ilse Marchetti-Osei')).toBe(true);
  });

  it('ingesting the same text again changes nothing', async () => {
    const before = await counts();
    const data = await query(INGEST, { input: { text: ARTICLE } });
    expect(data.ingestArticle.created).toBe(false);
    expect(data.ingestArticle.article.url).toBe('https://lantern.example/ferry');
    expect(await counts()).toEqual(before);
  });

  const bad: [name: string, input: Record<string, unknown>, field: string, reason: string][] = [
    ['empty text', { text: '  \n ' }, 'input.text', 'EMPTY_TEXT'],
    ['text over the size limit', { text: `Title\n${'word '.repeat(MAX_ARTICLE_CHARS / 5 + 1)}` }, 'input.text', 'TEXT_TOO_LARGE'],
    ['a title with no body', { text: 'Only a title' }, 'input.text', 'NO_BODY'],
    ['a malformed URL', { text: ARTICLE.replace('next week', 'soon'), url: 'not a url' }, 'input.url', 'INVALID_URL'],
    ['a non-http URL', { text: ARTICLE.replace('next week', 'soon'), url: 'ftp://files.example/a' }, 'input.url', 'INVALID_URL'],
    ['a malformed date', { text: ARTICLE.replace('next week', 'soon'), publishedAt: 'last Tuesday' }, 'input.publishedAt', 'INVALID_DATE'],
    ['an impossible date', { text: ARTICLE.replace('next week', 'soon'), publishedAt: '2025-02-31' }, 'input.publishedAt', 'INVALID_DATE'],
    ['a malformed language', { text: ARTICLE.replace('next week', 'soon'), language: 'English!' }, 'input.language', 'INVALID_LANGUAGE'],
  ];
  for (const [name, input, field, reason] of bad) {
    it(`rejects ${name} with a coded error and writes nothing`, async () => {
      const before = await counts();
      const error = onlyError(await execute(INGEST, { input }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
      expect(error.path).toEqual(['ingestArticle']);
      expect(await counts()).toEqual(before);
    });
  }

  it('rejects a different text under a URL already stored, as a CONFLICT, writing nothing', async () => {
    const before = await counts();
    const error = onlyError(
      await execute(INGEST, { input: { text: ARTICLE.replace('next week', 'in May'), url: 'https://lantern.example/ferry', outlet: 'Brand New Outlet' } }),
    );
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.url', reason: 'DUPLICATE_URL' });
    expect(await counts()).toEqual(before);
  });

  it('never leaves a half-written article: a failure while storing statements rolls everything back', async () => {
    const before = await counts();
    const [article] = generateCorpus({ articles: 1, seed: 99 }).articles;
    const broken = structuredClone(article!.extracted);
    broken.outlet = 'An Outlet Created In The Failed Transaction';
    // Not a statement kind: the last write of the transaction (the statements) fails, after the
    // outlet, article, speakers and affiliations were written.
    (broken.statements[0] as { kind: string }).kind = 'SHOUTED';
    await expect(storeArticle(article!.text, broken)).rejects.toThrow();
    expect(await counts()).toEqual(before);
  });
});
