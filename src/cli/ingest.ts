/**
 * `ingest FILE|DIR...`: stores raw articles, one transaction each. A file that cannot be read
 * or is not a valid article is reported by name and skipped; the rest continue. Re-ingesting
 * the same text changes nothing.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { RawArticleInput } from '../domain/article-input.ts';
import { ArticleInputError, ingestArticle } from '../persistence/ingest.ts';
import { DuplicateUrlError } from '../persistence/store-article.ts';

export interface IngestSummary {
  created: number;
  unchanged: number;
  failed: number;
  statements: number;
  seconds: number;
}

/** Expands directories to the `.txt` files directly inside them, in name order. */
export async function collectArticleFiles(paths: string[], report: (message: string) => void): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    try {
      if ((await stat(path)).isDirectory()) {
        const names = (await readdir(path)).filter((name) => name.endsWith('.txt')).sort();
        if (names.length === 0) report(`${path}: no .txt files in this directory`);
        files.push(...names.map((name) => join(path, name)));
      } else {
        files.push(path);
      }
    } catch (error) {
      report(`${path}: ${describe(error)}`);
    }
  }
  return files;
}

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (error instanceof ArticleInputError || error instanceof DuplicateUrlError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

function progressBar(done: number, total: number, width = 30): string {
  const filled = Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`;
}

/**
 * Ingests every file; `metadata` (outlet, language, date) applies to all of them. Writes
 * problems and the summary to `err`, with a progress bar when it is a terminal.
 */
export async function runIngest(
  paths: string[],
  metadata: Omit<RawArticleInput, 'text'>,
  err: NodeJS.WriteStream | NodeJS.WritableStream = process.stderr,
): Promise<IngestSummary> {
  const started = performance.now();
  const interactive = 'isTTY' in err && err.isTTY === true;
  const clearLine = () => interactive && err.write('\r\u001b[2K');
  const report = (message: string) => {
    clearLine();
    err.write(`ingest: ${message}\n`);
  };
  const summary: IngestSummary = { created: 0, unchanged: 0, failed: 0, statements: 0, seconds: 0 };
  const files = await collectArticleFiles(paths, (message) => {
    summary.failed += 1;
    report(message);
  });
  for (const [index, file] of files.entries()) {
    try {
      const text = await readFile(file, 'utf8');
      const result = await ingestArticle({ ...metadata, text });
      if (result.created) {
        summary.created += 1;
        summary.statements += result.statementCount;
      } else {
        summary.unchanged += 1;
      }
    } catch (error) {
      summary.failed += 1;
      report(`${file}: ${describe(error)} (skipped)`);
    }
    if (interactive && files.length > 1) err.write(`\r${progressBar(index + 1, files.length)}`);
  }
  clearLine();
  summary.seconds = (performance.now() - started) / 1000;
  const rate = summary.seconds > 0 ? (files.length / summary.seconds).toFixed(1) : '∞';
  err.write(
    `ingested ${files.length} file(s) in ${summary.seconds.toFixed(1)} s (${rate} articles/s): ` +
      `${summary.created} new with ${summary.statements} statements, ${summary.unchanged} already stored, ${summary.failed} failed\n`,
  );
  return summary;
}
