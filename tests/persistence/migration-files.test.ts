import { describe, expect, it } from 'vitest';
import { readMigrations } from '../../src/persistence/migrate.ts';

describe('migration files', () => {
  it('have no semicolon inside a -- comment (Prisma\'s engine splits scripts at semicolons, comments included)', () => {
    const offending = readMigrations().flatMap((migration) =>
      migration.sql
        .split('\n')
        .map((line, index) => ({ line, number: index + 1 }))
        .filter(({ line }) => /--.*;/.test(line))
        .map(({ number }) => `${migration.name}/migration.sql:${number}`),
    );
    expect(offending).toEqual([]);
  });

  it('are named <14-digit timestamp>_<name>, in order, without duplicates', () => {
    const names = readMigrations().map((migration) => migration.name);
    for (const name of names) expect(name).toMatch(/^\d{14}_[a-z0-9_]+$/);
    expect(new Set(names.map((name) => name.slice(0, 14))).size).toBe(names.length);
  });
});
