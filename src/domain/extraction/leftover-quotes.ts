/**
 * Quotations no cue claimed: follow-on quotes take the previous speaker, "“…” ― Name"
 * lines, inverted leads and colon introductions name their own, and signs, titles and
 * shouts are said by their sentence's subject.
 */
import { quoteSpan } from './clauses.ts';
import { LETTER_OR_DIGIT, makeDraft, span, wordCount } from './draft.ts';
import type { Draft } from './draft.ts';
import { embeddedStatement } from './embedded-quotes.ts';
import { bylinedExcerptAt } from './excerpts.ts';
import { ORGANIZATION_HEADS, PERSON_ROLE_NOUNS, PRONOUNS, REPORTING_VERBS } from './lexicon.ts';
import { LEFT_CLAUSE_OPENERS, OPENER_WORD, STARTS_UPPER, TIME_WORDS } from './patterns.ts';
import { joinCoordinatedQuote, resumedAfterAttribution } from './quote-bounds.ts';
import type { Paragraph, Quote, Sentence } from './segment.ts';
import { coordinatedSubject, mainClauseSubject, nounPhraseBefore, possessorOf, sentenceSubject, sentenceSubjectAt, subjectBefore } from './subjects.ts';
import type { TextSpan } from './types.ts';
import { ownAdmissionQuotation, viewpointQuotation } from './viewpoint.ts';

/** "“…” ― Ana Ruiz" at the end of a line. */
const ATTRIBUTION_DASH = /^[ \t\u00A0]*(?:\r?\n[ \t\u00A0]*){0,2}([―—–]|--?)[ \t\u00A0]*((?:\p{Lu}[\p{L}’'.-]*)(?:[ \t\u00A0]+(?:\p{Lu}[\p{L}’'.-]*|de|del|la|van|von|bin|al-\p{Lu}[\p{L}’'-]*)){0,4})[ \t\u00A0]*[.,]?[ \t\u00A0]*(?:\r?\n|$)/u;
/** A lower-case word ending in a dot (not an initial). */
const LOWER_WORD_DOT_END = /[^.\s]\p{Ll}\.$/u;

/** Quotations up to this many words may still be embedded in the writer's clause. */
const LONG_EMBEDDED_WORDS = 20;

/**
 * Quotations no cue claimed. A sentence that is only a quotation continues the previous
 * speaker when that speaker's statement is in the same or the previous paragraph (this also
 * covers multi-paragraph quotes); long quotations elsewhere become unattributed statements.
 */
export function addLeftoverQuotes(text: string, sentences: readonly Sentence[], quotes: readonly Quote[], paragraphs: readonly Paragraph[], drafts: Draft[]): void {
  drafts.sort((a, b) => a.content.start - b.content.start);
  for (const q of quotes) {
    if (drafts.some((d) => d.content.start < q.end && q.start < d.content.end)) continue;
    const sentence = sentences.find((s) => s.start <= q.open && q.open < s.end);
    if (!sentence) continue;
    if (joinCoordinatedQuote(text, q, quotes, drafts)) continue;
    const resumed = resumedAfterAttribution(text, q, quotes, drafts);
    if (resumed) {
      const draft = makeDraft({ content: quoteSpan(q), kind: 'DIRECT', cue: resumed.cue, cueLemma: resumed.cueLemma, mention: resumed.mention, pattern: 'adjacent-quote', sentence });
      const at = drafts.findIndex((d) => d.content.start > q.start);
      drafts.splice(at < 0 ? drafts.length : at, 0, draft);
      continue;
    }
    const words = wordCount(text, q);
    // “…” ― Name: an attribution line after the quotation (epigraphs, reader quotes).
    const byline = ATTRIBUTION_DASH.exec(text.slice(q.close, Math.min(text.length, q.close + 80)));
    if (byline?.[1] !== undefined && byline[2] !== undefined) {
      const dashAt = q.close + byline[0].indexOf(byline[1]);
      const nameAt = q.close + byline[0].indexOf(byline[2], byline[0].indexOf(byline[1]) + byline[1].length);
      const draft = makeDraft({
        content: quoteSpan(q),
        kind: 'DIRECT',
        cue: span(text, dashAt, dashAt + byline[1].length),
        cueLemma: 'attribution dash',
        // "- Ana Ruiz." on a line of its own: the full stop ends the line, not the name.
        mention: span(text, nameAt, nameAt + byline[2].length - (LOWER_WORD_DOT_END.test(byline[2]) ? 1 : 0)),
        pattern: 'adjacent-quote',
        sentence,
      });
      const at = drafts.findIndex((d) => d.content.start > q.start);
      drafts.splice(at < 0 ? drafts.length : at, 0, draft);
      continue;
    }
    // "Here is the mayor in 2031: “…”", "From the report: “…”": with no reporting verb, a colon
    // still introduces the quotation; the speaker is the phrase before the colon or the subject.
    const colonAt = /:\s*$/.test(text.slice(Math.max(0, q.open - 4), q.open)) ? text.lastIndexOf(':', q.open) : -1;
    // A digest's "“Headline,” by the Courier's Ana Ruiz: “…”" excerpts an article (excerpts.ts).
    if (colonAt >= 0 && bylinedExcerptAt(text, q.open)) continue;
    if (colonAt >= 0 && words >= 2) {
      const intro = sentences.filter((x) => x.start <= colonAt).pop();
      const introMention = intro && wordCount(text, { start: intro.start, end: colonAt }) <= 20 ? colonSpeaker(text, intro.start, colonAt) : null;
      if (introMention) {
        const draft = makeDraft({ content: quoteSpan(q), kind: 'DIRECT', cue: span(text, colonAt, colonAt + 1), cueLemma: 'colon', mention: introMention, pattern: 'colon-intro', sentence });
        const at = drafts.findIndex((d) => d.content.start > q.start);
        drafts.splice(at < 0 ? drafts.length : at, 0, draft);
        continue;
      }
    }
    if (colonAt >= sentence.start) {
      const introduced = colonQuotation(text, sentence, q, colonAt);
      if (introduced) {
        const at = drafts.findIndex((d) => d.content.start > q.start);
        drafts.splice(at < 0 ? drafts.length : at, 0, introduced);
        continue;
      }
    }
    const outside = text.slice(sentence.start, q.open) + text.slice(q.close, sentence.end);
    const quoteOnly = !LETTER_OR_DIGIT.test(outside);
    if (!quoteOnly && words < 6) {
      const embedded = embeddedStatement(text, sentence, q, drafts) ?? shownQuotation(text, sentence, q, drafts) ?? namedQuotation(text, sentence, q, drafts) ?? exclaimedBefore(text, sentence, q, drafts) ?? shoutedQuotation(text, sentence, q, drafts) ?? viewpointQuotation(text, sentence, q, drafts) ?? ownAdmissionQuotation(text, sentence, q, drafts);
      if (embedded) {
        const at = drafts.findIndex((d) => d.content.start > embedded.content.start);
        drafts.splice(at < 0 ? drafts.length : at, 0, embedded);
      }
      continue;
    }
    // "Pell argued the ferry “will never pay for itself, not in a hundred years”": a longer
    // quotation completing a clause of the writer's own is still reported from its verb.
    if (!quoteOnly && q.closed && words < LONG_EMBEDDED_WORDS && q.open > sentence.start) {
      const embedded = embeddedStatement(text, sentence, q, drafts);
      if (embedded) {
        const at = drafts.findIndex((d) => d.content.start > embedded.content.start);
        drafts.splice(at < 0 ? drafts.length : at, 0, embedded);
        continue;
      }
    }
    // A quotation that runs on into the next paragraph belongs to whoever that continuation is
    // attributed to ("“A …\n“B,” she said."); otherwise to the last speaker before it.
    const ahead = q.closed ? undefined : attributedContinuation(q, quotes, drafts);
    const previous = ahead ?? outermostBefore(drafts, q.open);
    const near = previous && (ahead !== undefined || previous.sentence.paragraph === sentence.paragraph || previous.sentence.paragraph === sentence.paragraph - 1);
    // Outside quotation-only sentences, a nearby speaker is still the best guess for a long quote.
    const continues = near && (quoteOnly || words >= 6);
    const prevParagraph = paragraphs[sentence.paragraph - 1];
    const runsOn = quotes.some((o) => !o.closed && o.paragraph === sentence.paragraph - 1) && prevParagraph !== undefined;
    // A long quotation inside a sentence with its own subject ("He anticipated … “…”") most
    // likely quotes that subject.
    const tail = q.closed ? trailingSpeaker(text, sentence, q) ?? (quoteOnly ? null : invertedLead(text, sentence, q)) : null;
    if (tail) {
      const at = drafts.findIndex((d) => d.content.start > q.start);
      drafts.splice(at < 0 ? drafts.length : at, 0, tail);
      continue;
    }
    const local = !quoteOnly && q.open > sentence.start ? mainClauseSubject(text, sentence, q.open) : null;
    if (local && (PRONOUNS.has(local.text.toLowerCase()) || STARTS_UPPER.test(local.text)) && !/^(?:The|A|An|It|This|That|There)$/.test(local.text)) {
      const draft = makeDraft({ content: quoteSpan(q), kind: 'DIRECT', cue: null, cueLemma: null, mention: local, pattern: 'unattributed', sentence });
      const at = drafts.findIndex((d) => d.content.start > q.start);
      drafts.splice(at < 0 ? drafts.length : at, 0, draft);
      continue;
    }
    const draft = makeDraft({
      content: quoteSpan(q),
      kind: 'DIRECT',
      cue: null,
      cueLemma: null,
      mention: continues || (runsOn && previous) ? (previous?.mention ?? null) : null,
      pattern: continues || (runsOn && previous) ? 'follow-on' : 'unattributed',
      sentence,
      inheritsFrom: continues || runsOn ? previous : undefined,
    });
    if (words < 2 && !draft.inheritsFrom) continue;
    const at = drafts.findIndex((d) => d.content.start > q.start);
    drafts.splice(at < 0 ? drafts.length : at, 0, draft);
  }
}

/**
 * "“…,” she went on.", "“…?” Pell pressed.", "“…,” Ruiz cut in, “…”": a quotation broken off
 * with a comma or question mark, then a name or pronoun and a verb of going on or breaking in,
 * is said by that subject though the verb is no reporting verb.
 */
function trailingSpeaker(text: string, sentence: Sentence, q: Quote): Draft | null {
  if (!/[,?!]\s*$/.test(text.slice(q.start, q.end))) return null;
  // "“…?” Ruiz pressed." may be split into two sentences after the question mark.
  const lineEnd = text.indexOf('\n', q.close);
  const limit = Math.max(sentence.end, Math.min(lineEnd < 0 ? text.length : lineEnd, q.close + 80));
  const m = /^\s+((?:he|she|they|I|we)|\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,3})\s+(went\s+on|goes\s+on|cut\s+in|cuts\s+in|broke\s+in|pressed(?:\s+on)?|presses|sang|sings|started|began|persisted|ventured|offered)\s*(?=[.,]|$)/u.exec(text.slice(q.close, limit));
  if (!m?.[1] || !m[2] || OPENER_WORD.test(m[1])) return null;
  const nameAt = q.close + m[0].indexOf(m[1]);
  const verbAt = nameAt + m[1].length + m[0].slice(m[0].indexOf(m[1]) + m[1].length).indexOf(m[2]);
  return makeDraft({ content: quoteSpan(q), kind: 'DIRECT', cue: span(text, verbAt, verbAt + m[2].length), cueLemma: m[2].split(/\s+/)[0] ?? null, mention: span(text, nameAt, nameAt + m[1].length), pattern: 'adjacent-quote', sentence });
}

/**
 * "Said Ana Ruiz, who grew up by the quay, “…”", "Added Pell: “…”": a sentence opening with
 * the verb turned before its subject introduces the quotation after the comma or colon.
 */
function invertedLead(text: string, sentence: Sentence, q: Quote): Draft | null {
  const m = /^(Said|Says|Added|Adds|Asked|Asks|Explained|Noted|Recalled|Wrote|Writes|Continued|Quipped|Replied|Declared|Warned)\s+((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})(?:\s*,\s*(?:a|an|the|who|whose|\d+)\b[^“”"]{0,160})?\s*[,:]\s*$/u.exec(text.slice(sentence.start, q.open));
  if (!m?.[1] || !m[2]) return null;
  const nameAt = sentence.start + m[1].length + m[0].slice(m[1].length).indexOf(m[2]);
  return makeDraft({ content: quoteSpan(q), kind: 'DIRECT', cue: span(text, sentence.start, sentence.start + m[1].length), cueLemma: REPORTING_VERBS.get(m[1].toLowerCase())?.lemma ?? m[1].toLowerCase(), mention: span(text, nameAt, nameAt + m[2].length), pattern: 'adjacent-quote', sentence });
}

/** "signs saying", "a cap reading", "chants of", "shouts of": what a crowd carried or chanted. */
const SHOWN_BEFORE = /\b(?:(?:signs?|banners?|placards?|posters?|hats?|caps?|shirts?|T-shirts?)\s+(?:saying|reading|that\s+(?:read|said)|proclaiming|declaring|of)|(?:chants?|shouts?|cries|calls)\s+of)[,:]?\s*$/u;

/**
 * "Marchers carried placards reading “Save the pier!”", "a chant of “Ruiz out!”": words shown
 * on signs or chanted by a crowd are quoted from the people carrying or chanting them, the
 * subject of the clause.
 */
function shownQuotation(text: string, sentence: Sentence, q: Quote, drafts: readonly Draft[]): Draft | null {
  const before = text.slice(Math.max(sentence.start, q.open - 60), q.open);
  const m = SHOWN_BEFORE.exec(before);
  if (!m) return null;
  const cueAt = q.open - before.length + m.index;
  if (drafts.some((d) => d.content.start < q.end && q.start < d.content.end)) return null;
  // The verb before the sign or chant ("carried placards", "joined in a loud chant"): its subject.
  const verb = /([\p{L}’'-]+)\s+(?:in\s+|with\s+)?(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}$/u.exec(text.slice(Math.max(sentence.start, cueAt - 60), cueAt));
  const verbAt = verb ? cueAt - Math.min(60, cueAt - sentence.start) + verb.index : cueAt;
  const subject = (verb && !/ing$/.test(verb[1] ?? '') ? subjectBefore(text, sentence, verbAt)?.mention : null) ?? mainClauseSubject(text, sentence, cueAt) ?? sentenceSubject(text, sentence);
  // "But marchers …", "A crowd of dockers …": an opener or an article alone names nobody.
  const phrase = subject && /^(?:A|An|The)$/.test(subject.text) ? /^(?:A|An|The)(?:\s+[\p{L}’'-]+){1,6}?(?=\s+(?:had|has|have|was|were|is|are|\p{Ll}+ed)\b)/u.exec(text.slice(subject.start, cueAt)) : null;
  const mention = phrase && subject ? span(text, subject.start, subject.start + phrase[0].length) : subject && !/^(?:But|And|A|An|The|It|This|That|There|Repeatedly|So|Then|Yet)$/.test(subject.text) ? subject : null;
  return makeDraft({ content: quoteSpan(q), kind: 'DIRECT', cue: span(text, cueAt, cueAt + m[0].trimEnd().length), cueLemma: 'shown', mention, pattern: 'embedded-quote', sentence });
}

/** "an ad titled", "ran on the slogan", "her campaign slogan is": a title or slogan follows. */
const NAMED_BEFORE = /(?:^|[^\p{L}-])(?:titled|entitled|named|slogan(?:\s+(?:is|was))?)[,:]?\s*$/u;

/**
 * "The Ruiz campaign launched an ad titled “Sinking,”", "Pell ran on the slogan “Fix the
 * Pier”": a slogan or the title its makers gave a spot is quoted from them — the slogan's
 * owner ("Ruiz’s slogan is “…”") or the clause's subject.
 */
function namedQuotation(text: string, sentence: Sentence, q: Quote, drafts: readonly Draft[]): Draft | null {
  const before = text.slice(Math.max(sentence.start, q.open - 40), q.open);
  const m = NAMED_BEFORE.exec(before);
  if (!m || drafts.some((d) => d.content.start < q.end && q.start < d.content.end)) return null;
  const cueAt = q.open - before.length + m.index + m[0].search(/\p{L}/u);
  const owner = possessorOf(text, sentence, cueAt);
  const subject = owner ?? mainClauseSubject(text, sentence, cueAt) ?? sentenceSubject(text, sentence);
  const mention = subject && !/^(?:But|And|A|An|The|It|This|That|There|So|Then|Yet)$/.test(subject.text) ? subject : null;
  return makeDraft({ content: quoteSpan(q), kind: 'DIRECT', cue: span(text, cueAt, cueAt + (/\p{L}[\p{L}\s]*\p{L}/u.exec(m[0])?.[0].length ?? 0)), cueLemma: 'named', mention, pattern: 'embedded-quote', sentence });
}

/**
 * "“What a day!” beamed Ivo Pell, …", "“Sunk!” shouted the headline of the Brask Courier":
 * an exclamation opening its sentence, then a past-tense verb and its subject, is said by that
 * subject even when the verb ("beamed", "blared") is not a reporting verb.
 */
function exclaimedBefore(text: string, sentence: Sentence, q: Quote, drafts: readonly Draft[]): Draft | null {
  if (LETTER_OR_DIGIT.test(text.slice(sentence.start, q.open))) return null;
  // "“Ring the bell,” came cries from the quay": the shouters after "from".
  const came = /^\s+(came)\s+(?:(?:loud|angry)\s+)?(?:shouts|cries|chants|calls|the\s+(?:reply|response|cry|shout))\s+from\s+((?:the\s+)?[\p{L}’'.-]+(?:\s+[\p{L}’'.-]+){0,4}?)(?=\s*(?:[,.;]|$))/u.exec(text.slice(q.close, sentence.end));
  if (came?.[1] && came[2] && !drafts.some((d) => d.content.start < q.end && q.start < d.content.end)) {
    const nameAt = q.close + came[0].lastIndexOf(came[2]);
    return makeDraft({ content: quoteSpan(q), kind: 'DIRECT', cue: span(text, q.close + came[0].indexOf('came'), q.close + came[0].indexOf('came') + 4), cueLemma: 'come', mention: span(text, nameAt, nameAt + came[2].length), pattern: 'adjacent-quote', sentence });
  }
  if (!/[!?]\W*$/u.test(text.slice(q.start, q.close))) return null;
  const m = /^\s+(\p{Ll}{3,}ed)\s+((?:the\s+[\p{L}’'.-]+|\p{Lu}[\p{L}’'.-]*)(?:\s+[\p{L}’'.-]+){0,6}?)(?=\s*(?:[,.;]|$|\s(?:who|as|after|before|when|while)\s))/u.exec(text.slice(q.close, sentence.end));
  if (!m?.[1] || !m[2] || drafts.some((d) => d.content.start < q.end && q.start < d.content.end)) return null;
  const verbAt = q.close + m[0].indexOf(m[1]);
  const nameAt = verbAt + m[0].slice(m[0].indexOf(m[1])).indexOf(m[2]);
  return makeDraft({ content: quoteSpan(q), kind: 'DIRECT', cue: span(text, verbAt, verbAt + m[1].length), cueLemma: m[1], mention: span(text, nameAt, nameAt + m[2].length - (LOWER_WORD_DOT_END.test(m[2]) ? 1 : 0)), pattern: 'adjacent-quote', sentence });
}

/**
 * "… could only shout “Sunk!” at the screen", "point at the pier and cry “Shame!”": the bare
 * form of a shouting verb right before an exclamation, said by that verb's subject.
 */
function shoutedQuotation(text: string, sentence: Sentence, q: Quote, drafts: readonly Draft[]): Draft | null {
  const before = text.slice(Math.max(sentence.start, q.open - 30), q.open);
  const m = /(?:^|[^\p{L}])(shout|cry|yell|scream|holler)\s*[,:]?\s*$/u.exec(before);
  if (!m?.[1] || !/[!?]\W*$/u.test(text.slice(q.start, q.close)) || drafts.some((d) => d.content.start < q.end && q.start < d.content.end)) return null;
  const verbAt = q.open - before.length + m.index + m[0].indexOf(m[1]);
  // "This is why Ruiz cannot just … cry “…”": the subject follows "why".
  const why = /^(?:This|That|It)\s+is\s+(?:why|how)\s+/.exec(text.slice(sentence.start, verbAt));
  const mention = (why ? sentenceSubjectAt(text, sentence.start + why[0].length, verbAt) : null) ?? coordinatedSubject(text, sentence, verbAt, drafts) ?? subjectBefore(text, sentence, verbAt)?.mention ?? mainClauseSubject(text, sentence, verbAt);
  return makeDraft({ content: quoteSpan(q), kind: 'DIRECT', cue: span(text, verbAt, verbAt + m[1].length), cueLemma: m[1], mention, pattern: 'embedded-quote', sentence });
}

/**
 * The last statement before `pos` that is not nested in another one: after "Pell said that
 * critics were wrong. “…”", the quotation continues Pell, not the critics.
 */
function outermostBefore(drafts: readonly Draft[], pos: number): Draft | undefined {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    if (!d || d.content.end > pos) continue;
    // A reporting outlet ("…, the Courier reported") or a relative pronoun does not go on talking.
    const outer = drafts.find((e) => e !== d && e.cue !== null && e.mention !== null && e.pattern !== 'according-to' && e.cueLemma !== 'report' && !/^(?:who|which|that)$/i.test(e.mention.text) && e.content.start < d.content.start && e.content.end >= d.content.end && e.content.end <= pos);
    return outer ?? d;
  }
  return undefined;
}

/**
 * "Marchers carried banners proclaiming: “Save the pier!”", "Ruiz could not bring herself to
 * say two words: “Ivo Pell.”": a colon inside a sentence of the writer's own introduces the
 * quotation even when no speaker stands right before it; the sentence's subject is the speaker.
 */
function colonQuotation(text: string, sentence: Sentence, q: Quote, colonAt: number): Draft | null {
  if (!q.closed || wordCount(text, { start: sentence.start, end: colonAt }) < 3) return null;
  const mention = mainClauseSubject(text, sentence, colonAt) ?? sentenceSubject(text, sentence);
  return makeDraft({ content: quoteSpan(q), kind: 'DIRECT', cue: span(text, colonAt, colonAt + 1), cueLemma: 'colon', mention, pattern: 'colon-intro', sentence });
}

/** The speaker a colon introduces: a name or source phrase right before it, else the subject. */
function colonSpeaker(text: string, start: number, colon: number): TextSpan | null {
  const np = nounPhraseBefore(text, start, colon);
  // "Ruiz took the line of most skippers on the quay: “…”": a noun phrase inside a
  // prepositional phrase is not the speaker; the sentence's subject is.
  const inPhrase = np !== null && /\b(?:in|on|at|among|to|from|with|for|about|into|over)\s+(?:(?:the|a|an|his|her|their|its|some|many)\s+)?$/i.test(text.slice(Math.max(start, np.start - 20), np.start));
  if (np && !inPhrase) {
    const last = np.text.split(/\s+/).pop() ?? '';
    const isTime = TIME_WORDS.test(last) || /^\d/.test(last);
    if (!isTime && (STARTS_UPPER.test(last) || PERSON_ROLE_NOUNS.has(last.toLowerCase()) || ORGANIZATION_HEADS.has(last.toLowerCase()))) return np;
  }
  const subject = sentenceSubjectAt(text, start, colon);
  // "Listen, it gets worse:", "Each election cycle, …:": an opening word is not a speaker.
  if (!subject || /^(?:The|A|An|This|That|It|Here|There|Wait|Yes|No|Well|Each|Every|Any|Name)$/.test(subject.text) || OPENER_WORD.test(subject.text) || TIME_WORDS.test(subject.text) || LEFT_CLAUSE_OPENERS.test(subject.text)) return null;
  return subject;
}

/** The first statement with a cue along a chain of run-on quotations starting after `q`. */
function attributedContinuation(q: Quote, quotes: readonly Quote[], drafts: readonly Draft[]): Draft | undefined {
  let current = q;
  for (let guard = 0; guard < 10 && !current.closed; guard++) {
    const next = quotes.find((o) => o.paragraph === current.paragraph + 1);
    if (!next) return undefined;
    const owner = drafts.find((d) => d.cue && d.content.start === next.start);
    if (owner) return owner;
    current = next;
  }
  return undefined;
}
