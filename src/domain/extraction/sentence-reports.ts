/**
 * Reports with no verb cue of their own, found by sentence-level patterns: "as reported
 * by", "is expected to", "asked whether", passives, "in a poll", "seems", "it seems", and
 * nominal reports ("criticism of …").
 */
import { cutClause, kindOf, trimContent } from './clauses.ts';
import { makeDraft, span, wordCount } from './draft.ts';
import type { Draft } from './draft.ts';
import { NOMINAL_CUES } from './lexicon.ts';
import type { Quote, Sentence } from './segment.ts';
import { nounPhraseBefore } from './subjects.ts';
import type { Span, TextSpan } from './types.ts';

const EXPECTED = /\b(?:is|are|was|were|be|been|being|’s|'s|isn’t|isn't|aren’t|aren't|wasn’t|wasn't|weren’t|weren't)\s+(?:not\s+)?(?:widely\s+|also\s+|still\s+|now\s+|largely\s+|generally\s+|not\s+)?expected\s+to\s+/g;
const ASKED_OPENING = /^(?:When\s+|After\s+being\s+|Once\s+)?([Aa]sked)\s+(?:by\s+[^,]{1,60}?\s+|on\s+[^,]{1,40}?\s+|again\s+|later\s+|repeatedly\s+|directly\s+|specifically\s+)*((?:if|whether|why|how|what|who|whom|when|where|which|about|to)\s(?:[^,“”"]|“[^”]{1,40}”|"[^"]{1,40}"){3,200}),/;
/** "… when asked whether …", "X was asked about …": a question with no written asker. */
const ASKED_INSIDE = /\b(?:when|after\s+being|once|if|was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+|again\s+|later\s+)?(asked)\s+(?:by\s+[^,]{1,60}?\s+|on\s+[^,]{1,40}?\s+|again\s+|later\s+|repeatedly\s+|directly\s+|specifically\s+)*((?:if|whether|why|how|what|who|whom|where|which|about)\s(?:[^,;“”"]|“[^”]{1,40}”|"[^"]{1,40}"){3,200})/gu;

const AS_REPORTED = /^(?:(?:But|And|However),?\s+)?([Aa]s\s+(?:first\s+|previously\s+|earlier\s+)?reported\s+(?:by|in))\s+([^,;:“”"]{2,80}),\s+/u;

/** "As reported by the Courier, the mayor …": the source of the rest of the sentence. */
export function asReportedBy(text: string, sentence: Sentence, sentenceText: string, quotes: readonly Quote[]): Draft | null {
  const asReported = AS_REPORTED.exec(sentenceText);
  if (asReported?.[1] && asReported[2]) {
    const cueAt = sentence.start + asReported[0].indexOf(asReported[1]);
    const sourceAt = cueAt + asReported[1].length + asReported[0].slice(asReported[0].indexOf(asReported[1]) + asReported[1].length).indexOf(asReported[2]);
    const content = cutClause(text, trimContent(text, sentence.start + asReported[0].length, sentence.end), quotes);
    if (wordCount(text, content) >= 2) return makeDraft({ content, kind: kindOf(text, content, quotes), cue: span(text, cueAt, cueAt + asReported[1].length), cueLemma: 'as reported by', mention: span(text, sourceAt, sourceAt + asReported[2].length), pattern: 'according-to', sentence });
  }
  return null;
}

/** "The vote is expected to pass": an expectation with no written holder. */
export function expectationReports(text: string, sentence: Sentence, sentenceText: string, quotes: readonly Quote[]): Draft[] {
  const drafts: Draft[] = [];
  if (!sentenceText.includes('expected')) return drafts;
  EXPECTED.lastIndex = 0;
  for (let m = EXPECTED.exec(sentenceText); m; m = EXPECTED.exec(sentenceText)) {
    const cueAt = sentence.start + m.index + m[0].indexOf('expected');
    const contentAt = sentence.start + m.index + m[0].length - 'to '.length;
    if (quotes.some((q) => q.open <= cueAt && cueAt < q.close)) continue;
    const content = cutClause(text, trimContent(text, contentAt, sentence.end), quotes);
    if (wordCount(text, content) >= 2) drafts.push(makeDraft({ content, kind: kindOf(text, content, quotes), cue: span(text, cueAt, cueAt + 'expected'.length), cueLemma: 'expect', mention: null, pattern: 'clause', sentence }));
  }
  return drafts;
}

/** "Asked whether …, Pell said …": the question is a report with no written asker. */
export function askedReports(text: string, sentence: Sentence, sentenceText: string, quotes: readonly Quote[]): Draft[] {
  const drafts: Draft[] = [];
  // Both patterns need "asked" ("Asked"): most sentences are settled without running them.
  if (!sentenceText.includes('sked')) return drafts;
  const asked = ASKED_OPENING.exec(sentenceText);
  if (asked?.[1] !== undefined && asked[2] !== undefined) {
    const cueAt = sentence.start + asked[0].indexOf(asked[1]);
    const contentAt = sentence.start + asked[0].length - asked[2].length - 1;
    const content = trimContent(text, contentAt, contentAt + asked[2].length + 1);
    if (wordCount(text, content) >= 2) drafts.push(makeDraft({ content, kind: kindOf(text, content, quotes), cue: span(text, cueAt, cueAt + asked[1].length), cueLemma: 'ask', mention: null, pattern: 'clause', sentence }));
  } else {
    ASKED_INSIDE.lastIndex = 0;
    for (let m = ASKED_INSIDE.exec(sentenceText); m; m = ASKED_INSIDE.exec(sentenceText)) {
      if (!m[1] || !m[2]) continue;
      const cueAt = sentence.start + m.index + m[0].indexOf(m[1]);
      if (quotes.some((q) => q.open <= cueAt && cueAt < q.close)) continue;
      const contentAt = sentence.start + m.index + m[0].length - m[2].length;
      const content = trimContent(text, contentAt, contentAt + m[2].length);
      if (wordCount(text, content) >= 2) drafts.push(makeDraft({ content, kind: kindOf(text, content, quotes), cue: span(text, cueAt, cueAt + m[1].length), cueLemma: 'ask', mention: null, pattern: 'clause', sentence }));
    }
  }
  return drafts;
}
const PASSIVE = /\b(?:was|were|is|are|be|been|being|’s|'s)\s+(?:(?:\p{Ll}+ly|also|first|not|never|now|still|often|long|since)\s+){0,2}(reported|seen|viewed|regarded|considered|described|criticized|criticised|praised|endorsed|backed|opposed|rejected|quoted|cited|denied|announced|confirmed|revealed|questioned|challenged|blamed|accused|believed|thought|said|estimated|projected|predicted|rumored|rumoured|alleged|deemed|labeled|labelled|branded|dubbed|perceived|portrayed|characterized|touted|hailed|condemned|denounced|slammed|mocked)\b/gu;
const PASSIVE_SUBJECT_STOP = /^(?:who|which|that|it|there|this)$/i;

/**
 * "The move was first reported by the Courier", "She is seen by many as credible", "Dockers
 * are said to be demanding …": a passive report. The content is the subject (with the "as …"
 * or "to …" that completes it); the speaker is the "by …" agent, if written.
 */
export function passiveReports(text: string, sentence: Sentence, quotes: readonly Quote[], drafts: readonly Draft[]): Draft[] {
  const body = text.slice(sentence.start, sentence.end);
  const out: Draft[] = [];
  PASSIVE.lastIndex = 0;
  for (let m = PASSIVE.exec(body); m; m = PASSIVE.exec(body)) {
    const participle = m[1] ?? '';
    const auxAt = sentence.start + m.index;
    const cueAt = auxAt + m[0].length - participle.length;
    const cueEnd = cueAt + participle.length;
    if (quotes.some((q) => q.open <= cueAt && cueAt < q.close)) continue;
    const subject = nounPhraseBefore(text, sentence.start, auxAt);
    if (!subject || PASSIVE_SUBJECT_STOP.test(subject.text)) continue;
    const rest = text.slice(cueEnd, sentence.end);
    const agent = /^\s+by\s+([^,.;:“”"()\s][^,.;:“”"()]{0,79}?)(?=\s+as\s|\s*[,.;:()]|\s+(?:and|but|to|for|in|on|at|after|before|because|when|while)\s|$)/u.exec(rest);
    let after = cueEnd + (agent ? agent[0].length : 0);
    const tail = text.slice(after, sentence.end);
    let end = subject.end;
    const as = /^\s+as\s+[^,;:()—–]+/u.exec(tail);
    const to = /^\s+to\s+\p{Ll}/u.exec(tail);
    if (as) end = after + as[0].length;
    else if (to) end = cutClause(text, trimContent(text, after, sentence.end), quotes).end;
    else if (!agent && !/^(?:reported|said|believed|thought|rumored|rumoured|alleged)$/.test(participle)) continue;
    const content = { start: subject.start, end };
    if (wordCount(text, content) < 2 && !as && !to) continue;
    if (drafts.some((d) => d.content.start < content.end && content.start < d.content.end) || out.some((d) => d.content.end > content.start)) continue;
    const mention = agent?.[1] ? span(text, cueEnd + agent[0].length - agent[1].length, cueEnd + agent[0].length) : null;
    out.push(makeDraft({ content: trimContent(text, content.start, content.end), kind: kindOf(text, content, quotes), cue: span(text, auxAt, cueEnd), cueLemma: `passive ${participle}`, mention, pattern: 'clause', sentence }));
  }
  return out;
}

const IN_SOURCE = /(?:^|[\s(])([Ii]n)\s+((?:(?:a|an|the|this|that|its|their|his|her|one|two|several|recent|new|latest|most|many|some|all|both)\s+)?(?:[\p{L}\d/.’'&-]+\s+){0,5}?(?:polls?|surveys?|study|studies|analysis|audit|census|poll\s+average|average\s+of\s+polls))\b((?:\s+(?:released|published|conducted|taken|last|this|earlier|on|from|by|of|for|in)\b[^,;:“”"]{0,50}?)?)(?=\s*[,.;]|\s*$|\s+(?:and|but)\s)/gu;

/**
 * "In a Lantern poll released Monday, Pell leads by 9 points" / "Pell leads in the latest
 * survey": a poll or study as the source of the rest of the clause.
 */
export function sourceInPoll(text: string, sentence: Sentence, quotes: readonly Quote[], drafts: readonly Draft[]): Draft | null {
  const body = text.slice(sentence.start, sentence.end);
  IN_SOURCE.lastIndex = 0;
  const m = IN_SOURCE.exec(body);
  if (!m?.[1] || !m[2]) return null;
  const cueAt = sentence.start + m.index + m[0].indexOf(m[1]);
  const sourceAt = cueAt + m[0].slice(m[0].indexOf(m[1])).indexOf(m[2]);
  const sourceEnd = sourceAt + m[2].length + (m[3] ?? '').length;
  if (quotes.some((q) => q.open <= cueAt && cueAt < q.close)) return null;
  let content: Span;
  const lead = text.slice(sentence.start, cueAt);
  if (/^\s*(?:(?:And|But|Also|Meanwhile|However),?\s+)?$/.test(lead)) {
    const comma = /^\s*,\s*/.exec(text.slice(sourceEnd, sentence.end));
    if (!comma) return null;
    content = cutClause(text, trimContent(text, sourceEnd + comma[0].length, sentence.end), quotes);
  } else {
    const lastComma = text.lastIndexOf(',', cueAt);
    content = trimContent(text, lastComma > sentence.start && wordCount(text, { start: lastComma, end: cueAt }) >= 3 ? lastComma + 1 : sentence.start, cueAt);
    // The clause before needs a verb of its own ("Pell leads in the poll"), not a noun phrase.
    if (!/\s(?:is|are|was|were|has|have|had|leads?|led|trails?|trailed|holds?|held|gets?|got|wins?|won|beats?|falls?|fell|rose|rises|drew|draws|remains?|stands?|ties?|tied|\p{Ll}+(?:ed|s))\s/u.test(` ${text.slice(content.start, content.end)} `)) return null;
  }
  if (wordCount(text, content) < 3) return null;
  if (drafts.some((d) => d.content.start < content.end && content.start < d.content.end)) return null;
  return makeDraft({ content, kind: kindOf(text, content, quotes), cue: span(text, cueAt, cueAt + m[1].length), cueLemma: 'in (poll)', mention: span(text, sourceAt, sourceAt + m[2].length), pattern: 'according-to', sentence });
}

/** Participles that open part of the content rather than an adjunct about the speaker. */
/** "The crowd seemed unmoved", "the race appears closer": an impression, with no source. */
const SEEMING = /(^|[,;]\s+|\b(?:and|but|while|though|although|because|whereas)\s+)((?:[^,;:“”"\s]+\s+){0,8}?[^,;:“”"\s]+)\s+(?:seem|seems|seemed|appear|appears|appeared)\s+(?!(?:not\s+)?to\b|on\b|in\b|at\b|before\b|with\b|for\b|from\b|alongside\b|onstage\b|together\b|as\b|during\b|outside\b|inside\b|by\b|that\b|and\b|or\b|but\b|live\b|briefly\b|publicly\b)(?=[\p{Ll}])/gu;

/** "It seems …", "but it appeared that …": an impersonal impression, then the clause it holds. */
const IT_SEEMS = /(?:^|[,;]\s+|\b(?:and|but|while|though|although|because|whereas|so)\s+)[Ii]t\s+(?:now\s+|also\s+|certainly\s+|clearly\s+)?(seems|seemed|appears|appeared)\s+(?:that\s+|like\s+|as\s+if\s+|as\s+though\s+)?(?!to\b|as\b|on\b|in\b|at\b)(?=[\p{L}“"])/u;

/**
 * "It seems the Pell campaign will sail on without the dockers": "it" is no source, but the
 * clause after "it seems" is reported as an impression, like "the crowd seemed unmoved".
 */
export function impersonalSeeming(text: string, sentence: Sentence, quotes: readonly Quote[], drafts: readonly Draft[]): Draft | null {
  const body = text.slice(sentence.start, sentence.end);
  const m = IT_SEEMS.exec(body);
  if (!m?.[1]) return null;
  const at = sentence.start + m.index + m[0].length;
  if (quotes.some((q) => q.open <= at && at < q.close)) return null;
  const content = cutClause(text, trimContent(text, at, sentence.end), quotes);
  if (wordCount(text, content) < 3 || drafts.some((d) => d.content.start < content.end && content.start < d.content.end)) return null;
  const cueStart = sentence.start + m.index + m[0].indexOf(m[1]);
  return makeDraft({ content, kind: kindOf(text, content, quotes), cue: span(text, cueStart, cueStart + m[1].length), cueLemma: /^seem/.test(m[1]) ? 'seem' : 'appear', mention: null, pattern: 'according-to', sentence });
}

export function seemingReport(text: string, sentence: Sentence, quotes: readonly Quote[], drafts: readonly Draft[]): Draft | null {
  const body = text.slice(sentence.start, sentence.end);
  // Cheap test first: the pattern is costly to try at every position of every sentence.
  if (!/seem|appear/.test(body)) return null;
  SEEMING.lastIndex = 0;
  for (let m = SEEMING.exec(body); m; m = SEEMING.exec(body)) {
    const start = sentence.start + m.index + (m[1] ?? '').length;
    const at = sentence.start + m.index + m[0].length;
    if (quotes.some((q) => q.open <= at && at < q.close)) continue;
    const subject = (m[2] ?? '').split(/\s+/)[0] ?? '';
    if (/^(?:who|which|that|what|it|there|this|to)$/i.test(subject)) continue;
    let content = cutClause(text, trimContent(text, start, sentence.end), quotes);
    // "… looked settled to most dockers": the impression ends before a trailing phrase.
    const tail = /^\S+(?:\s+\S+)?\s+(?=(?:to|for|in|at|on|by|from|after|before|since|because|as|when|if|among|during)\s)/.exec(text.slice(at, content.end));
    if (tail) content = trimContent(text, content.start, at + tail[0].length);
    if (wordCount(text, content) < 3) continue;
    if (drafts.some((d) => d.content.start < content.end && content.start < d.content.end)) continue;
    const cueStart = text.slice(start, at).search(/\s(?:seem|seems|seemed|appear|appears|appeared)\s/) + start + 1;
    const cueEnd = text.indexOf(' ', cueStart);
    return makeDraft({ content, kind: kindOf(text, content, quotes), cue: span(text, cueStart, cueEnd), cueLemma: /^seem/.test(text.slice(cueStart, cueEnd)) ? 'seem' : 'appear', mention: null, pattern: 'according-to', sentence });
  }
  return null;
}

const NOMINAL_RE = new RegExp(String.raw`\b(${[...NOMINAL_CUES.keys()].join('|')})\s+(of|about|over|on|against|for|to|that)\s+`, 'g');
// The possessor before a nominal cue, allowing two adjectives: "Pell’s (latest) (odd) claim".
const POSSESSOR_RE = /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*(?:’s|'s|’)|his|her|their|its)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;

/**
 * "Pell’s attacks on the toll", "questions about his accounts": nominal reports. The content is
 * the phrase after the preposition up to the end of its clause; the possessor, if written, is
 * the speaker. Only places no other statement covers are considered, save a "that"-clause that
 * quotes (`mocked Pell’s claim that the council “sold the harbour”`): a report of its own.
 */
const RELATIVE_THAT_VERB = /^(?:could|would|will|may|might|can|should|must|is|was|are|were|has|have|had|\p{Ll}+ed)\b/u;

export function addNominalReports(text: string, sentences: readonly Sentence[], quotesByParagraph: readonly (readonly Quote[])[], drafts: Draft[]): void {
  const added: Draft[] = [];
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    NOMINAL_RE.lastIndex = 0;
    for (let m = NOMINAL_RE.exec(body); m; m = NOMINAL_RE.exec(body)) {
      const report = nominalReportAt(text, sentence, m, quotesByParagraph[sentence.paragraph] ?? [], drafts, added);
      if (report) added.push(report);
    }
  }
  for (const d of added) {
    const at = drafts.findIndex((x) => x.content.start > d.content.start);
    drafts.splice(at < 0 ? drafts.length : at, 0, d);
  }
}

/** The nominal report a match of NOMINAL_RE in `sentence` makes, if no other statement covers it. */
function nominalReportAt(text: string, sentence: Sentence, m: RegExpExecArray, quotes: readonly Quote[], drafts: readonly Draft[], added: readonly Draft[]): Draft | null {
  const noun = m[1] ?? '';
  const prep = m[2] ?? '';
  if (!NOMINAL_CUES.get(noun)?.includes(prep)) return null;
  const nounAt = sentence.start + m.index;
  const contentStart = nounAt + m[0].length;
  // "a report that could sink the levy": a relative "that" is followed by its verb.
  if (prep === 'that' && RELATIVE_THAT_VERB.test(text.slice(contentStart, contentStart + 20))) return null;
  if (quotes.some((q) => q.open <= nounAt && nounAt < q.close)) return null;
  if (added.some((d) => d.content.end > nounAt && d.sentence === sentence)) return null;
  const covered = drafts.some((d) => d.content.start <= contentStart && contentStart < d.content.end);
  if (covered && prep !== 'that') return null;
  const content = nominalContent(text, sentence, contentStart, prep, quotes);
  // A "that"-clause runs to its sentence's end, so it may be longer than a noun phrase.
  const words = wordCount(text, content);
  if (words < 1 || words > (prep === 'that' ? 40 : 25)) return null;
  // "was stung by Ruiz’s claim that his acts were “sloppy”": a "that"-clause inside
  // another statement is a report of its own when it quotes before any clause punctuation
  // (a quotation after a comma, ", as “pure theatre”", is the outer speaker's).
  if (covered && (!quotes.some((q) => q.open >= content.start && q.open < content.end && !/[,;:—–]/.test(text.slice(content.start, q.open))) || drafts.some((d) => d.content.start === content.start))) return null;
  const mention = possessorBefore(text, sentence, nounAt);
  return makeDraft({
    content,
    kind: kindOf(text, content, quotes),
    cue: span(text, nounAt, contentStart - 1),
    cueLemma: `${noun} ${prep}`,
    mention,
    pattern: 'clause',
    sentence,
  });
}

/**
 * What a nominal cue reports: "his claim that the toll is illegal" runs like any reported
 * clause; a noun phrase ends at punctuation, a conjunction or the sentence's verb ("… has
 * grown"), and "the decision to close the pier angered …" at a past-tense verb.
 */
function nominalContent(text: string, sentence: Sentence, contentStart: number, prep: string, quotes: readonly Quote[]): Span {
  if (prep === 'that') return cutClause(text, trimContent(text, contentStart, sentence.end), quotes);
  const stop = /[,;:()]|\s[—–]\s|\s(?:and|but|while|because|as|which|who|that|is|was|are|were|has|have|had|will|would|could|can|did|does|do|may|might|must|should|drew|grew|came|went|made|got)\s|[.!?]\s*$/u.exec(text.slice(contentStart, sentence.end));
  const pastVerb = prep === 'to' ? /\s\p{Ll}{3,}ed\s/u.exec(text.slice(contentStart, sentence.end)) : null;
  const stopAt = Math.min(stop ? stop.index : Infinity, pastVerb ? pastVerb.index : Infinity);
  return trimContent(text, contentStart, Number.isFinite(stopAt) ? contentStart + stopAt : sentence.end);
}

/** The possessor before a nominal cue ("Pell’s claim", "their calls"), without its "’s": the speaker. */
function possessorBefore(text: string, sentence: Sentence, nounAt: number): TextSpan | null {
  const windowStart = Math.max(sentence.start, nounAt - 80);
  const possessor = POSSESSOR_RE.exec(text.slice(windowStart, nounAt));
  const owner = possessor?.[1];
  const ownerAt = owner && possessor ? windowStart + possessor.index + possessor[0].indexOf(owner) : -1;
  return owner ? span(text, ownerAt, ownerAt + owner.length - (/(?:’s|'s)$/.test(owner) ? 2 : /’$/.test(owner) ? 1 : 0)) : null;
}
