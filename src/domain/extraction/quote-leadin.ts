/**
 * A lower-case quotation that goes on with the writer's sentence after an adverbial lead-in
 * (`After the harbour vote, “there is a real sense of urgency,” Ruiz said`) quotes the rest of
 * that sentence: the lead-in is part of what the speaker said, so the statement starts at the
 * sentence start. A short setting (`In Brask, “we never saw …”`) stays the writer's.
 */
import type { Draft } from './draft.ts';
import { REPORTING_VERBS } from './lexicon.ts';
import type { Quote } from './segment.ts';
import { isSpaceAt } from './draft.ts';

/** Words opening an adverbial (a prepositional phrase, a subordinate clause, a sentence adverb). */
const ADVERBIAL_START = /^(?:After|Before|When|While|Though|Although|If|Unless|Since|Until|Once|In|For|With|Without|During|Despite|Like|Unlike|As|To|Instead|Now|But|Sooner|Even|From|On|At|By|Under|Over|Given|Among|Amid|Whether)\b/;
const MAX_LEAD_WORDS = 30;
/** A short setting ("In Brask,", "Now,") frames the quotation in the writer's words. */
const MIN_LEAD_WORDS = 4;
/** A sentence end the segmenter may have run past ("… in 2004. Unless …"), not an abbreviation. */
const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Jr|Sr|Lt|Col|No|vs|Rev|Prof|Sgt|Capt))[\p{Ll}\p{N}][.!?](?:''|[”"’])?\s+(?=\p{Lu})/gu;

/** Extends a quotation-only DIRECT statement left over the adverbial lead-in of its sentence. */
export function extendLeadIns(text: string, drafts: Draft[], quotes: readonly Quote[]): void {
  for (const d of drafts) {
    if (d.kind !== 'DIRECT') continue;
    const q = quotes.find((x) => x.start === d.content.start && x.closed);
    if (!q || q.open <= d.sentence.start || !/^\p{Ll}/u.test(text.slice(q.start, q.end))) continue;
    let start = d.sentence.start;
    for (const m of text.slice(start, q.open).matchAll(SENTENCE_END)) start = d.sentence.start + m.index + m[0].length;
    while (isSpaceAt(text, start)) start++;
    const lead = text.slice(start, q.open);
    // The attribution follows the quotation: nothing before it but the lead-in ("as Pell put it").
    if ([d.cue, d.mention].some((x) => x && x.start < q.open && x.end > start) || /\bput it\b/.test(lead)) continue;
    if (!/[\p{L}\p{N}],\s*$/u.test(lead) || /[“”"‘’;:()—–]|''/.test(lead) || !ADVERBIAL_START.test(lead)) continue;
    const words = lead.match(/[\p{L}\p{N}’'.-]+/gu) ?? [];
    if (words.length < MIN_LEAD_WORDS || words.length > MAX_LEAD_WORDS || words.some((w) => REPORTING_VERBS.has(w.toLowerCase()))) continue;
    if (drafts.some((o) => o !== d && o.content.start < q.open && o.content.end > start)) continue;
    // The quotation now opens inside the content, so its closing mark belongs there too.
    d.content = { start, end: d.content.end >= q.end ? q.close : d.content.end };
  }
}
