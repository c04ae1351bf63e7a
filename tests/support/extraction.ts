import { expect } from 'vitest';
import { extractArticle } from '../../src/domain/extraction/extract-article.ts';

/** A statement in a compact, readable shape for table tests. */
export interface StatementRow {
  content: string;
  kind: 'DIRECT' | 'INDIRECT';
  cue: string | null;
  mention: string | null;
}

/** Extracts `text` and returns its statements as rows; also checks every span against the text. */
export function statementRows(text: string): StatementRow[] {
  return extractArticle(text).statements.map((s) => {
    expect(text.slice(s.content.start, s.content.end)).toBe(s.content.text);
    if (s.cue) expect(text.slice(s.cue.start, s.cue.end)).toBe(s.cue.text);
    if (s.speakerMention) expect(text.slice(s.speakerMention.start, s.speakerMention.end)).toBe(s.speakerMention.text);
    return { content: s.content.text, kind: s.kind, cue: s.cue?.text ?? null, mention: s.speakerMention?.text ?? null };
  });
}
