/**
 * A quotation that opens on its clause's predicate (`the harbour master ''looked tired,'' Ruiz
 * said`) quotes a clause whose subject the writer gave just before the opening mark: the subject
 * belongs to the report, so the statement starts at it.
 */
import type { Draft } from './draft.ts';
import { REPORTING_VERBS } from './lexicon.ts';
import type { Quote } from './segment.ts';

/** A finite verb opening a predicate: an auxiliary, a modal or a regular past form. */
const PREDICATE_START = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|isn’t|isn't|wasn’t|wasn't|hasn’t|hasn't|won’t|won't|doesn’t|doesn't|didn’t|didn't|\p{Ll}{3,}ed)\s/u;
const MAX_SUBJECT_WORDS = 5;
const NOT_SUBJECT_START = /^(?:and|or|but|for|as|if|which|so|of|to|in|on|with|by|from|at|because|when|while|than|doing|where)\b/i;

/** Extends a quotation-only DIRECT statement left over the subject of its quoted predicate. */
export function extendQuotedSubjects(text: string, drafts: Draft[], quotes: readonly Quote[]): void {
  for (const d of drafts) {
    if (d.kind !== 'DIRECT') continue;
    const q = quotes.find((x) => x.start === d.content.start && x.closed);
    if (!q || !PREDICATE_START.test(text.slice(q.start, q.end)) || q.open <= d.sentence.start) continue;
    const lead = text.slice(d.sentence.start, q.open);
    // The subject runs from the sentence start or a comma up to the mark, and ends in a word.
    const comma = lead.lastIndexOf(', ');
    const that = lead.lastIndexOf(' that ');
    const at = Math.max(comma < 0 ? 0 : comma + 2, that < 0 ? 0 : that + 6);
    const subject = lead.slice(at);
    if (!/[\p{L}\p{N}]\s*$/u.test(subject) || /[;:“”"—–()]/.test(subject)) continue;
    // "… and for the “…”", "which means X “…”": a connective or preposition starts no subject.
    if (NOT_SUBJECT_START.test(subject.trim())) continue;
    const words = subject.match(/[\p{L}\p{N}’'.-]+/gu) ?? [];
    if (!words.length || words.length > MAX_SUBJECT_WORDS) continue;
    if (words.some((w) => REPORTING_VERBS.has(w.toLowerCase()))) continue;
    let start = d.sentence.start + at;
    while (/\s/.test(text[start] ?? '')) start++;
    if (drafts.some((o) => o !== d && o.content.start < q.open && o.content.end > start)) continue;
    // The quotation now opens inside the content, so its closing mark belongs there too.
    d.content = { start, end: d.content.end >= q.end ? q.close : d.content.end };
  }
}
