/**
 * A reported clause ending on a quotation may go on with a second clause coordinated under the
 * same report: `Pell said the toll is “too steep” and she hopes to lower it by May` reports both
 * that the toll is too steep and that she hopes to lower it. A pronoun subject with a finite
 * verb right after the "and" (no comma, so not the writer's next sentence part) continues the
 * report.
 */
import type { Draft } from './draft.ts';
import type { Quote } from './segment.ts';

const COORDINATED_CLAUSE = /^\s+and\s+(?:that\s+)?(?:he|she|they|it|we|there)\s+(?:is|was|are|were|has|had|have|should|would|will|can|could|must|might|may|does|did|feels?|felt|remains?|needs?)\b/;
/** The clause ends at the sentence's end, a semicolon, colon or dash, or a trailing attribution. */
const CLAUSE_END = /[.;:!?—–]|\s--|,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:said|says|added|wrote)\b|,\s+(?:he|she|they)\s+(?:said|says|added)\b/u;

/** Extends a DIRECT report that stops at its quotation over a coordinated clause of the report. */
export function extendCoordinatedClauses(text: string, drafts: Draft[], quotes: readonly Quote[]): void {
  for (const d of drafts) {
    if (d.kind !== 'DIRECT' || d.bareObject || !d.cue || d.cue.end > d.content.start || d.pattern === 'adjacent-quote' || d.pattern === 'unattributed') continue;
    const q = quotes.find((x) => x.closed && x.open >= d.content.start && d.content.end >= x.end - 1 && d.content.end <= x.close);
    if (!q) continue;
    const after = text.slice(q.close, d.sentence.end);
    if (!COORDINATED_CLAUSE.test(after)) continue;
    const stop = CLAUSE_END.exec(after);
    const end = q.close + (stop ? stop.index : after.replace(/\s+$/, '').length);
    if (drafts.some((o) => o !== d && o.content.start <= d.content.start && o.content.end > q.close)) continue;
    d.content = { start: d.content.start, end };
  }
}
