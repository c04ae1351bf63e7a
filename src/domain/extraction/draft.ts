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

/** How many words (letter or digit runs) `s` spans in `text`. */
export function wordCount(text: string, s: Span): number {
  return (text.slice(s.start, s.end).match(/[\p{L}\p{N}]+/gu) ?? []).length;
}
