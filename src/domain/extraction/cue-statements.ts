/**
 * The statements of one sentence: each cue with its subject and content, plus the
 * sentence-level reports, with clause ends trimmed.
 */
import { clause, cutAt, cutClause, cutObject, kindOf, opensClause, quoteSpan, trimClauseEnd, trimContent } from './clauses.ts';
import { accordingTo, invertedReportStart, leftContent, nestedReportStart, quotesWords, reportOfIntroducedQuote, rightContent } from './cue-content.ts';
import { findCues, tokenize } from './cues.ts';
import type { Cue } from './cues.ts';
import { span, wordCount } from './draft.ts';
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
import type { TextSpan } from './types.ts';

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
  for (const cue of cues) cueStatements(text, sentence, cue, quotes, previousSentence, allQuotes, earlier, titleCase, drafts);
  const reported = asReportedBy(text, sentence, sentenceText, quotes);
  if (reported) drafts.push(reported);
  drafts.push(...passiveReports(text, sentence, quotes, drafts));
  const seeming = seemingReport(text, sentence, quotes, drafts) ?? impersonalSeeming(text, sentence, quotes, drafts);
  if (seeming) drafts.push(seeming);
  const inSource = sourceInPoll(text, sentence, quotes, drafts);
  if (inSource) drafts.push(inSource);
  for (const d of drafts) trimClauseEnd(text, d, quotes, allQuotes, drafts);
  return drafts;
}

/** ", but " / ", and " (or "and then") right before a verb: it is coordinated with the one before. */
const COORDINATED_BEFORE = /,\s+(?:but|and)(?:\s+then)?\s+$/;

/**
 * The statements one cue makes in its sentence: its subject (before it, inverted after it, or
 * the main clause's for a participle), the content on its right and on its left, and the
 * edits to statements already found in the sentence that this cue ends or splits.
 */
function cueStatements(
  text: string,
  sentence: Sentence,
  cue: Cue,
  quotes: readonly Quote[],
  previousSentence: Sentence | undefined,
  allQuotes: readonly Quote[],
  earlier: readonly Draft[],
  titleCase: boolean,
  drafts: Draft[],
): void {
  const end = sentence.end;
  // A cue inside content already claimed in this sentence is part of that content,
  // unless it opens a new report of its own (", adding that ...").
  const owner = drafts.find((d) => cue.start >= d.content.start && cue.start < d.content.end);
  if (cue.frame === 'according') {
    const d = accordingTo(text, sentence, cue, quotes, drafts);
    if (d) drafts.push(d);
    return;
  }
  const entry = cue.entry;
  // "– Pell saying …": a name right before the participle is its own subject.
  const absolute = entry?.form === 'ing' && ABSOLUTE_NAME_BEFORE.test(text.slice(Math.max(sentence.start, cue.start - 40), cue.start));
  // "with 50 percent saying …": the noun phrase after "with" says it.
  const withSubject = entry?.form === 'ing' ? WITH_ABSOLUTE_END_CAPTURED.exec(text.slice(Math.max(sentence.start, cue.start - 60), cue.start)) : null;
  // "by saying …", "after saying …": the main clause's subject says it.
  const openerBefore = entry?.form === 'ing' && SUBORDINATOR_END.test(text.slice(Math.max(sentence.start, cue.start - 20), cue.start));
  const isParticiple = !absolute && !withSubject && entry?.form === 'ing' && (openerBefore || /[,;—–]\s*(?:\S+\s+)?$/.test(text.slice(Math.max(sentence.start, cue.start - 12), cue.start)) || MESSAGE_BEFORE.test(text.slice(Math.max(sentence.start, cue.start - 40), cue.start)));
  // "Ruiz slams Pell, praises Lind": a headline lists its subject's acts with commas; each
  // act after a comma shares the first one's subject and ends the act before it.
  const headlineSeries = sentence.paragraph === -1 && entry?.form === 's' && /,\s+$/.test(text.slice(Math.max(sentence.start, cue.start - 3), cue.start));
  let subject: Subject | null = null;
  let inverted = false;
  let mention: TextSpan | null = null;
  let inheritsFrom: Draft | undefined;
  if (isParticiple) {
    // A relative clause's statement ("a pilot who said …") is not the main clause.
    const before = [...drafts].reverse().find((d) => !/^(?:who|which|that)$/i.test(d.mention?.text ?? ''));
    if (before) {
      inheritsFrom = before;
      mention = before.mention;
    } else {
      mention = mainClauseSubject(text, sentence, cue.start) ?? sentenceSubject(text, sentence);
      if (mention && mention.start >= cue.start) mention = null;
    }
  } else if (withSubject?.[1]) {
    const at = cue.start - withSubject[0].length + withSubject[0].indexOf(withSubject[1], 4);
    mention = span(text, at, at + withSubject[1].length);
  } else {
    subject = subjectBefore(text, sentence, cue.start);
    if (subject && entry?.ambiguous && entry.form !== 'base' && !subject.viaAuxiliary && !strongSubject(subject.mention.text)) subject = null;
    if (subject && entry && FINDING_VERBS.has(entry.lemma)) {
      const words = subject.mention.text.split(/\s+/);
      const last = words[words.length - 1] ?? '';
      // "Records from the 2031 filing show …": a finding noun anywhere in the subject.
      const lead = text.slice(Math.max(sentence.start, subject.mention.start - 60), subject.mention.start).split(/\s+/).slice(-6);
      const lastLower = last.toLowerCase();
      const thatAfter = /^\s+that\s/.test(text.slice(cue.end, cue.end + 6));
      if (!FINDING_HEADS.test(last) && !STARTS_UPPER.test(last) && ![...words, ...lead].some((w) => FINDING_HEADS.test(w) && w.length > 3) && !PERSON_ROLE_NOUNS.has(lastLower) && !ORGANIZATION_HEADS.has(lastLower) && !/^(?:judge|panel|jury|court|investigators?|inspectors?|auditors?|researchers?|scientists?|economists?|analysts?|experts?|percent)$/.test(lastLower) && !thatAfter) subject = null;
    }
    // A bare base form needs a plural subject ("sailors say"); "The audit report" is a noun.
    if (subject && entry?.form === 'base' && !subject.viaAuxiliary) {
      const last = (subject.mention.text.split(/\s+/).pop() ?? '').toLowerCase();
      // Plural heads, numbers ("Four in 10 say"), relative pronouns and coordinated names.
      const coordinated = /\band\s+$/.test(text.slice(Math.max(sentence.start, subject.mention.start - 5), subject.mention.start));
      const pluralLead = /^(?:those|these|many|most|some|both|all|few|several|others|\d[\d,.]*%?)\b/i.test(subject.mention.text);
      const thatAfter = /^\s+that\s/.test(text.slice(cue.end, cue.end + 6));
      if (!PLURAL_HEADS.has(last) && !/s$/.test(last) && !/^(?:\d+|percent|who|which|that)$/.test(last) && !coordinated && !pluralLead && !thatAfter) subject = null;
      else if (coordinated) {
        // Widen the mention to the whole coordination ("Ada Lorne and Ivo Pell").
        const first = nounPhraseBefore(text, sentence.start, text.lastIndexOf(' and', subject.mention.start));
        if (first) subject = { ...subject, mention: span(text, first.start, subject.mention.end) };
      }
    }
    if (subject) mention = subject.mention;
    else if (cue.frame !== 'object' && entry?.form !== 'ing') {
      const leftEnd = trimmedLeftEdge(text, sentence.start, cue.start);
      if (leftEnd === sentence.start || /[,”"’':—–]$|[,.!?]“$/.test(text.slice(sentence.start, leftEnd))) {
        const after = subjectAfter(text, cue.end, end);
        // "…,” said X." / "…, said X, a …": the subject ends the sentence or a clause.
        if (after && !opensClause(text, after, end)) {
          mention = after;
          inverted = true;
        }
      }
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
    if (!mention && entry?.form === 'ing') mention = subjectAfterOpeningParticiple(text, sentence, cue);
    if (!mention) return;
  }

  // Content on the right of the cue.
  let right = inverted ? null : rightContent(text, cue, end, quotes, allQuotes, titleCase);
  // ", Pell shot back, “…”": a new subject after a comma ends the earlier content.
  // "Polling shows that “…,” said Ana Ruiz": an inverted attribution after the quotation
  // that ends an earlier report attributes that whole report.
  const invertedAfterQuote = owner && inverted && mention && /[,.!?](?:[”"’]|'')\s*$/.test(text.slice(Math.max(sentence.start, cue.start - 6), cue.start)) && owner.content.start < cue.start && owner.content.end > cue.start;
  // ", Pell shot back, “…”" / "… sounded uneasy: Ruiz called it “…”": a subject after a comma,
  // or after a colon closing a clause of the writer's, starts a report of its own.
  const ownSubjectAfterComma = owner && !isParticiple && mention && !inverted && (COMMA_OR_COLON_END.test(text.slice(Math.max(sentence.start, mention.start - 6), mention.start)) || (/,(?:[”"’]|'')\s*$/.test(text.slice(Math.max(sentence.start, mention.start - 6), mention.start)) && (/^[^“”",;]{0,40}$/.test(text.slice(cue.end, sentence.end)) || /^\s*(?:[—–]|--?)\s/.test(text.slice(cue.end, sentence.end))))) && mention.start > owner.content.start;
  // "Pell said voters believe the toll is unfair": a report nested in another one, with its
  // own subject inside the outer content, is a statement too; the outer one keeps its words.
  // A quotation right after the cue counts when a comma-set "which"/"when" clause holds it
  // ("…backs the bill, which Ruiz called “a swindle.”"): the outer report ends before it.
  const nested = owner && !isParticiple && !inverted && mention && right && mention.start >= owner.content.start && mention.end <= cue.start && (!('quote' in right) || (RELATIVE_LEAD.test(text.slice(Math.max(owner.content.start, mention.start - 12), mention.start)) && !/[,;:]/.test(text.slice(cue.end, right.quote.open)))) && !/[,;:—–]\s*$/.test(text.slice(owner.content.start, mention.start));
  // "… was strong, to which Pell interjected: “Not true.”": a subject and cue introducing a
  // quotation with a colon inside an earlier report start a statement of their own; the
  // earlier report ends before that subject.
  const colonQuote = owner && !isParticiple && !inverted && mention && right && 'quote' in right && mention.start > owner.content.start && /^[^“”"\n]{0,40}:\s*$/.test(text.slice(cue.end, right.quote.open));
  if (nested) {
    // handled below without touching the owner
  } else if (owner && colonQuote && mention) {
    for (const d of drafts) {
      if (d.content.start >= mention.start || d.content.end <= mention.start) continue;
      const lead = text.slice(d.content.start, mention.start).replace(/(?:,?\s+(?:and|but|while|as|when|whereupon|so|then|(?:to|after|at|upon)\s+which))?[\s,]*$/, '');
      d.content = trimContent(text, d.content.start, d.content.start + lead.length);
      d.kind = kindOf(text, d.content, quotes);
    }
  } else if (owner && headlineSeries && mention) {
    owner.content = trimContent(text, owner.content.start, cue.start);
  } else if (owner && invertedAfterQuote && mention) {
    owner.content = trimContent(text, owner.content.start, cue.start);
  } else if (owner && ownSubjectAfterComma && mention) {
    owner.content = trimContent(text, owner.content.start, mention.start);
  } else if (owner && !(isParticiple && right && (right.introduced || cue.frame === 'speech' || cue.entry?.lemma.includes(' ') || quotesWords(text, right, quotes)))) return;
  if (owner && right && !ownSubjectAfterComma && !nested && !colonQuote) {
    // Split the earlier statement before ", adding that ...".
    const cut = text.lastIndexOf(',', cue.start);
    const stop = Math.max(cut, text.lastIndexOf(';', cue.start));
    if (stop > owner.content.start) owner.content = trimContent(text, owner.content.start, stop);
  }
  // Content on the left: "“A,” he said" (and for split quotes, "“A,” he said, “B.”" both).
  const wantsLeft = cue.frame !== 'object' && !isParticiple;
  const leftLimit = inverted ? cue.start : (mention?.start ?? cue.start);
  let left = wantsLeft ? leftContent(text, sentence, leftLimit, quotes, drafts, previousSentence, allQuotes, earlier, entry, !inverted && mention !== null) : null;
  // "Pell said: “It will go,” the Courier reported": the source reports the whole sentence.
  if (!left && wantsLeft && !inverted && mention) {
    const whole = reportOfIntroducedQuote(text, sentence, leftLimit, mention, quotes, drafts);
    if (whole) left = { span: whole, quote: true };
  }
  // "Sunday on the Courier’s “Harbour Hour,” Pell said …": a quoted title is not the content.
  if (left?.quote && titleOnlyContent(text.slice(left.span.start, left.span.end))) left = null;
  // "“A,” Pell told the families": after a quote, what follows the cue is a recipient or a
  // circumstance, not content, unless it is introduced ("that ...", ", “B”").
  if (left?.quote && right && !('quote' in right) && !right.introduced) right = null;
  // "The toll is a scandal, Pell said Tuesday in Brask": what follows the verb is
  // circumstance unless introduced by "that"/a colon.
  // "The pier is shut, Pell told the Courier": what follows "told" is its recipient.
  if (left && !left.quote && right && cue.lemma === 'tell' && !('quote' in right) && !right.introduced) right = null;
  // "The pier was sold, Pell said Friday, because …": a qualified cue set off by commas on both
  // sides is parenthetical; the clause before it is reported too.
  const parentheticalCue = left && !left.quote && right && 'span' in right && !inverted && /,\s*$/.test(text.slice(sentence.start, leftLimit)) && /^\s+[^,;:“”"]{1,30},\s*$/.test(text.slice(cue.end, right.span.start));
  if (left && !left.quote && right && !parentheticalCue) left = null;
  // "The plan, Pell said, will fail" / "In 2031, Pell said, the fund ...": the rest of the
  // sentence after a parenthetical attribution.
  // "The plan, Pell told the Courier, will fail": a recipient may follow a verb of telling.
  const recipientEnd = cue.frame === 'tell' && !left?.quote ? cue.end + (RECIPIENTS.exec(text.slice(cue.end, end))?.[0].length ?? 0) : cue.end;
  if (!right && !inverted && (cue.frame === 'speech' || recipientEnd > cue.end) && !left?.quote) {
    const after = /^\s*,\s*/.exec(text.slice(recipientEnd, end));
    const before = text.slice(sentence.start, leftLimit);
    if (after && (/,\s*$/.test(before) || /(?:^|,\s*)(?:(?:Or|But|And|However|Yet|Still),?\s+)?[Aa]s\s+$/.test(before)) ) right = clause(text, recipientEnd + after[0].length, end, false);
    // "The ferries, Pell said, are like “boats that never sail”": the subject before the
    // parenthetical attribution and the predicate after it are one report when it quotes.
    const lead = trimContent(text, sentence.start, leftLimit);
    const leadText = text.slice(lead.start, lead.end).replace(/,$/, '');
    const predicate = right && 'span' in right ? right.span : null;
    if (predicate && mention && ENDS_IN_WORD_COMMA.test(before) && !/[,“”"]/.test(leadText) && wordCount(text, lead) <= 12 && !LEFT_CLAUSE_OPENERS.test(leadText) && !TIME_WORDS.test(leadText) && /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|remains?|seems?)\b/.test(text.slice(predicate.start, predicate.start + 12)) && quotes.some((q) => q.open >= predicate.start && q.open < predicate.end && wordCount(text, q) >= 2)) {
      right = { span: { start: lead.start, end: predicate.end }, introduced: true };
      left = null;
    }
  }
  // "The bridge, Pell said, “is a waste” of money": a quotation after a parenthetical
  // attribution continues the subject before it; the report is the whole sentence. A
  // participle ("Later, she sent a note saying, “done.”") is no parenthetical attribution.
  if (!left && right && 'quote' in right && !inverted && cue.frame === 'speech' && mention) {
    const before = text.slice(sentence.start, mention.start);
    const lead = trimContent(text, sentence.start, mention.start);
    const leadText = text.slice(lead.start, lead.end);
    const rest = cutClause(text, trimContent(text, right.quote.open, end), quotes);
    if (!isParticiple && continuesPredicate(text, right.quote) && ENDS_IN_WORD_COMMA.test(before) && !/[“”"‘’]|''/.test(before) && !drafts.some((d) => d.sentence === sentence) && wordCount(text, lead) <= 12 && !LEFT_CLAUSE_OPENERS.test(leadText) && !TIME_WORDS.test(leadText) && !STARTS_CAPITALISED_ING.test(leadText) && !/^(?:Asked|Speaking|According|In|At|On|Still|But|And|However|Yet|So|Now|Then|Instead|Meanwhile|Later|Earlier)\b/i.test(leadText) && !/,.*,/.test(before.replace(/,\s*$/, ''))) {
      right = { span: { start: lead.start, end: rest.end }, introduced: true };
    }
  }
  if (left) {
    const outer = left.quote && mention ? (invertedAfterQuote ? invertedReportStart(text, sentence, left.span, drafts) : nestedReportStart(text, sentence, left.span, mention, drafts)) : null;
    if (outer !== null) left = { span: trimContent(text, outer, Math.max(left.span.end, ...drafts.filter((d) => d.sentence === sentence && d.content.end <= left!.span.end + 2).map((d) => d.content.end))), quote: true };
    drafts.push({
      content: left.span,
      kind: left.quote ? 'DIRECT' : kindOf(text, left.span, quotes),
      cue: span(text, cue.start, cue.end),
      cueLemma: cue.lemma,
      mention,
      pattern: left.quote ? 'adjacent-quote' : 'left-clause',
      sentence,
    });
  }
  if (right) {
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
    const what = mention && /^(?:call|describe|term|dub|label|brand)$/.test(entry?.lemma ?? '') ? /\bwhat\s+$/i.exec(text.slice(Math.max(sentence.start, mention.start - 6), mention.start)) : null;
    if (what && mention && !isQuote) {
      const labelQuote = quotes.find((q) => q.open >= content.start && wordCount(text, { start: content.start, end: q.open }) <= 3 && q.open < content.end);
      const end = labelQuote ? labelQuote.close : cutObject(text, content, quotes).end;
      content = { start: PRONOUNS.has(mention.text.toLowerCase()) ? mention.start - what[0].length : content.start, end };
      bareObject = false;
    }
    drafts.push({
      content,
      kind: isQuote ? 'DIRECT' : kindOf(text, content, content.end > sentence.end ? allQuotes : quotes),
      cue: span(text, cue.start, cue.end),
      cueLemma: cue.lemma,
      mention,
      pattern: isParticiple ? 'participle' : isQuote ? 'adjacent-quote' : 'clause',
      sentence,
      ...(inheritsFrom ? { inheritsFrom } : {}),
      ...(bareObject ? { bareObject: true } : {}),
    });
  }
}

/**
 * "The bridge, Pell said, “is a waste” of money": a quotation after a parenthetical
 * attribution continues the clause before it only when it opens in lower case; "After the
 * vote, Pell said, “The harbour called.”" introduces a sentence of its own.
 */
function continuesPredicate(text: string, q: Quote): boolean {
  return !STARTS_UPPER.test(text.slice(q.start, q.start + 1));
}
