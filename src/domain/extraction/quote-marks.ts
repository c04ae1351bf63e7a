/**
 * Which quotation marks make a statement direct. An article that quotes its speakers in
 * double marks (“…”, "…", ''…'') keeps single marks (‘…’) for headlines, subheads and the
 * writer's scare quotes: "Officials call the plan ‘bold’" or a subhead "– ‘Not today’ –"
 * quotes nobody's words, so a statement whose only quotation is single-marked is reported,
 * not quoted. An article that quotes in single marks throughout keeps them direct.
 */
import type { Span } from './types.ts';

const DOUBLE_MARK = /[“”"„«»]|''/;
const SINGLE_QUOTATION = /‘[^’]*\p{L}[^‘]*’/u;

/** True when the article quotes in double marks anywhere after `from` (its body). */
export function quotesInDoubleMarks(text: string, from: number): boolean {
  return DOUBLE_MARK.test(text.slice(from));
}

/** A double mark just before a content, or just after it (past one punctuation mark). */
const DOUBLE_BEFORE = /(?:[“”"„«]|'')$/;
const DOUBLE_AFTER = /^[.,!?;:]?(?:[“”"»]|'')/;

/**
 * `content` (with the marks around it) holds a single-marked quotation and no double mark:
 * in a double-mark article it is not a direct quotation ("Ruiz calls the levy ‘a lifeline’").
 */
export function onlySingleMarked(text: string, content: Span): boolean {
  const inner = text.slice(Math.max(0, content.start - 1), content.end + 2);
  if (!SINGLE_QUOTATION.test(inner) || DOUBLE_MARK.test(text.slice(content.start, content.end))) return false;
  return !DOUBLE_BEFORE.test(text.slice(Math.max(0, content.start - 2), content.start)) && !DOUBLE_AFTER.test(text.slice(content.end, content.end + 3));
}
