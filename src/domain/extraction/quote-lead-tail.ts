/**
 * A quotation opening the reported clause, which the writer finishes outside the marks:
 * `Ruiz said, “We have two weeks left” until the levy vote.` The words after the closing mark
 * (a preposition or conjunction phrase up to the clause punctuation) complete what was said,
 * so the statement runs over them, as does an "and" going on with the quoted phrase (`“the
 * ferry men” and their families`); so does a predicate whose subject the quotation is
 * (`Ruiz said, “The levy we passed in May” was a mistake.`). A quotation with its own final
 * punctuation (`“Stop,” …`) is complete and keeps its bounds.
 */
import type { Draft } from './draft.ts';
import { REPORTING_VERBS } from './lexicon.ts';
import type { Quote } from './segment.ts';
import { isSpaceAt } from './draft.ts';

const TAIL_OPENER = /^\s+(?:and|is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|from|until|before|after|if|unless|because|since|when|in|on|for|about|over|with|without|to)\s/;
/** When it was said, not what: "on Friday", "in 1960". */
const OCCASION = /^\s+(?:in|on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d{4})\b/;
const STOP = /[,;:()]|\s[—–]|[—–]\s|\s--\s|\s-\s|[.!?](?=\s|$)/;
const MAX_TAIL = 120;

/** Ends in punctuation (spaces aside). */
const ENDS_IN_PUNCTUATION = /[\p{P}]\s*$/u;

/** Extends quotation-only DIRECT statements over the writer's words finishing the clause. */
export function extendQuotationLeadTails(text: string, drafts: Draft[], quotes: readonly Quote[]): void {
  for (const d of drafts) {
    if (d.kind !== 'DIRECT') continue;
    const q = quotes.find((x) => x.closed && x.start === d.content.start && d.content.end >= x.end - 1 && d.content.end <= x.close);
    if (!q || ENDS_IN_PUNCTUATION.test(text.slice(q.start, q.end))) continue;
    const rest = text.slice(q.close, d.sentence.end);
    if (!TAIL_OPENER.test(rest) || OCCASION.test(rest)) continue;
    // "“…” and the pier crews" goes on with the quoted phrase; "“…” and said …" is a new report.
    const joined = /^\s+and\s+(\p{L}+)/u.exec(rest);
    if (joined?.[1] && REPORTING_VERBS.has(joined[1].toLowerCase())) continue;
    const stop = STOP.exec(rest);
    let end = q.close + (stop ? stop.index : rest.length);
    if (quotes.some((x) => x.open >= q.close && x.open < end)) continue;
    while (end > q.close && isSpaceAt(text, end - 1)) end--;
    if (end - q.close < 4 || end - q.close > MAX_TAIL) continue;
    if (drafts.some((o) => o !== d && o.content.start < end && o.content.end > q.close)) continue;
    // The quotation now sits inside the content, so both its marks belong there.
    d.content = { start: q.open, end };
  }
}
