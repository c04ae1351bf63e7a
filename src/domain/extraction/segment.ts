/**
 * Splits article text into paragraphs, quotations and sentences, all as offsets into the
 * original text. Quotations are found first and treated as atomic when splitting sentences,
 * so "“A. B,” she said." stays one sentence with one quote.
 */
import { isLetterOrDigitAt, isSpaceAt } from './draft.ts';
import type { Span } from './types.ts';

/** One letter or a dot: a character of an abbreviation. */
const LETTER_OR_DOT = /[\p{L}.]/u;
/** One letter ("J" in "J. Smith"). */
const SINGLE_LETTER = /^\p{L}$/u;
/** Letters joined by dots ("U.S", "p.m"). */
const DOTTED_LETTERS = /^(?:\p{L}\.)+\p{L}$/u;
/** A character that can open a sentence. */
const SENTENCE_START_CHAR = /[\p{Lu}\p{N}“"‘'«(\[—]/u;
/** A dotted acronym ("U.S.") or clock time ("5 p.m.") at the end. */
const ACRONYM_OR_CLOCK_END = /(?:\p{Lu}\.){2,}$|\d\s*[ap]\.m\.$/u;

export interface Quote extends Span {
  /** Offset of the opening mark (content starts after it). */
  open: number;
  /** Offset just past the closing mark, or the paragraph end when the quote runs on. */
  close: number;
  /** False when the paragraph ends before the quote closes (a multi-paragraph quote). */
  closed: boolean;
  paragraph: number;
}

export interface Sentence extends Span {
  paragraph: number;
  /** Index of the sentence within its paragraph. */
  index: number;
}

export interface Paragraph extends Span {
  index: number;
}

/** Splits `text` from `from` on line breaks; blank lines are dropped. */
export function splitParagraphs(text: string, from: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const re = /[^\r\n]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && isSpaceAt(text, start)) start++;
    while (end > start && isSpaceAt(text, end - 1)) end--;
    if (end > start) paragraphs.push({ start, end, index: paragraphs.length });
  }
  return paragraphs;
}

/** The characters a quotation can open or close with; the scan jumps from one to the next. */
const QUOTE_CHAR = /[“”"'`«»„‘]/g;
/** A space, or no character at all (before the text's start, past its end). */
const isSpaceOrEdge = (text: string, i: number): boolean => i < 0 || i >= text.length || isSpaceAt(text, i);

/** Zero-width and text-direction marks: invisible, they separate nothing. */
const INVISIBLE_MARK = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

/** An opening mark waiting for its closer: where it is, its length, the marks that close it. */
interface OpenMark {
  at: number;
  len: number;
  closer: readonly string[];
}

const GUILLEMET_CLOSERS: readonly string[] = ['»'];
const CURLY_CLOSERS: readonly string[] = ['”', '“', '"'];
const DOUBLED_CLOSERS: readonly string[] = ["''"];
const STRAIGHT_CLOSERS: readonly string[] = ['"', '”'];
const TURNED_CLOSERS: readonly string[] = ['”'];

/**
 * Finds quotations in one paragraph: curly “…”, straight "…", doubled apostrophes ''…'',
 * guillemets «…», and top-level single curly quotes ‘…’ (only when a matching ’ is followed
 * by a non-letter, so apostrophes in "don’t" never close a quote). With `straightSingles`,
 * for an article that quotes in straight single marks throughout ('We sail at dawn,' said
 * Ruiz), those open and close quotations the same way.
 */
export function findQuotes(text: string, paragraph: Paragraph, straightSingles = false): Quote[] {
  const quotes: Quote[] = [];
  let i = paragraph.start;
  const end = paragraph.end;
  let open: OpenMark | null = null;
  while (i < end) {
    // Most characters are not quotation marks: jump to the next one.
    QUOTE_CHAR.lastIndex = i;
    const next = QUOTE_CHAR.exec(text);
    if (next === null || next.index >= end) break;
    i = next.index;
    if (open === null) {
      const c = next[0];
      if (c === '‘' || (c === "'" && straightSingles && text[i + 1] !== "'")) {
        i = afterSingleQuotation(text, paragraph, i, quotes, c === '‘' ? '’' : "'");
        continue;
      }
      open = openingMark(text, paragraph, i, c);
      i += open === null ? 1 : open.len;
      continue;
    }
    const closer = closerAt(open.closer, text, i);
    // A “ inside a “ quote is normally a typo for ”, unless a letter follows (a nested opener).
    // Mixed marks (“…" or "…”) close only where a closing mark can stand: not before a letter.
    const closes = closer !== undefined && !((closer === '“' || (closer === '"' && text[open.at] === '“')) && isLetterOrDigitAt(text, i + 1));
    if (closes && closer !== undefined) {
      const start = open.at + open.len;
      if (i > start) quotes.push({ start, end: i, open: open.at, close: i + closer.length, closed: true, paragraph: paragraph.index });
      i += closer.length;
      open = null;
      continue;
    }
    i++;
  }
  if (open !== null) {
    const start = open.at + open.len;
    if (end > start) quotes.push({ start, end, open: open.at, close: end, closed: false, paragraph: paragraph.index });
  }
  const unopened = open === null ? quoteAfterSpeechComma(text, paragraph, quotes) : null;
  if (unopened) quotes.push(unopened);
  return quotes;
}

/** The quotation that the mark `c` at `i` opens, if it opens one (a single ‘ is read apart). */
function openingMark(text: string, paragraph: Paragraph, i: number, c: string): OpenMark | null {
  const end = paragraph.end;
  if (c === '“' || c === '«' || c === '„') return { at: i, len: 1, closer: c === '«' ? GUILLEMET_CLOSERS : CURLY_CLOSERS };
  const two = text.slice(i, i + 2);
  if (two === "''" || two === '``') return { at: i, len: 2, closer: DOUBLED_CLOSERS };
  // A straight mark followed by a space closes an earlier paragraph's quotation.
  if (c === '"') return isSpaceOrEdge(text, i + 1) ? null : { at: i, len: 1, closer: STRAIGHT_CLOSERS };
  if (c !== '”') return null;
  if ((isSpaceOrEdge(text, i - 1) || INVISIBLE_MARK.test(text[i - 1] ?? '')) && (!isSpaceOrEdge(text, i + 1) || (/^[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]*$/.test(text.slice(paragraph.start, i)) && text.indexOf('”', i + 1) > 0 && text.indexOf('”', i + 1) < end))) {
    // Some feeds use the closing mark for both ends (also after an invisible direction
    // mark that pasted posts carry: "\u202A”Save the pier!” wrote Ana Ruiz.").
    // At a paragraph's start, even "” … and so on”" opens (a mark the feed turned around).
    return { at: i, len: 1, closer: TURNED_CLOSERS };
  }
  if (/[\p{Ll}],$/u.test(text.slice(Math.max(paragraph.start, i - 2), i)) && isSpaceOrEdge(text, i + 1) && /^\s\p{Ll}[^“”"]*[.!?]”\s*$/u.test(text.slice(i + 1, end))) {
    // "She adds,” the pier is …”": a turned-around mark after the verb's comma opens the
    // quotation that ends the paragraph.
    return { at: i, len: 1, closer: TURNED_CLOSERS };
  }
  return null;
}

/**
 * A single ‘ (or ') at `i` after a space or bracket, before a word, closed by a matching ’ (or
 * '): pushes that quotation and returns the offset after it; otherwise the offset after the mark.
 */
function afterSingleQuotation(text: string, paragraph: Paragraph, i: number, quotes: Quote[], closer: string): number {
  if ((isSpaceOrEdge(text, i - 1) || /[(\[—–-]/.test(text[i - 1] ?? '')) && !isSpaceOrEdge(text, i + 1)) {
    const closeAt = findSingleClose(text, i + 1, paragraph.end, closer);
    if (closeAt > 0) {
      quotes.push({ start: i + 1, end: closeAt, open: i, close: closeAt + 1, closed: true, paragraph: paragraph.index });
      return closeAt + 1;
    }
  }
  return i + 1;
}

/** The first of `closers` that stands at `i`. */
function closerAt(closers: readonly string[], text: string, i: number): string | undefined {
  for (const m of closers) if (text.startsWith(m, i)) return m;
  return undefined;
}

const SPEECH_COMMA = /(?:^|[^\p{L}])(?:said|says|added|adds|continued|explained|wrote|declared|insisted)\s*,\s+(?=\p{Lu})/gu;

/**
 * "Waving the report, she added, Pell is a fine mayor, a fine failure.”": the paragraph ends on
 * a closing mark no quotation owns, and the opening mark was left out after the verb's comma;
 * the quotation runs from there to that mark.
 */
function quoteAfterSpeechComma(text: string, paragraph: Paragraph, quotes: readonly Quote[]): Quote | null {
  let last = paragraph.end;
  while (last > paragraph.start && isSpaceOrEdge(text, last - 1)) last--;
  if (text[last - 1] !== '”' || !/[.!?]/.test(text[last - 2] ?? '')) return null;
  let from = paragraph.start;
  for (const q of quotes) {
    if (q.close >= last) return null;
    if (q.close > from) from = q.close;
  }
  const body = text.slice(from, last - 1);
  if (/[“”"]/.test(body)) return null;
  const start = lastSpeechCommaEnd(body, from);
  if (start < 0 || (text.slice(start, last - 1).match(/\s+/g) ?? []).length < 3) return null;
  return { start, end: last - 1, open: start, close: last, closed: true, paragraph: paragraph.index };
}

/** Where the last "said, " of `body` (at `from` in the text) ends; -1 when there is none. */
function lastSpeechCommaEnd(body: string, from: number): number {
  let end = -1;
  SPEECH_COMMA.lastIndex = 0;
  for (let m = SPEECH_COMMA.exec(body); m; m = SPEECH_COMMA.exec(body)) end = from + m.index + m[0].length;
  return end;
}

function findSingleClose(text: string, from: number, end: number, closer: string): number {
  for (let j = from; j < end; j++) {
    const c = text[j];
    if (c === '“' || c === '"') return -1;
    if (c === closer && !isLetterOrDigitAt(text, j + 1) && !isSpaceOrEdge(text, j - 1)) {
      // "the Joneses’ house": a plural possessive followed by a lower-case word is not a close.
      if (/\s[a-z]/.test(text.slice(j + 1, j + 3)) && /s$/.test(text.slice(j - 1, j))) continue;
      return j;
    }
  }
  return -1;
}

const ABBREVIATIONS = new Set(
  `mr mrs ms dr sen rep gov gen lt col sgt st jr sr inc co corp ltd u.s u.k u.n e.u d.c jan feb mar apr
  jun jul aug sep sept oct nov dec no vs v a.m p.m prof rev capt cmdr adm maj pres ft mt ave blvd dept
  est approx fig al i.e e.g etc`.split(/\s+/),
);

/** The characters that can end a sentence: . ! ? and the marks that close a quotation. */
const SENTENCE_END_CANDIDATE = /[.!?”"'»]/g;

/**
 * Splits a paragraph into sentences without ever splitting inside a quotation. A boundary is
 * sentence-final punctuation (optionally followed by a closing mark) then space and an
 * upper-case letter, digit or opening quote, unless the word before is an abbreviation.
 */
export function splitSentences(text: string, paragraph: Paragraph, quotes: readonly Quote[]): Sentence[] {
  const sentences: Sentence[] = [];
  let start = paragraph.start;
  let q = 0;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    // Only . ! ? and the last character of a quotation can end a sentence: jump to the next.
    SENTENCE_END_CANDIDATE.lastIndex = i;
    const next = SENTENCE_END_CANDIDATE.exec(text);
    if (next === null || next.index >= paragraph.end) break;
    i = next.index;
    while (q < quotes.length && (quotes[q]?.close ?? 0) <= i) q++;
    const quote = quotes[q];
    if (quote && quote.open <= i && i < quote.close) {
      // A quote ending in . ! ? followed by a capital starts a new sentence: “A.” She left.
      const inner = text[quote.end - 1] ?? '';
      if (i === quote.close - 1 && /[.!?]/.test(inner) && startsSentence(text, quote.close, paragraph.end)) {
        pushSentence(sentences, text, paragraph.index, start, quote.close);
        start = quote.close;
      }
      continue;
    }
    const c = text[i] ?? '';
    if (!/[.!?]/.test(c)) continue;
    let j = i + 1;
    while (j < paragraph.end && /[)\]’'"”]/.test(text[j] ?? '') && !quoteOpensAt(quotes, j)) j++;
    if (!startsSentence(text, j, paragraph.end)) continue;
    if (c === '.' && isAbbreviation(text, i) && !(endsWithAcronym(text, i) && startsWithCommonOpener(text, j, paragraph.end))) continue;
    pushSentence(sentences, text, paragraph.index, start, j);
    start = j;
  }
  pushSentence(sentences, text, paragraph.index, start, paragraph.end);
  return sentences;
}

/** Adds `text[start..end]`, trimmed, as the paragraph's next sentence unless it is blank. */
function pushSentence(sentences: Sentence[], text: string, paragraph: number, start: number, end: number): void {
  let s = start;
  while (s < end && isSpaceOrEdge(text, s)) s++;
  let e = end;
  while (e > s && isSpaceOrEdge(text, e - 1)) e--;
  if (e > s) sentences.push({ start: s, end: e, paragraph, index: sentences.length });
}

function quoteOpensAt(quotes: readonly Quote[], at: number): boolean {
  for (const q of quotes) if (q.open === at) return true;
  return false;
}

function startsSentence(text: string, at: number, end: number): boolean {
  if (at >= end) return false;
  if (!isSpaceAt(text, at)) return false;
  let k = at;
  while (k < end && isSpaceAt(text, k)) k++;
  return SENTENCE_START_CHAR.test(text[k] ?? '');
}

/** "… in the U.S. He said …": an acronym can end a sentence when a typical opener follows. */
function endsWithAcronym(text: string, dot: number): boolean {
  // "… shut at 9 p.m. She says …": a clock time ends a sentence the same way.
  return ACRONYM_OR_CLOCK_END.test(text.slice(Math.max(0, dot - 8), dot + 1));
}

const COMMON_OPENERS = /^\s+(?:He|She|They|It|We|I|The|This|That|These|Those|But|And|In|On|At|For|His|Her|Their|Its|A|An|There|Some|Many|Most|When|While|After|Before|If|As)\s/;

function startsWithCommonOpener(text: string, at: number, end: number): boolean {
  return COMMON_OPENERS.test(text.slice(at, Math.min(end, at + 12)));
}

// "… Tessel Ferry Co. The board …": after an abbreviation, these words open a new sentence.
const SENTENCE_OPENER_AFTER = /^[ \t\u00A0\n]+(?:The|He|She|It|They|We|In|But|And|This|That|His|Her|Their)\b/;

/**
 * Where a run of words `text[start..end)` (a name, an organisation) stops at a sentence end: the first full stop in
 * it that closes no abbreviation or initial ("Ana Ruiz. Pell" stops after "Ruiz"; "Gov. Ana
 * K. Ruiz" runs on). `end` when there is none.
 */
export function sentenceEndWithin(text: string, start: number, end: number): number {
  for (let dot = text.indexOf('.', start); dot >= 0 && dot < end; dot = text.indexOf('.', dot + 1)) {
    const after = text.charCodeAt(dot + 1);
    // A dot inside a word ("U.S", "Wealth-X.com") is no sentence end; one before a space, a
    // closing quotation mark or another dot ("Union..") is.
    if (dot + 1 < text.length && !isSpaceAt(text, dot + 1) && after !== 0x22 && after !== 0x201d && after !== 0x2e) continue;
    if (!isAbbreviation(text, dot) || SENTENCE_OPENER_AFTER.test(text.slice(dot + 1, dot + 12))) return dot;
  }
  return end;
}

/** True when the dot at `dot` closes an abbreviation or an initial ("Gov.", "K.", "U.S."), not a sentence. */
export function isAbbreviation(text: string, dot: number): boolean {
  let k = dot - 1;
  while (k >= 0 && LETTER_OR_DOT.test(text[k] ?? '')) k--;
  const word = text.slice(k + 1, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // "in the 1990s." ends a sentence: a letter after digits is no initial.
  if (/\p{N}/u.test(text[k] ?? '')) return false;
  // Single initials ("Ada K. Lorne") and dotted acronyms ("U.S.") do not end sentences
  // when a capitalised word follows; they occasionally do, but splitting there costs more.
  return SINGLE_LETTER.test(word) || DOTTED_LETTERS.test(word);
}
