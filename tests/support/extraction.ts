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

/**
 * Asserts that `text` yields a statement of `want.kind` (and `want.cue` / `want.content` when
 * given) and that the first such statement matches every field of `want`.
 */
export function expectStatement(text: string, want: Partial<StatementRow>): void {
  const got = statementRows(text).filter((r) => r.kind === want.kind && (want.cue === undefined || r.cue === want.cue) && (want.content === undefined || r.content === want.content));
  expect(got.length).toBeGreaterThan(0);
  expect(got[0]).toMatchObject(want);
}
