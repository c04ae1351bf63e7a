import { builder } from '../builder.ts';
import type { Article } from '../../generated/prisma/client.ts';

interface EvidenceShape {
  articleId: number;
  start: number;
  end: number;
}

/** The selection the evidence text needs: only the body. */
const BODY_ONLY = { select: { id: true, body: true } };

const AffiliationEvidenceRef = builder.objectRef<EvidenceShape>('AffiliationEvidence').implement({
  description: 'The article passage that states an affiliation.',
  fields: (t) => ({
    article: t.prismaField({
      type: 'Article',
      description: 'The article that states it.',
      // Through the request's node loaders, with the selection planned for this field.
      resolve: async (query, { articleId }, _args, { loaders }) => {
        const article = await loaders.node('Article', query).load(String(articleId));
        if (!article) throw new Error(`evidence article ${articleId} is missing`);
        return article as Article;
      },
    }),
    start: t.exposeInt('start', { description: 'Offset of the passage in the article body.' }),
    end: t.exposeInt('end', { description: 'Offset just past the passage in the article body.' }),
    text: t.string({
      description: 'The passage itself.',
      resolve: async ({ articleId, start, end }, _args, { loaders }) => {
        const article = (await loaders.node('Article', BODY_ONLY).load(String(articleId))) as Pick<Article, 'body'> | null;
        return article?.body.slice(start, end) ?? '';
      },
    }),
  }),
});

export const AffiliationRef = builder.prismaNode('Affiliation', {
  id: { field: 'id' },
  description: 'A speaker\'s role at an organisation over a period, with the article passage that states it.',
  fields: (t) => ({
    speaker: t.relation('speaker', { description: 'Who holds the role.' }),
    organization: t.relation('organization', { description: 'Where the role is held.' }),
    role: t.exposeString('role', { description: 'The role as the article puts it: "member", "Prime Minister", "spokesman".' }),
    validFrom: t.expose('validFrom', { type: 'DateTime', nullable: true, description: 'When the role began; null when unknown.' }),
    validTo: t.expose('validTo', { type: 'DateTime', nullable: true, description: 'When the role ended; null while it lasts or when unknown.' }),
    evidence: t.field({
      type: AffiliationEvidenceRef,
      nullable: true,
      description: 'The article passage that states the role, when it came from an article.',
      resolve: ({ evidenceArticleId, evidenceStart, evidenceEnd }) =>
        evidenceArticleId != null && evidenceStart != null && evidenceEnd != null
          ? { articleId: evidenceArticleId, start: evidenceStart, end: evidenceEnd }
          : null,
    }),
  }),
});
