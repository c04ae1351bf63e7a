import { prisma } from '../../persistence/client.ts';
import { builder } from '../builder.ts';
import { rowId } from '../ids.ts';
import { validAtWhere } from '../loaders/affiliations-at.ts';
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
      description: 'What the speaker said, most recent first.',
      cursor: 'id',
      ...pageSize,
      totalCount: true,
      query: { orderBy: [{ statedAt: 'desc' }, { id: 'desc' }] },
    }),
    statementCount: t.relationCount('statements', { description: 'How many statements are attributed to the speaker.' }),
    affiliations: t.relation('affiliations', {
      description: 'The speaker\'s roles at organisations, latest first; with `at`, only those that held on that date.',
      args: {
        at: t.arg({
          type: 'DateTime',
          required: false,
          description: 'Only roles valid on this date (validFrom ≤ at < validTo, open bounds always match).',
        }),
      },
      query: (args) => ({
        where: args.at ? validAtWhere(args.at) : {},
        orderBy: [{ validFrom: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
      }),
    }),
  }),
});

builder.queryFields((t) => ({
  speakers: t.prismaConnection({
    type: 'Speaker',
    description: 'All speakers, by name.',
    cursor: 'id',
    ...pageSize,
    totalCount: () => prisma.speaker.count(),
    resolve: async (query, _root, args) => {
      await assertCursorsIn(args, async (id) => (await prisma.speaker.count({ where: { id } })) > 0);
      // By the folded name, so case and accents don't decide the order whatever the database's collation.
      return prisma.speaker.findMany({ ...query, orderBy: [{ normalizedName: 'asc' }, { id: 'asc' }] });
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
