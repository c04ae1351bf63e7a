/**
 * A DIRECT statement found from its quotation may start on a finite verb (`his claims were
 * “a joke”` → `were “a joke”`, `Pell said that was “a fair point”` → `was “a fair point”`): the
 * clause's subject stands just before and belongs to what was reported, so the statement
 * starts at it. A relative clause with a report inside (`the ferries, which Ruiz said were
 * “unsafe”`) is left alone.
 */
import type { Draft } from './draft.ts';
import type { Quote } from './segment.ts';

const FINITE_START = /^(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must)\s/;
const MAX_SUBJECT_WORDS = 5;
const NOT_SUBJECT_START = /^(?:and|or|but|for|as|if|which|who|whom|whose|so|of|to|in|on|with|by|from|at|because|when|while|than|where|what)\b/i;

/** Extends a DIRECT statement that opens on a finite verb left over that verb's subject. */
export function extendPredicateSubjects(text: string, drafts: Draft[], quotes: readonly Quote[]): void {
  for (const d of drafts) {
    if (d.kind !== 'DIRECT' || !FINITE_START.test(text.slice(d.content.start, d.content.end))) continue;
    if (!quotes.some((q) => q.open > d.content.start && q.open < d.content.end)) continue;
    const lead = text.slice(d.sentence.start, d.content.start);
    let at: number;
    const thatSubject = /\s(that|this)\s+$/.exec(lead);
    if (thatSubject && /\b(?:said|says|added|argued|insisted|replied|told\s+\S+)\s+(?:that|this)\s+$/.test(lead)) {
      // "said that was …": the demonstrative is the subject, not a conjunction.
      at = thatSubject.index + 1;
    } else {
      const comma = lead.lastIndexOf(', ');
      const that = lead.lastIndexOf(' that ');
      at = Math.max(comma < 0 ? 0 : comma + 2, that < 0 ? 0 : that + 6);
      const subject = lead.slice(at);
      if (!/[\p{L}\p{N}]\s+$/u.test(subject) || /[;:“”"—–()]|''/.test(subject) || NOT_SUBJECT_START.test(subject.trim())) continue;
      const words = subject.match(/[\p{L}\p{N}’'.-]+/gu) ?? [];
      if (!words.length || words.length > MAX_SUBJECT_WORDS) continue;
      // A report inside a relative clause ("which Ruiz said", "who he speculates") is not a subject.
      if (words.some((w) => /^(?:who|which|whom|that)$/i.test(w))) continue;
    }
    let start = d.sentence.start + at;
    while (/\s/.test(text[start] ?? '')) start++;
    if (start >= d.content.start) continue;
    if (drafts.some((o) => o !== d && o.content.start < d.content.start && o.content.end > start)) continue;
    d.content = { start, end: d.content.end };
  }
}
