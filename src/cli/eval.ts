/**
 * `eval DIR [--gold DIR] [--out FILE]`: a benchmark, not a test. Extracts every `.txt` in
 * DIR, writes the predictions as NDJSON (a temp file unless --out), then runs the shared
 * scorer (`../shared/eval/score.mjs` from the repository root, or $EVAL_SCORER) and prints
 * its report followed by the extraction time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../domain/extraction/extract-article.ts';
import { toPredictionRecord } from './extract.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Parses `eval` arguments, runs extraction and the scorer; returns the process exit code. */
export async function runEval(args: string[]): Promise<number> {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--gold' || arg === '--out') {
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
    process.stderr.write('usage: eval DIR [--gold DIR] [--out FILE]\n');
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
  const lines = articles.map((a, i) => JSON.stringify(toPredictionRecord(texts[i]?.file ?? '', a)));
  const outFile = options.get('--out') ?? path.join(mkdtempSync(path.join(tmpdir(), 'newsgraph-eval-')), 'predictions.ndjson');
  writeFileSync(outFile, `${lines.join('\n')}\n`);

  const scorer = process.env['EVAL_SCORER'] ?? path.resolve(REPO_ROOT, '..', 'shared', 'eval', 'score.mjs');
  const result = spawnSync(process.execPath, [scorer, '--gold', options.get('--gold') ?? dir, '--pred', outFile], { encoding: 'utf8' });
  if (result.error) {
    process.stderr.write(`eval: cannot run scorer ${scorer}: ${result.error.message}\n`);
    return 1;
  }
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  const statements = articles.reduce((n, a) => n + a.statements.length, 0);
  process.stdout.write(`predictions: ${outFile}\n`);
  process.stdout.write(`extraction time: ${elapsedMs.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU for ${files.length} articles (${statements} statements)\n`);
  return result.status ?? 1;
}
