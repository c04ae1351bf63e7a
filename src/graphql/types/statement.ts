import { prisma } from '../../persistence/client.ts';
import { builder } from '../builder.ts';
import { ErrorCode, userError } from '../errors.ts';
import { rowId } from '../ids.ts';
import { statementOrderBy, statementWhere } from '../filters/apply.ts';
import { StatementFilter, StatementOrder } from '../filters/inputs.ts';
import { assertCursorsIn, pageSize } from '../pagination.ts';
import { AffiliationRef } from './affiliation.ts';
import { StatementKindEnum } from './enums.ts';
import { SpeakerMentionRef, TextSpanRef } from './text-span.ts';

const MAX_CONTEXT_CHARS = 2000;

/** The statement with up to `chars` characters of article text either side, cut at word boundaries. */
export function statementContext(body: string, start: number, end: number, chars: number): string {
  let from = Math.max(0, start - chars);
  let to = Math.min(body.length, end + chars);
  if (from > 0) {
    const space = body.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < body.length) {
    const space = body.lastIndexOf(' ', to);
    if (space >= end) to = space;
  }
  return `${from > 0 ? '…' : ''}${body.slice(from, to)}${to < body.length ? '…' : ''}`;
}

export const StatementRef = builder.prismaNode('Statement', {
  id: { field: 'id' },
  description:
    'Something a speaker said, as an article reports it: a direct quote or reported speech, with its exact place in the article body.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'What was said: the quote without its quotation marks, or the reported clause.' }),
    kind: t.expose('kind', { type: StatementKindEnum, description: 'Direct quote or reported speech.' }),
    cue: t.exposeString('cue', {
      nullable: true,
      description: 'The reporting verb or phrase as written ("said", "told", "according to"); null for a quote that follows on from the previous one.',
    }),
    span: t.field({
      type: TextSpanRef,
      description: 'Where the statement\'s text sits in the article body.',
      resolve: (statement) => ({ start: statement.start, end: statement.end }),
    }),
    confidence: t.exposeFloat('confidence', {
      description: 'How sure the extractor is of this statement and its speaker, from 0 to 1.',
    }),
    statedAt: t.expose('statedAt', {
      type: 'DateTime',
      description: 'When it was said: the article\'s publication date (its ingestion time when undated) unless the article says otherwise.',
    }),
    article: t.relation('article', { description: 'The article that reports it.' }),
    speaker: t.relation('speaker', {
      nullable: true,
      description: 'Who said it; null when the article does not say ("a source said").',
    }),
    speakerMention: t.field({
      type: SpeakerMentionRef,
      nullable: true,
      description: 'How the article names the speaker where it attributes this statement.',
      resolve: (statement) =>
        statement.speakerMentionText != null && statement.speakerMentionStart != null && statement.speakerMentionEnd != null
          ? { text: statement.speakerMentionText, start: statement.speakerMentionStart, end: statement.speakerMentionEnd }
          : null,
    }),
    speakerAffiliations: t.prismaField({
      type: [AffiliationRef],
      description: 'The speaker\'s roles that held on the date of the statement.',
      resolve: (query, statement, _args, { loaders }) =>
        statement.speakerId === null
          ? []
          : loaders.speakerAffiliationsAt(query).load({ speakerId: statement.speakerId, at: statement.statedAt }),
    }),
    context: t.string({
      description: 'The statement with the article text around it, cut at word boundaries; "…" marks a cut.',
      args: {
        chars: t.arg.int({
          required: true,
          defaultValue: 200,
          description: `How many characters of article text to show either side (0 to ${MAX_CONTEXT_CHARS}).`,
        }),
      },
      select: { article: { select: { body: true } } },
      resolve: (statement, { chars }) => {
        if (chars < 0 || chars > MAX_CONTEXT_CHARS) {
          throw userError(ErrorCode.BAD_USER_INPUT, `"chars" must be from 0 to ${MAX_CONTEXT_CHARS}`, { argument: 'chars' });
        }
        return statementContext(statement.article.body, statement.start, statement.end, chars);
      },
    }),
  }),
});

builder.queryFields((t) => ({
  statements: t.prismaConnection({
    type: 'Statement',
    description: 'Statements matching `filter` (all without one), most recently stated first unless `orderBy` says otherwise.',
    cursor: 'id',
    ...pageSize,
    args: {
      filter: t.arg({ type: StatementFilter, description: 'Only statements matching this filter.' }),
      orderBy: t.arg({ type: StatementOrder, description: 'The order of the statements (default: STATED_AT DESC).' }),
    },
    // Counted only when selected; with the same filter as the page.
    totalCount: async (_root, args, context) => prisma.statement.count({ where: await statementWhere(args.filter, context) }),
    resolve: async (query, _root, args, context) => {
      const where = await statementWhere(args.filter, context);
      await assertCursorsIn(args, async (id) => (await prisma.statement.count({ where: { id } })) > 0);
      return prisma.statement.findMany({ ...query, where, orderBy: statementOrderBy(args.orderBy) });
    },
  }),
  statement: t.prismaField({
    type: 'Statement',
    nullable: true,
    description: 'One statement by its global ID; null when there is none.',
    args: { id: t.arg.globalID({ required: true, for: StatementRef, description: 'The statement\'s global ID.' }) },
    resolve: (query, _root, { id }) => prisma.statement.findUnique({ ...query, where: { id: rowId(id) } }),
  }),
}));
