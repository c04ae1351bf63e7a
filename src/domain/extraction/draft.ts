/**
 * The extractor's working record for a statement, shared by statement finding and speaker
 * resolution. Internal to the extraction module.
 */
import type { Sentence } from './segment.ts';
import type { Span, StatementKind, TextSpan } from './types.ts';

/** A statement before speaker resolution. */
export interface Draft {
  content: Span;
  kind: StatementKind;
  cue: TextSpan | null;
  cueLemma: string | null;
  mention: TextSpan | null;
  /** How the statement was found; decides confidence. */
  pattern: 'adjacent-quote' | 'clause' | 'left-clause' | 'according-to' | 'follow-on' | 'participle' | 'colon-intro' | 'unattributed' | 'embedded-quote';
  sentence: Sentence;
  /** The content is a verb's bare object ("criticized the toll"), not a reported clause. */
  bareObject?: boolean;
  /** Set when the speaker is carried over from an earlier statement. */
  inheritsFrom?: Draft;
}

/** A span of `text` with its text attached. */
export function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/** A letter or digit, in any script. */
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Letters and digits: ASCII by table, the rest by the Unicode classes. */
export function isLetterOrDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c !== c) return false;
  // General Punctuation (’ “ ” — …) holds no letter or digit, and news text is full of it.
  if (c >= 0x2000 && c <= 0x206f) return false;
  // A letter outside the Basic Multilingual Plane is two code units: test the whole pair.
  if (c >= 0xd800 && c <= 0xdfff) {
    const at = c >= 0xdc00 ? i - 1 : i;
    const point = text.codePointAt(at);
    return point !== undefined && point > 0xffff && LETTER_OR_DIGIT.test(String.fromCodePoint(point));
  }
  return LETTER_OR_DIGIT.test(text.charAt(i));
}

/**
 * `/\s/.test(text[i] ?? '')` without a regular expression or a one-letter string: the
 * extractor asks it of single characters hundreds of thousands of times per corpus.
 */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** How many words (letter or digit runs) `s` spans in `text`. */
export function wordCount(text: string, s: Span): number {
  let n = 0;
  let inWord = false;
  for (let i = s.start; i < s.end; i++) {
    const letter = isLetterOrDigitAt(text, i);
    if (letter && !inWord) n++;
    inWord = letter;
  }
  return n;
}
