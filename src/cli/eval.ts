/**
 * `eval DIR [--gold DIR] [--out FILE] [--errors] [--examples N]`: a benchmark, not a test.
 * Extracts every `.txt` in DIR, writes the predictions as NDJSON (a temp file unless --out),
 * then runs the shared scorer (`../shared/eval/score.mjs` from the repository root, or
 * $EVAL_SCORER) and prints its report followed by the extraction time. With --errors it also
 * prints the direct row's misses and false positives by pattern (eval-errors.ts), with up to
 * N examples of each.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../domain/extraction/extract-article.ts';
import type { ExtractedArticle } from '../domain/extraction/types.ts';
import { classifyDirectErrors, formatDirectErrors, type GoldAttribution, type PredictedStatement, type ScoredArticle } from './eval-errors.ts';
import { toPredictionRecord } from './extract.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const USAGE = 'usage: eval DIR [--gold DIR] [--out FILE] [--errors] [--examples N]\n';

/** Articles that have a gold file in `goldDir`, with their predictions, for the error report. */
function scoredArticles(goldDir: string, texts: ReadonlyArray<{ file: string; text: string }>, records: ReadonlyArray<Record<string, unknown>>): ScoredArticle[] {
  const scored: ScoredArticle[] = [];
  texts.forEach(({ file, text }, i) => {
    const id = path.basename(file, '.txt');
    let gold: { attributions: GoldAttribution[] };
    try {
      gold = JSON.parse(readFileSync(path.join(goldDir, `${id}.gold.json`), 'utf8')) as { attributions: GoldAttribution[] };
    } catch {
      return; // the scorer skips articles without gold too
    }
    scored.push({ id, text, gold: gold.attributions, predictions: (records[i]?.['statements'] ?? []) as PredictedStatement[] });
  });
  return scored;
}

function countStatements(articles: readonly ExtractedArticle[]): number {
  return articles.reduce((n, a) => n + a.statements.length, 0);
}

/** Parses `eval` arguments, runs extraction and the scorer; returns the process exit code. */
export async function runEval(args: string[]): Promise<number> {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--errors') options.set(arg, '');
    else if (arg === '--gold' || arg === '--out' || arg === '--examples') {
      const value = args[++i];
      if (value === undefined) {
        process.stderr.write(`eval: ${arg} needs a value\n`);
        return 2;
      }
      options.set(arg, value);
    } else positional.push(arg);
  }
  const dir = positional[0];
  if (!dir || positional.length > 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  const examples = Number(options.get('--examples') ?? '0');
  if (!Number.isInteger(examples) || examples < 0) {
    process.stderr.write(`eval: --examples needs a whole number, not ${options.get('--examples')}\n`);
    return 2;
  }
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  } catch {
    process.stderr.write(`eval: cannot read directory ${dir}\n`);
    return 2;
  }
  const texts = files.map((f) => ({ file: path.join(dir, f), text: readFileSync(path.join(dir, f), 'utf8') }));
  // Time extraction alone: reading files and writing JSON are not the extractor's cost.
  // CPU time is reported beside wall time because a busy machine inflates the latter.
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  const articles = texts.map(({ text }) => extractArticle(text));
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const records = articles.map((a, i) => toPredictionRecord(texts[i]?.file ?? '', a));
  const lines = records.map((record) => JSON.stringify(record));
  const outFile = options.get('--out') ?? path.join(mkdtempSync(path.join(tmpdir(), 'newsgraph-eval-')), 'predictions.ndjson');
  writeFileSync(outFile, `${lines.join('\n')}\n`);

  const scorer = process.env['EVAL_SCORER'] ?? path.resolve(REPO_ROOT, '..', 'shared', 'eval', 'score.mjs');
  const goldDir = options.get('--gold') ?? dir;
  const result = spawnSync(process.execPath, [scorer, '--gold', goldDir, '--pred', outFile], { encoding: 'utf8' });
  if (result.error) {
    process.stderr.write(`eval: cannot run scorer ${scorer}: ${result.error.message}\n`);
    return 1;
  }
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  if (options.has('--errors')) {
    const textOf = new Map(texts.map(({ file, text }) => [path.basename(file, '.txt'), text]));
    const errors = classifyDirectErrors(scoredArticles(goldDir, texts, records));
    process.stdout.write(formatDirectErrors(errors, examples, (id) => textOf.get(id) ?? ''));
  }
  process.stdout.write(`predictions: ${outFile}\n`);
  process.stdout.write(`extraction time: ${elapsedMs.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU for ${files.length} articles (${countStatements(articles)} statements)\n`);
  return result.status ?? 1;
}
