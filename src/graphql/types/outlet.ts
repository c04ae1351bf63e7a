import { prisma } from '../../persistence/client.ts';
import { builder } from '../builder.ts';
import { outletOrderBy, outletWhere } from '../filters/apply.ts';
import { OutletFilter, OutletOrder } from '../filters/inputs.ts';
import { assertCursorsIn, pageSize } from '../pagination.ts';

export const OutletRef = builder.prismaNode('Outlet', {
  id: { field: 'id' },
  description: 'A publication (newspaper, agency, website) that articles come from.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The outlet\'s name, e.g. "Shafaq News".' }),
    domain: t.exposeString('domain', { nullable: true, description: 'Its web domain, when known.' }),
    language: t.exposeString('language', { nullable: true, description: 'Its main language (ISO 639-1), when known.' }),
    country: t.exposeString('country', { nullable: true, description: 'Its home country (ISO 3166-1 alpha-2), when known.' }),
    articles: t.relatedConnection('articles', {
      description: 'The outlet\'s articles, most recently ingested first.',
      cursor: 'id',
      ...pageSize,
      totalCount: true,
      query: { orderBy: { id: 'desc' } },
    }),
  }),
});

builder.queryFields((t) => ({
  outlets: t.prismaConnection({
    type: 'Outlet',
    description: 'Outlets matching `filter` (all without one), by name unless `orderBy` says otherwise.',
    cursor: 'id',
    ...pageSize,
    args: {
      filter: t.arg({ type: OutletFilter, description: 'Only outlets matching this filter.' }),
      orderBy: t.arg({ type: OutletOrder, description: 'The order of the outlets (default: NAME ASC).' }),
    },
    totalCount: async (_root, args, context) => prisma.outlet.count({ where: await outletWhere(args.filter, context) }),
    resolve: async (query, _root, args, context) => {
      const where = await outletWhere(args.filter, context);
      await assertCursorsIn(args, async (id) => (await prisma.outlet.count({ where: { id } })) > 0);
      return prisma.outlet.findMany({ ...query, where, orderBy: outletOrderBy(args.orderBy) });
    },
  }),
}));
