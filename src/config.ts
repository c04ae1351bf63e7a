import { resolve } from 'node:path';

/** Where the gateway keeps its data: a Postgres server, or an embedded Postgres (PGlite) on disk. */
export type DatabaseConfig =
  | { mode: 'postgres'; url: string; poolSize: number }
  | { mode: 'embedded'; dataDir: string };

export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  /** Load seeds/ into an empty database at start-up. */
  seedOnEmpty: boolean;
}

/** A configuration problem, naming the environment variable at fault. */
export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `expected an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `expected true or false, got "${env[name]}"`);
}

/** Reads the database settings: `DATABASE_URL` selects a server; otherwise the embedded database. */
export function loadDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigError('DATABASE_URL', 'not a valid URL (expected postgresql://user@host:port/database)');
    }
    if (parsed.protocol !== 'postgresql:' && parsed.protocol !== 'postgres:') {
      throw new ConfigError('DATABASE_URL', `expected a postgresql:// URL, got "${parsed.protocol}"`);
    }
    return { mode: 'postgres', url, poolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 200) };
  }
  return { mode: 'embedded', dataDir: resolve(env.PGLITE_DATA_DIR?.trim() || '.data/pglite') };
}

/** Reads and validates the whole configuration once, at start-up. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || '0.0.0.0',
    database: loadDatabaseConfig(env),
    seedOnEmpty: boolean(env, 'SEED_ON_EMPTY', true),
  };
}
