/**
 * Transcript turns. An interview or hearing set down as a transcript opens each paragraph with
 * its speaker's name in capitals, and the rest of the paragraph is that speaker's own words:
 *
 *     RUIZ: We sail at dawn and not a minute later.
 *     IVO PELL: The board has not read the survey.
 *
 * Each turn is a direct statement, though no quotation mark sets it off. Capitals before a
 * colon also open tagged lines ("EXCLUSIVE: …", "UPDATE: …") and shouted headlines, so a
 * turn needs a label that is not such a tag, words after it that do not read as a headline,
 * and a second turn in the article: a transcript is a dialogue.
 */
import { makeDraft, span } from './draft.ts';
import type { Draft } from './draft.ts';
import type { Paragraph, Sentence } from './segment.ts';

/** "RUIZ: ", "IVO PELL: ", "ANA DE LA CRUZ: ": one to four words in capitals, then a colon. */
export const TURN_LABEL = /^(\p{Lu}{2,}(?:[ .'’-]+\p{Lu}{2,}){0,3}):\s+/u;

/** Labels that tag a line rather than name a speaker. */
const TAG_LABELS: ReadonlySet<string> = new Set(
  `BREAKING EXCLUSIVE UPDATE UPDATED WATCH LOOK LISTEN READ RELATED VIDEO PHOTOS PHOTO BYLINE NOTE
  CORRECTION SOURCE SOURCES ALERT WARNING REPORT POLL ANALYSIS OPINION EDITORIAL FACT CHECK FULL TEXT
  BOOM BUSTED WOW SHOCK SHOCKING FLASHBACK REVEALED CONFIRMED MORE PLUS ALSO AP UN US UK EU`.split(/\s+/),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;

interface Turn {
  paragraph: Paragraph;
  label: string;
  contentStart: number;
  contentEnd: number;
}

/** The paragraph as a transcript turn, or null. */
function turnAt(text: string, paragraph: Paragraph): Turn | null {
  const line = text.slice(paragraph.start, paragraph.end);
  const label = TURN_LABEL.exec(line);
  if (!label?.[1] || isTag(label[1])) return null;
  let contentEnd = paragraph.end;
  while (contentEnd > paragraph.start && /\s/.test(text.charAt(contentEnd - 1))) contentEnd--;
  const contentStart = paragraph.start + label[0].length;
  const words = text.slice(contentStart, contentEnd).match(WORD) ?? [];
  if (words.length < 3 || readsAsHeadline(words)) return null;
  return { paragraph, label: label[1], contentStart, contentEnd };
}

/** "EXCLUSIVE", "FULL TEXT", "AP": a label any of whose words is a tag. */
function isTag(label: string): boolean {
  for (const word of label.split(/[ .'’-]+/)) if (TAG_LABELS.has(word)) return true;
  return false;
}

/** Most words capitalised ("Moderators Ignore The Levy Vote") or shouted: a headline, not speech. */
function readsAsHeadline(words: readonly string[]): boolean {
  let capitalised = 0;
  for (const w of words) if (/^\p{Lu}/u.test(w)) capitalised++;
  return capitalised / words.length >= 0.6;
}

/**
 * Adds a direct statement for every transcript turn, its label the speaker mention, unless a
 * statement already covers most of the turn (a turn wrapped in quotation marks). Needs two
 * turns in the article. `sentences` are in text order; each turn's draft belongs to its
 * paragraph's first sentence.
 */
export function addTranscriptTurns(text: string, paragraphs: readonly Paragraph[], sentences: readonly Sentence[], drafts: Draft[]): void {
  const turns: Turn[] = [];
  for (const p of paragraphs) {
    const turn = turnAt(text, p);
    if (turn) turns.push(turn);
  }
  if (turns.length < 2) return;
  let s = 0;
  for (const turn of turns) {
    while (s < sentences.length && (sentences[s]?.paragraph ?? Infinity) < turn.paragraph.index) s++;
    const sentence = sentences[s];
    if (!sentence || sentence.paragraph !== turn.paragraph.index || coveredByDraft(drafts, turn)) continue;
    const labelStart = turn.paragraph.start;
    const colonAt = labelStart + turn.label.length;
    drafts.push(
      makeDraft({
        content: { start: turn.contentStart, end: turn.contentEnd },
        kind: 'DIRECT',
        cue: span(text, colonAt, colonAt + 1),
        cueLemma: 'transcript turn',
        mention: span(text, labelStart, colonAt),
        pattern: 'transcript',
        sentence,
      }),
    );
  }
}

/** A statement already covering four fifths of the turn's words. */
function coveredByDraft(drafts: readonly Draft[], turn: Turn): boolean {
  const length = turn.contentEnd - turn.contentStart;
  for (const d of drafts) {
    const overlap = Math.min(d.content.end, turn.contentEnd) - Math.max(d.content.start, turn.contentStart);
    if (overlap >= 0.8 * length) return true;
  }
  return false;
}
