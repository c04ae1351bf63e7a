/**
 * The article's header: title line, body start and outlet dateline, and the statements a
 * headline's "Name: claim" label makes.
 */
import { trimContent } from './clauses.ts';
import { statementsInSentence } from './cue-statements.ts';
import { copyDraft, isSpaceAt, makeDraft, span, wordCount } from './draft.ts';
import type { Draft } from './draft.ts';
import { ORGANIZATION_HEADS, PERSON_ROLE_NOUNS, REPORTING_VERBS } from './lexicon.ts';
import { STARTS_LOWER, STARTS_UPPER } from './patterns.ts';
import { findQuotes } from './segment.ts';
import type { Sentence } from './segment.ts';
import type { Span } from './types.ts';

/** A comma, then a lower-case word in -s. */
const COMMA_PLURAL_WORD = /,[’”'"]?\s+\p{Ll}+s\b/u;
/** A headline label before a colon ("Pell: …"). */
const HEADLINE_LABEL = /^((?:[\p{Lu}\d][\p{L}\d’'.&/-]*)(?:\s+(?:[\p{Lu}\d][\p{L}\d’'.&/-]*|of|the|and|de|at|in|on|al-\p{Lu}[\p{L}’'-]*|\p{Ll}[\p{Ll}-]*)){0,5}):\s+(\S.*)$/u;

// ---------------------------------------------------------------------------------------
// Header

interface Header {
  title: string;
  titleSpan: Span;
  bodyStart: number;
  /** Where statements may start: after the dateline, if any. */
  contentStart: number;
  outlet: string | null;
}

const DATELINE_SLASH = /^(\p{Lu}[\p{L}&.' -]{1,40}?)\s?\/\s*/u;
const DATELINE_WIRE = /^(?:\p{Lu}[\p{Lu}\p{L} .,'-]{1,40}\s+)?\(([\p{L} .&-]{2,40})\)\s*[-–—]+\s*/u;

export function readHeader(text: string): Header {
  const lineEnd = text.search(/\r?\n/);
  const titleEnd = lineEnd < 0 ? text.length : lineEnd;
  let titleStart = 0;
  while (titleStart < titleEnd && isSpaceAt(text, titleStart)) titleStart++;
  let te = titleEnd;
  while (te > titleStart && isSpaceAt(text, te - 1)) te--;
  let bodyStart = titleEnd;
  while (bodyStart < text.length && isSpaceAt(text, bodyStart)) bodyStart++;
  const opening = text.slice(bodyStart, bodyStart + 80);
  const slash = DATELINE_SLASH.exec(opening);
  const wire = slash ? null : DATELINE_WIRE.exec(opening);
  const dateline = slash ?? wire;
  return {
    title: text.slice(titleStart, te),
    titleSpan: { start: titleStart, end: te },
    bodyStart,
    contentStart: bodyStart + (dateline?.[0].length ?? 0),
    outlet: dateline?.[1]?.trim() ?? null,
  };
}

// ---------------------------------------------------------------------------------------
// Headline

/**
 * Headlines report too: "Vandor Mayor: Tunnel Will Open in May" (source, colon, content) or a
 * Title Case sentence with a reporting verb ("Mayor Says Tunnel Will Open"). Headlines are
 * paragraph -1 so that body quotations never continue them.
 */
export function headlineStatements(text: string, header: Header): Draft[] {
  const { end } = header.titleSpan;
  let start = header.titleSpan.start;
  if (end <= start) return [];
  const sentence: Sentence = { start, end, paragraph: -1, index: 0 };
  // "EXCLUSIVE – Pell: …": a label before the source.
  const label = /^(?:EXCLUSIVE|BREAKING|WATCH|UPDATE|VIDEO|REPORT)\s*[–—:-]\s+/i.exec(text.slice(start, end));
  if (label) start += label[0].length;
  const title = text.slice(start, end);
  // The source may hold lower-case words ("Dock union: …", "Pell at rally: …") but no verb.
  const colon = HEADLINE_LABEL.exec(title);
  const source = colon?.[1] ?? '';
  const lowerWords = source.split(/\s+/).filter((w) => STARTS_LOWER.test(w) && !/^(?:of|the|and|de|at|in|on)$/.test(w));
  const verbLike = lowerWords.some((w) => /(?:ed|ing|s)$/.test(w) && !ORGANIZATION_HEADS.has(w) && !PERSON_ROLE_NOUNS.has(w) || REPORTING_VERBS.has(w));
  if (colon?.[1] && colon[2] && !verbLike && lowerWords.length <= 2 && !/^(?:Update|Updated|Watch|Video|Exclusive|Breaking|Analysis|Opinion|Editorial|Review|Live|Photos?|Report|Q&A|FACT CHECK|Fact Check|Listen|Read|Full Text|Transcript|Related|Also|Note|Editor's Note|Correction|UPDATE|The Latest|Latest|Live Updates)$/i.test(colon[1])) {
    const contentStart = start + colon[0].length - colon[2].length;
    const content = trimContent(text, contentStart, end);
    if (wordCount(text, content) >= 2) {
      const colonAt = start + colon[1].length;
      return [makeDraft({ content, kind: 'INDIRECT', cue: span(text, colonAt, colonAt + 1), cueLemma: 'headline colon', mention: span(text, start, start + colon[1].length), pattern: 'clause', sentence })];
    }
  }
  const words = title.match(/\p{L}[\p{L}’'-]*/gu) ?? [];
  const capitalised = words.filter((w) => STARTS_UPPER.test(w)).length;
  const titleCase = words.length >= 3 && capitalised / words.length > 0.7;
  const quotes = findQuotes(text, { start, end, index: -1 });
  // Headlines quote loosely (‘single marks’, fragments); only a headline that is all quotation
  // counts as direct.
  // "Pell declares ‘victory,’ ignores losses": a comma and a new verb end a headline's report.
  return statementsInSentence(text, sentence, quotes, undefined, [], [], titleCase).map((d) => {
    const cut = COMMA_PLURAL_WORD.exec(text.slice(d.content.start, d.content.end));
    return cut ? copyDraft(d, { content: trimContent(text, d.content.start, d.content.start + cut.index + (/^,[’”'"]/.test(cut[0]) ? 2 : 0)) }) : d;
  }).map((d) =>
    d.kind === 'DIRECT' && !quotes.some((q) => q.start === d.content.start && q.end === d.content.end) ? copyDraft(d, { kind: 'INDIRECT' }) : d,
  );
}
