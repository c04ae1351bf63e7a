import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('cli output into a closed pipe', () => {
  it('ends quietly when the reader stops early (`cli extract … | head -c 1`)', () => {
    // Extracting the seed article many times writes far more than the pipe buffer holds, so
    // the writer meets the closed pipe.
    const files = Array.from({ length: 200 }, () => 'seeds/articles/000_698f822e2a7ff0d5.txt').join(' ');
    const result = spawnSync('bash', ['-c', `set -o pipefail; npx tsx src/cli/main.ts extract ${files} | head -c 1 >/dev/null; echo "status \${PIPESTATUS[0]}" >&2`], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).not.toMatch(/EPIPE|Unhandled 'error' event/);
    expect(result.stderr).toMatch(/status 0/);
  }, 60_000);
});
