import { createLoaders, type Loaders } from './loaders/index.ts';

/** What every resolver of one request sees. The Prisma client is a module singleton, not here. */
export interface GraphQLContext {
  loaders: Loaders;
}

/** Builds the per-request context: a fresh set of dataloaders. */
export function createContext(): GraphQLContext {
  return { loaders: createLoaders() };
}
