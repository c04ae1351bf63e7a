/**
 * Statements that open on a predicate whose subject the writer gave just before them. Two
 * shapes: a quotation that opens on its clause's predicate (`the harbour master ''looked
 * tired,'' Ruiz said`), and a DIRECT statement found from its quotation that starts on a finite
 * verb (`her figures were “pure fiction”` → `were “pure fiction”`, `Pell said that was “a fair point”`). The
 * subject belongs to what was reported, so the statement starts at it. A relative clause with a
 * report inside (`the ferries, which Ruiz said were “unsafe”`) is left alone.
 */
import type { Draft } from './draft.ts';
import { REPORTING_VERBS } from './lexicon.ts';
import type { Quote } from './segment.ts';
import { isSpaceAt } from './draft.ts';

const MAX_SUBJECT_WORDS = 5;

/** What a subject must look like; the two passes differ in these details. */
interface SubjectShape {
  /** The stretch before the predicate must end like this (a word, then spacing). */
  end: RegExp;
  /** Punctuation that rules the stretch out. */
  punctuation: RegExp;
  /** Words that open a connective or prepositional phrase, never a subject. */
  notStart: RegExp;
  /** A word that rules the stretch out. */
  badWord: (word: string) => boolean;
}

/**
 * Where the short subject of a predicate at `end` starts: after the last ", " or " that " in
 * the sentence, at most five words; null when that stretch is not a plausible subject.
 */
function subjectStartBefore(text: string, sentenceStart: number, end: number, shape: SubjectShape): number | null {
  const lead = text.slice(sentenceStart, end);
  const comma = lead.lastIndexOf(', ');
  const that = lead.lastIndexOf(' that ');
  const at = Math.max(comma < 0 ? 0 : comma + 2, that < 0 ? 0 : that + 6);
  const subject = lead.slice(at);
  if (!shape.end.test(subject) || shape.punctuation.test(subject) || shape.notStart.test(subject.trim())) return null;
  const words = subject.match(/[\p{L}\p{N}’'.-]+/gu) ?? [];
  if (!words.length || words.length > MAX_SUBJECT_WORDS || words.some(shape.badWord)) return null;
  let start = sentenceStart + at;
  while (isSpaceAt(text, start)) start++;
  return start;
}

/** A finite verb opening a quoted predicate: an auxiliary, a modal or a regular past form. */
const QUOTED_PREDICATE_START = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|isn’t|isn't|wasn’t|wasn't|hasn’t|hasn't|won’t|won't|doesn’t|doesn't|didn’t|didn't|\p{Ll}{3,}ed)\s/u;

/** "… and for the “…”", "which means X “…”": a connective or preposition starts no subject. */
const QUOTED_SUBJECT: SubjectShape = {
  end: /[\p{L}\p{N}]\s*$/u,
  punctuation: /[;:“”"—–()]/,
  notStart: /^(?:and|or|but|for|as|if|which|so|of|to|in|on|with|by|from|at|because|when|while|than|doing|where)\b/i,
  badWord: (w) => REPORTING_VERBS.has(w.toLowerCase()),
};

/** Extends a quotation-only DIRECT statement left over the subject of its quoted predicate. */
export function extendQuotedSubjects(text: string, drafts: Draft[], quotes: readonly Quote[]): void {
  for (const d of drafts) {
    if (d.kind !== 'DIRECT') continue;
    const q = quotes.find((x) => x.start === d.content.start && x.closed);
    if (!q || !QUOTED_PREDICATE_START.test(text.slice(q.start, q.end)) || q.open <= d.sentence.start) continue;
    const start = subjectStartBefore(text, d.sentence.start, q.open, QUOTED_SUBJECT);
    if (start === null || drafts.some((o) => o !== d && o.content.start < q.open && o.content.end > start)) continue;
    // The quotation now opens inside the content, so its closing mark belongs there too.
    d.content = { start, end: d.content.end >= q.end ? q.close : d.content.end };
  }
}

const FINITE_START = /^(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must)\s/;

/** A report inside a relative clause ("which Ruiz said", "who he speculates") is not a subject. */
const PREDICATE_SUBJECT: SubjectShape = {
  end: /[\p{L}\p{N}]\s+$/u,
  punctuation: /[;:“”"—–()]|''/,
  notStart: /^(?:and|or|but|for|as|if|which|who|whom|whose|so|of|to|in|on|with|by|from|at|because|when|while|than|where|what)\b/i,
  badWord: (w) => /^(?:who|which|whom|that)$/i.test(w),
};

/** Extends a DIRECT statement that opens on a finite verb left over that verb's subject. */
export function extendPredicateSubjects(text: string, drafts: Draft[], quotes: readonly Quote[]): void {
  for (const d of drafts) {
    if (d.kind !== 'DIRECT' || !FINITE_START.test(text.slice(d.content.start, d.content.end))) continue;
    if (!quotes.some((q) => q.open > d.content.start && q.open < d.content.end)) continue;
    const lead = text.slice(d.sentence.start, d.content.start);
    const thatSubject = /\s(that|this)\s+$/.exec(lead);
    let start: number | null;
    if (thatSubject && /\b(?:said|says|added|argued|insisted|replied|told\s+\S+)\s+(?:that|this)\s+$/.test(lead)) {
      // "said that was …": the demonstrative is the subject, not a conjunction.
      start = d.sentence.start + thatSubject.index + 1;
    } else start = subjectStartBefore(text, d.sentence.start, d.content.start, PREDICATE_SUBJECT);
    if (start === null || start >= d.content.start) continue;
    const from = start;
    if (drafts.some((o) => o !== d && o.content.start < d.content.start && o.content.end > from)) continue;
    d.content = { start: from, end: d.content.end };
  }
}
