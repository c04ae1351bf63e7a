import DataLoader from 'dataloader';
import type { Speaker } from '../../generated/prisma/client.ts';
import { prisma } from '../../persistence/client.ts';

/**
 * The distinct speakers quoted in each article, in order of their first statement
 * (`Article.speakers`). One query per batch of articles.
 */
export function createArticleSpeakersLoader(): DataLoader<number, Speaker[]> {
  return new DataLoader(async (articleIds) => {
    const rows = await prisma.statement.findMany({
      where: { articleId: { in: [...articleIds] }, speakerId: { not: null } },
      orderBy: [{ articleId: 'asc' }, { start: 'asc' }],
      select: { articleId: true, speaker: true },
    });
    const byArticle = new Map<number, Map<number, Speaker>>();
    for (const { articleId, speaker } of rows) {
      if (!speaker) continue;
      const speakers = byArticle.get(articleId) ?? new Map<number, Speaker>();
      speakers.set(speaker.id, speaker);
      byArticle.set(articleId, speakers);
    }
    return articleIds.map((id) => [...(byArticle.get(id)?.values() ?? [])]);
  });
}
