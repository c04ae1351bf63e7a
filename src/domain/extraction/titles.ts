/**
 * Titles of works (shows, books, films) in quotation marks are not speech. A statement whose
 * content is only a phrase naming such a title — a time or place adverbial ("Sunday on the
 * Courier’s “Harbour Hour,”"), a speaker's appositive ("Ivo Pell, host of the Courier’s
 * “Morning Tide,”"), a bare "on/to OUTLET’s “Title”", or the work itself ("said in his 2031
 * book, “Harbour Days.”") — reports nothing.
 */

import { isSpaceAt } from './draft.ts';

const SMALL_WORDS = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|vs\.?|is|my|your|de|la|el|y|&)$/i;

/** "Morning Tide", "An American Son": a short quotation in title case. */
function titleCaseQuotation(inner: string): boolean {
  // Most quotations are sentences: settle those before splitting them into words.
  if (wordsExceed(inner, 8)) return false;
  const words = inner.replace(/[,.!?:;]+$/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 7 || !/^[\p{Lu}\d]/u.test(words[0] ?? '')) return false;
  return allTitleWords(words);
}

/** Every word capitalised (or a number, handle, quotation) or a small word ("of", "the"). */
function allTitleWords(words: readonly string[]): boolean {
  for (const w of words) if (!/^[\p{Lu}\d@#'‘’"(]/u.test(w) && !SMALL_WORDS.test(w)) return false;
  return true;
}

/** True when `s` has more than `n` whitespace-separated words. */
function wordsExceed(s: string, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpaceAt(s, i);
    if (!space && !inWord && ++words > n) return true;
    inWord = !space;
  }
  return false;
}

const QUOTED_END = /^([^“”"]*?)\s*(?:“([^“”]{1,80})”|"([^"]{1,80})"|''((?:(?!'').){1,80})'')$/su;
const WEEKDAY_OR_TIME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Later|Earlier|Last\s+\p{L}+|This\s+\p{L}+)(?:\s+(?:morning|night|evening|afternoon))?\s+(?:on|in)(?:\s|$)/u;
const APPOSITIVE_NAME = /^(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*,\s+(?:the\s+|a\s+|an\s+)?[^,]*?\b(?:of|on|in)(?:\s|$)/u;
const OUTLET_ONLY = /^(?:on|to|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*[’']s$/u;
const WORK_ONLY = /^(?:(?:his|her|their|its|the|a|an)\s+)?(?:(?:19|20)\d\d\s+|new\s+|latest\s+)?(?:book|film|movie),?$/i;
const TITLE_CONTEXT = /(?:[’']s|\bon|\bof|\bprogram|\bshow|\bbook|\bfilm|\bmovie|\bsegment|\bpodcast|\bseries),?$/i;

/** The content is a phrase that only names a quoted title (see the module comment). */
export function titleOnlyContent(body: string): boolean {
  // QUOTED_END needs a closing mark at the very end; most contents are settled by that alone.
  const last = body.charCodeAt(body.length - 1);
  if (last !== 0x201d && last !== 34 && last !== 39) return false;
  const m = QUOTED_END.exec(body);
  if (!m) return false;
  const lead = (m[1] ?? '').trim();
  const inner = m[2] ?? m[3] ?? m[4] ?? '';
  if (!lead || !titleCaseQuotation(inner) || !TITLE_CONTEXT.test(lead)) return false;
  return WEEKDAY_OR_TIME.test(lead) || APPOSITIVE_NAME.test(lead) || OUTLET_ONLY.test(lead) || WORK_ONLY.test(lead);
}

const TITLE_BEFORE = /(?:\p{Lu}[\p{L}.-]*[’']s|\bon|(?:[”"]|'')\s*,?\s+(?:and|or)|\b(?:co-)?host\s+of|\bstar\s+of|\banchor\s+of|\bbook|\bmovie|\bfilm|\bshow|\bseries|\bsitcom|\bprogram|\bprogramme|\bnovel|\bmemoir|\bdocumentary|\bpodcast|\btold)\s*,?\s*(?:[“"‘]|'')$/u;
const TITLE_AFTER = /^(?:[”"’]|'')\s+(?:host|co-host|anchor|star|actor|actress|creator|author)\b/;
const LABEL_LEMMAS = /^(?:call|dub|name|title|titled|entitled|nickname|label|brand|term|chant|bill|know|read)$/;

/** The span without its quotation marks and surrounding spaces, and its text. */
function innerOf(text: string, start: number, end: number): { s: number; e: number; inner: string } {
  let s = start;
  let e = end;
  while (s < e && /[“"‘'\s]/.test(text[s] ?? '')) s++;
  while (e > s && /[”"’'\s]/.test(text[e - 1] ?? '')) e--;
  return { s, e, inner: text.slice(s, e) };
}

/**
 * A statement that is a bare quotation naming a show or book ("told the Courier’s “Harbour
 * Hour”", "the book “Tides of Brask,”", "“Morning Tide” host Ana Ruiz", "host of “Harbour
 * Hour”", a second title after "on “Morning Tide” and") or a newsletter's
 * all-capitals section heading (“HARBOUR LEVY PASSES”) with no cue of its own.
 */
export function bareTitleQuotation(text: string, start: number, end: number, cueLemma: string | null): boolean {
  const { s, e, inner } = innerOf(text, start, end);
  if (!inner || /[“”"]|''/.test(inner)) return false;
  const open = text.slice(Math.max(0, s - 50), s);
  if (!cueLemma && !/\p{Ll}/u.test(inner) && /\p{Lu}{2,}\S*\s+\S*\p{Lu}{2,}\S*\s+\S*\p{Lu}{2,}/u.test(inner)) return true;
  if (cueLemma && LABEL_LEMMAS.test(cueLemma)) return false;
  if (!titleCaseQuotation(inner) || inner.split(/\s+/).length < 2) return false;
  return TITLE_BEFORE.test(open) || TITLE_AFTER.test(text.slice(e, e + 20));
}

const BYLINE_AFTER = /^(?:[”"’]|'')?,?(?:[”"’]|'')?\s*(?:by\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,4}\p{Lu}[\p{L}.-]*(?:[’']s|s[’'])\s|\p{Lu}[\p{L}]*\.(?:com|org|net)\b)/u;
const LINK_LABEL = /^(?:Related|Read more|Read More|See also|Also read|Watch|WATCH|RELATED|READ MORE)\s*:?$/;

/** A capitalised title with a subtitle after a colon. */
const TITLE_WITH_SUBTITLE = /^\p{Lu}[^:]{0,40}:\s+\p{Lu}/u;

/**
 * Quotations that are never speech: a headline with its byline (“Harbour levy passes,” by
 * the Courier's Ana Ruiz), a book title with its subtitle (“Tides: A History of Brask”), a
 * link label (“Related:”), or text that starts inside web markup (a tag's closing ">").
 */
export function quotedNonSpeech(text: string, start: number, end: number): boolean {
  if (end > start && text.charCodeAt(start) === 0x3e) return true;
  const { s, e, inner } = innerOf(text, start, end);
  if (!inner || /[“”"]|''/.test(inner)) return false;
  // The statement must be the quotation itself, not a clause that quotes it.
  if (!/[“"‘']$/.test(text.slice(Math.max(0, s - 2), s))) return false;
  if (LINK_LABEL.test(inner)) return true;
  if (TITLE_WITH_SUBTITLE.test(inner) && titleCaseLong(inner.replace(/:/, ''))) return true;
  return BYLINE_AFTER.test(text.slice(e, e + 60));
}

function titleCaseLong(inner: string): boolean {
  const words = inner.replace(/[,.!?;]+$/, '').split(/\s+/).filter(Boolean);
  return words.length >= 3 && words.length <= 14 && allTitleWords(words);
}
