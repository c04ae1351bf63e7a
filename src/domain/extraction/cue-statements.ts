/**
 * The statements of one sentence: each cue with its subject and content, plus the
 * sentence-level reports, with clause ends trimmed.
 */
import { clause, cutAt, cutClause, cutObject, kindOf, opensClause, quoteSpan, trimClauseEnd, trimContent } from './clauses.ts';
import { accordingTo, invertedReportStart, leftContent, nestedReportStart, quotesWords, reportOfIntroducedQuote, rightContent } from './cue-content.ts';
import type { LeftContent, RightContent } from './cue-content.ts';
import { findCues, tokenize } from './cues.ts';
import type { Cue } from './cues.ts';
import { lastWordLower, makeDraft, span, wordCount } from './draft.ts';
import type { Draft } from './draft.ts';
import { ORGANIZATION_HEADS, PERSON_ROLE_NOUNS, PRONOUNS } from './lexicon.ts';
import {
  ABSOLUTE_NAME_BEFORE,
  ENDS_IN_WORD_COMMA,
  FINDING_VERBS,
  LEFT_CLAUSE_OPENERS,
  MESSAGE_BEFORE,
  OBJECT_TO_VERBS,
  RECIPIENTS,
  STARTS_CAPITALISED_ING,
  STARTS_UPPER,
  TIME_WORDS,
} from './patterns.ts';
import type { Quote, Sentence } from './segment.ts';
import { askedReports, asReportedBy, expectationReports, impersonalSeeming, passiveReports, seemingReport, sourceInPoll } from './sentence-reports.ts';
import {
  mainClauseSubject,
  nounPhraseBefore,
  sentenceSubject,
  strongSubject,
  subjectAfter,
  subjectAfterOpeningParticiple,
  subjectBefore,
  trimmedLeftEdge,
} from './subjects.ts';
import type { Subject } from './subjects.ts';
import { titleOnlyContent } from './titles.ts';
import type { Span, TextSpan } from './types.ts';

/** ", described himself …", ", told reporters …": the main clause's past-tense verb after a comma. */
const RESUMED_VERB = /,\s+(?=(?:\p{Ll}{3,}ed|said|told|wrote|made|gave|took|went|spoke)\s)/gu;
/**
 * ", which Ruiz …", " — which Pell …": a relative or time clause set off by a comma or dash;
 * "what Ruiz called …": a free relative naming what its own speaker said.
 */
const RELATIVE_LEAD = /(?:(?:,|\s[—–]|\s--?)\s+(?:which|whom|when)|(?:^|\s)what)\s+$/;
const FINDING_HEADS = /^(?:polls?|surveys?|stud(?:y|ies)|reports?|analys[ie]s|data|results?|numbers|figures|records|documents|emails|research|evidence|statistics|estimates|review|audit|investigation|probe|findings|it|they|he|she|we|i|footage|videos?|memos?|filings?|index|count|tally|census|models?|forecasts?|projections?|disclosures?|returns|receipts|transcripts?|minutes|logs|photos?|images|pictures|recordings?|tapes?|tests?|trials?|experiments?|reports?|polling|surveys?|letters?|messages|tallies|documents?|records?)$/i;
const PLURAL_HEADS = new Set(['people', 'police', 'media', 'public', 'majority', 'staff', 'crowd', 'children', 'men', 'women', 'folks', 'i', 'we', 'you', 'they']);
/** Ends in a comma, or a colon after a word ("as" may follow). */
const COMMA_OR_COLON_END = /(?:,|[\p{Ll}]:)\s*(?:as\s+)?$/u;
/** A letter or dot, then a comma at the end. */
const WORD_COMMA_END = /[\p{L}.],\s*$/u;
/** Ends in "by", "after", "while" and the like (an adverb may follow). */
const SUBORDINATOR_END = /\b(?:by|after|before|while|when|in)\s+(?:\p{Ll}+ly\s+)?$/u;
/** "with 50 percent": an absolute "with" phrase at the end, captured. */
const WITH_ABSOLUTE_END_CAPTURED = /\bwith\s+((?:about\s+|nearly\s+|some\s+|more\s+than\s+)?[\p{L}\p{N}%’'.-]+(?:\s+[\p{L}\p{N}%’'.-]+){0,3})\s+(?:\p{Ll}+ly\s+)?$/u;

/** What every step of one sentence's reading looks at; `drafts` grows as cues are read. */
interface SentenceScope {
  text: string;
  sentence: Sentence;
  quotes: readonly Quote[];
  previousSentence: Sentence | undefined;
  allQuotes: readonly Quote[];
  earlier: readonly Draft[];
  titleCase: boolean;
  drafts: Draft[];
}

export function statementsInSentence(
  text: string,
  sentence: Sentence,
  quotes: readonly Quote[],
  previousSentence: Sentence | undefined,
  allQuotes: readonly Quote[],
  earlier: readonly Draft[],
  titleCase = false,
): Draft[] {
  const tokens = tokenize(text, sentence, quotes);
  const cues = findCues(text, tokens, titleCase);
  const sentenceText = text.slice(sentence.start, sentence.end);
  const drafts: Draft[] = [...expectationReports(text, sentence, sentenceText, quotes), ...askedReports(text, sentence, sentenceText, quotes)];
  const scope: SentenceScope = { text, sentence, quotes, previousSentence, allQuotes, earlier, titleCase, drafts };
  for (const cue of cues) cueStatements(scope, cue);
  addSentenceLevelReports(text, sentence, sentenceText, quotes, drafts);
  for (const d of drafts) trimClauseEnd(text, d, quotes, allQuotes, drafts);
  return drafts;
}

/** Reports the sentence makes without a cue of its own: "as reported by", passives, "seems", poll sources. */
function addSentenceLevelReports(text: string, sentence: Sentence, sentenceText: string, quotes: readonly Quote[], drafts: Draft[]): void {
  const reported = asReportedBy(text, sentence, sentenceText, quotes);
  if (reported) drafts.push(reported);
  drafts.push(...passiveReports(text, sentence, quotes, drafts));
  const seeming = seemingReport(text, sentence, quotes, drafts) ?? impersonalSeeming(text, sentence, quotes, drafts);
  if (seeming) drafts.push(seeming);
  const inSource = sourceInPoll(text, sentence, quotes, drafts);
  if (inSource) drafts.push(inSource);
}

/** ", but " / ", and " (or "and then") right before a verb: it is coordinated with the one before. */
const COORDINATED_BEFORE = /,\s+(?:but|and)(?:\s+then)?\s+$/;

/** Who says what a cue reports, and whether that speaker was carried over from an earlier report. */
interface CueSpeaker {
  mention: TextSpan | null;
  /** The subject follows the cue ("…,” said Pell). */
  inverted: boolean;
  inheritsFrom: Draft | undefined;
}

/** How a cue stands to the earlier statement whose content holds it (all false without one). */
interface OwnerRelation {
  invertedAfterQuote: boolean;
  ownSubjectAfterComma: boolean;
  nested: boolean;
  colonQuote: boolean;
}

/**
 * The statements one cue makes in its sentence: its subject (before it, inverted after it, or
 * the main clause's for a participle), the content on its right and on its left, and the
 * edits to statements already found in the sentence that this cue ends or splits.
 */
function cueStatements(scope: SentenceScope, cue: Cue): void {
  const { text, sentence, quotes, drafts } = scope;
  if (cue.frame === 'according') {
    const d = accordingTo(text, sentence, cue, quotes, drafts);
    if (d) drafts.push(d);
    return;
  }
  // A cue inside content already claimed in this sentence is part of that content,
  // unless it opens a new report of its own (", adding that ...").
  const owner = drafts.find((d) => cue.start >= d.content.start && cue.start < d.content.end);
  // "with 50 percent saying …": the noun phrase after "with" says it.
  const withSubject = cue.entry?.form === 'ing' ? WITH_ABSOLUTE_END_CAPTURED.exec(text.slice(Math.max(sentence.start, cue.start - 60), cue.start)) : null;
  const isParticiple = !withSubject && readsAsParticiple(text, sentence, cue);
  const headlineSeries = inHeadlineSeries(text, sentence, cue);
  const speaker = isParticiple ? participleSpeaker(scope, cue) : withSubject?.[1] ? withPhraseSpeaker(text, cue, withSubject) : writtenSpeaker(scope, cue, headlineSeries);
  if (!speaker) return;
  const { mention, inverted } = speaker;

  // Content on the right of the cue.
  let right = inverted ? null : rightContent(text, cue, sentence.end, quotes, scope.allQuotes, scope.titleCase);
  const relation = owner && mention ? ownerRelation(scope, cue, owner, speaker, mention, isParticiple, right) : NO_OWNER_RELATION;
  if (owner && !editOwner(scope, cue, owner, mention, relation, headlineSeries, isParticiple, right)) return;
  if (owner && right && !relation.ownSubjectAfterComma && !relation.nested && !relation.colonQuote) splitOwnerBeforeCue(text, cue, owner);
  // Content on the left: "“A,” he said" (and for split quotes, "“A,” he said, “B.”" both).
  const wantsLeft = cue.frame !== 'object' && !isParticiple;
  const leftLimit = inverted ? cue.start : (mention?.start ?? cue.start);
  let left = wantsLeft ? quotedOrClauseLeft(scope, cue, leftLimit, speaker) : null;
  // "“A,” Pell told the families": after a quote, what follows the cue is a recipient or a
  // circumstance, not content, unless it is introduced ("that ...", ", “B”").
  if (left?.quote && right && !('quote' in right) && !right.introduced) right = null;
  // "The toll is a scandal, Pell said Tuesday in Brask": what follows the verb is
  // circumstance unless introduced by "that"/a colon.
  // "The pier is shut, Pell told the Courier": what follows "told" is its recipient.
  if (left && !left.quote && right && cue.lemma === 'tell' && !('quote' in right) && !right.introduced) right = null;
  if (left && !left.quote && right && !parentheticalCue(text, sentence, cue, leftLimit, inverted, right)) left = null;
  // "The plan, Pell said, will fail" / "In 2031, Pell said, the fund ...": the rest of the
  // sentence after a parenthetical attribution.
  // "The plan, Pell told the Courier, will fail": a recipient may follow a verb of telling.
  const recipientEnd = cue.frame === 'tell' && !left?.quote ? cue.end + (RECIPIENTS.exec(text.slice(cue.end, sentence.end))?.[0].length ?? 0) : cue.end;
  if (!right && !inverted && (cue.frame === 'speech' || recipientEnd > cue.end) && !left?.quote) {
    right = clauseAfterParenthetical(text, sentence, leftLimit, recipientEnd);
    const whole = right ? subjectAndQuotingPredicate(text, sentence, quotes, leftLimit, mention, right) : null;
    if (whole) {
      right = whole;
      left = null;
    }
  }
  if (!left && right && 'quote' in right && !inverted && cue.frame === 'speech' && mention) right = quotationContinuingSubject(scope, mention, isParticiple, right) ?? right;
  if (left) addLeftStatement(scope, cue, left, mention, relation.invertedAfterQuote);
  if (right) addRightStatement(scope, cue, right, speaker, isParticiple);
}

/** An -ing cue that hangs from its clause: after a comma or dash, "by"/"after", or a message noun. */
function readsAsParticiple(text: string, sentence: Sentence, cue: Cue): boolean {
  if (cue.entry?.form !== 'ing') return false;
  // "– Pell saying …": a name right before the participle is its own subject.
  if (ABSOLUTE_NAME_BEFORE.test(text.slice(Math.max(sentence.start, cue.start - 40), cue.start))) return false;
  // "by saying …", "after saying …": the main clause's subject says it.
  if (SUBORDINATOR_END.test(text.slice(Math.max(sentence.start, cue.start - 20), cue.start))) return true;
  return /[,;—–]\s*(?:\S+\s+)?$/.test(text.slice(Math.max(sentence.start, cue.start - 12), cue.start)) || MESSAGE_BEFORE.test(text.slice(Math.max(sentence.start, cue.start - 40), cue.start));
}

/**
 * "Ruiz slams Pell, praises Lind": a headline lists its subject's acts with commas; each
 * act after a comma shares the first one's subject and ends the act before it.
 */
function inHeadlineSeries(text: string, sentence: Sentence, cue: Cue): boolean {
  return sentence.paragraph === -1 && cue.entry?.form === 's' && /,\s+$/.test(text.slice(Math.max(sentence.start, cue.start - 3), cue.start));
}

/** A participle's speaker: the latest main-clause statement's, else the main clause's subject. */
function participleSpeaker(scope: SentenceScope, cue: Cue): CueSpeaker {
  const { text, sentence, drafts } = scope;
  // A relative clause's statement ("a pilot who said …") is not the main clause.
  const before = [...drafts].reverse().find((d) => !/^(?:who|which|that)$/i.test(d.mention?.text ?? ''));
  if (before) return { mention: before.mention, inverted: false, inheritsFrom: before };
  let mention = mainClauseSubject(text, sentence, cue.start) ?? sentenceSubject(text, sentence);
  if (mention && mention.start >= cue.start) mention = null;
  return { mention, inverted: false, inheritsFrom: undefined };
}

/** "with 50 percent saying …": the noun phrase after "with" is the speaker. */
function withPhraseSpeaker(text: string, cue: Cue, withSubject: RegExpExecArray): CueSpeaker {
  const phrase = withSubject[1] ?? '';
  const at = cue.start - withSubject[0].length + withSubject[0].indexOf(phrase, 4);
  return { mention: span(text, at, at + phrase.length), inverted: false, inheritsFrom: undefined };
}

/**
 * A finite cue's speaker: its written subject, else an inverted one after it, else the
 * speaker of an earlier report it is coordinated with, else an opening participle's subject.
 */
function writtenSpeaker(scope: SentenceScope, cue: Cue, headlineSeries: boolean): CueSpeaker | null {
  const { text, sentence, drafts } = scope;
  const subject = checkedSubjectBefore(text, sentence, cue);
  let mention: TextSpan | null = subject ? subject.mention : null;
  let inverted = false;
  let inheritsFrom: Draft | undefined;
  if (!subject && cue.frame !== 'object' && cue.entry?.form !== 'ing') {
    mention = invertedSubject(text, sentence, cue);
    inverted = mention !== null;
  }
  // "“…,” Ruiz said, but added that …": a verb coordinated with an earlier report of the
  // sentence shares that report's speaker when no subject of its own is written.
  if (!mention && (headlineSeries || COORDINATED_BEFORE.test(text.slice(Math.max(sentence.start, cue.start - 8), cue.start)))) {
    const earlier = [...drafts].reverse().find((d) => d.mention !== null && d.cue !== null && d.cue.end <= cue.start);
    if (earlier) {
      mention = earlier.mention;
      inheritsFrom = earlier;
    }
  }
  if (!mention && cue.entry?.form === 'ing') mention = subjectAfterOpeningParticiple(text, sentence, cue);
  if (!mention) return null;
  return { mention, inverted, inheritsFrom };
}

/** The subject before the cue, dropped where the cue's verb form would not take it. */
function checkedSubjectBefore(text: string, sentence: Sentence, cue: Cue): Subject | null {
  const entry = cue.entry;
  let subject = subjectBefore(text, sentence, cue.start);
  if (subject && entry?.ambiguous && entry.form !== 'base' && !subject.viaAuxiliary && !strongSubject(subject.mention.text)) subject = null;
  if (subject && entry && FINDING_VERBS.has(entry.lemma) && !canReportFinding(text, sentence, cue, subject)) subject = null;
  // A bare base form needs a plural subject ("sailors say"); "The audit report" is a noun.
  if (subject && entry?.form === 'base' && !subject.viaAuxiliary) subject = pluralSubjectOfBaseForm(text, sentence, cue, subject);
  return subject;
}

/** A finding verb ("shows", "found") needs a finding noun, a name, a person or a body as subject. */
function canReportFinding(text: string, sentence: Sentence, cue: Cue, subject: Subject): boolean {
  const words = subject.mention.text.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  // "Records from the 2031 filing show …": a finding noun anywhere in the subject.
  const lead = text.slice(Math.max(sentence.start, subject.mention.start - 60), subject.mention.start).split(/\s+/).slice(-6);
  const lastLower = last.toLowerCase();
  const thatAfter = /^\s+that\s/.test(text.slice(cue.end, cue.end + 6));
  return FINDING_HEADS.test(last) || STARTS_UPPER.test(last) || [...words, ...lead].some((w) => FINDING_HEADS.test(w) && w.length > 3) || PERSON_ROLE_NOUNS.has(lastLower) || ORGANIZATION_HEADS.has(lastLower) || /^(?:judge|panel|jury|court|investigators?|inspectors?|auditors?|researchers?|scientists?|economists?|analysts?|experts?|percent)$/.test(lastLower) || thatAfter;
}

/**
 * The subject of a bare base form ("sailors say") when it is plural: a plural head, a number
 * ("Four in 10 say"), a relative pronoun or a coordination, widened to the whole of it.
 */
function pluralSubjectOfBaseForm(text: string, sentence: Sentence, cue: Cue, subject: Subject): Subject | null {
  const last = lastWordLower(subject.mention.text);
  // Plural heads, numbers ("Four in 10 say"), relative pronouns and coordinated names.
  const coordinated = /\band\s+$/.test(text.slice(Math.max(sentence.start, subject.mention.start - 5), subject.mention.start));
  const pluralLead = /^(?:those|these|many|most|some|both|all|few|several|others|\d[\d,.]*%?)\b/i.test(subject.mention.text);
  const thatAfter = /^\s+that\s/.test(text.slice(cue.end, cue.end + 6));
  if (!PLURAL_HEADS.has(last) && !/s$/.test(last) && !/^(?:\d+|percent|who|which|that)$/.test(last) && !coordinated && !pluralLead && !thatAfter) return null;
  if (!coordinated) return subject;
  // Widen the mention to the whole coordination ("Ada Lorne and Ivo Pell").
  const first = nounPhraseBefore(text, sentence.start, text.lastIndexOf(' and', subject.mention.start));
  return first ? { ...subject, mention: span(text, first.start, subject.mention.end) } : subject;
}

/** "…,” said X." / "…, said X, a …": a subject after a cue that opens the sentence or follows a quote or comma. */
function invertedSubject(text: string, sentence: Sentence, cue: Cue): TextSpan | null {
  const leftEnd = trimmedLeftEdge(text, sentence.start, cue.start);
  if (leftEnd !== sentence.start && !/[,”"’':—–]$|[,.!?]“$/.test(text.slice(sentence.start, leftEnd))) return null;
  const after = subjectAfter(text, cue.end, sentence.end);
  // "…,” said X." / "…, said X, a …": the subject ends the sentence or a clause.
  return after && !opensClause(text, after, sentence.end) ? after : null;
}

const NO_OWNER_RELATION: OwnerRelation = { invertedAfterQuote: false, ownSubjectAfterComma: false, nested: false, colonQuote: false };

/** How a cue with a speaker stands to the earlier statement (`owner`) whose content holds it. */
function ownerRelation(scope: SentenceScope, cue: Cue, owner: Draft, speaker: CueSpeaker, mention: TextSpan, isParticiple: boolean, right: RightContent | null): OwnerRelation {
  const { text, sentence } = scope;
  const inverted = speaker.inverted;
  // ", Pell shot back, “…”": a new subject after a comma ends the earlier content.
  // "Polling shows that “…,” said Ana Ruiz": an inverted attribution after the quotation
  // that ends an earlier report attributes that whole report.
  const invertedAfterQuote = inverted && /[,.!?](?:[”"’]|'')\s*$/.test(text.slice(Math.max(sentence.start, cue.start - 6), cue.start)) && owner.content.start < cue.start && owner.content.end > cue.start;
  // ", Pell shot back, “…”" / "… grew restless: Ruiz called it “…”": a subject after a comma,
  // or after a colon closing a clause of the writer's, starts a report of its own.
  const ownSubjectAfterComma = !isParticiple && !inverted && (COMMA_OR_COLON_END.test(text.slice(Math.max(sentence.start, mention.start - 6), mention.start)) || (/,(?:[”"’]|'')\s*$/.test(text.slice(Math.max(sentence.start, mention.start - 6), mention.start)) && (/^[^“”",;]{0,40}$/.test(text.slice(cue.end, sentence.end)) || /^\s*(?:[—–]|--?)\s/.test(text.slice(cue.end, sentence.end))))) && mention.start > owner.content.start;
  // "Pell said voters believe the toll is unfair": a report nested in another one, with its
  // own subject inside the outer content, is a statement too; the outer one keeps its words.
  // A quotation right after the cue counts when a comma-set "which"/"when" clause holds it
  // ("…backs the bill, which Ruiz called “a swindle.”"): the outer report ends before it.
  const nested = !isParticiple && !inverted && right !== null && mention.start >= owner.content.start && mention.end <= cue.start && (!('quote' in right) || (RELATIVE_LEAD.test(text.slice(Math.max(owner.content.start, mention.start - 12), mention.start)) && !/[,;:]/.test(text.slice(cue.end, right.quote.open)))) && !/[,;:—–]\s*$/.test(text.slice(owner.content.start, mention.start));
  // "… was strong, to which Pell interjected: “Not true.”": a subject and cue introducing a
  // quotation with a colon inside an earlier report start a statement of their own; the
  // earlier report ends before that subject.
  const colonQuote = !isParticiple && !inverted && right !== null && 'quote' in right && mention.start > owner.content.start && /^[^“”"\n]{0,40}:\s*$/.test(text.slice(cue.end, right.quote.open));
  return { invertedAfterQuote, ownSubjectAfterComma, nested, colonQuote };
}

/**
 * Ends the earlier statement holding the cue where the cue's own report starts. False when
 * the cue is part of that statement's content and reports nothing of its own.
 */
function editOwner(scope: SentenceScope, cue: Cue, owner: Draft, mention: TextSpan | null, relation: OwnerRelation, headlineSeries: boolean, isParticiple: boolean, right: RightContent | null): boolean {
  const { text, quotes, drafts } = scope;
  if (relation.nested) {
    // handled below without touching the owner
  } else if (relation.colonQuote && mention) {
    for (const d of drafts) {
      if (d.content.start >= mention.start || d.content.end <= mention.start) continue;
      const lead = text.slice(d.content.start, mention.start).replace(/(?:,?\s+(?:and|but|while|as|when|whereupon|so|then|(?:to|after|at|upon)\s+which))?[\s,]*$/, '');
      d.content = trimContent(text, d.content.start, d.content.start + lead.length);
      d.kind = kindOf(text, d.content, quotes);
    }
  } else if (headlineSeries && mention) {
    owner.content = trimContent(text, owner.content.start, cue.start);
  } else if (relation.invertedAfterQuote && mention) {
    owner.content = trimContent(text, owner.content.start, cue.start);
  } else if (relation.ownSubjectAfterComma && mention) {
    owner.content = trimContent(text, owner.content.start, mention.start);
  } else if (!(isParticiple && right && (right.introduced || cue.frame === 'speech' || cue.entry?.lemma.includes(' ') || quotesWords(text, right, quotes)))) return false;
  return true;
}

/** Splits the earlier statement before ", adding that ...". */
function splitOwnerBeforeCue(text: string, cue: Cue, owner: Draft): void {
  const cut = text.lastIndexOf(',', cue.start);
  const stop = Math.max(cut, text.lastIndexOf(';', cue.start));
  if (stop > owner.content.start) owner.content = trimContent(text, owner.content.start, stop);
}

/** The content on the cue's left: a quotation or clause, or a whole sentence a source reports. */
function quotedOrClauseLeft(scope: SentenceScope, cue: Cue, leftLimit: number, speaker: CueSpeaker): LeftContent | null {
  const { text, sentence, quotes, drafts } = scope;
  const { mention, inverted } = speaker;
  let left = leftContent(text, sentence, leftLimit, quotes, drafts, scope.previousSentence, scope.allQuotes, scope.earlier, cue.entry, inverted ? null : mention);
  // "Pell said: “It will go,” the Courier reported": the source reports the whole sentence.
  if (!left && !inverted && mention) {
    const whole = reportOfIntroducedQuote(text, sentence, leftLimit, mention, quotes, drafts);
    if (whole) left = { span: whole, quote: true };
  }
  // "Sunday on the Courier’s “Harbour Hour,” Pell said …": a quoted title is not the content.
  if (left?.quote && titleOnlyContent(text.slice(left.span.start, left.span.end))) left = null;
  return left;
}

/**
 * "The pier was sold, Pell said Friday, because …": a qualified cue set off by commas on both
 * sides is parenthetical; the clause before it is reported too.
 */
function parentheticalCue(text: string, sentence: Sentence, cue: Cue, leftLimit: number, inverted: boolean, right: RightContent): boolean {
  return 'span' in right && !inverted && /,\s*$/.test(text.slice(sentence.start, leftLimit)) && /^\s+[^,;:“”"]{1,30},\s*$/.test(text.slice(cue.end, right.span.start));
}

/** "The plan, Pell said, will fail": the clause after an attribution set off by commas (or after "As"). */
function clauseAfterParenthetical(text: string, sentence: Sentence, leftLimit: number, recipientEnd: number): RightContent | null {
  const after = /^\s*,\s*/.exec(text.slice(recipientEnd, sentence.end));
  const before = text.slice(sentence.start, leftLimit);
  if (after && (/,\s*$/.test(before) || /(?:^|,\s*)(?:(?:Or|But|And|However|Yet|Still),?\s+)?[Aa]s\s+$/.test(before)) ) return clause(text, recipientEnd + after[0].length, sentence.end, false);
  return null;
}

/**
 * "The ferries, Pell said, are like “boats that never sail”": the subject before the
 * parenthetical attribution and the predicate after it are one report when it quotes.
 */
function subjectAndQuotingPredicate(text: string, sentence: Sentence, quotes: readonly Quote[], leftLimit: number, mention: TextSpan | null, right: RightContent): RightContent | null {
  const before = text.slice(sentence.start, leftLimit);
  const lead = trimContent(text, sentence.start, leftLimit);
  const leadText = text.slice(lead.start, lead.end).replace(/,$/, '');
  const predicate = 'span' in right ? right.span : null;
  if (predicate && mention && ENDS_IN_WORD_COMMA.test(before) && !/[,“”"]/.test(leadText) && wordCount(text, lead) <= 12 && !LEFT_CLAUSE_OPENERS.test(leadText) && !TIME_WORDS.test(leadText) && /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|remains?|seems?)\b/.test(text.slice(predicate.start, predicate.start + 12)) && quotes.some((q) => q.open >= predicate.start && q.open < predicate.end && wordCount(text, q) >= 2)) {
    return { span: { start: lead.start, end: predicate.end }, introduced: true };
  }
  return null;
}

/**
 * "The bridge, Pell said, “is a waste” of money": a quotation after a parenthetical
 * attribution continues the subject before it; the report is the whole sentence. A
 * participle ("Later, she sent a note saying, “done.”") is no parenthetical attribution.
 */
function quotationContinuingSubject(scope: SentenceScope, mention: TextSpan, isParticiple: boolean, right: { quote: Quote; introduced: boolean }): RightContent | null {
  const { text, sentence, quotes, drafts } = scope;
  const before = text.slice(sentence.start, mention.start);
  const lead = trimContent(text, sentence.start, mention.start);
  const leadText = text.slice(lead.start, lead.end);
  const rest = cutClause(text, trimContent(text, right.quote.open, sentence.end), quotes);
  if (!isParticiple && continuesPredicate(text, right.quote) && ENDS_IN_WORD_COMMA.test(before) && !/[“”"‘’]|''/.test(before) && !drafts.some((d) => d.sentence === sentence) && wordCount(text, lead) <= 12 && !LEFT_CLAUSE_OPENERS.test(leadText) && !TIME_WORDS.test(leadText) && !STARTS_CAPITALISED_ING.test(leadText) && !/^(?:Asked|Speaking|According|In|At|On|Still|But|And|However|Yet|So|Now|Then|Instead|Meanwhile|Later|Earlier)\b/i.test(leadText) && !/,.*,/.test(before.replace(/,\s*$/, ''))) {
    return { span: { start: lead.start, end: rest.end }, introduced: true };
  }
  return null;
}

/** Records the report on the cue's left, widened to an outer report a later source names. */
function addLeftStatement(scope: SentenceScope, cue: Cue, found: LeftContent, mention: TextSpan | null, invertedAfterQuote: boolean): void {
  const { text, sentence, quotes, drafts } = scope;
  let left = found;
  const outer = left.quote && mention ? (invertedAfterQuote ? invertedReportStart(text, sentence, left.span, drafts) : nestedReportStart(text, sentence, left.span, mention, drafts)) : null;
  if (outer !== null) left = { span: trimContent(text, outer, Math.max(left.span.end, ...drafts.filter((d) => d.sentence === sentence && d.content.end <= left.span.end + 2).map((d) => d.content.end))), quote: true };
  drafts.push(makeDraft({
    content: left.span,
    kind: left.quote ? 'DIRECT' : kindOf(text, left.span, quotes),
    cue: span(text, cue.start, cue.end),
    cueLemma: cue.lemma,
    mention,
    pattern: left.quote ? 'adjacent-quote' : 'left-clause',
    sentence,
  }));
}

/** Records the report on the cue's right, its clause cut where the writer's words resume. */
function addRightStatement(scope: SentenceScope, cue: Cue, right: RightContent, speaker: CueSpeaker, isParticiple: boolean): void {
  const { text, sentence, quotes, drafts } = scope;
  const { mention, inheritsFrom } = speaker;
  const entry = cue.entry;
  const isQuote = 'quote' in right;
  let content = 'quote' in right ? quoteSpan(right.quote) : cutClause(text, right.span, quotes);
  // "Pell, recalling his years at sea, described himself as …": a participle set off by
  // commas after the subject ends where the main clause's verb resumes.
  if (isParticiple && !('quote' in right) && WORD_COMMA_END.test(text.slice(Math.max(sentence.start, cue.start - 3), cue.start))) content = cutAt(text, content, quotes, RESUMED_VERB);
  // "X, who said …, said …": a relative clause's report ends at its comma, before the
  // main clause's cue is read.
  if (!isQuote && mention && /^(?:who|which)$/i.test(mention.text)) content = cutAt(text, content, quotes, /\s*[,;—–]\s|\s--\s/g);
  // "what he called “a disgrace”": "what" and the label are the content; the label ends
  // with its quotation. "what the harbour crews have called “a swindle”": a speaker named
  // in full is left out; the label alone is what the crews said.
  let bareObject = !isQuote && !right.introduced && (cue.frame === 'object' || (entry !== null && OBJECT_TO_VERBS.has(entry.lemma) && !/^to\s/.test(text.slice(content.start, content.start + 3))));
  const labelled = !isQuote && mention ? whatLabelContent(text, sentence, quotes, cue, mention, content) : null;
  if (labelled) {
    content = labelled;
    bareObject = false;
  }
  drafts.push(makeDraft({
    content,
    kind: isQuote ? 'DIRECT' : kindOf(text, content, content.end > sentence.end ? scope.allQuotes : quotes),
    cue: span(text, cue.start, cue.end),
    cueLemma: cue.lemma,
    mention,
    pattern: isParticiple ? 'participle' : isQuote ? 'adjacent-quote' : 'clause',
    sentence,
    bareObject,
    inheritsFrom,
  }));
}

/**
 * "what he called “a disgrace”": "what" and the label are the content, the label ending with
 * its quotation; "what the harbour crews have called “a swindle”" leaves the named speaker out.
 */
function whatLabelContent(text: string, sentence: Sentence, quotes: readonly Quote[], cue: Cue, mention: TextSpan, content: Span): Span | null {
  if (!/^(?:call|describe|term|dub|label|brand)$/.test(cue.entry?.lemma ?? '')) return null;
  const what = /\bwhat\s+$/i.exec(text.slice(Math.max(sentence.start, mention.start - 6), mention.start));
  if (!what) return null;
  const labelQuote = quotes.find((q) => q.open >= content.start && wordCount(text, { start: content.start, end: q.open }) <= 3 && q.open < content.end);
  const end = labelQuote ? labelQuote.close : cutObject(text, content, quotes).end;
  return { start: PRONOUNS.has(mention.text.toLowerCase()) ? mention.start - what[0].length : content.start, end };
}

/**
 * "The bridge, Pell said, “is a waste” of money": a quotation after a parenthetical
 * attribution continues the clause before it only when it opens in lower case; "After the
 * vote, Pell said, “The harbour called.”" introduces a sentence of its own.
 */
function continuesPredicate(text: string, q: Quote): boolean {
  return !STARTS_UPPER.test(text.slice(q.start, q.start + 1));
}
