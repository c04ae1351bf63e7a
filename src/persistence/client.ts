import type { DatabaseConfig } from '../config.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { openDatabase, type Database } from './database.ts';
import { migrate } from './migrate.ts';

/**
 * The process's Prisma client: a module singleton (not on the GraphQL context), set by
 * `connectDatabase()`. An ES module live binding, so importers always see the current client.
 */
export let prisma: PrismaClient;

let current: Database | undefined;

/** Opens the configured database, applies pending migrations and makes it the process's client. */
export async function connectDatabase(config: DatabaseConfig): Promise<Database> {
  if (current) throw new Error('the database is already connected');
  const database = await openDatabase(config);
  try {
    await database.session((sql) => migrate(sql));
  } catch (error) {
    await database.close();
    throw error;
  }
  current = database;
  prisma = database.prisma;
  return database;
}

/** The connected database (its mode and raw SQL runner). */
export function currentDatabase(): Database {
  if (!current) throw new Error('the database is not connected: call connectDatabase() first');
  return current;
}

export async function disconnectDatabase(): Promise<void> {
  const database = current;
  current = undefined;
  await database?.close();
}
