import { brandWithType } from '@pothos/core';
import DataLoader from 'dataloader';
import { prisma } from '../../persistence/client.ts';
import { ErrorCode, userError } from '../errors.ts';
import { rowId } from '../ids.ts';

/** A Prisma selection planned by plugin-prisma for one node type (`{ include }` or `{ select }`). */
export type NodeQuery = Record<string, unknown>;

type FindMany = (query: NodeQuery, ids: number[]) => Promise<{ id: number }[]>;

/** The GraphQL node types and how to fetch many of each by row ID, with a planned selection, in one query. */
const FIND_MANY: Record<string, FindMany> = {
  Affiliation: (query, ids) => prisma.affiliation.findMany({ ...query, where: { id: { in: ids } } }),
  Article: (query, ids) => prisma.article.findMany({ ...query, where: { id: { in: ids } } }),
  Organization: (query, ids) => prisma.organization.findMany({ ...query, where: { id: { in: ids } } }),
  Outlet: (query, ids) => prisma.outlet.findMany({ ...query, where: { id: { in: ids } } }),
  Speaker: (query, ids) => prisma.speaker.findMany({ ...query, where: { id: { in: ids } } }),
  Statement: (query, ids) => prisma.statement.findMany({ ...query, where: { id: { in: ids } } }),
};

export interface NodeKey {
  typename: string;
  id: string;
}

/** Whether `typename` names a node type of this API. */
export function isNodeType(typename: string): boolean {
  return Object.hasOwn(FIND_MANY, typename);
}

/**
 * `node(id)` and `nodes(ids)`: objects by global ID, one query per node type and selection per
 * batch, null for IDs that match nothing. The caller passes the selection plugin-prisma plans
 * for the type (its relations are then loaded in the same query, as for any planned field);
 * objects are branded with their type so the `Node` interface resolves them.
 */
export function createNodeLoaders(): (typename: string, query: NodeQuery) => DataLoader<string, object | null> {
  const loaders = new Map<string, DataLoader<string, object | null>>();
  return (typename, query) => {
    const findMany = FIND_MANY[typename];
    if (!findMany) throw userError(ErrorCode.INVALID_ID, `"${typename}" is not a type of this API`);
    const key = `${typename}:${JSON.stringify(query)}`;
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rowIds = ids.map((id) => rowId({ typename, id }));
        const rows = await findMany(query, rowIds);
        for (const row of rows) brandWithType(row, typename as never);
        const byId = new Map(rows.map((row) => [row.id, row]));
        return rowIds.map((id) => byId.get(id) ?? null);
      });
      loaders.set(key, loader);
    }
    return loader;
  };
}
