#!/usr/bin/env node
// Runs `prisma generate` on machines that cannot download Prisma's native schema engine.
// `generate` never runs that engine, but the CLI insists the binary exists before it starts;
// pointing PRISMA_SCHEMA_ENGINE_BINARY at any executable satisfies the check offline. Where
// the variable is already set (or the engine was downloaded), it is left alone.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1' };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
// Generators (prisma-pothos-types) are found on PATH, as npm scripts would find them.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
env.PATH = [join(root, 'node_modules', '.bin'), env.PATH].join(delimiter);

const cli = require.resolve('prisma/build/index.js');
const result = spawnSync(process.execPath, [cli, 'generate'], { stdio: 'inherit', env, cwd: root });
if (result.status !== 0) {
  console.error('prisma generate failed: the Prisma client and Pothos types were not generated.');
  process.exit(result.status ?? 1);
}
