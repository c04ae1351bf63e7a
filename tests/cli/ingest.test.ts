import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/cli/ingest.ts';
import { generateCorpus } from '../../src/domain/synthetic/corpus.ts';
import { prisma } from '../../src/persistence/client.ts';
import { useTestDatabase, type TestDatabase } from '../support/test-database.ts';

let db: TestDatabase;
let dir: string;

beforeAll(async () => {
  db = await useTestDatabase(import.meta.url);
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-ingest-'));
  const { articles } = generateCorpus({ articles: 5, seed: 8 });
  articles.forEach((article, index) => writeFileSync(join(dir, `article-${index}.txt`), article.text));
  writeFileSync(join(dir, 'empty.txt'), '   \n');
  writeFileSync(join(dir, 'notes.md'), 'not an article: ignored, not .txt');
  mkdirSync(join(dir, 'nested'));
});
afterAll(() => db.close());

async function ingest(paths: string[], metadata = {}) {
  const err = new PassThrough();
  let output = '';
  err.on('data', (chunk) => (output += chunk));
  const summary = await runIngest(paths, metadata, err);
  return { summary, output };
}

describe('cli ingest', () => {
  it('stores every good file, reports bad ones by name and goes on', async () => {
    const { summary, output } = await ingest([dir, join(dir, 'missing.txt')], { language: 'en' });
    expect(summary).toMatchObject({ created: 5, unchanged: 0, failed: 2 });
    expect(output).toContain(`${join(dir, 'empty.txt')}: the article text is empty (skipped)`);
    expect(output).toContain(`${join(dir, 'missing.txt')}: no such file or directory`);
    expect(output).toMatch(/ingested 6 file\(s\) in [\d.]+ s \([\d.]+ articles\/s\): 5 new with \d+ statements, 0 already stored, 2 failed/);
    expect(await prisma.article.count()).toBe(5);
    expect(await prisma.article.count({ where: { language: 'en' } })).toBe(5);
    expect(summary.statements).toBe(await prisma.statement.count());
  });

  it('ingesting the same files again changes nothing', async () => {
    const statements = await prisma.statement.count();
    const { summary } = await ingest([dir]);
    expect(summary).toMatchObject({ created: 0, unchanged: 5, failed: 1 });
    expect(await prisma.statement.count()).toBe(statements);
  });

  it('names a bad option value without writing', async () => {
    const other = mkdtempSync(join(tmpdir(), 'newsgraph-ingest-'));
    writeFileSync(join(other, 'a.txt'), 'A title\nSome body text, said Vera Lindqvist-Amari.');
    const { summary, output } = await ingest([other], { publishedAt: 'yesterday' });
    expect(summary).toMatchObject({ created: 0, failed: 1 });
    expect(output).toContain('"yesterday" is not an ISO 8601 date');
  });
});
