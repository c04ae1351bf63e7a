import DataLoader from 'dataloader';
import type { Article } from '../../generated/prisma/client.ts';
import { prisma } from '../../persistence/client.ts';

/** Articles by row ID (affiliation evidence); null for an ID that matches nothing. */
export function createArticleByIdLoader(): DataLoader<number, Article | null> {
  return new DataLoader(async (ids) => {
    const rows = await prisma.article.findMany({ where: { id: { in: [...ids] } } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
