import { prisma } from '../../persistence/client.ts';
import { builder } from '../builder.ts';
import { rowId } from '../ids.ts';
import { affiliationsAtQuery, AT_ARGUMENT_DESCRIPTION } from '../loaders/affiliations-at.ts';
import { asyncRelationQuery, nestedStatementQuery, speakerOrderBy, speakerWhere } from '../filters/apply.ts';
import { SpeakerFilter, SpeakerOrder, StatementFilter, StatementOrder } from '../filters/inputs.ts';
import { assertCursorsIn, pageSize } from '../pagination.ts';
import { SpeakerKindEnum } from './enums.ts';

export const SpeakerRef = builder.prismaNode('Speaker', {
  id: { field: 'id' },
  description: 'A person or body quoted in the news. The same canonical name or a recorded alias is the same speaker across articles.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The canonical name, e.g. "Mokhtar al-Moussawi".' }),
    aliases: t.exposeStringList('aliases', { description: 'Other names and spellings the speaker appears under.' }),
    kind: t.expose('kind', { type: SpeakerKindEnum, description: 'Person, organisation or unknown.' }),
    externalId: t.exposeString('externalId', {
      nullable: true,
      description: 'An identifier in an external knowledge base (e.g. a Wikidata QID), when known.',
    }),
    description: t.exposeString('description', { nullable: true, description: 'A short description, when known.' }),
    statements: t.relatedConnection('statements', {
      description: 'What the speaker said that matches `filter`, most recent first unless `orderBy` says otherwise.',
      cursor: 'id',
      ...pageSize,
      totalCount: true,
      args: {
        filter: t.arg({ type: StatementFilter, description: 'Only statements matching this filter.' }),
        orderBy: t.arg({ type: StatementOrder, description: 'The order of the statements (default: STATED_AT DESC).' }),
      },
      query: asyncRelationQuery((args, context) => nestedStatementQuery(args, context, [{ statedAt: 'desc' }, { id: 'desc' }])),
    }),
    statementCount: t.relationCount('statements', { description: 'How many statements are attributed to the speaker.' }),
    affiliations: t.relation('affiliations', {
      description: 'The speaker\'s roles at organisations, latest first; with `at`, only those that held on that date.',
      args: { at: t.arg({ type: 'DateTime', required: false, description: AT_ARGUMENT_DESCRIPTION }) },
      query: affiliationsAtQuery,
    }),
  }),
});

builder.queryFields((t) => ({
  speakers: t.prismaConnection({
    type: 'Speaker',
    description: 'Speakers matching `filter` (all without one), by name unless `orderBy` says otherwise.',
    cursor: 'id',
    ...pageSize,
    args: {
      filter: t.arg({ type: SpeakerFilter, description: 'Only speakers matching this filter.' }),
      orderBy: t.arg({ type: SpeakerOrder, description: 'The order of the speakers (default: NAME ASC).' }),
    },
    totalCount: async (_root, args, context) => prisma.speaker.count({ where: await speakerWhere(args.filter, context) }),
    resolve: async (query, _root, args, context) => {
      const where = await speakerWhere(args.filter, context);
      await assertCursorsIn(args, async (id) => (await prisma.speaker.count({ where: { id } })) > 0);
      return prisma.speaker.findMany({ ...query, where, orderBy: speakerOrderBy(args.orderBy) });
    },
  }),
  speaker: t.prismaField({
    type: 'Speaker',
    nullable: true,
    description: 'One speaker by its global ID; null when there is none.',
    args: { id: t.arg.globalID({ required: true, for: SpeakerRef, description: 'The speaker\'s global ID.' }) },
    resolve: (query, _root, { id }) => prisma.speaker.findUnique({ ...query, where: { id: rowId(id) } }),
  }),
}));
