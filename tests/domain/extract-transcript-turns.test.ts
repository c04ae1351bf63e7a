// Transcript turns ("RUIZ: …"): direct statements with no quotation marks. Every person, place
// and line here is invented.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/domain/extraction/extract-article.ts';

const T = 'Transcript of the Brask harbour hearing\n';

/** Statements as rows: content, kind, mention and resolved speaker name. */
function rows(text: string) {
  const a = extractArticle(text);
  const names = new Map(a.speakers.map((s) => [s.key, s.name]));
  return a.statements.map((s) => ({
    content: s.content.text,
    kind: s.kind,
    mention: s.speakerMention?.text ?? null,
    speaker: s.speakerKey ? (names.get(s.speakerKey) ?? null) : null,
  }));
}

describe('transcript turns', () => {
  it('each turn is a direct statement by its label, resolved like any name', () => {
    const text = `${T}Ana Ruiz chaired the hearing on Monday.\nIVO VAN PELL: We sail at dawn and not a minute later.\nRUIZ: The board has not read the survey, and I think it never will.\nVAN PELL: That is not fair to the crews.`;
    expect(rows(text)).toEqual([
      { content: 'We sail at dawn and not a minute later.', kind: 'DIRECT', mention: 'IVO VAN PELL', speaker: 'Ivo van Pell' },
      { content: 'The board has not read the survey, and I think it never will.', kind: 'DIRECT', mention: 'RUIZ', speaker: 'Ana Ruiz' },
      { content: 'it never will', kind: 'INDIRECT', mention: 'I', speaker: 'Ana Ruiz' },
      { content: 'That is not fair to the crews.', kind: 'DIRECT', mention: 'VAN PELL', speaker: 'Ivo van Pell' },
    ]);
  });

  it('one labelled line is no transcript', () => {
    expect(rows(`${T}The hearing opened late.\nRUIZ: We sail at dawn and not a minute later.`)).toEqual([]);
  });

  it('tags and shouted headlines are no turns', () => {
    const text = `${T}The hearing opened late.\nEXCLUSIVE: the board will vote again in March.\nUPDATE: the vote was moved to April by the board.\nBRASK: Ferry Board Delays The Vote Again\nTESSEL: Harbour Crews Walk Out Over Pay`;
    expect(rows(text)).toEqual([]);
  });

  it('a turn already quoted is not given twice', () => {
    const text = `${T}The hearing opened late.\nRUIZ: “We sail at dawn and not a minute later.”\nPELL: “The board has not read the survey.”`;
    const found = rows(text);
    expect(found.map((r) => [r.content, r.speaker])).toEqual([
      ['We sail at dawn and not a minute later.', 'RUIZ'],
      ['The board has not read the survey.', 'PELL'],
    ]);
  });
});
