import { GraphQLError } from 'graphql';
import { MAX_ARTICLE_CHARS } from '../../domain/article-input.ts';
import { ArticleInputError, ingestArticle } from '../../persistence/ingest.ts';
import { DuplicateUrlError } from '../../persistence/store-article.ts';
import { builder } from '../builder.ts';
import { ErrorCode } from '../errors.ts';
import { ArticleRef } from './article.ts';

builder.mutationType({ description: 'Adding news to the graph.' });

const IngestArticleInput = builder.inputType('IngestArticleInput', {
  description: 'A raw news article and what is known about it.',
  fields: (t) => ({
    text: t.string({
      required: true,
      description: `The article as published: the title on the first line, then the body (at most ${MAX_ARTICLE_CHARS} characters). An outlet dateline opening the body ("Shafaq News/ ...") names the outlet.`,
    }),
    title: t.string({ description: 'The headline, when the text does not open with it.' }),
    outlet: t.string({ description: 'The publishing outlet, when the text has no dateline naming it.' }),
    url: t.string({ description: 'Where the article was published: an absolute http(s) URL.' }),
    publishedAt: t.string({ description: 'When it was published: an ISO 8601 date or date-time (e.g. "2024-11-07").' }),
    language: t.string({ description: 'Its language as a BCP 47 tag, e.g. "en" or "ar".' }),
  }),
});

interface IngestArticleResult {
  article: typeof ArticleRef.$inferType;
  created: boolean;
  statementCount: number;
}

const IngestArticlePayload = builder.objectRef<IngestArticleResult>('IngestArticlePayload').implement({
  description: 'The stored article after an ingest.',
  fields: (t) => ({
    article: t.field({
      type: ArticleRef,
      description: 'The stored article with its statements (the earlier copy when the same text was ingested before).',
      resolve: (payload) => payload.article,
    }),
    created: t.exposeBoolean('created', {
      description: 'False when the same text had been ingested before: nothing was written.',
    }),
  }),
});

builder.mutationField('ingestArticle', (t) =>
  t.field({
    type: IngestArticlePayload,
    description:
      'Ingests a raw article: extracts its statements, speakers and affiliations and stores them in one transaction. Bad input is a BAD_USER_INPUT error naming the field (`extensions.field`, `extensions.reason`), and nothing is written.',
    args: { input: t.arg({ type: IngestArticleInput, required: true, description: 'The article to ingest.' }) },
    resolve: async (_root, { input }) => {
      try {
        return await ingestArticle(input);
      } catch (error) {
        if (error instanceof DuplicateUrlError) {
          throw new GraphQLError(`Invalid article: ${error.message}`, {
            extensions: { code: ErrorCode.CONFLICT, field: 'input.url', reason: 'DUPLICATE_URL' },
          });
        }
        if (!(error instanceof ArticleInputError)) throw error;
        const [first] = error.problems;
        throw new GraphQLError(`Invalid article: ${error.message}`, {
          extensions: {
            code: ErrorCode.BAD_USER_INPUT,
            field: first ? `input.${first.field}` : 'input',
            reason: first?.code,
            problems: error.problems.map((problem) => ({ field: `input.${problem.field}`, reason: problem.code, message: problem.message })),
          },
        });
      }
    },
  }),
);
