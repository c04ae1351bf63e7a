/**
 * Validation of a raw article handed to the gateway (CLI file, GraphQL mutation), before any
 * extraction or write. Pure: problems come back as data, each naming its field.
 */
import type { ArticleMetadata } from './extraction/types.ts';

/** The largest article accepted, in characters: far above any news article (~10-30k). */
export const MAX_ARTICLE_CHARS = 500_000;

export interface RawArticleInput {
  text: string;
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  /** An ISO 8601 date or date-time, or a Date. */
  publishedAt?: string | Date | null;
  language?: string | null;
}

export interface InputProblem {
  field: keyof RawArticleInput;
  code: 'EMPTY_TEXT' | 'TEXT_TOO_LARGE' | 'NO_BODY' | 'INVALID_URL' | 'INVALID_DATE' | 'INVALID_LANGUAGE' | 'INVALID_TEXT';
  message: string;
}

export type CheckedInput =
  | { ok: true; text: string; metadata: ArticleMetadata }
  | { ok: false; problems: InputProblem[] };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

function parseDate(value: string | Date): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const trimmed = value.trim();
  if (!ISO_DATE.test(trimmed)) return null;
  // A bare date means midnight UTC, not local midnight.
  const date = new Date(trimmed.length === 10 ? `${trimmed}T00:00:00Z` : trimmed);
  if (Number.isNaN(date.getTime())) return null;
  // Reject dates JavaScript rolls over (2024-02-31 becomes March 2).
  if (date.toISOString().slice(0, 10) !== trimmed.slice(0, 10) && /Z$|^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return null;
  return date;
}

/**
 * Checks a raw article and its metadata. Text: not blank, at most MAX_ARTICLE_CHARS, a title
 * line followed by a body, no NUL characters (Postgres text cannot hold them). URL: absolute
 * http(s). Date: ISO 8601. Language: a BCP 47 tag such as `en` or `ar-IQ`.
 */
export function checkArticleInput(input: RawArticleInput): CheckedInput {
  const problems: InputProblem[] = [];
  const text = input.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    problems.push({ field: 'text', code: 'EMPTY_TEXT', message: 'the article text is empty' });
  } else if (text.length > MAX_ARTICLE_CHARS) {
    problems.push({
      field: 'text',
      code: 'TEXT_TOO_LARGE',
      message: `the article text has ${text.length} characters; at most ${MAX_ARTICLE_CHARS} are accepted`,
    });
  } else if (text.includes('\u0000')) {
    problems.push({ field: 'text', code: 'INVALID_TEXT', message: 'the article text contains NUL characters' });
  } else if (text.trim().split('\n').filter((line) => line.trim() !== '').length < 2 && !input.title) {
    problems.push({
      field: 'text',
      code: 'NO_BODY',
      message: 'the article text needs a title line followed by the body (or pass the title separately)',
    });
  }

  const metadata: ArticleMetadata = {};
  if (input.title?.trim()) metadata.title = input.title.trim();
  if (input.outlet?.trim()) metadata.outlet = input.outlet.trim();
  if (input.url != null && input.url.trim() !== '') {
    let url: URL | null = null;
    try {
      url = new URL(input.url.trim());
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname.includes('.')) {
      problems.push({ field: 'url', code: 'INVALID_URL', message: `"${input.url}" is not an absolute http(s) URL` });
    } else {
      metadata.url = url.toString();
    }
  }
  if (input.publishedAt != null && input.publishedAt !== '') {
    const date = parseDate(input.publishedAt);
    if (!date) {
      problems.push({
        field: 'publishedAt',
        code: 'INVALID_DATE',
        message: `"${String(input.publishedAt)}" is not an ISO 8601 date (e.g. 2024-11-07 or 2024-11-07T09:30:00Z)`,
      });
    } else {
      metadata.publishedAt = date;
    }
  }
  if (input.language != null && input.language.trim() !== '') {
    const language = input.language.trim();
    if (!LANGUAGE_TAG.test(language)) {
      problems.push({ field: 'language', code: 'INVALID_LANGUAGE', message: `"${language}" is not a language tag such as "en" or "ar"` });
    } else {
      metadata.language = language;
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, text, metadata };
}
