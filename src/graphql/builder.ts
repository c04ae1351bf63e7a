import SchemaBuilder from '@pothos/core';
import PrismaPlugin, { queryFromInfo } from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type PrismaTypes from '../generated/pothos-types.ts';
import { getDatamodel } from '../generated/pothos-types.ts';
import { prisma } from '../persistence/client.ts';
import type { GraphQLContext } from './context.ts';
import { ErrorCode, userError } from './errors.ts';
import { isNodeType } from './loaders/nodes.ts';
import { MAX_PAGE_SIZE as MAX_NODES } from './pagination.ts';

/** Builder setup only: plugins, scalars, context type and options. Types live in ./types/. */
export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    ID: { Input: string; Output: string | number };
  };
}>({
  defaultFieldNullability: false,
  plugins: [PrismaPlugin, RelayPlugin],
  prisma: {
    // A function, because the client is created at start-up, after this module loads.
    client: () => prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeTypeOptions: { description: 'An object with a globally unique ID, fetchable with `node(id:)`.' },
    pageInfoTypeOptions: { description: 'Where a page of a connection sits in the whole list.' },
    defaultConnectionTypeOptions: { description: 'A page of a list, with the cursors to walk to the pages around it.' },
    defaultEdgeTypeOptions: { description: 'One item of a page, with the cursor that points at it.' },
    firstArgOptions: { description: 'Returns the first n items after `after` (default 20, at most 100).' },
    lastArgOptions: { description: 'Returns the last n items before `before` (at most 100).' },
    afterArgOptions: { description: 'A cursor from this list: returns the items after it.' },
    beforeArgOptions: { description: 'A cursor from this list: returns the items before it.' },
    edgesFieldOptions: { description: 'The items of this page, each with its cursor.' },
    pageInfoFieldOptions: { description: 'Where this page sits in the whole list.' },
    cursorFieldOptions: { description: 'Pass it as `after` or `before` to page from this item.' },
    nodeFieldOptions: { description: 'The item.' },
    hasNextPageFieldOptions: { description: 'Whether more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page.' },
    startCursorFieldOptions: { description: 'The cursor of the first item of this page.' },
    endCursorFieldOptions: { description: 'The cursor of the last item of this page.' },
    idFieldOptions: { description: 'A globally unique ID: pass it to `node(id:)` to fetch this object again.' },
    nodeQueryOptions: {
      description: 'Fetches any object by its global ID; null when no such object exists.',
      args: { id: { description: 'A global ID, as returned in an `id` field.' } },
      resolve: (_root, { id }, context, info) => loadNode(id, context, info),
    },
    nodesQueryOptions: {
      description: 'Fetches objects by their global IDs, in the order given; null for each ID that matches nothing.',
      args: { ids: { description: `Global IDs, as returned in \`id\` fields (at most ${MAX_NODES}).` } },
      resolve: (_root, { ids }, context, info) => {
        if (ids.length > MAX_NODES) {
          throw userError(ErrorCode.PAGE_SIZE_EXCEEDED, `"ids" holds ${ids.length} IDs, at most ${MAX_NODES} are allowed`, {
            argument: 'ids',
            max: MAX_NODES,
          });
        }
        return ids.map((id) => loadNode(id, context, info));
      },
    },
  },
});

/**
 * One object by global ID through the request's node loaders, with the Prisma selection
 * plugin-prisma plans for that type at this field, so its relations come in the same batch.
 */
function loadNode(id: { typename: string; id: string }, context: GraphQLContext, info: GraphQLResolveInfo) {
  if (!isNodeType(id.typename)) throw userError(ErrorCode.INVALID_ID, `"${id.typename}" is not a type of this API`);
  const query = queryFromInfo({ context, info, typeName: id.typename });
  return context.loaders.node(id.typename, query).load(id.id);
}

builder.addScalarType('DateTime', DateTimeResolver, {
  description: 'A date and time as an ISO 8601 string in UTC, e.g. `2024-11-07T00:00:00.000Z`.',
});

builder.queryType({ description: 'Reading the news graph: articles, statements, speakers and organisations.' });
