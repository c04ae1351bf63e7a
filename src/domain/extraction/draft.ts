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
  pattern: 'adjacent-quote' | 'clause' | 'left-clause' | 'according-to' | 'follow-on' | 'participle' | 'colon-intro' | 'unattributed' | 'embedded-quote' | 'transcript';
  sentence: Sentence;
  /** The content is a verb's bare object ("criticized the toll"), not a reported clause. */
  bareObject: boolean;
  /** Set when the speaker is carried over from an earlier statement. */
  inheritsFrom: Draft | undefined;
}

/** What makeDraft needs: a Draft whose `bareObject` and `inheritsFrom` may be left out. */
export type DraftFields = Omit<Draft, 'bareObject' | 'inheritsFrom'> & { bareObject?: boolean; inheritsFrom?: Draft | undefined };

/**
 * A draft with every field set, in one order. The edge passes loop over all drafts: when every
 * draft has the same fields in the same order, V8 gives them one hidden class and the passes'
 * optimised code stays valid, where drafts built with conditional spreads (and fields added or
 * reset later) have several and each new one deoptimises and recompiles the passes. Every
 * draft is built here or by copyDraft. An absent `bareObject` is `false`, an absent
 * `inheritsFrom` is `undefined`.
 */
export function makeDraft(fields: DraftFields): Draft {
  return {
    content: fields.content,
    kind: fields.kind,
    cue: fields.cue,
    cueLemma: fields.cueLemma,
    mention: fields.mention,
    pattern: fields.pattern,
    sentence: fields.sentence,
    bareObject: fields.bareObject === true,
    inheritsFrom: fields.inheritsFrom,
  };
}

/**
 * The edge passes rewrite drafts in place (content, kind, cue, mention, …). V8 treats each field
 * of a new shape as constant until it is first rewritten, and that rewrite throws away the
 * optimised code of every function that read the field: with one shape for all drafts, the
 * first article where a pass rewrote a field recompiled most of the passes. Rewriting every
 * field of one throwaway draft when the module loads marks them all as rewritten before any
 * code is optimised.
 */
function markDraftFieldsRewritten(): void {
  const sentence = { start: 0, end: 0, paragraph: 0, index: 0 };
  const d = makeDraft({ content: { start: 0, end: 0 }, kind: 'DIRECT', cue: null, cueLemma: null, mention: null, pattern: 'clause', sentence });
  d.content = { start: 0, end: 1 };
  d.kind = 'INDIRECT';
  d.cue = span('x', 0, 1);
  d.cueLemma = 'x';
  d.mention = span('x', 0, 1);
  d.pattern = 'participle';
  d.sentence = { start: 0, end: 1, paragraph: 0, index: 0 };
  d.bareObject = true;
  d.inheritsFrom = makeDraft(d);
}
markDraftFieldsRewritten();

/** `d` with `changes` applied, as a new draft of the one shape (makeDraft). */
export function copyDraft(d: Draft, changes: Partial<Draft>): Draft {
  return makeDraft({ ...d, ...changes });
}

/**
 * `items` in a new array that V8 holds as an array of objects even when it is empty. An empty
 * `[]`, `map` or `flat` result is an array of small integers to V8 (another hidden class), so a
 * loop or `find` optimised on articles with quotations or drafts deoptimises ("wrong map") on
 * the first article without, and is compiled again.
 */
export function objectArray<T extends object>(items: readonly T[]): T[] {
  const out: object[] = [OBJECT_SEED];
  out.pop();
  for (let i = 0; i < items.length; i++) out.push(items[i] as T);
  return out as T[];
}

/** The element that makes objectArray's array an array of objects before it is removed. */
const OBJECT_SEED = {};

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

/** The last word of a phrase, lower-cased: "Deputy Minister" -> "minister" (a head word). */
export function lastWordLower(phrase: string): string {
  return lastWord(phrase).toLowerCase();
}

/** The last whitespace-separated word of `phrase` (all of it when it has none). */
export function lastWord(phrase: string): string {
  return phrase.split(/\s+/).pop() ?? phrase;
}
