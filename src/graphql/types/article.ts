import { prisma } from '../../persistence/client.ts';
import { builder } from '../builder.ts';
import { rowId } from '../ids.ts';
import { articleOrderBy, articleWhere, asyncRelationQuery, nestedStatementQuery } from '../filters/apply.ts';
import { ArticleFilter, ArticleOrder, StatementFilter, StatementOrder } from '../filters/inputs.ts';
import { assertCursorsIn, pageSize } from '../pagination.ts';
import { SpeakerRef } from './speaker.ts';

export const ArticleRef = builder.prismaNode('Article', {
  id: { field: 'id' },
  // Columns are read only when their fields are selected: `body` (the whole text) stays in the
  // database unless a client asks for it.
  select: { id: true },
  description: 'A news article as ingested: its text, where it appeared, and the statements it reports.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'The headline (the first line of the ingested text).' }),
    body: t.exposeString('body', {
      description: 'The article text after the headline, exactly as ingested. Statement and mention spans index into it.',
    }),
    url: t.exposeString('url', { nullable: true, description: 'Where the article was published, when known.' }),
    outlet: t.relation('outlet', { nullable: true, description: 'The outlet that published it, when known.' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true, description: 'When it was published, when known.' }),
    language: t.exposeString('language', { nullable: true, description: 'Its language (ISO 639-1), when known.' }),
    contentHash: t.exposeString('contentHash', { description: 'SHA-256 of the ingested text; the same text is never stored twice.' }),
    ingestedAt: t.expose('ingestedAt', { type: 'DateTime', description: 'When the gateway stored it.' }),
    statements: t.relatedConnection('statements', {
      description: 'The statements the article reports that match `filter`, in the order they appear unless `orderBy` says otherwise.',
      cursor: 'id',
      ...pageSize,
      totalCount: true,
      args: {
        filter: t.arg({ type: StatementFilter, description: 'Only statements matching this filter.' }),
        orderBy: t.arg({ type: StatementOrder, description: 'The order of the statements (default: their place in the article).' }),
      },
      query: asyncRelationQuery((args, context) => nestedStatementQuery(args, context, [{ start: 'asc' }, { id: 'asc' }])),
    }),
    speakers: t.field({
      type: [SpeakerRef],
      description: 'The distinct speakers the article quotes, in order of their first statement.',
      resolve: (article, _args, { loaders }) => loaders.articleSpeakers.load(article.id),
    }),
  }),
});

builder.queryFields((t) => ({
  articles: t.prismaConnection({
    type: 'Article',
    description: 'Articles matching `filter` (all without one), most recently ingested first unless `orderBy` says otherwise.',
    cursor: 'id',
    ...pageSize,
    args: {
      filter: t.arg({ type: ArticleFilter, description: 'Only articles matching this filter.' }),
      orderBy: t.arg({ type: ArticleOrder, description: 'The order of the articles (default: most recently ingested first).' }),
    },
    totalCount: async (_root, args, context) => prisma.article.count({ where: await articleWhere(args.filter, context) }),
    resolve: async (query, _root, args, context) => {
      const where = await articleWhere(args.filter, context);
      await assertCursorsIn(args, async (id) => (await prisma.article.count({ where: { id } })) > 0);
      return prisma.article.findMany({ ...query, where, orderBy: articleOrderBy(args.orderBy) });
    },
  }),
  article: t.prismaField({
    type: 'Article',
    nullable: true,
    description: 'One article by its global ID; null when there is none.',
    args: { id: t.arg.globalID({ required: true, for: ArticleRef, description: 'The article\'s global ID.' }) },
    resolve: (query, _root, { id }) => prisma.article.findUnique({ ...query, where: { id: rowId(id) } }),
  }),
}));
