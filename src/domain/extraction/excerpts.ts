/**
 * Excerpts of another outlet's article. An aggregating post introduces a passage with its
 * byline ("From Ana Ruiz writing at the Brask Courier:") and sets the passage's paragraphs in
 * quotation marks, often one opening mark per paragraph. Those marks quote a writer's article,
 * not anyone's speech: a quotation there with no cue of its own is not a statement, while a
 * quotation the excerpt attributes ("“…,” Pell said") still is. A digest does the same in one
 * paragraph: a linked headline, its byline, then the passage ("“Pier to reopen,” by the Brask
 * Courier's Ana Ruiz: “The old pier …”").
 */
import type { Paragraph } from './segment.ts';
import type { Span } from './types.ts';

/** "From Ana Ruiz writing at the Brask Courier:" alone on its line. */
const EXCERPT_BYLINE = /^From\s+(?:\p{Lu}[\p{L}’'.-]*\s+){1,4}writing\s+(?:at|in|for)\s+[^:\n]{2,80}:$/u;
/** "Read the rest of the story at the Courier." ends the excerpt. */
const EXCERPT_END = /^Read\s+(?:the\s+rest|more)\b/i;

/** "“Pier to reopen,” by the Brask Courier's Ana Ruiz:" right before a quotation. */
const HEADLINE_BYLINE = /[,.!?][”"’']{1,2}\s+by\s+[^:\n“”"]{2,80}:\s*$/u;

/** Whether the quotation opening at `open` is a digest's excerpt under a headline and byline. */
export function bylinedExcerptAt(text: string, open: number): boolean {
  return HEADLINE_BYLINE.test(text.slice(Math.max(0, open - 100), open));
}

/** The stretches of `text` that excerpt another outlet's article (after an excerpt byline). */
export function excerptSpans(text: string, paragraphs: readonly Paragraph[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (!p || p.end - p.start > 140 || !EXCERPT_BYLINE.test(text.slice(p.start, p.end))) continue;
    let j = i + 1;
    while (j < paragraphs.length && !EXCERPT_END.test(text.slice(paragraphs[j]?.start ?? 0, (paragraphs[j]?.start ?? 0) + 20))) j++;
    spans.push({ start: p.end, end: paragraphs[j - 1]?.end ?? p.end });
    i = j - 1;
  }
  return spans;
}
