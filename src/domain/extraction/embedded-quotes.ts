/**
 * A short quotation set in a clause of the writer's own words ("Pell described the auditor
 * as “biased”"): reported from its verb, said by the verb's subject, with the clause
 * running on to the quotation's end.
 */
import { baseAfterAuxiliary } from './base-after-aux.ts';
import { trimContent } from './clauses.ts';
import { nonReportingParticle } from './cues.ts';
import { makeDraft, span, wordCount } from './draft.ts';
import type { Draft } from './draft.ts';
import { AUXILIARIES, NOMINAL_CUES, NOT_SUBJECT_END, REPORTING_VERBS } from './lexicon.ts';
import { BE_FORMS, DETERMINER_OR_PREPOSITION, PARTICIPLE_OPENERS } from './patterns.ts';
import { embeddedQuoteVerbs, modifiesNoun, writersLabel } from './quote-bounds.ts';
import type { Quote, Sentence } from './segment.ts';
import { coordinatedSubject, mainClauseSubject, possessorOf, sentenceSubject, sentenceSubjectAt, subjectBefore } from './subjects.ts';
import type { Span, TextSpan } from './types.ts';

/** Ends in an article ("a", "an", "the"). */
const ARTICLE_END = /(?:^|[^\p{L}])(?:a|an|the)\s+$/iu;
/** Ends in "who" or "which". */
const WHO_WHICH_END = /(?:^|[^\p{L}])(?:who|which)\s+$/u;
/** Ends in "so". */
const SO_END = /(?:^|[^\p{L}])so-?\s*$/iu;
/** Ends in clause punctuation (a word may follow), or a comma and an adverb like "again". */
const CLAUSE_PUNCTUATION_OR_ADVERB_END = /[,;—–]\s*(?:\p{Ll}+\s+)?$|,\s+(?:at\s+one\s+point|at\s+times|once\s+again|again|also|even|repeatedly|often)\s+$/u;
/** A lower-case word in -ed. */
const ED_WORD = /^\p{Ll}+ed$/u;

/**
 * A short quotation inside a clause of the writer's own words (`Pell described the
 * auditor as “biased,”`): the clause from its verb to the quotation, said by the verb's subject.
 */
export function embeddedStatement(text: string, sentence: Sentence, q: Quote, drafts: readonly Draft[]): Draft | null {
  // The verb may stand up to 18 words before the quotation, within its clause ("pictured the
  // old harbour office on the north side of the quay as “a ruin”"); a reporting verb is
  // preferred to a nearer -ed/-ing word ("claiming the ferry he repaired was “sound”").
  const verbs = embeddedQuoteVerbs(text, sentence.start, q, REPORTING_VERBS, 18);
  let found = verbs.reporting ?? baseAfterAuxiliary(text, sentence.start, q, verbs.verbLike);
  // "the rousing “harbour first” speech": an -ed/-ing word after a determiner is an adjective
  // or a noun, not the quotation's verb; so is a reporting verb's -ed form ("a detailed
  // “harbour plan”").
  if (found && (!REPORTING_VERBS.has(text.slice(found.verb.start, found.verb.end).toLowerCase()) || /ed$/.test(text.slice(found.verb.start, found.verb.end))) && DETERMINER_BEFORE.test(text.slice(Math.max(sentence.start, found.verb.start - 8), found.verb.start))) found = null;
  if (found && nounThenIng(text, sentence, found.verb)) found = null;
  if (found && NON_SPEECH_VERB.test(text.slice(found.verb.start, found.verb.end).toLowerCase()) && !REPORTING_VERBS.has(text.slice(found.verb.start, found.verb.end).toLowerCase())) found = null;
  // "showing off a “Pier First” cap": a particle makes the verb report nothing.
  if (found && nonReportingParticle(text, found.verb.end, REPORTING_VERBS.get(text.slice(found.verb.start, found.verb.end).toLowerCase())?.lemma)) found = null;
  // "a harbour favourite who routed the “old guard” candidate": a relative clause's own
  // action verb (not a reporting verb) describes its noun; it reports nothing.
  if (found && ED_WORD.test(text.slice(found.verb.start, found.verb.end)) && !REPORTING_VERBS.has(text.slice(found.verb.start, found.verb.end)) && WHO_WHICH_END.test(text.slice(Math.max(sentence.start, found.verb.start - 8), found.verb.start))) found = null;
  // "suggested in a radio interview that Pell was “…”": the report starts at "that".
  const that = found ? /^(?:in|on|at|during|to|before|after|with|via|over|through)\b[^“”"]{0,80}?\bthat\s/i.exec(text.slice(found.contentStart, q.open)) : null;
  if (found && that) found = { ...found, contentStart: found.contentStart + that[0].lastIndexOf('that') };
  if (!found) {
    continueNamingObject(text, sentence, q, drafts);
    return null;
  }
  if (writersLabel(text, found, q)) return null;
  // "the so called “reform”", "a detailed “harbour plan”": "so called" names, and an -ed/-ing
  // word between an article and the quotation is an adjective, not the quotation's verb.
  const leadIn = text.slice(Math.max(sentence.start, found.verb.start - 6), found.verb.start);
  if (SO_END.test(leadIn) || (ARTICLE_END.test(leadIn) && found.contentStart === q.open && !REPORTING_VERBS.has(text.slice(found.verb.start, found.verb.end).toLowerCase()))) return null;
  let end = q.close;
  const nounPhrase = modifiesNoun(text, q);
  if (nounPhrase) {
    const stop = /[,;:.!?()—–]|\s-\s|--/.exec(text.slice(q.close, sentence.end));
    end = trimContent(text, q.close, stop ? q.close + stop.index : sentence.end).end;
  } else end = runOnEnd(text, sentence, q);
  const word = text.slice(found.verb.start, found.verb.end).toLowerCase();
  const reported = REPORTING_VERBS.has(word) ? null : reportedThatClause(text, sentence, found.verb.start);
  const overlapping = (c: Span): Draft[] => drafts.filter((d) => d.content.start < c.end && c.start < d.content.end);
  // "styled herself a “quiet harbour” mayor and courted ferrymen who felt ignored …": when
  // the words after the quoted noun hold a report of their own, the noun ends before the
  // conjunction or relative pronoun that starts them.
  if (nounPhrase && overlapping({ start: found.contentStart, end }).length) {
    const conjunction = /\s(?:and|but|who|which|while|because)\s/.exec(text.slice(q.close, end));
    if (conjunction) {
      const shorter = trimContent(text, q.close, q.close + conjunction.index).end;
      if (!overlapping({ start: found.contentStart, end: shorter }).length) end = shorter;
    }
  }
  let content = { start: found.contentStart, end };
  const reporter = reported && overlapping({ start: reported.start, end }).length === 0 ? reported.cue : null;
  if (reported && reporter) content = { start: reported.start, end };
  const clashes = dropNestedTailReports(text, drafts, overlapping(content), q, end);
  if (clashes.length === 1 && clashes[0]) continueCutObject(clashes[0], found.verb, q, end);
  if (clashes.length) return null;
  // "…, calling" / "…, then calling" / "…, once even calling the auditor a “crank”": the
  // participle hangs from the main clause (but "… – Pell saying": the name is the subject).
  const participle = word.endsWith('ing') && CLAUSE_PUNCTUATION_OR_ADVERB_END.test(text.slice(Math.max(sentence.start, found.verb.start - 24), found.verb.start));
  const reporterSubject = reporter ? (possessorOf(text, sentence, reporter.start) ?? subjectBefore(text, sentence, reporter.start)?.mention ?? null) : null;
  const mention =
    passiveAgent(text, found.verb, q, sentence) ??
    pastConnector(
      text,
      reporterSubject ??
        pronounOwnerSubject(text, sentence, characterisedOwner(text, sentence, found, q, possessorOf(text, sentence, found.verb.start))) ??
        coordinatedSubject(text, sentence, found.verb.start, drafts) ??
        (participle ? null : subjectBefore(text, sentence, found.verb.start)?.mention) ??
        openingParticipleSubject(text, sentence, found.verb, q) ??
        (participle ? reporterBeforeParticiple(sentence, found.verb, drafts) : null) ??
        mainClauseSubject(text, sentence, found.verb.start) ??
        sentenceSubject(text, sentence),
    );
  return makeDraft({ content, kind: 'DIRECT', cue: span(text, found.verb.start, found.verb.end), cueLemma: REPORTING_VERBS.get(word)?.lemma ?? word, mention, pattern: 'embedded-quote', sentence });
}

/**
 * "the levy, often labelled a “tax on the poor” by fishermen": after a past participle, the
 * "by" phrase following the quotation names who said it.
 */
function passiveAgent(text: string, verb: Span, q: Quote, sentence: Sentence): TextSpan | null {
  if (!/(?:ed|known|seen|called)$/i.test(text.slice(verb.start, verb.end))) return null;
  const m = /^\s*,?\s+by\s+((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'.-]*){0,4}|(?:the|some|many|his|her|their)\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?)(?=[\s,.;:!?]|$)/u.exec(text.slice(q.close, sentence.end));
  if (!m?.[1]) return null;
  const at = q.close + m[0].length - m[1].length;
  return span(text, at, at + m[1].length);
}

/**
 * "Pell waved off Ruiz's remarks as “harbour gossip”": a possessed cue noun followed by "as"
 * is the object of a characterising verb; the clause's subject, not the owner, said it.
 */
function characterisedOwner(text: string, sentence: Sentence, found: { verb: Span; contentStart: number }, q: Quote, owner: TextSpan | null): TextSpan | null {
  if (!owner || !/^\s+as\s+$|^\s+as\s+(?:a|an|the)\s+$/.test(text.slice(found.verb.end, q.open))) return owner;
  const lead = text.slice(sentence.start, owner.start);
  if (!/\p{Ll}{2,}\s+$/u.test(lead) || /(?:^|\s)(?:of|for|to|in|on|at|by|with|from|about|and|or)\s+$/i.test(lead)) return owner;
  const subject = mainClauseSubject(text, sentence, owner.start);
  return subject && subject.end < owner.start && !/^(?:The|A|An|It|This|That|There)$/.test(subject.text) ? subject : owner;
}

/**
 * "trawler crews facing a new “harbour tax”": an -ing word (not a reporting verb) right
 * after a noun describes that noun; it does not report the quotation.
 */
function nounThenIng(text: string, sentence: Sentence, verb: Span): boolean {
  const word = text.slice(verb.start, verb.end);
  if (!/^\p{Ll}+ing$/u.test(word) || REPORTING_VERBS.has(word)) return false;
  const prev = /(\p{Ll}[\p{L}’'-]*)\s+$/u.exec(text.slice(Math.max(sentence.start, verb.start - 30), verb.start))?.[1];
  if (!prev || AUXILIARIES.has(prev) || PARTICIPLE_OPENERS.has(prev) || BE_FORMS.has(prev) || DETERMINER_OR_PREPOSITION.has(prev) || NOT_SUBJECT_END.has(prev) || /ly$/.test(prev)) return false;
  return /(?:[^s]s|ers|ees|ants|ents|ists|ple|ms)$/.test(prev);
}

/**
 * "Pell again pressed his plan for a “fair levy”": a possessive pronoun owning the cue noun
 * stands for the clause's subject, which is the speaker.
 */
function pronounOwnerSubject(text: string, sentence: Sentence, owner: TextSpan | null): TextSpan | null {
  if (!owner || !/^(?:his|her|their|its)$/i.test(owner.text)) return owner;
  return subjectOfClauseAt(text, sentence, owner.start) ?? owner;
}

/** The subject of the clause a position lies in: a name or pronoun right before its verb group. */
function subjectOfClauseAt(text: string, sentence: Sentence, pos: number): TextSpan | null {
  const lead = text.slice(sentence.start, pos);
  const m = /(?:^|[,;:]\s+|\b(?:and|but|that)\s+)((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*|he|she|they|it|He|She|They|It)\s+(?:(?:has|have|had|also|again|then|once|still|\p{Ll}+ly)\s+)*(\p{Ll}+(?:ed|s))\s+(?:[\p{Ll}-]+\s+){0,3}$/u.exec(lead);
  if (!m?.[1] || /^(?:The|A|An|This|That|There)$/.test(m[1])) return null;
  const at = sentence.start + m.index + m[0].indexOf(m[1]);
  return span(text, at, at + m[1].length);
}

/**
 * "Pell served as the board's “fixer”", "crews were working on a “rescue plan”": verbs of
 * doing, moving, lasting or owning never introduce what someone said.
 */
const NON_SPEECH_VERB = /^(?:serv|help|depend|reach|launch|wear|join|work|runn|remain|creat|result|combin|click|activat|diagnos|spearhead|travel|driv|walk|liv|buy|sell|pay|spend|spent|build|eat|sitt|grow|fund|manag|operat|hir|fir|mov|stay|arriv|leav|visit|attend|host|fail|earn|discard|wav|crush)(?:e|es|ed|ing|s|ning|ned)?$|^(?:stud(?:y|ies|ied|ying)|regarding|concerning)$/;

const DETERMINER_BEFORE = /(?:^|[^\p{L}’'])(?:a|an|the|his|her|their|its|our|my|your)\s+$/iu;

/**
 * "Granting that the levy “hurt some boats,” though, Ruiz defended it": a participle opening
 * the sentence hangs from the main clause after its phrase, whose subject said the quotation.
 */
function openingParticipleSubject(text: string, sentence: Sentence, verb: Span, q: Quote): TextSpan | null {
  if (!/ing$/i.test(text.slice(verb.start, verb.end)) || !/^\s*(?:(?:And|But)\s+)?(?:(?:[Ii]n|[Aa]fter|[Ww]hile|[Bb]y|[Ww]hen|[Bb]efore|[Oo]n|[Ss]ince)\s+)?$/.test(text.slice(sentence.start, verb.start))) return null;
  const comma = /^[^,;:—–“”"]*?,\s*(?:(?:though|however|too|then|still)\s*,\s*)?/.exec(text.slice(q.close, sentence.end));
  if (!comma) return null;
  const subject = sentenceSubjectAt(text, q.close + comma[0].length, sentence.end);
  return subject && !/^(?:The|A|An|It|This|That|There)$/.test(subject.text) ? subject : null;
}

/**
 * "“Not today,” Pell said, instead urging a “fair levy”": a participle after a reporting
 * clause of its sentence shares that clause's speaker.
 */
function reporterBeforeParticiple(sentence: Sentence, verb: Span, drafts: readonly Draft[]): TextSpan | null {
  const d = [...drafts].reverse().find((x) => x.sentence.start === sentence.start && x.cue !== null && x.cue.end <= verb.start && x.mention !== null && x.pattern !== 'according-to');
  return d?.mention ?? null;
}

/**
 * `boasted that the council had scrapped the “harbour levy”`: when the verb nearest a short
 * quotation is not a reporting verb, a reporting verb or noun a few words before a "that"
 * earlier in the sentence introduces the whole clause. Returns where "that" starts.
 */
function reportedThatClause(text: string, sentence: Sentence, verbStart: number): { start: number; cue: TextSpan } | null {
  const lead = text.slice(sentence.start, verbStart);
  let that = -1;
  for (const m of lead.matchAll(/\bthat\s/g)) that = m.index ?? -1;
  if (that < 0 || /[;:“”"]|\s[—–]\s|\s--\s/.test(lead.slice(that))) return null;
  const cue = [...lead.slice(0, that).matchAll(/[\p{L}’'-]+/gu)].slice(-5).reverse().find((m) => REPORTING_VERBS.has(m[0].toLowerCase()) || NOMINAL_CUES.has(m[0].toLowerCase()));
  if (!cue || cue.index === undefined) return null;
  const at = sentence.start + cue.index;
  return { start: sentence.start + that, cue: span(text, at, at + cue[0].length) };
}

/**
 * A subject reader stopping on a sentence connector ("But he …", "And, she …") means the
 * pronoun after it; a connector alone names no one.
 */
function pastConnector(text: string, mention: TextSpan | null): TextSpan | null {
  if (!mention || !/^(?:And|But|Yet|So|Instead|Also|Still|However|Meanwhile|Then|Now|Even|There|What|Amid)$/.test(mention.text)) return mention;
  const m = /^\s*,?\s*(he|she|they|we|it|I)\b/.exec(text.slice(mention.end, mention.end + 12));
  if (!m?.[1]) return null;
  const at = mention.end + m[0].length - m[1].length;
  return span(text, at, at + m[1].length);
}

/**
 * "Pell vowed to “take the fight” in every harbour town": a quotation that does not close on
 * its own punctuation and is followed by a prepositional phrase of its clause leaves the report
 * running on to the clause's end.
 */
function runOnEnd(text: string, sentence: Sentence, q: Quote): number {
  if (!runsOnAfterQuote(text, q)) return q.close;
  const stop = /[,;:.!?()—–]|\s-\s|--|\s(?:but|while|which|who|whom|whose|as|when|because|although|though|after|before|if|unless|and\s+(?:he|she|they|it|we|i))\s/i.exec(text.slice(q.close, sentence.end));
  return trimContent(text, q.close, stop ? q.close + stop.index : sentence.end).end;
}

/** The quotation has no closing punctuation of its own and a prepositional phrase follows it. */
function runsOnAfterQuote(text: string, q: Quote): boolean {
  return !/[,.;:!?]\s*$|[!?]/.test(text.slice(q.start, q.end)) && /^\s+(?:in|of|on|for|from|with|at|during|over|into|about|against|since|until|through|between|among|toward|towards|than|without|under|across|despite)\s/.test(text.slice(q.close, q.close + 12));
}

/**
 * "Pell called the pier plan on Sunday “reckless.”": the verb's object was cut before a
 * circumstance, leaving the quotation the verb governs outside it; the statement runs on over
 * the quotation and, now quoting, is DIRECT.
 */
/**
 * "Lind has cautioned against “haste” in how the board rebuilds the pier": an indirect
 * report found inside the words that finish the quotation's clause is part of that clause;
 * it is dropped so the outer report stands. Returns the clashes that remain.
 */
function dropNestedTailReports(text: string, drafts: readonly Draft[], clashes: Draft[], q: Quote, end: number): Draft[] {
  // "… as a “fighter” and made an appeal to those who felt …": a second predicate is not a tail.
  const nested = clashes.filter((d) => d.kind === 'INDIRECT' && d.content.start >= q.close && d.content.end <= end && d.cue !== null && d.cue.start >= q.close && !/\s(?:and|but)\s/.test(text.slice(q.close, d.cue.start)));
  if (nested.length !== clashes.length) return clashes;
  for (const d of nested) (drafts as Draft[]).splice(drafts.indexOf(d), 1);
  return [];
}

function continueCutObject(d: Draft, verb: Span, q: Quote, end: number): void {
  if (d.kind !== 'INDIRECT' || d.cue?.start !== verb.start || d.content.start < verb.end || d.content.end > q.open) return;
  d.content = { start: d.content.start, end };
  d.kind = 'DIRECT';
}

const NAMING_LEMMAS = new Set(['call', 'name', 'dub', 'label', 'brand', 'term', 'describe', 'portray', 'characterize', 'characterise', 'cast', 'deem', 'declare', 'pronounce']);

/**
 * "Pell called Ruiz, his rival of ten years, “a menace.”" / "… called him, among other things,
 * “a fraud.”": the naming verb's object was cut at an apposition or aside; the quotation after
 * it completes the report.
 */
function continueNamingObject(text: string, sentence: Sentence, q: Quote, drafts: readonly Draft[]): void {
  const d = [...drafts].reverse().find((x) => x.sentence === sentence && x.content.end <= q.open);
  if (!d || d.kind !== 'INDIRECT' || !d.cueLemma) return;
  const gap = text.slice(d.content.end, q.open);
  // "argued the pier, which the board owns, “cannot stand”": a relative clause set off by
  // commas interrupts any report's clause, which runs on through the quotation.
  const relative = /^,\s+(?:which|who|whose)\s[^.;:!?“”"()]*,\s*$/.test(gap) && wordCount(text, { start: d.content.end, end: q.open }) <= 12;
  if (!relative && !namedAs(text, d, gap) && (!NAMING_LEMMAS.has(d.cueLemma) || !/^,(?:[^.;:!?“”"()]|(?<=\s\p{Lu})\.)*,\s*$/u.test(gap) || wordCount(text, { start: d.content.end, end: q.open }) > 6)) return;
  d.content = { start: d.content.start, end: runOnEnd(text, sentence, q) };
  d.kind = 'DIRECT';
}

const AS_LEMMAS = new Set([...NAMING_LEMMAS, 'refer to', 'mock', 'dismiss', 'depict', 'paint', 'rank', 'list', 'see', 'view', 'regard']);

/**
 * "Pell portrayed the dockers, in particular, as “thieves”": a verb that names its object "as"
 * something; the object was cut at an aside, and "as" and the quotation complete the report.
 */
function namedAs(text: string, d: Draft, gap: string): boolean {
  return AS_LEMMAS.has(d.cueLemma ?? '') && /^,[^.;:!?“”"()]*,\s*as\s+$/.test(gap) && wordCount(text, { start: d.content.end, end: d.content.end + gap.length }) <= 8;
}
