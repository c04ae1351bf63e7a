import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The PolNeAR articles in ../shared/eval are for measuring the extractor only: none of their
 * text may be copied into the repository (tests, fixtures, lexicons, comments). This scans
 * every tracked file for any run of 10 words that also occurs in those articles, and every
 * quoted example of 5 words or more in the code and tests (“…”, "…", `…`) for a verbatim copy:
 * a short quotation lifted from an article is as much a copy as a long passage. A sentence
 * rewritten from an article by swapping its names ("Ivo Pell" for a senator) is a copy too:
 * no line may share three 4-word runs with one article when those runs occur in no other.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EVAL_DIR = join(ROOT, '..', 'shared', 'eval', 'polnear');
const RUN = 10;
const QUOTED_RUN = 5;
const ECHO_RUN = 4;
const ECHO_LIMIT = 3;
const QUOTED = /“([^“”\n]{3,300})”|`([^`\n]{3,300})`|"([^"\n]{3,300})"/g;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function shingles(text: string, run = RUN): Set<string> {
  const tokens = words(text);
  const runs = new Set<string>();
  for (let i = 0; i + run <= tokens.length; i += 1) runs.add(tokens.slice(i, i + run).join(' '));
  return runs;
}

/** Words with apostrophes dropped ("don’t" -> "dont"), so contractions count as one word. */
function echoWords(text: string): string[] {
  return text.toLowerCase().replace(/[’']/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

function evaluationTexts(): string[] {
  return readdirSync(EVAL_DIR).flatMap((split) =>
    readdirSync(join(EVAL_DIR, split))
      .filter((name) => name.endsWith('.txt'))
      .map((file) => readFileSync(join(EVAL_DIR, split, file), 'utf8')),
  );
}

describe.skipIf(!existsSync(EVAL_DIR))('data honesty', () => {
  it('no tracked file holds a 10-word run of the PolNeAR evaluation articles', () => {
    const evaluation = new Set<string>();
    for (const text of evaluationTexts()) for (const run of shingles(text)) evaluation.add(run);
    expect(evaluation.size).toBeGreaterThan(100_000);
    const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
    const leaks: string[] = [];
    for (const file of tracked) {
      if (/\.(png|jpg|wasm|lock)$|package-lock\.json$/.test(file) || !existsSync(join(ROOT, file))) continue;
      for (const run of shingles(readFileSync(join(ROOT, file), 'utf8'))) {
        if (evaluation.has(run)) {
          leaks.push(`${file}: "${run}"`);
          break;
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('no quoted example of 5+ words in the code or tests is copied from the PolNeAR articles', () => {
    const evaluation = new Set<string>();
    for (const text of evaluationTexts()) for (const run of shingles(text, QUOTED_RUN)) evaluation.add(run);
    const tracked = execFileSync('git', ['ls-files', 'src', 'tests', 'README.md'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter((file) => /\.(ts|md)$/.test(file));
    const copies: string[] = [];
    for (const file of tracked) {
      if (!existsSync(join(ROOT, file))) continue;
      for (const m of readFileSync(join(ROOT, file), 'utf8').matchAll(QUOTED)) {
        const quoted = m[1] ?? m[2] ?? m[3] ?? '';
        const runs = shingles(quoted, QUOTED_RUN);
        // Copied when every 5-word run of the quotation is also a run of the articles.
        if (runs.size > 0 && [...runs].every((run) => evaluation.has(run))) copies.push(`${file}: ${quoted.slice(0, 100)}`);
      }
    }
    expect(copies).toEqual([]);
  });

  it('no line of the code or tests is an evaluation sentence with its names swapped', () => {
    // Each 4-word run of the articles maps to the one article it occurs in, or -1 if several.
    const owner = new Map<string, number>();
    evaluationTexts().forEach((text, article) => {
      const tokens = echoWords(text);
      for (let i = 0; i + ECHO_RUN <= tokens.length; i += 1) {
        const run = tokens.slice(i, i + ECHO_RUN).join(' ');
        const seen = owner.get(run);
        owner.set(run, seen === undefined || seen === article ? article : -1);
      }
    });
    const tracked = execFileSync('git', ['ls-files', 'src', 'tests', 'seeds', 'README.md'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter((file) => /\.(ts|md|json|txt)$/.test(file));
    const echoes: string[] = [];
    for (const file of tracked) {
      if (!existsSync(join(ROOT, file))) continue;
      for (const line of readFileSync(join(ROOT, file), 'utf8').split('\n')) {
        const tokens = echoWords(line);
        const shared = new Map<number, number>();
        for (let i = 0; i + ECHO_RUN <= tokens.length; i += 1) {
          const article = owner.get(tokens.slice(i, i + ECHO_RUN).join(' '));
          if (article !== undefined && article >= 0) shared.set(article, (shared.get(article) ?? 0) + 1);
        }
        if ([...shared.values()].some((n) => n >= ECHO_LIMIT)) echoes.push(`${file}: ${line.trim().slice(0, 100)}`);
      }
    }
    expect(echoes).toEqual([]);
  });
});
