/**
 * The writer's words that finish a mixed quote after its quotation. A DIRECT statement found
 * from a short quotation ends with the quotation's closing mark; when the clause carries on
 * past the mark with a complement of the quoted phrase (`vowed to “take the fight” to the
 * harbour towns`, `called the levy “a trap” for small traders`) or a relative clause about it
 * (`called Pell a “menace” who had misled the council`), the report runs to the clause's end.
 */
import type { Draft } from './draft.ts';
import { REPORTING_VERBS } from './lexicon.ts';
import type { Quote } from './segment.ts';
import type { Span } from './types.ts';
import { isSpaceAt } from './draft.ts';

/**
 * Words that continue the quoted phrase: prepositions of its complement, relatives, "because",
 * a condition or limit without a comma (`“a loud voice for the pier” if elected`, `“stunning”
 * since …`, `“a must” when it comes to …`),
 * or "and" joining a second quotation (`said to be “slow” and “fussy” at the ferry desk`).
 */
const TAIL_OPENER = /^\s+(?:(?:to|of|from|in|on|between|among|who|that|where|while|because|or|if|until|since|when\s+it\s+comes)\s|and\s+[“"'])/;
/**
 * A quoted verb or modifier whose object follows it (`pledged to “scrap” the levy`, `“sort of
 * hopes” the pier closes`), or a quoted verdict with its reason (`called Pell “reckless” for
 * closing the pier`): a determiner or "for" right after a quotation without its own comma.
 */
const OBJECT_AFTER = /^\s+(?:the|his|her|their|its|a|an|for)\s/;
/** Circumstances of the report, not of what was said: "in an interview", "on Monday". */
const OCCASION = /^\s+(?:in\s+(?:an?|the|his|her|their)\s+(?:\S+\s+){0,3}?(?:interview|statement|speech|letter|op-ed|post|tweet|email|video|appearance|debate|conference|rally|hearing|meeting|address|remarks|memo|filing|book|blog|column|article|essay|podcast|broadcast|documentary|editorial|ad|commercial|message|memoir)s?\b|(?:in|on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d{4})\b|in\s+response\b)/;
/** A clause of time with its own subject: "until Pell stepped in", "when they left". */
const TIME_CLAUSE = /^\s+(?:until|when|after|before|while|once|as)\s+(?:he|she|they|it|we|I|\p{Lu}[\p{L}’'.-]*)\s/u;
const STOP = /[,;:()]|\s[—–]|[—–]\s|\s--\s|\s-\s|[.!?]\s*$/g;
const MAX_TAIL = 200;

/**
 * `said the levy is “a trap” and traders will leave`: a second clause joined by "and" to a
 * clause a speech verb reports, whose own verb does not report again ("and he added …").
 */
function secondClause(d: Draft, rest: string): boolean {
  const m = /^\s+and\s+(?:he|she|they|it|we|there|(?:the|his|her|their|its)\s+\p{Ll}+)\s+(\p{Ll}+)\b/u.exec(rest);
  if (!m?.[1] || REPORTING_VERBS.has(m[1]) || d.bareObject) return false;
  const cue = d.cue ? REPORTING_VERBS.get(d.cue.text.toLowerCase()) : undefined;
  return cue?.frame === 'speech' && d.pattern === 'clause';
}

/** The quotation `content` ends with, when it opens inside the content (a mixed quote). */
function finalQuotation(text: string, content: Span, quotes: readonly Quote[]): Quote | null {
  for (const q of quotes) {
    if (!q.closed || q.open < content.start || q.open >= content.end) continue;
    // The content may stop short of the quotation's own final comma and closing mark.
    if (content.end <= q.close && content.end > q.start && /^[\s,.;:”"’']*$/.test(text.slice(content.end, q.close))) return q;
  }
  return null;
}

/** Where the tail after `from` ends: the next clause punctuation outside quotations. */
function tailEnd(text: string, from: number, limit: number, quotes: readonly Quote[]): number {
  let end = limit;
  const body = text.slice(from, limit);
  STOP.lastIndex = 0;
  for (let m = STOP.exec(body); m; m = STOP.exec(body)) {
    const at = from + m.index;
    if (quotes.some((q) => q.open <= at && at < q.close)) continue;
    end = at;
    break;
  }
  while (end > from && isSpaceAt(text, end - 1)) end--;
  return end;
}

/** Extends DIRECT mixed quotes over the writer's words that finish their clause (see above). */
export function extendQuotedTails(text: string, drafts: Draft[], quotes: readonly Quote[]): void {
  for (const d of drafts) {
    if (d.kind !== 'DIRECT') continue;
    const q = finalQuotation(text, d.content, quotes);
    if (!q) continue;
    // A quotation ending its own sentence ("… “a trap.” In May …") ends the report.
    if (/[.!?]\s*$/.test(text.slice(q.start, q.end))) continue;
    const limit = d.sentence.end;
    const rest = text.slice(q.close, limit);
    const objectFollows = OBJECT_AFTER.test(rest) && !/[,;:]\s*$/.test(text.slice(q.start, q.end));
    if (!(TAIL_OPENER.test(rest) || objectFollows || secondClause(d, rest)) || OCCASION.test(rest)) continue;
    // `chanted “no levy” until Pell himself stepped in`: a statement that is the quotation
    // alone does not run on over a clause of time with a subject of its own.
    if (d.content.start === q.open && TIME_CLAUSE.test(rest)) continue;
    // `called Pell “a friend,” while Ruiz calls him …`: after a quotation closing on its own
    // comma, a "while" clause with its own subject is a contrast the writer draws, not a tail.
    if (/,\s*$/.test(text.slice(q.start, q.end)) && /^\s+while\s+(?!\p{Ll}+ing\b)/u.test(rest)) continue;
    let end = tailEnd(text, q.close, limit, quotes);
    // Another statement running on past the tail keeps its words; one nested in it is part of it.
    for (const o of drafts) if (o !== d && o.content.start > q.close && o.content.start < end && o.content.end > end) end = o.content.start;
    while (end > q.close && /[\s,]/.test(text[end - 1] ?? '')) end--;
    if (end - q.close < 4 || end - q.close > MAX_TAIL) continue;
    d.content = { start: d.content.start, end };
  }
}

/** Words that cannot open a bare infinitive of a list ("the", "he", "saying", "wants"). */
const NOT_BARE_VERB = /^(?:the|a|an|his|her|their|its|our|my|this|that|these|those|he|she|they|it|we|i|you|who|which|and|or|but|as|with|while|including|according|said|says|also|even|then|not|no)$|\p{Ll}{3}(?:ing|ed)$|[^s]s$/u;
/** ", bring back the ferries and lower the tolls." to the sentence end: two or more list items. */
const INFINITIVE_LIST = /^(?:[”"]|'')?,?\s+((?:\p{Ll}+)\s[^,.;:!?“”"()]{2,80}?(?:,\s+\p{Ll}+\s[^,.;:!?“”"()]{2,80}?)*,?\s+and\s+(\p{Ll}+)\s[^,.;:!?“”"()]{2,80}?)(?=[.!?]\s*$)/u;

/**
 * `vowed to “sink the levy” on the pier, bring back the night ferries and lower the tolls`:
 * a quoted infinitive that opens a list of bare infinitives running to the sentence end; the
 * other items are what the speaker vowed too, so the report runs over the list.
 */
export function extendInfinitiveLists(text: string, drafts: Draft[], quotes: readonly Quote[]): void {
  for (const d of drafts) {
    if (d.kind !== 'DIRECT') continue;
    // The quotation opens on an infinitive inside the statement ("to “sink the levy”").
    const q = quotes.find((x) => x.closed && x.open >= d.content.start && x.close <= d.content.end + 1 && /(?:^|\s)to\s+$/.test(text.slice(Math.max(d.content.start, x.open - 4), x.open)));
    if (!q) continue;
    const rest = text.slice(d.content.end, d.sentence.end);
    const m = INFINITIVE_LIST.exec(rest);
    if (!m?.[1] || !m[2] || NOT_BARE_VERB.test(m[2])) continue;
    const items = m[1].split(/,?\s+and\s+|,\s+/).map((item) => /^\p{Ll}+/u.exec(item)?.[0] ?? '');
    if (items.length < 2 || items.some((w) => !w || NOT_BARE_VERB.test(w))) continue;
    d.content = { start: d.content.start, end: d.content.end + m[0].length };
  }
}
