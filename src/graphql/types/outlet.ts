import { prisma } from '../../persistence/client.ts';
import { builder } from '../builder.ts';
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
    description: 'All outlets, by name.',
    cursor: 'id',
    ...pageSize,
    totalCount: () => prisma.outlet.count(),
    resolve: async (query, _root, args) => {
      await assertCursorsIn(args, async (id) => (await prisma.outlet.count({ where: { id } })) > 0);
      return prisma.outlet.findMany({ ...query, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
    },
  }),
}));
