import { prisma } from '../../persistence/client.ts';
import { builder } from '../builder.ts';
import { rowId } from '../ids.ts';
import { assertCursorsIn, pageSize } from '../pagination.ts';
import { SpeakerRef } from './speaker.ts';

export const ArticleRef = builder.prismaNode('Article', {
  id: { field: 'id' },
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
      description: 'The statements the article reports, in the order they appear.',
      cursor: 'id',
      ...pageSize,
      totalCount: true,
      query: { orderBy: [{ start: 'asc' }, { id: 'asc' }] },
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
    description: 'All articles, most recently ingested first.',
    cursor: 'id',
    ...pageSize,
    totalCount: () => prisma.article.count(),
    resolve: async (query, _root, args) => {
      await assertCursorsIn(args, async (id) => (await prisma.article.count({ where: { id } })) > 0);
      return prisma.article.findMany({ ...query, orderBy: { id: 'desc' } });
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
