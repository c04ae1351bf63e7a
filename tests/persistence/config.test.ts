import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadDatabaseConfig, type Config, type DatabaseConfig } from '../../src/config.ts';

// Configuration is read from the environment once at start-up; a bad value stops the gateway
// with a ConfigError naming the variable.

describe('loadDatabaseConfig', () => {
  const cases: Array<{ env: NodeJS.ProcessEnv; expected: DatabaseConfig; why: string }> = [
    {
      why: 'DATABASE_URL selects the Postgres server, with the default pool size',
      env: { DATABASE_URL: 'postgresql://postgres@db.internal:5432/newsgraph' },
      expected: { mode: 'postgres', url: 'postgresql://postgres@db.internal:5432/newsgraph', poolSize: 10 },
    },
    {
      why: 'the postgres:// scheme is accepted too, and DATABASE_POOL_SIZE sizes the pool',
      env: { DATABASE_URL: ' postgres://u:p@localhost/newsgraph ', DATABASE_POOL_SIZE: '3' },
      expected: { mode: 'postgres', url: 'postgres://u:p@localhost/newsgraph', poolSize: 3 },
    },
    {
      why: 'no DATABASE_URL selects the embedded database in .data/pglite',
      env: {},
      expected: { mode: 'embedded', dataDir: resolve('.data/pglite') },
    },
    {
      why: 'an empty DATABASE_URL counts as unset',
      env: { DATABASE_URL: '   ' },
      expected: { mode: 'embedded', dataDir: resolve('.data/pglite') },
    },
    {
      why: 'PGLITE_DATA_DIR moves the embedded data, resolved to an absolute path',
      env: { PGLITE_DATA_DIR: 'var/db' },
      expected: { mode: 'embedded', dataDir: resolve('var/db') },
    },
    {
      why: 'PGLITE_DATA_DIR is ignored when DATABASE_URL is set',
      env: { DATABASE_URL: 'postgresql://localhost/newsgraph', PGLITE_DATA_DIR: '/srv/pglite' },
      expected: { mode: 'postgres', url: 'postgresql://localhost/newsgraph', poolSize: 10 },
    },
  ];

  it.each(cases)('$why', ({ env, expected }) => {
    expect(loadDatabaseConfig(env)).toEqual(expected);
  });
});

describe('loadConfig', () => {
  it('has working defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual<Config>({
      port: 4000,
      host: '0.0.0.0',
      database: { mode: 'embedded', dataDir: resolve('.data/pglite') },
      seedOnEmpty: true,
    });
  });

  it('reads PORT, HOST and SEED_ON_EMPTY', () => {
    expect(loadConfig({ PORT: '8080', HOST: '127.0.0.1', SEED_ON_EMPTY: 'no' })).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      seedOnEmpty: false,
    });
  });

  it.each([
    ['1', true],
    ['TRUE', true],
    ['yes', true],
    ['on', true],
    ['0', false],
    ['false', false],
    ['No', false],
    ['off', false],
  ])('reads SEED_ON_EMPTY=%s as %s', (raw, expected) => {
    expect(loadConfig({ SEED_ON_EMPTY: raw }).seedOnEmpty).toBe(expected);
  });
});

describe('a bad variable stops start-up with a ConfigError naming it', () => {
  const cases: Array<{ env: NodeJS.ProcessEnv; variable: string; message: RegExp }> = [
    { env: { PORT: 'http' }, variable: 'PORT', message: /^PORT: expected an integer from 0 to 65535, got "http"$/ },
    { env: { PORT: '65536' }, variable: 'PORT', message: /^PORT: .*got "65536"/ },
    { env: { PORT: '-1' }, variable: 'PORT', message: /^PORT: .*got "-1"/ },
    { env: { PORT: '80.5' }, variable: 'PORT', message: /^PORT: .*got "80.5"/ },
    { env: { DATABASE_URL: 'not a url' }, variable: 'DATABASE_URL', message: /^DATABASE_URL: not a valid URL/ },
    { env: { DATABASE_URL: 'mysql://localhost/newsgraph' }, variable: 'DATABASE_URL', message: /^DATABASE_URL: expected a postgresql:\/\/ URL, got "mysql:"$/ },
    {
      env: { DATABASE_URL: 'postgresql://localhost/newsgraph', DATABASE_POOL_SIZE: '0' },
      variable: 'DATABASE_POOL_SIZE',
      message: /^DATABASE_POOL_SIZE: expected an integer from 1 to 200, got "0"$/,
    },
    { env: { SEED_ON_EMPTY: 'maybe' }, variable: 'SEED_ON_EMPTY', message: /^SEED_ON_EMPTY: expected true or false, got "maybe"$/ },
  ];

  it.each(cases)('$variable=$env', ({ env, variable, message }) => {
    let thrown: unknown;
    try {
      loadConfig(env);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect(thrown).toMatchObject({ name: 'ConfigError', variable });
    expect((thrown as Error).message).toMatch(message);
  });
});
