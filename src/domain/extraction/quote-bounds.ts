/**
 * Boundaries of statements that quote the speaker inside a reported clause ("mixed" quotes:
 * `called the toll “a disgrace,” and left`). The clause finders read to the end of a
 * grammatical clause; news writing usually ends the report with the quotation itself, so
 * these rules pull a DIRECT statement's edges in to its quotations where the text says so.
 */
import { isSpaceAt, wordCount } from './draft.ts';
import type { Draft } from './draft.ts';
import type { Quote } from './segment.ts';
import type { Span } from './types.ts';

/** Quotations lying wholly inside `content`. */
function quotesIn(content: Span, quotes: readonly Quote[]): Quote[] {
  return quotes.filter((q) => q.open >= content.start && q.close <= content.end + 1 && q.closed);
}

/**
 * After a comma-closed quotation, words that carry the same claim on: a comparison or concession
 * (`the toll is “modest,” compared with other ports`, `“fair,” even if traders complain`), a
 * second complement clause (`“could be stricter,” and that the board should act`), or an
 * absolute phrase (`“uneven,” with some piers far busier`).
 */
const CLAIM_GOES_ON = /^\s*(?:compared\s+(?:to|with)|even\s+(?:if|though|as|when)|at\s+a\s+time\s+when|and\s+(?:that|also)|with\s+(?:some|many|most|others?|few)\s+\p{L}+ing)\b/u;

/**
 * `called the plan “a disgrace,” an extraordinary rebuke`: a quotation whose own comma or
 * full stop (or "!", "?": `shouted “Not one penny!” at the board`) sits inside its closing
 * mark ends the reported clause there, unless the clause
 * goes on into a further quotation (`“support the nominee” but “not endorse,”`).
 */
function endAtPunctuatedQuotation(text: string, content: Span, inside: readonly Quote[]): Span | null {
  for (const q of inside) {
    if (q.close >= content.end - 1) return null;
    const inner = text.slice(q.start, q.end);
    if (!/[,.!?]\s*$/.test(inner) || wordCount(text, q) < 1) continue;
    const rest = text.slice(q.close, content.end);
    // A further quotation later in the clause continues the report.
    if (inside.some((r) => r.open >= q.close)) continue;
    if (wordCount(text, { start: q.close, end: content.end }) < 2 || /^\s*[”"’']/.test(rest)) continue;
    if (CLAIM_GOES_ON.test(rest)) continue;
    return { start: content.start, end: q.close };
  }
  return null;
}

/** Pulls DIRECT mixed-quote statements in to their quotations (see the rules above). */
export function tightenQuotedClauses(text: string, drafts: Draft[], quotes: readonly Quote[]): void {
  for (const d of drafts) {
    if (d.kind !== 'DIRECT') continue;
    const inside = quotesIn(d.content, quotes);
    if (!inside.length) continue;
    const next = endAtPunctuatedQuotation(text, d.content, inside);
    if (next) d.content = next;
  }
}

/** Words ending in -ed/-ing that are not verbs in running text. */
const NOT_VERBS = new Set(['so-called', 'red', 'bed', 'need', 'seed', 'feed', 'speed', 'shed', 'hundred', 'kindred', 'sacred', 'wicked', 'naked', 'bleed', 'creed', 'greed', 'breed', 'thing', 'things', 'king', 'ring', 'wing', 'spring', 'string', 'bring', 'sing', 'during', 'including', 'according', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'ceiling', 'building', 'meeting', 'hearing', 'briefing', 'ruling', 'funding', 'spending', 'polling', 'voting', 'wedding', 'feeling', 'landing', 'ending', 'setting', 'timing', 'offering', 'opening', 'warning', 'shooting', 'bombing', 'beijing', 'wyoming', 'manning', 'fleming', 'billing', 'kipling']);
const PARTICLES = /^\s+(?:up|out|off|down|back|on|about|for|against|with)\b/;
const CLAUSE_PUNCTUATION = /[,;:()—–]|\s-\s|--|[.!?]\s/g;

/** A lower-case word ending in -ed or -ing. */
const ED_OR_ING_WORD = /^\p{Ll}{3,}(?:ed|ing)$/u;

export interface EmbeddedQuote {
  /** Where the clause holding the quotation starts (after its verb). */
  contentStart: number;
  /** The verb-like word the quotation's clause hangs from. */
  verb: Span;
}

/**
 * `Pell described the auditor as “biased,”` / `pledged to “bring the ferries home” to the
 * convention`: a short quotation set in a clause of the writer's own words is a report of the
 * clause's subject when a verb governs it. Reads leftwards from the quotation, within its
 * clause and at most `maxWords` words, for the nearest verb-like word (a reporting verb, or a
 * past or progressive form); the content is what follows that verb up to the quotation's end.
 */
export function embeddedQuote(text: string, clauseFloor: number, q: Quote, isVerb: (word: string) => boolean, maxWords = 10): EmbeddedQuote | null {
  const clause = clauseWordsBefore(text, clauseFloor, q);
  const at = nearestVerb(clause.words, isVerb, maxWords);
  return at < 0 ? null : embeddedAt(text, clause, at, q);
}

/**
 * `embeddedQuote` for two kinds of verb at once, reading the clause once: the nearest reporting
 * verb (`lexicon`), and the nearest verb-like word (a listed form or a regular -ed/-ing).
 */
export function embeddedQuoteVerbs(text: string, clauseFloor: number, q: Quote, lexicon: ReadonlyMap<string, unknown>, maxWords: number): { reporting: EmbeddedQuote | null; verbLike: EmbeddedQuote | null } {
  const clause = clauseWordsBefore(text, clauseFloor, q);
  const reporting = nearestVerb(clause.words, (w) => lexicon.has(w), maxWords);
  const anyVerb = nearestVerb(clause.words, (w) => verbLike(w, lexicon), maxWords);
  return { reporting: reporting < 0 ? null : embeddedAt(text, clause, reporting, q), verbLike: anyVerb < 0 ? null : embeddedAt(text, clause, anyVerb, q) };
}

interface ClauseWords {
  /** Where the clause holding the quotation starts. */
  floor: number;
  /** Its words up to the quotation, with offsets relative to `floor`. */
  words: RegExpMatchArray[];
}

/** The clause the quotation belongs to starts after the last clause punctuation before it. */
function clauseWordsBefore(text: string, clauseFloor: number, q: Quote): ClauseWords {
  const lead = text.slice(clauseFloor, q.open);
  let floor = clauseFloor;
  CLAUSE_PUNCTUATION.lastIndex = 0;
  for (let m = CLAUSE_PUNCTUATION.exec(lead); m; m = CLAUSE_PUNCTUATION.exec(lead)) floor = clauseFloor + m.index + m[0].length;
  return { floor, words: [...text.slice(floor, q.open).matchAll(/[\p{L}’'-]+/gu)] };
}

/** Index of the nearest word before the quotation (within `maxWords`) that `isVerb` accepts, or -1. */
function nearestVerb(words: readonly RegExpMatchArray[], isVerb: (word: string) => boolean, maxWords: number): number {
  let seen = 0;
  for (let i = words.length - 1; i >= 0 && seen < maxWords; i--, seen++) {
    const w = words[i];
    if (!w || w.index === undefined) continue;
    const word = w[0].toLowerCase();
    if (!NOT_VERBS.has(word) && isVerb(word)) return i;
  }
  return -1;
}

function embeddedAt(text: string, clause: ClauseWords, i: number, q: Quote): EmbeddedQuote | null {
  const w = clause.words[i];
  if (!w || w.index === undefined) return null;
  const verb = { start: clause.floor + w.index, end: clause.floor + w.index + w[0].length };
  let contentStart = verb.end;
  const particle = PARTICLES.exec(text.slice(contentStart, q.open));
  if (particle && contentStart + particle[0].length < q.open) contentStart += particle[0].length;
  while (isSpaceAt(text, contentStart)) contentStart++;
  return { contentStart, verb };
}

/** Verbs that name or label: a title-case quotation after them is still the report. */
const LABEL_VERBS = /^(?:call|calls|called|calling|dub|dubs|dubbed|dubbing|name|names|named|naming|title|titled|entitled|nickname|nicknamed|label|labels|labeled|labelled|labeling|brand|branded|branding|term|termed|chant|chants|chanted|chanting|bill|billed|known)$/;
const FUNCTION_WORDS = /^(?:and|or|but|nor|to|of|in|on|for|at|by|from|with|as|than|that|which|who|whom|whose|where|when|while|if|because|so|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did|not|he|she|they|it|we|i|you|the|a|an|his|her|their|its|this|these|those|over|into|about|after|before|during|since|until|against|among|between|through|under|without|instead|even|also|just|only|again|too|here|there|now|then|yet|still)$/;

/**
 * Whether an embedded quotation reads as the writer's own label rather than a report: a title
 * ("said on “Harbour Hour”"), a circumstance after the verb ("in", "on", "during"), or a
 * quoted modifier before its noun ("the “toll scandal” story").
 */
export function writersLabel(text: string, found: EmbeddedQuote, q: Quote): boolean {
  const verb = text.slice(found.verb.start, found.verb.end).toLowerCase();
  const quoted = text.slice(q.start, q.end);
  const quotedWords = quoted.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const titleCase = quotedWords.length > 0 && quotedWords.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|and|a|an|in|on|to|for|with|at|by|or)$/.test(w));
  // "described the auditor as “Brask-born,”": after "as" a capitalised quotation still names or describes.
  // "chanted “Save The Pier!”": an exclaimed quotation is shouted, not a title.
  if (titleCase && !LABEL_VERBS.test(verb) && !/\sas\s*$/i.test(text.slice(found.contentStart - 1, q.open)) && !/!\s*$/.test(quoted)) return true;
  if (/^(?:on|in|at|during|after|before|with|from|under|like|into|over|by|for|about|through|via|onto|upon)\b/i.test(text.slice(found.contentStart, q.open + 1))) return true;
  return false;
}

/** The quotation modifies the noun after it ("the “toll scandal” story"). */
export function modifiesNoun(text: string, q: Quote): boolean {
  // A quotation closing on its own punctuation ends its phrase (`as “terrible,” denounced …`).
  if (/[,.;:!?]\s*$/.test(text.slice(q.start, q.end))) return false;
  const next = /^[\s]*([\p{L}][\p{L}'’-]*)/u.exec(text.slice(q.close, q.close + 40))?.[1] ?? '';
  return /^\p{Ll}/u.test(next) && !FUNCTION_WORDS.test(next) && !/ly$/.test(next);
}

/** A word that may be a finite or participial verb: a listed form, or a regular -ed/-ing. */
export function verbLike(word: string, lexicon: ReadonlyMap<string, unknown>): boolean {
  return lexicon.has(word) || (ED_OR_ING_WORD.test(word) && !NOT_VERBS.has(word));
}

/**
 * `called the levy “a tax” or “a toll”` / `“Ruin,” and “shame”`: a quotation joined by a
 * conjunction to the quotation a DIRECT statement ends with continues that statement, which is
 * extended over it. Returns whether a statement took the quotation.
 */
export function joinCoordinatedQuote(text: string, q: Quote, quotes: readonly Quote[], drafts: readonly Draft[]): boolean {
  const prev = quotes.filter((o) => o.close <= q.open && o.paragraph === q.paragraph).pop();
  if (!prev) return false;
  const gap = text.slice(prev.close, q.open);
  // A list of quotations: "“dull,” “slow” and “costly”" (the comma inside the closing mark).
  const listed = /^\s+$/.test(gap) && /,\s*$/.test(text.slice(prev.start, prev.end));
  if (!listed && !/^\s*,?\s*(?:or|and|nor|and,?\s+yes|or,?\s+simply)\s*,?\s*$/i.test(gap)) return false;
  const owner = drafts.find((d) => d.kind === 'DIRECT' && d.content.start <= prev.start && d.content.end >= prev.end && d.content.end <= prev.close);
  if (!owner) return false;
  owner.content = { start: owner.content.start, end: q.close };
  return true;
}

/** After the attribution that broke off a quotation: ", and", ", or", ", but", ", from". */
const LINK_BEFORE = /,\s+(?:and|or|but|from)\s+$/;
const RESUMING_LINK = /^(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?,\s+(?:and|or|but|from)\s+$/u;

/**
 * `“The levy needs audits,” she said, and “clear penalties for a breach.”`: a quotation joined
 * by a conjunction (or "from") to the attribution after a quotation goes on with what that
 * speaker said. Returns the DIRECT statement the quotation's span should take (content to fill).
 */
export function resumedAfterAttribution(text: string, q: Quote, quotes: readonly Quote[], drafts: readonly Draft[]): Draft | null {
  // The link right before the quotation is checked first: it is rare, the search is not.
  if (!q.closed || !LINK_BEFORE.test(text.slice(Math.max(0, q.open - 8), q.open))) return null;
  const prev = quotes.filter((o) => o.close <= q.open && o.paragraph === q.paragraph).pop();
  if (!prev) return null;
  const owner = drafts.find((d) => d.kind === 'DIRECT' && d.cue !== null && d.content.end >= prev.end - 1 && d.content.end <= prev.close && d.cue.start >= prev.close && d.cue.end <= q.open);
  if (!owner?.cue) return null;
  const after = Math.max(owner.cue.end, owner.mention && owner.mention.start >= prev.close ? owner.mention.end : 0);
  return RESUMING_LINK.test(text.slice(after, q.open)) ? owner : null;
}
