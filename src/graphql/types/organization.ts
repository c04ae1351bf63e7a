import { prisma } from '../../persistence/client.ts';
import { builder } from '../builder.ts';
import { rowId } from '../ids.ts';
import { affiliationsAtQuery, AT_ARGUMENT_DESCRIPTION } from '../loaders/affiliations-at.ts';
import { organizationOrderBy, organizationWhere } from '../filters/apply.ts';
import { OrganizationFilter, OrganizationOrder } from '../filters/inputs.ts';
import { assertCursorsIn, pageSize } from '../pagination.ts';
import { OrganizationKindEnum } from './enums.ts';

export const OrganizationRef = builder.prismaNode('Organization', {
  id: { field: 'id' },
  description: 'An organisation speakers hold roles at: a party, a committee, a government, a court...',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The organisation\'s name, e.g. "Foreign Relations Committee".' }),
    aliases: t.exposeStringList('aliases', { description: 'Other names, spellings and abbreviations (e.g. "PMF").' }),
    kind: t.expose('kind', { type: OrganizationKindEnum, description: 'What kind of organisation it is.' }),
    affiliations: t.relation('affiliations', {
      description: 'Who holds or held roles here, latest first; with `at`, only those that held on that date.',
      args: { at: t.arg({ type: 'DateTime', required: false, description: AT_ARGUMENT_DESCRIPTION }) },
      query: affiliationsAtQuery,
    }),
  }),
});

builder.queryFields((t) => ({
  organizations: t.prismaConnection({
    type: 'Organization',
    description: 'Organisations matching `filter` (all without one), by name unless `orderBy` says otherwise.',
    cursor: 'id',
    ...pageSize,
    args: {
      filter: t.arg({ type: OrganizationFilter, description: 'Only organisations matching this filter.' }),
      orderBy: t.arg({ type: OrganizationOrder, description: 'The order of the organisations (default: NAME ASC).' }),
    },
    totalCount: async (_root, args, context) => prisma.organization.count({ where: await organizationWhere(args.filter, context) }),
    resolve: async (query, _root, args, context) => {
      const where = await organizationWhere(args.filter, context);
      await assertCursorsIn(args, async (id) => (await prisma.organization.count({ where: { id } })) > 0);
      return prisma.organization.findMany({ ...query, where, orderBy: organizationOrderBy(args.orderBy) });
    },
  }),
  organization: t.prismaField({
    type: 'Organization',
    nullable: true,
    description: 'One organisation by its global ID; null when there is none.',
    args: { id: t.arg.globalID({ required: true, for: OrganizationRef, description: 'The organisation\'s global ID.' }) },
    resolve: (query, _root, { id }) => prisma.organization.findUnique({ ...query, where: { id: rowId(id) } }),
  }),
}));
