import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The PolNeAR articles in ../shared/eval are for measuring the extractor only: none of their
 * text may be copied into the repository (tests, fixtures, lexicons, comments). This scans
 * every tracked file for any run of 10 words that also occurs in those articles.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EVAL_DIR = join(ROOT, '..', 'shared', 'eval', 'polnear');
const RUN = 10;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function shingles(text: string): Set<string> {
  const tokens = words(text);
  const runs = new Set<string>();
  for (let i = 0; i + RUN <= tokens.length; i += 1) runs.add(tokens.slice(i, i + RUN).join(' '));
  return runs;
}

describe.skipIf(!existsSync(EVAL_DIR))('data honesty', () => {
  it('no tracked file holds a 10-word run of the PolNeAR evaluation articles', () => {
    const evaluation = new Set<string>();
    for (const split of readdirSync(EVAL_DIR)) {
      for (const file of readdirSync(join(EVAL_DIR, split)).filter((name) => name.endsWith('.txt'))) {
        for (const run of shingles(readFileSync(join(EVAL_DIR, split, file), 'utf8'))) evaluation.add(run);
      }
    }
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
});
