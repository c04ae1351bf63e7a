/**
 * Clause edges of a statement's content: trimming, cutting at clause breaks, adjuncts and
 * the end of a verb's object, keeping quoted ends and complements, relative clauses, and
 * the statement's kind (direct, indirect, mixed) from the quotations it holds.
 */
import { isSpaceAt, wordCount } from './draft.ts';
import type { Draft } from './draft.ts';
import { REPORTING_VERBS } from './lexicon.ts';
import type { Quote, Sentence } from './segment.ts';
import type { Span, StatementKind, TextSpan } from './types.ts';

const QUOTE_WORDS_FOR_DIRECT = 2;
/**
 * Where a reported clause ends: a new clause joined by a conjunction, a semicolon or a dash.
 * "but rather"/"but instead" join no new clause: they correct the same report ("said the board
 * would not sell the ferries, but rather lease them"), so the report runs on.
 */
const CLAUSE_BREAK = /;|\s[—–]\s?|[—–]\s|\s--\s|\s-\s|,\s+(?:and|but|while|although|though|however|yet|whereas|so)\s(?!that\s|rather\s|instead\s)|\s+but\s+(?!that\s|rather\s|instead\s)|\s+and\s+(?:he|she|they|it|we|I)\s|\s+(?:as|while|when)\s+(?:he|she|they|it|we|I)\s|,\s+(?:a|an)\s+(?=[\p{Ll}])|,\s+(?:in|during)\s+(?:an?|the|his|her|their)\s+(?:interview|statement|speech|appearance|letter|op-ed|post|tweet|email|news conference|press conference)\b/gu;
/** A name, place or titled person: "Ruiz", "Port Brask", "Sen. Ana Ruiz of Tessel". */
const CAPITAL_NAME = String.raw`(?:(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Gen|St)\.\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+|de\s+|van\s+)?\p{Lu}[\p{L}.’'-]*){0,3}`;
/** The rest of a list of names joined by "and" or "or": ", Pell and Okafor", ", Brask, Tessel, or Vand". */
const CAPITAL_LIST = new RegExp(String.raw`^\s*,\s*${CAPITAL_NAME}(?:\s*,\s*${CAPITAL_NAME})*,?\s+(?:and|or)\s+\S`, 'u');
/** A list of lower-case words joined by "and" or "or". */
const LOWER_WORD_LIST = /^\s*,\s*(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+(?:,\s*(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)*,?\s+(?:and|or)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s*(?:[.,;:!?]|$)/u;

/** A finite verb or a pronoun's verb right after a noun phrase: it is a clause's subject. */
const CLAUSE_AFTER_SUBJECT = /^\s+(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do)\b/;
const PRONOUN_SUBJECT = /^(?:he|she|they|we|I|it)(?=\s|$)/i;

/**
 * "Ana Ruiz, who calls the toll a “scandal,” said she would vote no": the words after the verb
 * open a clause ("she would …", "his boss was …"), so they are not an inverted subject; the
 * quotation before the verb sits in the subject's relative clause.
 */
export function opensClause(text: string, subject: TextSpan, limit: number): boolean {
  const rest = text.slice(subject.end, Math.min(limit, subject.end + 12));
  // "said he." inverts; "said he doesn’t …" opens a clause.
  return CLAUSE_AFTER_SUBJECT.test(rest) || (PRONOUN_SUBJECT.test(subject.text) && (/\s/.test(subject.text) || /^\s+\p{Ll}/u.test(rest)));
}

/** Trims a content span: whitespace, a leading "that", and one final . , ; : or dash. */
export function trimContent(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /[\s,:;—–-]/.test(text[s] ?? '')) s++;
  while (e > s && isSpaceAt(text, e - 1)) e--;
  if (e > s && /[.,;:—–]/.test(text[e - 1] ?? '')) e--;
  while (e > s && isSpaceAt(text, e - 1)) e--;
  return { start: s, end: e };
}

/**
 * Ends a reported clause where a new clause begins: "; ...", " — ...", ", and ...", " but ...",
 * or " and said ..." / ", but insists ..." (another report by the same subject). Participial adjuncts (", citing
 * ...") stay in the clause: they describe how the speaker said it, and splitting them off would
 * turn every "citing"/"denouncing" into a statement of its own. Quotations are never cut.
 */
export function cutClause(text: string, content: Span, quotes: readonly Quote[]): Span {
  const body = text.slice(content.start, content.end);
  let end = content.end;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(body); m; m = CLAUSE_BREAK.exec(body)) {
    const at = content.start + m.index;
    if (quotes.some((q) => q.open <= at && at < q.close)) continue;
    // "…, and “the toll must go.”": a quotation after the conjunction continues the report.
    if (/^[“"‘]/.test(text.slice(at + m[0].length, at + m[0].length + 1))) continue;
    // "X — an aside — was Y": a paired dash encloses an aside, not the end of the clause.
    if (/[—–]|--|\s-\s/.test(m[0]) && !/[;,]/.test(m[0])) {
      const dash = m[0].includes('--') ? '--' : /\s-\s/.test(m[0]) ? ' - ' : (/[—–]/.exec(m[0])?.[0] ?? '—');
      const close = body.indexOf(dash, m.index + m[0].length);
      if (close > 0 && !/[.;]/.test(body.slice(m.index + m[0].length, close)) && wordCount(text, { start: content.start + close + dash.length, end: content.end }) >= 2) {
        CLAUSE_BREAK.lastIndex = close + dash.length;
        continue;
      }
    }
    if (wordCount(text, { start: content.start, end: at }) < 3) continue;
    // "… the plan is sound, but the toll is “a disgrace to the harbour.”": a clause that
    // ends in the speaker's quoted words continues the same report; so does one after ", but"
    // or ", and" that quotes even a single word ("but the rest were merely “paperwork,”").
    if (endsInQuotation(text, { start: at, end: content.end }, quotes) || (/^,\s+(?:and|but)\s/.test(m[0]) && quotes.some((q) => q.open > at && q.close <= content.end + 2 && wordCount(text, q) >= 1))) continue;
    end = at;
    break;
  }
  const andCue = /\s+(?:and|but)\s+(?:also\s+|then\s+|(?:\p{Lu}[\p{L}’'-]+\s+){1,3}(?=\p{Ll}+ing\b))?(\p{Ll}+)\b/gu;
  for (let m = andCue.exec(body); m; m = andCue.exec(body)) {
    const at = content.start + m.index;
    if (at >= end) break;
    const e = REPORTING_VERBS.get(m[1] ?? '');
    if (e && (e.form === 'ed' || e.form === 's' || (e.form === 'ing' && /^\s+and\s+\p{Lu}/u.test(m[0]))) && !quotes.some((q) => q.open <= at && at < q.close)) {
      end = at;
      break;
    }
  }
  return end === content.end ? content : trimContent(text, content.start, end);
}

/** A cut that would drop the quotation a clause ends with is undone. */
function keepQuotedEnd(text: string, content: Span, quotes: readonly Quote[], cut: Span): Span {
  return cut.end < content.end && endsInQuotation(text, { start: cut.end, end: content.end }, quotes) ? content : cut;
}

/**
 * "accused Ivo Pell, the harbour master, of being “asleep at the helm”", "faulted the board
 * for its “secret books”": a verb's object cut before its "of"/"for"/"as" complement (after
 * an appositive, at most) or its means ("by using the nickname “landlubbers”") keeps running to the clause's end when that complement quotes the
 * speaker, unless a dash, semicolon or another report comes first. So does an object whose
 * clause ends with a quoted ", as “…”" ("mocked the board’s promise that the pier would stay
 * open despite the storms, as “pure theatre.”").
 */
const COMPLEMENT_AFTER_CUT = /^\s*(?:,\s+(?!(?:who|whom|whose|which|in|on|at|during|after|before|when|while|as)\s)[^,;“”"]{1,80},)?\s*(?:of|for|as|by\s+\p{Ll}+ing)\s/u;

const QUOTED_AS_AFTER_CUT = /,\s+as\s+(?:[^\s,;“”"]+\s+){0,2}?(?:[“"]|'')/;

function keepQuotedComplement(text: string, content: Span, quotes: readonly Quote[], drafts: readonly Draft[], cut: Span): Span {
  if (cut.end >= content.end) return cut;
  if (/[;—–(]|\s--?\s/.test(text.slice(cut.end, content.end))) return cut;
  if (!COMPLEMENT_AFTER_CUT.test(text.slice(cut.end, content.end)) && !QUOTED_AS_AFTER_CUT.test(text.slice(cut.end, content.end))) return cut;
  if (!quotes.some((q) => q.open >= cut.end && q.open < content.end)) return cut;
  if (drafts.some((d) => (d.cue && d.cue.start >= cut.end && d.cue.start < content.end) || (d.content.end > cut.end && d.content.start < content.end && d.content.start >= cut.end))) return cut;
  return content;
}

/** Every quotation opened in `s` is closed there too (or it holds none). */
export function balancedQuotes(s: string): boolean {
  return (s.match(/“/g) ?? []).length === (s.match(/”/g) ?? []).length && (s.match(/"/g) ?? []).length % 2 === 0;
}

/** The span ends with a quotation of at least two words (closing punctuation aside). */
function endsInQuotation(text: string, s: Span, quotes: readonly Quote[]): boolean {
  return quotes.some((q) => q.open > s.start && q.open < s.end && /^[\s,.;:!?”"’]*$/.test(text.slice(Math.min(q.close, s.end), s.end)) && q.close >= s.end - 2 && wordCount(text, q) >= QUOTE_WORDS_FOR_DIRECT);
}

/** DIRECT when the clause is a quotation or quotes the speaker's words inside it. */
/** "classifies Pell as a “traitor”": a verb of classification, its object, then "as a/an/the". */
const CLASSIFYING_AS = /\b(?:classif|categori[sz]|designat|defin|list|rank|registe?r|count|class)\p{Ll}*\s+(?:[^\s,;:.!?]+\s+){0,5}as\s+(?:a|an|the)\s*$/iu;

export function kindOf(text: string, content: Span, quotes: readonly Quote[]): StatementKind {
  // Quotes are in text order: start at the first one that opens inside the content.
  for (let i = firstQuoteFrom(quotes, content.start); i < quotes.length; i++) {
    const q = quotes[i];
    if (!q || q.start >= content.end) break;
    // A content trimmed of its final ",”" still holds the quotation it ends with.
    if (q.end > content.end && !/^[\s,.;:!?]*$/.test(text.slice(content.end, q.end))) continue;
    // A markup attribute value ('<tweet author="@x">') is no quotation.
    if (text[q.open - 1] === '=') continue;
    if (wordCount(text, q) >= QUOTE_WORDS_FOR_DIRECT) return 'DIRECT';
    // One quoted word is the speaker's word ("the audit is “pointless.”", "called him a
    // “clown”") unless it is a classifying label ("classifies him as a “criminal”"): that is
    // the writer's scare quote. Other "as a" phrases keep the speaker's word ("sees the levy
    // as a “lifeboat”", "act as an “umpire”", "as well as the “levy”").
    if (!CLASSIFYING_AS.test(text.slice(Math.max(0, q.open - 80), q.open))) return 'DIRECT';
  }
  return 'INDIRECT';
}

/** Index of the first quote (of quotes in text order) whose content starts at or after `pos`. */
function firstQuoteFrom(quotes: readonly Quote[], pos: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((quotes[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function quoteSpan(q: Quote): Span {
  return { start: q.start, end: q.end };
}

const RELATIVE_TAIL = /,\s+(?=(?:who|whom|whose|which|according\s+to|compared\s+(?:with|to)|with\s+(?:\p{Lu}[\p{L}.’'-]*|(?:the|a|an|some|many|most|few|similar)\s+[\p{L}-]+)\s+(?:\p{Ll}+ing|now|still|also|only))\s)/gu;
const APPOSITIVE_TAIL = /,(?<=\p{Lu}[\p{L}.’'-]*,)\s+(?=the\s+\p{Ll}[^,;“”"]*$)/gu;
const RELATIVE_CLAUSE_END = /\s*[,;—–]\s|\s--\s/g;

/** Ends a reported clause before the writer's additions: adjuncts, relative clauses, appositives. */
export function trimClauseEnd(text: string, d: Draft, quotes: readonly Quote[], allQuotes: readonly Quote[], drafts: readonly Draft[]): void {
  if (d.pattern !== 'clause' && d.pattern !== 'participle') return;
  d.content = cutAdjunct(text, d.content, quotes);
  // "…, who will face a primary": a trailing non-restrictive relative clause describes a
  // person named in the report; the writer adds it.
  d.content = keepQuotedEnd(text, d.content, quotes, cutAt(text, d.content, quotes, RELATIVE_TAIL));
  if (d.bareObject) d.content = keepQuotedComplement(text, d.content, quotes, drafts, cutObject(text, d.content, quotes));
  // "… would back Ana Ruiz, the current harbour master": an appositive after a name that
  // ends the report is the writer's description.
  d.content = cutAt(text, d.content, quotes, APPOSITIVE_TAIL);
  // "X, who declined to comment, was …": a relative clause ends at its comma.
  if (d.mention && /^(?:who|which)$/i.test(d.mention.text)) d.content = cutAt(text, d.content, quotes, RELATIVE_CLAUSE_END);
  // "…, reporting:" closing a paragraph introduces the quotation of the next one: its
  // quotation is not among this sentence's.
  if (d.kind === 'DIRECT') d.kind = kindOf(text, d.content, d.content.end > d.sentence.end ? allQuotes : quotes);
}

const NOT_ADJUNCT = new Set(['including', 'according', 'during', 'notwithstanding', 'regarding', 'concerning', 'excluding', 'following', 'something', 'nothing', 'anything', 'everything', 'being', 'king', 'thing', 'things', 'bring', 'spring', 'evening', 'morning', 'wing']);
const ADJUNCT = /(?:,[”"’]?|[”"’],)\s+(\p{Ll}+ing)\b/gu;

/**
 * Ends a reported clause before a trailing participial adjunct (", citing …", ", denouncing
 * …"): the adjunct says how the speaker spoke, not what was said. The adjunct stays claimed
 * by the statement (no statement of its own) because the cue search already ran.
 */
function cutAdjunct(text: string, content: Span, quotes: readonly Quote[]): Span {
  const body = text.slice(content.start, content.end);
  ADJUNCT.lastIndex = 0;
  for (let m = ADJUNCT.exec(body); m; m = ADJUNCT.exec(body)) {
    // A closing quotation mark before the adjunct stays in the content (",” citing …").
    const closeMark = /^,?[”"’]/.exec(m[0]);
    const at = content.start + m.index + (closeMark ? closeMark[0].length : 0);
    if (NOT_ADJUNCT.has(m[1] ?? '')) continue;
    if (quotes.some((q) => q.open <= at && at < q.close)) continue;
    if (wordCount(text, { start: content.start, end: at }) < 2) continue;
    return closeMark ? { start: content.start, end: at } : trimContent(text, content.start, at);
  }
  return content;
}

/**
 * A verb's object ends before the circumstances that follow it: a comma, a day or time
 * ("endorsed X Wednesday"), the occasion ("in an interview", "during the debate"), the means
 * ("by …") or a subordinate clause ("because …"), or a second verb of the same subject ("and
 * warned …", "calling the levy “a trap” and urging …"). "for"/"of"/"to" stay: they complete the noun.
 * The time and clause words match whole words only: "in the aftermath of" does not end at "after".
 */
const OBJECT_END = /\s*,\s|\s*;|\s[—–]|\s--\s|\s-\s|\s(?:(?:on|last|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:in|on|last|since)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|earlier|later|last)\b|this\s+(?:week|month|year|morning)|in\s+(?:a|an|the|his|her|their|its)\s+(?:\S+\s+){0,3}?(?:interview|statement|speech|letter|op-ed|post|tweet|email|video|ad|appearance|debate|conference|rally|hearing|meeting|address|remarks|memo|filing|book|column|article)\b|in\s+(?:print|public|person|private|writing|response|recent|\d{4})\b|on\s+(?:Twitter|Facebook|Instagram|television|TV|the\s+campaign\s+trail|the\s+radio|the\s+(?:Senate|House)\s+floor)|(?:during|while|when|after|before|because|since|amid|despite)\b|by\s+(?!far\b)\p{Ll}+ing|at\s+(?:a|an|the)\s|as\s+(?:he|she|they|it|we|I|part)\s|who\s|which\s|where\s|but\s|and\s+(?:then\s+)?(?:\p{Ll}+ed|(?!(?:no|some|any|every)thing\s|during\s)\p{Ll}{3,}ing|said|says)\s)/gu;

export function cutObject(text: string, content: Span, quotes: readonly Quote[]): Span {
  return cutAt(text, content, quotes, OBJECT_END);
}

/** Ends `content` at the first match of `re` outside quotations, keeping at least one word. */
export function cutAt(text: string, content: Span, quotes: readonly Quote[], re: RegExp): Span {
  const body = text.slice(content.start, content.end);
  re.lastIndex = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const at = content.start + m.index;
    if (quotes.some((q) => q.open <= at && at < q.close)) continue;
    // ", including …" and quotations continue the object.
    if (/^\s*,\s*(?:including|such as|[“"‘'])/.test(body.slice(m.index))) continue;
    // "a quack, a fraud and a liar": a comma inside a short list of words; so is one inside a
    // list of names ("praised Ruiz, Pell and Okafor for …", "ferries to Brask, Tessel and Vand").
    if (LOWER_WORD_LIST.test(body.slice(m.index)) || CAPITAL_LIST.test(body.slice(m.index))) continue;
    if (wordCount(text, { start: content.start, end: at }) < 1) continue;
    return trimContent(text, content.start, at);
  }
  return content;
}

export function clause(text: string, start: number, end: number, introduced: boolean): { span: Span; introduced: boolean } | null {
  const s = trimContent(text, start, end);
  if (wordCount(text, s) < 2) return null;
  return { span: s, introduced };
}

/**
 * "The fees that Ruiz blamed on the board are legal, Pell said": a report whose subject and
 * cue sit in a relative clause ("that Ruiz blamed", "which he is expected to win") is part of
 * a noun phrase of the clause around it, which it does not end.
 */
export function inRelativeClause(text: string, sentence: Sentence, d: Draft): boolean {
  if (!d.cue || d.cue.start <= sentence.start) return false;
  const at = d.mention && d.mention.start < d.cue.start ? d.mention.start : d.cue.start;
  return RELATIVE_BEFORE.test(text.slice(Math.max(sentence.start, at - 30), at));
}

const RELATIVE_BEFORE = /[\p{L}\p{N},”"'’]\s+(?:which|that|whom)\s+(?:(?:he|she|they|it|we|I)(?:[’']s|[’']re)?\s+)?$/u;

export function lastCommaOutsideQuotes(text: string, from: number, to: number, quotes: readonly Quote[]): number {
  for (let i = text.lastIndexOf(',', to); i >= from; i = text.lastIndexOf(',', i - 1)) {
    if (!quotes.some((q) => q.open <= i && i < q.close)) return i;
    if (i === 0) break;
  }
  return -1;
}
