import { extractArticle } from '../domain/extraction/extract-article.ts';
import type { ArticleMetadata } from '../domain/extraction/types.ts';
import { storeArticle, type StoredArticle } from './store-article.ts';

/** Ingests one raw article (title line, then body): extracts its statements and stores it all. */
export function ingestText(text: string, metadata: ArticleMetadata = {}): Promise<StoredArticle> {
  return storeArticle(text, extractArticle(text, metadata));
}
