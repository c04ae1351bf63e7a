import { brandWithType } from '@pothos/core';
import DataLoader from 'dataloader';
import { prisma } from '../../persistence/client.ts';
import { ErrorCode, userError } from '../errors.ts';
import { rowId } from '../ids.ts';

/** The GraphQL node types and how to fetch many of each by row ID in one query. */
const FIND_MANY: Record<string, (ids: number[]) => Promise<{ id: number }[]>> = {
  Affiliation: (ids) => prisma.affiliation.findMany({ where: { id: { in: ids } } }),
  Article: (ids) => prisma.article.findMany({ where: { id: { in: ids } } }),
  Organization: (ids) => prisma.organization.findMany({ where: { id: { in: ids } } }),
  Outlet: (ids) => prisma.outlet.findMany({ where: { id: { in: ids } } }),
  Speaker: (ids) => prisma.speaker.findMany({ where: { id: { in: ids } } }),
  Statement: (ids) => prisma.statement.findMany({ where: { id: { in: ids } } }),
};

export interface NodeKey {
  typename: string;
  id: string;
}

/**
 * `node(id)` and `nodes(ids)`: objects by global ID, one query per node type per batch, null
 * for IDs that match nothing. Objects are branded with their type so the `Node` interface
 * resolves them; their relations are then loaded in batches by plugin-prisma.
 */
export function createNodeLoader(): DataLoader<NodeKey, object | null, string> {
  return new DataLoader(
    async (keys) => {
      const byType = new Map<string, number[]>();
      for (const key of keys) {
        if (!FIND_MANY[key.typename]) {
          throw userError(ErrorCode.INVALID_ID, `"${key.typename}" is not a type of this API`);
        }
        byType.set(key.typename, [...(byType.get(key.typename) ?? []), rowId(key)]);
      }
      const found = new Map<string, object>();
      await Promise.all(
        [...byType].map(async ([typename, ids]) => {
          for (const row of await FIND_MANY[typename]!(ids)) {
            brandWithType(row, typename as never);
            found.set(`${typename}:${row.id}`, row);
          }
        }),
      );
      return keys.map((key) => found.get(`${key.typename}:${Number(key.id)}`) ?? null);
    },
    { cacheKeyFn: (key) => `${key.typename}:${key.id}` },
  );
}
