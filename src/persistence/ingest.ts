import { checkArticleInput, type InputProblem, type RawArticleInput } from '../domain/article-input.ts';
import { extractArticle } from '../domain/extraction/extract-article.ts';
import { storeArticle, type StoredArticle } from './store-article.ts';

/** Bad input: nothing was written. Each problem names its field. */
export class ArticleInputError extends Error {
  override name = 'ArticleInputError';
  constructor(readonly problems: InputProblem[]) {
    super(problems.map((problem) => problem.message).join('; '));
  }
}

/**
 * The ingest use case: checks a raw article (title line, then body) and its metadata, extracts
 * its statements, speakers and affiliations, and stores it all in one transaction. The same
 * text ingested again changes nothing (`created: false`).
 */
export function ingestArticle(input: RawArticleInput): Promise<StoredArticle> {
  const checked = checkArticleInput(input);
  if (!checked.ok) return Promise.reject(new ArticleInputError(checked.problems));
  return storeArticle(checked.text, extractArticle(checked.text, checked.metadata));
}
