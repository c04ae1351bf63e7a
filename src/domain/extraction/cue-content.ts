/**
 * What a cue introduces: the content on its right ("that …", ": “…”") or, failing that, on
 * its left ("“…,” he said"), "according to" sources, and reports nested in or inverted
 * around another report's clause.
 */
import { balancedQuotes, clause, cutClause, inRelativeClause, kindOf, lastCommaOutsideQuotes, quoteSpan, trimContent } from './clauses.ts';
import type { Cue } from './cues.ts';
import { isSpaceAt, lastWordLower, makeDraft, span, wordCount } from './draft.ts';
import type { Draft } from './draft.ts';
import { CUE_QUALIFIERS, PRONOUNS, REPORTING_VERBS } from './lexicon.ts';
import type { CueEntry } from './lexicon.ts';
import {
  ENDS_IN_WORD_COMMA,
  FINDING_VERBS,
  LEFT_CLAUSE_OPENERS,
  OBJECT_TO_VERBS,
  RECIPIENTS,
  STARTS_CAPITALISED_ING,
  STARTS_LOWER,
  TO_VERBS,
} from './patterns.ts';
import type { Quote, Sentence } from './segment.ts';
import type { Span, TextSpan } from './types.ts';

/** Verbs of judging that report "X as Y". */
const AS_VERBS = new Set(['see', 'view', 'regard', 'consider']);
/** Verbs whose content may be an indirect question ("asked whether …"). */
const QUESTION_VERBS = new Set(['ask', 'wonder', 'question']);
/** "said at Brask Hall, “…”": a place or topic, then a comma and a quotation. */
const PLACE_COMMA_BEFORE_QUOTE = /^\s+(?:(?:at|in)\s+\p{Lu}|about\s+\p{L})[^,.;:“”"]{0,50},(?=\s*[“"])/u;
/** An -ing word after spaces. */
const LEADING_ING_WORD = /^\s+(\p{Ll}+ing)\b/u;
/** Spaces, then a word or an opening quotation mark. */
const LEADING_WORD_OR_QUOTE = /^\s+[\p{L}\p{N}$“"‘]/u;
/** One capitalised word, then punctuation or the end. */
const LONE_CAPITALISED_OBJECT = /^\s+\p{Lu}[\p{L}’'.-]*\s*(?:[.,;:!?]|$)/u;
/** Ends in a letter or digit (spaces aside). */
const ENDS_IN_WORD = /[\p{L}\p{N}]\s*$/u;
/** After a comma: a subject and a clause with an auxiliary, to the end. */
const COMMA_AUXILIARY_CLAUSE_END = /,\s+((?:the|a|an|this|that|these|those|his|her|their|its|our|we|they|he|she|it|i|\p{Lu}[\p{L}’'.-]*)(?:\s+[\p{L}’'.-]+){0,4}?\s+(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do)\b[^,]*)$/u;
/** After a comma: a subject-like phrase of three or more words ("there" allowed), to the end. */
/**
 * "At the second gate, clerks can weigh each crate", "To win, candidates need a plan": after an
 * opening adverbial, a comma and a word that opens no further adverbial or relative clause
 * start the main clause, whatever its subject looks like.
 */
const COMMA_THEN_CLAUSE = /,\s+(?!(?:when|where|which|who|whom|whose|while|as|if|though|although|because|since|after|before|until|unless|once|whether|including|especially|particularly|such|like|unlike|from|to|in|on|at|with|without|for|by|of|about|and|or|but|not|so|then|too|also|even|yet|however|says|said)\b)(?!\p{Ll}+ing\b)[\p{L}\d][\p{L}\d’'.-]*(?:\s+\S+){2,}/u;
const COMMA_SUBJECT_PHRASE_END = /,\s+((?:the|a|an|this|that|these|those|his|her|their|its|our|we|they|he|she|it|i|there|\p{Lu}[\p{L}’'.-]*)(?:\s+[\p{L}’'.-]+){2,})$/u;
/** After a comma (and "and" or "but"): a subject-like phrase of three or more words, captured. */
const COMMA_AND_SUBJECT_PHRASE_END = /,\s+(?:(?:and|but)\s+)?((?:the|a|an|his|her|their|its|he|she|they|it|we|\p{Lu}[\p{L}’'.-]*)(?:\s+[\p{L}’'.-]+){2,}\s*)$/u;
/** After a comma: a subject-like phrase of three or more words at the end. */
const COMMA_SUBJECT_PHRASE_TAIL = /,\s+(?:the|a|an|his|her|their|its|he|she|they|it|we|\p{Lu}[\p{L}’'.-]*)(?:\s+[\p{L}’'.-]+){2,}\s*$/u;
/** A letter, digit or opening quotation mark anywhere. */
const WORD_OR_OPENING_QUOTE = /[\p{L}\p{N}“"‘]/u;
/** A preposition and up to four words at the end. */
const PREPOSITION_PHRASE_END = /\s(?:on|in|at|of|to|from|with|by)\s+(?:[\p{L}’'.-]+\s+){0,4}$/u;
/** Starts with a capitalised -ing word and a space. */
const STARTS_CAPITALISED_ING_SPACE = /^\p{Lu}\p{Ll}+ing\s/u;
/** Starts with a capital and a lower-case letter. */
const STARTS_CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;
/** A preposition and a capitalised place after it. */
const PLACE_PREPOSITION_AFTER = /^\s*,?\s*(?:in|on|at|to|from|over)\s+\p{Lu}/u;
/** A description before a comma ("the group’s leader, …"). */
const DESCRIPTION_BEFORE_COMMA = /^\s*,?\s*(?:the|a|an|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*(?:’s|'s))\s(?:(?!\bby\b)[^“”",.;:]){2,80},\s*$/u;
/**
 * The rest of a qualifier cut after its article ("in a [statement]"): words up to the clause's
 * end, or up to a comma or colon that opens a quotation (curly, straight or doubled marks).
 */
const QUALIFIER_NOUN_TAIL = /^\s*[^,.;:!?“”"]*?(?=\s*(?:[.;!?]|$)|[,:]\s*(?:[“"]|''))/u;
/** One or two words and maybe a prepositional phrase, to the end. */
const SHORT_PHRASE_TO_END = /^\s*[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?(?:\s+(?:to|of|in|on|at|for|with|from|by|before|after|during|last|this)\s+[^,.;:!?“”"]*)?$/u;
/** An object a verb of saying does not take ("himself", "a way", "it hard"). */
const REFLEXIVE_OR_WAY_OBJECT = /^\s+(?:(?:him|her|them|it|my|your|our)sel(?:f|ves)|one'?s?self|(?:a|an|some|another|the|new|other|better)\s+(?:[\p{Ll}-]+\s+)?ways?|ways|way|it\s+(?:difficult|hard|harder|easy|easier|impossible|tough|tougher)|(?:other|new|common)\s+\p{Ll}+\s+(?:of|for)\b)\b/u;
/** Up to five words, then "to" and a verb. */
const INFINITIVE_AHEAD = /^\s+(?:[^\s,.;:“”"]+\s+){1,5}?to\s+\p{Ll}/u;
/** Spaces, then an article, a possessive or a capital (a noun phrase). */
const NOUN_PHRASE_AHEAD = /^\s+(?:an?|the|his|her|their|its|more|less|some|no|\p{Lu})/u;

/** The right-hand content holds a quotation of two or more words ("calling him “a sore loser”"). */
export function quotesWords(text: string, right: RightContent, quotes: readonly Quote[]): boolean {
  const r = 'quote' in right ? quoteSpan(right.quote) : right.span;
  return quotes.some((q) => q.start >= r.start && q.start < r.end && wordCount(text, q) >= 2);
}

/** What a cue introduces on its right: a quotation, or a clause ("that …", ": …"). */
export type RightContent = { quote: Quote; introduced: boolean } | { span: Span; introduced: boolean };

/** What a cue's subject closes on its left: a quotation or the clause before it. */
export type LeftContent = { span: Span; quote: boolean };

/**
 * Content to the right of a cue: a recipient is skipped for "tell" verbs, qualifiers
 * ("in a statement", "on Monday") are skipped, then a quotation, a colon, "that", or a
 * clause running to the end of the sentence.
 */
export function rightContent(text: string, cue: Cue, end: number, quotes: readonly Quote[], allQuotes: readonly Quote[], titleCase = false): RightContent | null {
  let pos = cue.end;
  if (cue.frame === 'tell') {
    const that = /^\s+(?:[^\s,.;:“”"]+\s+){0,8}?that\s/u.exec(text.slice(pos, end));
    if (that && !/[“"]/.test(that[0])) return clause(text, pos + that[0].length, end, true);
    pos = afterRecipient(text, cue, pos, end, titleCase);
  }
  const asideThat = thatAfterAside(text, pos, end);
  if (asideThat !== UNSETTLED) return asideThat;
  pos = afterQualifiers(text, pos, end);
  const r = text.slice(pos, end);
  const introduced = introducedContent(text, pos, end, r, quotes, allQuotes);
  return introduced !== UNSETTLED ? introduced : complementContent(text, cue, pos, end, r);
}

/** Returned by a step of `rightContent` that leaves the content to the later steps. */
const UNSETTLED = undefined;

/** A step's answer: the content, null for none, or UNSETTLED. */
type RightReading = RightContent | null | undefined;

/**
 * Skips the recipient of a verb of telling ("told reporters"); "polls show the race is tied":
 * what follows "show" is the finding, not a recipient.
 */
function afterRecipient(text: string, cue: Cue, pos: number, end: number, titleCase: boolean): number {
  const rest = text.slice(pos, end);
  const pronounOnly = cue.lemma === 'show' || titleCase;
  const recipient = pronounOnly ? /^\s+(?:me|us|him|her|them|you)(?=[\s,:.])/i.exec(rest) : RECIPIENTS.exec(rest);
  // "promised a new ferry.": with nothing after it, the would-be recipient is the object.
  if (recipient && WORD_OR_OPENING_QUOTE.test(text.slice(pos + recipient[0].length, end))) return pos + recipient[0].length;
  return pos;
}

/**
 * "said on the Courier’s “Harbour Hour” that …", "said, in a letter, that …": "that" after a
 * qualifier or an aside; "“…,” Pell recalled him saying." has no content of its own.
 */
function thatAfterAside(text: string, pos: number, end: number): RightReading {
  const rest = text.slice(pos, end);
  // "said on the Courier’s “Harbour Hour” that …": the qualifier may hold a quoted title.
  const qualifiedThat = /^\s*,?\s+(?:in|on|during|at|via|through|to|before|after|over|from|with|late|early|last|this|earlier|later)\s+(?:[^,.;:“”"]|“[^“”]{1,50}”|"[^"]{1,50}"){1,60}?,?\s+that\s/u.exec(rest);
  if (qualifiedThat) return clause(text, pos + qualifiedThat[0].length, end, true);
  // "said, in a letter, that …" (but "added, ''I think the plan, that …''" opens a quotation).
  const asideThat = /^\s*(?:,\s*(?:(?!'')[^,.;:“”"]){1,50},|[—–]+[^—–.;“”"]{1,60}[—–]+|\s--[^.;“”"]{1,60}--)\s*that\s/u.exec(rest);
  if (asideThat) return clause(text, pos + asideThat[0].length, end, true);
  // "“…,” Pell recalled him saying.": the report is the quotation before, not "him saying".
  if (/^\s+(?:him|her|them|me|us)\s+(?:saying|say|telling|tell)\s*(?:[.;]|$)/.test(rest)) return null;
  return UNSETTLED;
}

/**
 * Skips what stands between a cue and its content: the writer's "and I quote", qualifiers
 * ("in a statement", "on Monday", "in a speech to the council") and a place or topic set off
 * by a comma before a quotation.
 */
function afterQualifiers(text: string, start: number, end: number): number {
  let pos = start;
  // "said, and I quote, “…”": the writer's aside vouches for the quotation that follows.
  const iQuote = /^\s*,\s*(?:and\s+)?I\s+quote\s*(?=[,:])/.exec(text.slice(pos, end));
  if (iQuote) pos += iQuote[0].length;
  for (let guard = 0; guard < 3; guard++) {
    const q = CUE_QUALIFIERS.exec(text.slice(pos, end));
    if (!q || q[0].length === 0 || /^\s*,/.test(text.slice(pos, end)) && !/,\s*$/.test(q[0])) break;
    // "said on Monday" is a qualifier; "said Ostrova" is not (handled by the name check).
    if (PLACE_PREPOSITION_AFTER.test(q[0]) && !/,\s*$|\s(?:that)\s*$/.test(q[0]) && !/^(?:\s*,?\s*(?:on|in)\s+(?:Twitter|Facebook|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December))/u.test(q[0])) break;
    pos += q[0].length;
    if (/\s$/.test(q[0])) pos--;
    // "said in a speech to the council.": a qualifier cut after its article runs on to the
    // clause's end; what follows the article is not the statement. So does one that a comma
    // or a colon separates from the quotation it introduces ("said in a statement: “…”").
    if (/(?:^|\s)(?:in|on|during|at|via|through|to|before|after|over|from)\s+(?:a|an|the|his|her|their|its)\s*$/.test(q[0])) {
      const tail = QUALIFIER_NOUN_TAIL.exec(text.slice(pos, end));
      // Only a noun with its prepositional phrases: "in a statement the levy was unfair" reports.
      if (tail && SHORT_PHRASE_TO_END.test(tail[0]) && !/\s(?:that|and|but)\s/.test(tail[0])) pos += tail[0].length;
    }
  }
  // "asks at the Tessel ferry depot, “…”": a place set off by a comma before the quotation.
  // "wrote about the lighthouse, “…”": so is the topic.
  const placeComma = PLACE_COMMA_BEFORE_QUOTE.exec(text.slice(pos, end));
  if (placeComma) pos += placeComma[0].length;
  return pos;
}

/**
 * Content the cue introduces with a mark: a quotation, a colon (a closing colon takes the next
 * paragraph), or "that". UNSETTLED when none follows.
 */
function introducedContent(text: string, pos: number, end: number, r: string, quotes: readonly Quote[], allQuotes: readonly Quote[]): RightReading {
  const lead = /^\s*[:,]?\s*/.exec(r)?.[0] ?? '';
  const q = quotes.find((x) => x.open === pos + lead.length);
  if (q && (lead.length > 0 || r.length === 0)) return quotationAfterCue(text, end, lead, q);
  if (/^\s*:\s*$/.test(r)) return nextParagraphContent(text, end, allQuotes);
  const colon = /^\s*:\s*/.exec(r);
  if (colon) return clause(text, pos + colon[0].length, end, true);
  // "said that, “of course …” against …": "that" and a comma before a quotation that opens
  // a longer clause (curly, straight or doubled marks: "added that, ''the ferry …'' and …").
  const thatComma = /^\s+that\s*,\s*(?=[“"]|'')/.exec(r);
  if (thatComma) {
    const q = quotes.find((x) => x.open === pos + thatComma[0].length);
    if (q && wordCount(text, { start: q.close, end }) >= 2) return clause(text, pos + thatComma[0].length, end, true);
  }
  const that = /^\s+that\s+/.exec(r);
  if (that) return clause(text, pos + that[0].length - (that[0].length - 1 - (that[0].trimEnd().length - 1)), end, true);
  return UNSETTLED;
}

/**
 * The quotation right after a cue; said “it wears me out” every time …: a quotation that
 * opens a longer clause (not one closed by its own comma, “We are ready,” before …; a
 * headline's ‘single’ marks aside) reports that whole clause.
 */
function quotationAfterCue(text: string, end: number, lead: string, q: Quote): RightContent | null {
  if (!/[:,]/.test(lead) && q.closed && (/^[‘']$/.test(text.slice(q.open, q.start)) || !/,\s*$/.test(text.slice(q.start, q.end))) && wordCount(text, { start: q.close, end }) >= 2 && !/^[\s,.;:!?—–-]*[“"]/u.test(text.slice(q.close, end)) && !/^\s*[,—–-]/.test(text.slice(q.close, end))) {
    return clause(text, q.open, end, true);
  }
  return { quote: q, introduced: true };
}

/** "Pell continued:" at the end of a paragraph: the next paragraph is the content. */
function nextParagraphContent(text: string, end: number, allQuotes: readonly Quote[]): RightContent | null {
  let k = end;
  while (k < text.length && isSpaceAt(text, k)) k++;
  if (k >= text.length || !/\n/.test(text.slice(end, k))) return null;
  const next = allQuotes.find((x) => x.open === k);
  if (next) return { quote: next, introduced: true };
  const lineEnd = text.indexOf('\n', k);
  return clause(text, k, lineEnd < 0 ? text.length : lineEnd, true);
}

/**
 * Content the verb takes without a mark: an infinitive, an indirect question, an object or a
 * view ("as"), a pro-form ("said so") or a bare clause; null for circumstances.
 */
function complementContent(text: string, cue: Cue, pos: number, end: number, r: string): RightContent | null {
  const settled = verbComplement(text, cue, pos, end, r);
  if (settled !== UNSETTLED) return settled;
  if (circumstanceAfterCue(cue, r)) return null;
  // "a third said so in the survey", "Pell said as much on Monday": the pro-form is the report.
  const proForm = /^\s+(so|as\s+much)\b(?!\s+(?:that|far|many|long|often|few|little|as)\b)/.exec(r);
  if (proForm?.[1] && cue.frame === 'speech') {
    const at = pos + proForm[0].length - proForm[1].length;
    return { span: { start: at, end: at + proForm[1].length }, introduced: false };
  }
  if (LEADING_WORD_OR_QUOTE.test(r)) {
    // "endorsed Pell.": a verb's object may be a single name.
    if (cue.frame === 'object' && LONE_CAPITALISED_OBJECT.test(r)) {
      const one = trimContent(text, pos, end);
      if (one.end > one.start) return { span: one, introduced: false };
    }
    return clause(text, pos, end, false);
  }
  return null;
}

/** What the cue's verb itself takes: an infinitive, a question, an object or "X as Y". */
function verbComplement(text: string, cue: Cue, pos: number, end: number, r: string): RightReading {
  const entry = cue.entry;
  if (entry && TO_VERBS.has(entry.lemma) && /^\s+(?:not\s+)?to\s+\w/.test(r)) return clause(text, pos, end, true);
  // "asked harbour leaders to resign", "urged the board to act": the recipient and the infinitive.
  if (entry && (entry.lemma === 'ask' || entry.lemma === 'urge' || entry.lemma === 'tell' || entry.lemma === 'encourage') && INFINITIVE_AHEAD.test(text.slice(cue.end, end))) return clause(text, cue.end, end, true);
  // "asked Pell about his ties": the subject of the question.
  if (entry?.lemma === 'ask' && /^\s+about\s/.test(r)) return clause(text, pos + (/^\s+about/.exec(r)?.[0].length ?? 0), end, true);
  // "asked whether …", "wondered if …": the question is the content.
  if (entry && QUESTION_VERBS.has(entry.lemma) && /^\s+(?:whether|if|why|how|what|when|where|who)\s/.test(r)) return clause(text, pos, end, true);
  // "wants a recount", "demanded an apology": the object is what they want.
  if (entry && OBJECT_TO_VERBS.has(entry.lemma) && NOUN_PHRASE_AHEAD.test(r)) return clause(text, pos, end, false);
  // "voters see him as a fighter": a view held of someone.
  // "hired Ruiz, then a deckhand, as the new purser": an appositive may follow the object.
  if (entry && AS_VERBS.has(entry.lemma) && /^\s+[^,.;:“”"]{1,60}?(?:,[^,.;:“”"]{1,30},)?\s+as\s+\S/.test(r)) return clause(text, pos, end, false);
  if (entry?.needsThat || (entry && TO_VERBS.has(entry.lemma))) return null;
  if (/^\s*,/.test(r)) return null;
  if (cue.frame !== 'object' && /^\s+(?:whether|if|why|how|what|where|who)\s/.test(r)) return clause(text, pos, end, true);
  return UNSETTLED;
}

/** What follows the verb is a circumstance, not content: an adjunct participle, a time, a call-in, "found himself", "said when …". */
function circumstanceAfterCue(cue: Cue, r: string): boolean {
  const entry = cue.entry;
  // "said Tuesday, noting …": a participle after the verb is an adjunct with its own cue.
  const ing = REPORTING_VERBS.get(LEADING_ING_WORD.exec(r)?.[1] ?? '');
  if (ing?.form === 'ing' && ing.frame !== 'object' && !AS_VERBS.has(ing.lemma) && !/^(?:know|hope|fear|feel|want|expect|plan|seem|appear)$/.test(ing.lemma)) return true;
  // "reported in 2014.", "reported two weeks later.": a time, not content.
  if (cue.frame !== 'object' && /^\s+(?:(?:in|on|at|during|since|by|early|late)\s+(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+(?:past|morning|evening|afternoon|weekend))|(?:a\s+few|several|two|three|four|many)\s+(?:days|weeks|months|years|hours)\s+(?:later|earlier|ago)|(?:a|one)\s+(?:day|week|month|year)\s+(?:later|earlier|ago))\b[^,;:“”"]*[.!?]?\s*$/u.test(r)) return true;
  // "called in to a show", "called into the program": a phone call, not a label.
  if (entry?.lemma === 'call' && /^\s+(?:into|in\s+to|back|off)\b/.test(r)) return true;
  // "found himself in trouble", "find a way": finding oneself somewhere is not a finding.
  if (entry?.lemma === 'find' && REFLEXIVE_OR_WAY_OBJECT.test(r)) return true;
  // "said in reference to …", "said about …", "said when …": circumstances, not content.
  return cue.frame !== 'object' && /^\s+(?:in reference|about|when|while|as(?!\s+much\b)|since|through|via|amid|despite|after|before|during|following|upon)\b/i.test(r) && !/^\s+about\s+(?:\d|half|a\s+(?:third|quarter|dozen)|one|two|three|four|five|six|seven|eight|nine|ten|twice)/i.test(r);
}

/**
 * Cues of intention, belief or impression, not of speech: a report they head ("the guild
 * plans to …", "it wants to …") does not bound the clause a closing attribution reports ("The
 * guild plans to picket “the new rota,” the Ledger reports": the Ledger reports it all). Nor
 * does a finding ("Records show the pier cost “far more,” the Courier reported"), nor a
 * participle's report ("…, screaming insults and calling her “a spy,” she said in an interview").
 */
const UNSPOKEN_LEMMAS = new Set(['want', 'plan', 'hope', 'intend', 'expect', 'seek', 'decide', 'decline', 'refuse', 'agree', 'believe', 'think', 'feel', 'know', 'fear', 'worry', 'seem', 'appear']);

/** A determiner or possessive right before a quotation: "the", "a", "its", "Pell’s". */
const DETERMINER_BEFORE_QUOTE = /(?:^|[^\p{L}’'])(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|\p{Lu}[\p{L}-]*(?:’s|'s))\s+$/u;

/** A subject pronoun: "a “fine plan,” he said" quotes; the pronoun is no head noun. */
const SUBJECT_PRONOUN_AHEAD = /^(?:he|she|they|it|we|i|you|one)\b/i;

/**
 * "The “Harbour First” campaign said it would sue": a name in quotation marks between a
 * determiner and the subject's lower-case head noun belongs to the subject; it is not what
 * the subject said. A quotation ending in punctuation ("a “fine plan,” he said") ends a clause.
 */
function modifiesSubject(text: string, quote: Quote, subjectStart: number): boolean {
  if (!quote.closed || !/^\s+$/.test(text.slice(quote.close, subjectStart))) return false;
  const head = text.slice(subjectStart, subjectStart + 12);
  return (
    STARTS_LOWER.test(head) &&
    !SUBJECT_PRONOUN_AHEAD.test(head) &&
    !/[,.!?;:]$/.test(text.slice(quote.start, quote.end)) &&
    DETERMINER_BEFORE_QUOTE.test(text.slice(Math.max(0, quote.open - 40), quote.open))
  );
}

/**
 * Content to the left of a subject-cue pair: the quotation right before it, or the clause
 * from the start of the sentence; a bare "Pell said." takes a quotation-only previous sentence.
 */
export function leftContent(
  text: string,
  sentence: Sentence,
  limit: number,
  quotes: readonly Quote[],
  drafts: readonly Draft[],
  previousSentence: Sentence | undefined,
  allQuotes: readonly Quote[],
  earlier: readonly Draft[],
  entry: CueEntry | null,
  /** The subject before the cue, when `limit` is its start ("X said"); null when inverted. */
  subject: TextSpan | null,
): LeftContent | null {
  const floor = leftFloor(text, sentence, limit, drafts);
  const seg = trimContent(text, floor, limit);
  const before = [...quotes].reverse().find((q) => q.close <= limit && q.open >= floor);
  // "“…!” the harbour nominee, Ivo Pell, tweeted": a description may stand before the name.
  if (before && !(subject && modifiesSubject(text, before, subject.start)) && (/^[\s,:—–’'-]*$/.test(text.slice(before.close, limit)) || (DESCRIPTION_BEFORE_COMMA.test(text.slice(before.close, limit)) && STARTS_CAPITALISED_WORD.test(text.slice(limit, limit + 2))))) {
    if (drafts.some((d) => d.content.start === before.start)) return null;
    return quotationBeforeSubject(text, sentence, floor, quotes, before);
  }
  if (seg.end > seg.start && wordCount(text, seg) >= 4 && floor === sentence.start) return clauseBeforeSubject(text, floor, limit, seg, entry) ? { span: seg, quote: false } : null;
  if (seg.end <= seg.start && previousSentence && previousSentence.paragraph === sentence.paragraph) return previousQuotationOnly(text, previousSentence, allQuotes, earlier);
  return null;
}

/** Where left content may start: after the cue (or content) of statements before the subject ("“A,” X said when asked …"). */
function leftFloor(text: string, sentence: Sentence, limit: number, drafts: readonly Draft[]): number {
  return Math.max(sentence.start, ...drafts.filter((d) => !inRelativeClause(text, sentence, d) && !UNSPOKEN_LEMMAS.has(d.cueLemma ?? '') && !FINDING_VERBS.has(d.cueLemma ?? '') && d.pattern !== 'participle').map((d) => (d.cue ? d.cue.end : d.content.end)).filter((e) => e <= limit));
}

/**
 * The quotation right before the subject, widened to the clause it completes when the
 * writer's own words lead into it ("The plan ‘will fail,’ Pell said"); null for a title
 * inside an opening adverbial.
 */
function quotationBeforeSubject(text: string, sentence: Sentence, floor: number, quotes: readonly Quote[], before: Quote): LeftContent | null {
  const lead = text.slice(floor, before.open);
  if (floor !== sentence.start) return { span: quoteSpan(before), quote: true };
  const clauseStart = trimContent(text, floor, before.open).start;
  const opener = text.slice(clauseStart, before.open);
  if (quotationEndsWritersClause(text, floor, quotes, before, lead)) {
    if (!LEFT_CLAUSE_OPENERS.test(opener) && !STARTS_CAPITALISED_ING.test(opener)) return { span: { start: clauseStart, end: before.close }, quote: true };
    // "Since the ruling, the port has run “a culture of neglect,” Pell said": an opening
    // adverbial followed by a main clause that the quotation completes.
    if (/^(?:since|after|before|in|on|at|during|despite|with|for)\b/i.test(opener) && COMMA_SUBJECT_PHRASE_TAIL.test(opener) && STARTS_LOWER.test(text.slice(before.start, before.start + 1))) return { span: { start: clauseStart, end: before.close }, quote: true };
  }
  // "While the pier is shut, the board is likely to be “packed,” Pell said": after a
  // subordinate clause, the main clause the quotation completes is the report.
  const mainAfterOpener = /^(?:while|though|although|when|if|because|even|unless|once|until|whereas)\b/i.test(opener) && STARTS_LOWER.test(text.slice(before.start, before.start + 1)) ? COMMA_AND_SUBJECT_PHRASE_END.exec(lead) : null;
  if (mainAfterOpener?.[1]) return { span: { start: before.open - mainAfterOpener[1].length, end: before.close }, quote: true };
  // "Speaking on the Courier’s “Harbour Hour,” Pell said …": a title inside an opening
  // adverbial is not what the speaker said.
  if (ENDS_IN_WORD.test(lead) && !/[“”"]/.test(lead) && wordCount(text, { start: floor, end: before.open }) >= 2) {
    if ((LEFT_CLAUSE_OPENERS.test(opener) || STARTS_CAPITALISED_ING.test(opener)) && PREPOSITION_PHRASE_END.test(`${opener} `)) return null;
  }
  // "With ten ferries, “there is no single failure,” Pell said": a short prepositional
  // opening before a quotation is part of the report, after "But"/"And"/"Yet" too ("But with
  // the pier shut, “the fleet will wait,” Pell said").
  if (/^(?:(?:But|And|Yet)\s+(?:with|without|despite|given|unlike|like)|With|Without|Despite|Given|Unlike|Like)\s[^“”"]{2,80},\s*$/u.test(opener)) {
    return { span: { start: clauseStart, end: before.close }, quote: true };
  }
  return { span: quoteSpan(before), quote: true };
}

/**
 * "The plan ‘will fail,’ Pell said": a quotation that ends a clause of the writer's own
 * words reports the whole clause (the quotation is not introduced by a comma or colon).
 */
function quotationEndsWritersClause(text: string, floor: number, quotes: readonly Quote[], before: Quote, lead: string): boolean {
  return (ENDS_IN_WORD.test(lead) || (ENDS_IN_WORD_COMMA.test(lead) && /,/.test(lead.replace(/,\s*$/, '')) && STARTS_LOWER.test(text.slice(before.start, before.start + 1)))) && balancedQuotes(lead) && wordCount(text, { start: floor, end: before.open }) >= 2 && !quotes.some((q) => q.open >= floor && q.close <= before.open && /[:,]\s*$/.test(text.slice(floor, q.open)));
}

/**
 * Only a clause that ends in a comma or dash right before the subject reports speech,
 * and only for verbs of saying ("…, he said"), never "Though X, the mayor maintains …".
 */
function clauseBeforeSubject(text: string, floor: number, limit: number, seg: Span, entry: CueEntry | null): boolean {
  // "…, Pell said." / "…, as the Courier reported.": the clause ends right before the source.
  if (!/(?:[,—–:]|,\s+as)\s*$/.test(text.slice(floor, limit))) return false;
  if (!entry || (entry.frame !== 'speech' && entry.lemma !== 'tell') || entry.needsThat) return false;
  const clauseText = text.slice(seg.start, seg.end).replace(/^(?:In fact|Indeed|Still|But|And|However|Meanwhile|Yet|So|Also|Moreover|Of course|Instead|Now|Then)\s*,?\s+/, '');
  // "Shifting tides could flood the pier, Pell said": an "-ing" word that opens a clause
  // with no comma of its own is part of the subject, not a participial opener.
  const gerundSubject = STARTS_CAPITALISED_ING_SPACE.test(clauseText) && !/,/.test(clauseText.replace(/[,\s]+$/, '')) && /\s(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must)\s/.test(clauseText);
  if (!gerundSubject && (LEFT_CLAUSE_OPENERS.test(clauseText) || STARTS_CAPITALISED_ING.test(clauseText))) return mainClauseAfterOpener(clauseText);
  return true;
}

/**
 * "In all, the fund is sound, Pell said", "If the plan fails, the city can step in, Pell
 * said": after an opening adverbial or subordinate clause, a main clause of its own (a
 * subject and a verb after the comma) still reports the whole sentence.
 */
function mainClauseAfterOpener(clauseText: string): boolean {
  const main = COMMA_AUXILIARY_CLAUSE_END.exec(clauseText.replace(/[,\s]+$/, ''));
  const tail = COMMA_SUBJECT_PHRASE_END.exec(clauseText.replace(/[,\s]+$/, ''));
  if (/^(?:asked|according|speaking)\b/i.test(clauseText)) return false;
  return main !== null || tail !== null || COMMA_THEN_CLAUSE.test(clauseText.replace(/[,\s]+$/, ''));
}

/** A bare "Pell said." takes the quotation that alone makes up the previous sentence. */
function previousQuotationOnly(text: string, previousSentence: Sentence, allQuotes: readonly Quote[], earlier: readonly Draft[]): LeftContent | null {
  const only = allQuotes.find((q) => q.open >= previousSentence.start && q.close <= previousSentence.end);
  if (only && trimContent(text, previousSentence.start, only.open).end === previousSentence.start && !earlier.some((d) => d.content.start <= only.start && d.content.end >= only.end)) {
    return { span: quoteSpan(only), quote: true };
  }
  return null;
}

/**
 * The source after "according to": up to the first punctuation, where a capital's period
 * ("notes by Ana B. Ruiz", "U.N. figures") is part of the name, not its end.
 */
const ACCORDING_SOURCE = /^\s+((?:[^,.;:()“”"]|(?<=(?:^|[\s.])\p{Lu})\.)+?)(?=\s*(?:[,;:()“”"]|(?<!(?:^|[\s.])\p{Lu})\.|$))/u;

/** A short quotation (and the words after it) that continues an "according to" source. */
const SOURCE_QUOTED_TAIL = /^\s*(?:“[^“”]{1,60}”|"[^"]{1,60}"|''(?:(?!'').){1,60}'')(?:\s+[^,.;:()“”"]{1,40}?)?(?=\s*(?:[,;:()]|\.(?!\w)|$))/u;

const SUBORDINATE_OPENER = /^\s*(?:While|Although|Though|Whereas)\s/;

export function accordingTo(text: string, sentence: Sentence, cue: Cue, quotes: readonly Quote[], drafts: readonly Draft[]): Draft | null {
  const after = ACCORDING_SOURCE.exec(text.slice(cue.end, sentence.end));
  if (!after || after[1] === undefined) return null;
  const sourceStart = cue.end + after[0].length - after[1].length;
  // "according to her “pier first” plan, …", "according to his book ''Harbour Days.''": a short
  // quoted name inside the source belongs to it.
  const quotedTail = SOURCE_QUOTED_TAIL.exec(text.slice(sourceStart + after[1].length, sentence.end));
  const mention = span(text, sourceStart, sourceStart + after[1].length + (quotedTail?.[0].length ?? 0));
  const sourceEnd = mention.end;
  const before = text.slice(sentence.start, cue.start);
  let content: Span;
  if (/^\s*$/.test(before) || /^(?:\s*\S+\s*){0,2},\s*$/.test(before) && !/[“"]/.test(before)) {
    content = trimContent(text, sourceEnd, sentence.end);
  } else if (SUBORDINATE_OPENER.test(before) && /,\s*$/.test(before) && !/,/.test(before.replace(/,\s*$/, '')) && /^\s*,\s+\p{Ll}/u.test(text.slice(sourceEnd, sentence.end))) {
    // "Though the quay was shut, according to the Courier, the ferries ran": after a
    // subordinate clause, the source reports the main clause that follows it.
    content = cutClause(text, trimContent(text, sourceEnd, sentence.end), quotes);
  } else {
    const floor = Math.max(sentence.start, ...drafts.map((d) => d.content.end).filter((e) => e <= cue.start));
    let start = floor;
    const quoted = quotedReportBefore(text, sentence, cue, quotes, drafts, floor);
    if (quoted !== null) start = quoted;
    // "Entering the final week, the mayor leads …, according to …": the opening adverbial is
    // not part of what the source reports.
    const opening = /^\s*([^,;:“”"]{1,60}),\s+/u.exec(text.slice(floor, cue.start));
    if (opening?.[1] && (LEFT_CLAUSE_OPENERS.test(opening[1]) || STARTS_CAPITALISED_ING.test(opening[1]) || wordCount(text, { start: floor, end: floor + opening[1].length }) <= 4)) start = floor + opening[0].length;
    // "…: the mayor leads …, according to …" (not a colon inside a quoted title).
    const colon = text.lastIndexOf(': ', cue.start);
    if (colon >= start && !quotes.some((q) => q.open < colon && colon < q.close)) start = colon + 2;
    // "…, with most of the ferries sold abroad, according to …" / "…, the level of
    // 2008, according to …": a trailing "with"-phrase or appositive is what the source gives.
    let beforeEnd = cue.start;
    while (beforeEnd > floor && /[\s,]/.test(text[beforeEnd - 1] ?? '')) beforeEnd--;
    const lastComma = lastCommaOutsideQuotes(text, floor, beforeEnd - 1, quotes);
    const tail = lastComma >= 0 ? text.slice(lastComma + 1, cue.start) : '';
    if (lastComma >= start && /,\s*$/.test(before) && /^\s*(?:with|the|a|an)\s/i.test(tail) && wordCount(text, { start: lastComma + 1, end: cue.start }) >= 3 && !/\s(?:is|are|was|were|has|have|had|will|would)\s/.test(tail)) start = lastComma + 1;
    content = trimContent(text, start, cue.start);
    // "the dockers, most of whom back the levy according to the survey, want …": a parenthetical
    // source; otherwise an attribution inside the sentence covers the rest of it too.
    const parenthetical = !/,\s*$/.test(before) && /^\s*,/.test(text.slice(sourceEnd, sentence.end)) && lastComma >= 0;
    if (parenthetical) content = trimContent(text, lastComma + 1, cue.start);
    else if (!/,\s*$/.test(before) && cue.end < sentence.end - 1 && !/^\s*[^,]*[.!?]?\s*$/.test(text.slice(sourceEnd, sentence.end))) content = trimContent(text, start, sentence.end);
  }
  // "Pell wrote to the board, threatening “a lawsuit,” according to the letter": the source
  // reports the whole sentence whose quotation another cue introduces.
  if (wordCount(text, content) < 2) content = reportOfIntroducedQuote(text, sentence, cue.start, mention, quotes, drafts) ?? content;
  if (wordCount(text, content) < 2) return null;
  return makeDraft({
    content,
    kind: kindOf(text, content, quotes),
    cue: span(text, cue.start, cue.end),
    cueLemma: 'according to',
    mention,
    pattern: 'according-to',
    sentence,
  });
}

/**
 * "Asked about the toll, Pell said: “It will go,” the Courier reported": a source named after
 * a quotation that another speaker's cue introduces (with a colon or comma) reports the whole
 * sentence, the inner speaker, cue and quotation included. Returns that span.
 */
export function reportOfIntroducedQuote(text: string, sentence: Sentence, limit: number, mention: TextSpan, quotes: readonly Quote[], drafts: readonly Draft[]): Span | null {
  const inner = drafts.find((d) => d.sentence === sentence && d.kind === 'DIRECT' && d.cue !== null && d.mention !== null && d.cue.end <= d.content.start && d.content.end <= limit && /^[\s,:]*(?:[“"]|'')$/.test(text.slice(d.cue.end, d.content.start)) && quotes.some((q) => q.start === d.content.start && q.end === d.content.end) && /^[\s,.!?”"’']*$/.test(text.slice(d.content.end, limit)));
  // The inner speaker opens the sentence or its main clause ("When asked …, Pell said: …"), not
  // a clause of the writer's ("When a fan shouted, “…,” Pell said").
  if (!inner?.mention || inner.mention.start < sentence.start || !/(?:^|,)\s*$/.test(text.slice(sentence.start, inner.mention.start))) return null;
  if (PRONOUNS.has(mention.text.toLowerCase()) || lastWordLower(mention.text) === lastWordLower(inner.mention.text)) return null;
  const end = limit - (/[\s,]*$/.exec(text.slice(inner.content.end, limit))?.[0].length ?? 0);
  const whole = trimContent(text, sentence.start, end);
  return wordCount(text, whole) >= wordCount(text, inner.content) + 2 ? whole : null;
}

/**
 * "Pell said the levy was “a scandal,” the Courier reported": a source named after a nested
 * report reports all of it, the inner speaker and verb included (and a short opening
 * adverbial: "In one email, Pell wrote …, the Courier reported"). Returns the new start.
 */
export function nestedReportStart(text: string, sentence: Sentence, content: Span, mention: TextSpan, drafts: readonly Draft[]): number | null {
  if (!/^[\s,]*$/.test(text.slice(content.end, mention.start).replace(/[”"’']/g, ''))) return null;
  const inner = drafts.find((d) => d.sentence === sentence && d.cue !== null && d.mention !== null && d.content.end >= content.end && d.content.end <= content.end + 2 && d.mention.start < content.start && d.cue.start < content.start);
  if (!inner?.mention) return null;
  // "Pell declared …: “…,” he said": the same speaker again quotes only the quotation.
  if (PRONOUNS.has(mention.text.toLowerCase()) || lastWordLower(mention.text) === lastWordLower(inner.mention.text)) return null;
  let start = inner.mention.start;
  const lead = text.slice(sentence.start, start);
  if (/,\s*$/.test(lead) && !/[“”"]|''/.test(lead) && wordCount(text, { start: sentence.start, end: start }) <= 8) start = trimContent(text, sentence.start, start).start;
  if (drafts.some((d) => d !== inner && d.sentence === sentence && d.content.start >= start && d.content.end <= content.start)) return null;
  return start;
}

/** "Polling shows that “…,” said Ana Ruiz": the report before the quotation starts at its subject. */
export function invertedReportStart(text: string, sentence: Sentence, content: Span, drafts: readonly Draft[]): number | null {
  const inner = drafts.find((d) => d.sentence === sentence && d.cue !== null && d.mention !== null && d.content.end >= content.end && d.content.end <= content.end + 2 && d.mention.start < content.start && d.cue.start < content.start);
  if (!inner?.mention) return null;
  let start = inner.mention.start;
  const lead = text.slice(sentence.start, start);
  if (/,\s*$/.test(lead) && !/[“”"]|''/.test(lead) && wordCount(text, { start: sentence.start, end: start }) <= 8) start = trimContent(text, sentence.start, start).start;
  return start;
}

/**
 * "“The levy is fair,” Pell said, according to the Courier": what the source reports is the
 * whole quoted report before it, the quotation included. Returns where that report starts.
 */
function quotedReportBefore(text: string, sentence: Sentence, cue: Cue, quotes: readonly Quote[], drafts: readonly Draft[], floor: number): number | null {
  const report = drafts.find((d) => d.kind === 'DIRECT' && d.content.end === floor && d.cue !== null && d.cue.start >= floor && d.cue.end <= cue.start && d.content.start >= sentence.start);
  if (!report) return null;
  const q = quotes.find((x) => x.start === report.content.start && x.open >= sentence.start);
  if (!q || !/,\s*$/.test(text.slice(report.cue?.end ?? cue.start, cue.start)) || /[“”"]/.test(text.slice(q.close, cue.start))) return null;
  return q.open;
}
