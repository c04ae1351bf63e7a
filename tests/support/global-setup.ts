import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { chooseTestDatabaseMode, newRunId, removeTestDatabases, TEST_DATA_DIR_PREFIX } from './database-mode.ts';

/**
 * Runs once per `vitest run`, before any worker starts: picks the database the whole suite
 * uses, says so in one line, and hands the choice to the workers (read with
 * `testDatabaseMode()` from tests/support/test-database.ts), with this run's id for naming
 * its databases. Removes what dead runs left behind, and at the end whatever this run left.
 *
 * In embedded mode it also initialises one PGlite data directory as a template: a new PGlite
 * directory costs 3 to 8 s of initdb, a copy of an initialised one well under a second, and
 * every test file wants one or more fresh databases.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { mode, message } = await chooseTestDatabaseMode();
  console.log(`[newsgraph] ${message}`);
  const runId = newRunId();
  project.provide('testDatabaseMode', mode);
  project.provide('testRunId', runId);
  const keep = process.env.KEEP_TEST_DATABASES === '1';
  if (!keep) await removeTestDatabases({ mode, runId });

  if (mode === 'embedded') {
    const templateDir = mkdtempSync(join(tmpdir(), `${TEST_DATA_DIR_PREFIX}${runId}-template-`));
    const pglite = await PGlite.create(join(templateDir, 'data'));
    await pglite.close();
    project.provide('embeddedTemplateDir', join(templateDir, 'data'));
  }
  return async () => {
    if (!keep) await removeTestDatabases({ mode, runId });
  };
}
