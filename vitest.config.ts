import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Node loads graphql@16 as CommonJS for Pothos and Yoga (the package has no "exports" map);
    // Vite would pick its "module" build for our own files: two copies, and graphql-js refuses
    // to mix them. One copy for everyone.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // Child processes, not threads: PGlite's WASM heap and the pg pools stay per file, and a
    // crashed file cannot take the others down.
    pool: 'forks',
    fileParallelism: true,
    // CI and the dev machines have 2 cores; each file owns its own database, so files may overlap.
    maxWorkers: 2,
    globalSetup: ['tests/support/global-setup.ts'],
    // Starting PGlite and migrating takes a few seconds; the schema engine's WASM a few more.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
