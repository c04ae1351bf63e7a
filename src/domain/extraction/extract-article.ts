/**
 * Statement extraction: raw article text in; statements, speakers, organisations and
 * affiliations out, every span an index into the text as given.
 *
 * The pipeline is deterministic and rule-based:
 * 1. header (header.ts): title line, body start, outlet dateline ("Shafaq News/ ...");
 * 2. segmentation: paragraphs, quotations, sentences (quotations are atomic);
 * 3. cues (cues.ts): reporting verbs and phrases outside quotations, each with a subject
 *    read leftwards (skipping auxiliaries and appositives) or, inverted, rightwards
 *    (subjects.ts);
 * 4. content (cue-statements.ts, cue-content.ts): what the cue introduces on its right
 *    ("that ...", ": “...”") or, failing that, on its left ("“...,” he said", "..., according
 *    to X"); a verb's bare object ends before circumstances and trailing participial adjuncts
 *    (", citing ...", clauses.ts); reports nested in another report's clause are statements
 *    too; sentence-level patterns add reports with no verb cue of their own (passives, "in a
 *    poll", "as reported by", "asked whether": sentence-reports.ts);
 * 5. leftover quotations (leftover-quotes.ts): follow-on quotes take the previous speaker,
 *    "“…” ― Name" lines and colon introductions name their own; a short quotation set in the
 *    writer's own clause is reported from its verb (`embeddedStatement`, embedded-quotes.ts);
 *    nominal reports ("criticism of …", sentence-reports.ts) last;
 * 5b. edges (refine-statements.ts): one pass per pattern pulls mixed quotes in to their
 *    quotations, splits off quotations a second cue introduces, and runs quotations over the
 *    writer's words that finish them (direct-edges.ts, quote-*.ts, predicate-subject.ts);
 *    titles of works and other quoted non-speech are dropped (titles.ts); a quotation in
 *    single marks, in an article that quotes in double marks, is reported, not quoted
 *    (quote-marks.ts); unattributed quotations in an excerpt of another outlet's article are
 *    its writer's text (excerpts.ts);
 * 5c. transcript turns (transcript-turns.ts): "RUIZ: We sail at dawn." paragraphs of a
 *    transcript are direct statements with the label as speaker;
 * 6. speaker resolution (speakers.ts): names, surnames, pronouns, role nouns, forward
 *    references;
 * 7. affiliations (affiliations.ts) from appositives, titles and possessives.
 */
import { findAffiliations } from './affiliations.ts';
import { kindOf } from './clauses.ts';
import { statementsInSentence } from './cue-statements.ts';
import { objectArray, span } from './draft.ts';
import type { Draft } from './draft.ts';
import type { SplitHooks } from './direct-edges.ts';
import { excerptSpans } from './excerpts.ts';
import { headlineStatements, readHeader } from './header.ts';
import { addLeftoverQuotes } from './leftover-quotes.ts';
import { onlySingleMarked, quotesInDoubleMarks } from './quote-marks.ts';
import { refineStatementEdges } from './refine-statements.ts';
import { findQuotes, splitParagraphs, splitSentences } from './segment.ts';
import type { Paragraph, Quote, Sentence } from './segment.ts';
import { addNominalReports } from './sentence-reports.ts';
import { resolveSpeakers } from './speakers.ts';
import { addTranscriptTurns, TURN_LABEL } from './transcript-turns.ts';
import { subjectBefore } from './subjects.ts';
import { bareTitleQuotation, quotedNonSpeech, titleOnlyContent } from './titles.ts';
import type { ArticleMetadata, ExtractedArticle, Span } from './types.ts';

/** A line in capitals only, maybe in parentheses ("(APPLAUSE)"). */
const ALL_CAPS_LINE = /^\(?\s*[\p{Lu}\s-]{3,}[.!]?\s*\)?[.!]?$/u;

/**
 * Extracts statements, speakers, organisations and affiliations from one article.
 *
 * `text` is the raw article: title on the first line, then the body, which may open with an
 * outlet dateline ("Shafaq News/ "). All spans in the result index into `text` unchanged.
 * Metadata fills fields the text cannot provide (url, date, language) and is the fallback
 * for the title and outlet.
 *
 * Unattributed statements: vague sources ("a source said", "officials said") keep their
 * `speakerMention` but get `speakerKey: null`, unless a forward reference resolves them
 * (a lede's "according to a parliamentary official" followed by a named speaker).
 */
export function extractArticle(text: string, metadata: ArticleMetadata = {}): ExtractedArticle {
  const header = readHeader(text);
  const paragraphs = splitParagraphs(text, header.contentStart);
  // An article with no double mark at all may quote in straight single marks.
  const straightSingles = !quotesInDoubleMarks(text, header.contentStart);
  const quotesByParagraph = objectArray(paragraphs.map((p) => objectArray(findQuotes(text, p, straightSingles))));
  const sentences = paragraphs.flatMap((p, i) => splitSentences(text, p, quotesByParagraph[i] ?? []));
  const quotes = objectArray(quotesByParagraph.flat());

  const drafts = objectArray(headlineStatements(text, header));
  addSentenceStatements(text, sentences, quotesByParagraph, quotes, drafts);
  addLeftoverQuotes(text, sentences, quotes, paragraphs, drafts);
  addNominalReports(text, sentences, quotesByParagraph, drafts);
  refineStatementEdges(text, drafts, quotes, EDGE_HOOKS);
  addTranscriptTurns(text, paragraphs, sentences, drafts);
  drafts.sort((a, b) => a.content.start - b.content.start);
  dedupe(drafts);
  dropNonStatements(text, drafts);
  dropExcerptedQuotations(text, paragraphs, drafts);
  if (!straightSingles) reportSingleMarkedQuotations(text, drafts);

  const affiliationsRaw = findAffiliations(text, header.contentStart);
  const resolved = resolveSpeakers(text, header.contentStart, drafts, affiliationsRaw);

  return {
    title: header.title || (metadata.title ?? ''),
    titleSpan: header.titleSpan,
    bodyStart: header.bodyStart,
    outlet: header.outlet ?? metadata.outlet ?? null,
    publishedAt: metadata.publishedAt ?? null,
    language: metadata.language ?? null,
    url: metadata.url ?? null,
    ...resolved,
  };
}

/** The edge passes' questions to subjects.ts and clauses.ts (direct-edges.ts). */
const EDGE_HOOKS: SplitHooks = { subjectOf: (text, d, at) => subjectBefore(text, d.sentence, at)?.mention ?? null, kindOf };

/**
 * The statements of every sentence, in order. Sentences and each paragraph's quotes are both in
 * text order: one pointer per paragraph hands every sentence the quotes that open in it.
 */
function addSentenceStatements(text: string, sentences: readonly Sentence[], quotesByParagraph: readonly (readonly Quote[])[], quotes: readonly Quote[], drafts: Draft[]): void {
  let paragraphQuotes: readonly Quote[] = [];
  let q = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s];
    if (!sentence) continue;
    if (s === 0 || sentences[s - 1]?.paragraph !== sentence.paragraph) {
      paragraphQuotes = quotesByParagraph[sentence.paragraph] ?? [];
      q = 0;
    }
    while (q < paragraphQuotes.length && (paragraphQuotes[q]?.open ?? 0) < sentence.start) q++;
    const first = q;
    while (q < paragraphQuotes.length && (paragraphQuotes[q]?.open ?? 0) < sentence.end) q++;
    drafts.push(...statementsInSentence(text, sentence, paragraphQuotes.slice(first, q), sentences[s - 1], quotes, drafts));
  }
}

/**
 * Transcript stage directions ("(CROSSTALK.)") and "Follow X on Twitter @x" lines are not
 * statements even when a stray quotation mark wraps them; neither are quoted titles of works.
 * A transcript turn ("RUIZ: Well, …") gives its speaker.
 */
function dropNonStatements(text: string, drafts: Draft[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    const body = d ? text.slice(d.content.start, d.content.end) : '';
    if (ALL_CAPS_LINE.test(body) && /\(/.test(body) || /^Follow\s[^.]{1,60}\s@\w+\.?$/.test(body) || titleOnlyContent(body) || (d?.kind === 'DIRECT' && (bareTitleQuotation(text, d.content.start, d.content.end, d.cueLemma) || quotedNonSpeech(text, d.content.start, d.content.end)))) drafts.splice(i, 1);
    // "RUIZ: Well, …" in a transcript: the capitalised name is the speaker, not content.
    const turn = d ? TURN_LABEL.exec(body) : null;
    if (d && turn?.[1] && turn[0].length < body.length - 8) {
      d.mention = span(text, d.content.start, d.content.start + turn[1].length);
      d.content = { start: d.content.start + turn[0].length, end: d.content.end };
    }
  }
}

/** An excerpted article's quotation marks quote its writer: only attributed quotations count (excerpts.ts). */
function dropExcerptedQuotations(text: string, paragraphs: readonly Paragraph[], drafts: Draft[]): void {
  for (const ex of excerptSpans(text, paragraphs)) {
    for (let i = drafts.length - 1; i >= 0; i--) {
      const d = drafts[i];
      if (d && d.kind === 'DIRECT' && d.cue === null && d.content.start >= ex.start && d.content.end <= ex.end) drafts.splice(i, 1);
    }
  }
}

/** In an article that quotes in double marks, single marks are headlines' and the writer's (quote-marks.ts). */
function reportSingleMarkedQuotations(text: string, drafts: readonly Draft[]): void {
  for (const d of drafts) if (d.kind === 'DIRECT' && onlySingleMarked(text, d.content)) d.kind = 'INDIRECT';
}

/**
 * Two cues can claim the same words ("said" and a nested "according to"); one statement per
 * content span is kept: the one with a cue, then the one with a speaker mention, then the first.
 */
function dedupe(drafts: Draft[]): void {
  const rank = (d: Draft): number => (d.cue ? 2 : 0) + (d.mention ? 1 : 0);
  for (let i = drafts.length - 1; i > 0; i--) {
    const d = drafts[i];
    if (!d) continue;
    for (let j = i - 1; j >= 0; j--) {
      const e = drafts[j];
      if (!e || e.content.start !== d.content.start) break;
      if (e.content.end !== d.content.end) continue;
      if (rank(d) > rank(e)) drafts.splice(j, 1);
      else drafts.splice(i, 1);
      break;
    }
  }
}
