// Paragraphs, quotations and sentences, as offsets into invented text.
import { describe, expect, it } from 'vitest';
import { findQuotes, splitParagraphs, splitSentences } from '../../src/domain/extraction/segment.ts';

function segment(text: string): { quotes: string[]; sentences: string[]; open: boolean[] } {
  const paragraphs = splitParagraphs(text, 0);
  const quotes = paragraphs.flatMap((p) => findQuotes(text, p));
  const sentences = paragraphs.flatMap((p) => splitSentences(text, p, findQuotes(text, p)));
  return { quotes: quotes.map((q) => text.slice(q.start, q.end)), sentences: sentences.map((s) => text.slice(s.start, s.end)), open: quotes.map((q) => !q.closed) };
}

describe('segmentation', () => {
  const cases: [string, string, { quotes: string[]; sentences: string[]; open: boolean[] }][] = [
    [
      'quotes are atomic inside sentences',
      '“The dock is shut. The cranes are idle,” she said. Work resumes Monday.',
      { quotes: ['The dock is shut. The cranes are idle,'], sentences: ['“The dock is shut. The cranes are idle,” she said.', 'Work resumes Monday.'], open: [false] },
    ],
    [
      'abbreviations and initials do not end sentences',
      'Sen. Ada K. Lorne met Dr. Ivo Pell in the U.S. capital. They talked.',
      { quotes: [], sentences: ['Sen. Ada K. Lorne met Dr. Ivo Pell in the U.S. capital.', 'They talked.'], open: [] },
    ],
    [
      'a decade ("the 1980s.") ends a sentence: its "s" is no initial',
      'The pier was built in the 1980s. Ruiz wants it rebuilt.',
      { quotes: [], sentences: ['The pier was built in the 1980s.', 'Ruiz wants it rebuilt.'], open: [] },
    ],
    [
      'an acronym ends a sentence before a typical opener',
      'He moved to the U.S. He stayed.',
      { quotes: [], sentences: ['He moved to the U.S.', 'He stayed.'], open: [] },
    ],
    [
      'straight, doubled-apostrophe and single curly quotes; apostrophes stay words',
      'She said "no way." He said \'\'fine.\'\' They chanted ‘Vandor first’ and didn’t stop.',
      { quotes: ['no way.', 'fine.', 'Vandor first'], sentences: ['She said "no way."', "He said ''fine.''", 'They chanted ‘Vandor first’ and didn’t stop.'], open: [false, false, false] },
    ],
    [
      'a stray straight mark followed by a space opens nothing',
      '" Pell said the ferries are "late again." Then he left.',
      { quotes: ['late again.'], sentences: ['" Pell said the ferries are "late again."', 'Then he left.'], open: [false] },
    ],
    [
      'an unclosed quotation runs to the end of its paragraph',
      '“Opening words of the toast.\n“Closing words.”',
      { quotes: ['Opening words of the toast.', 'Closing words.'], sentences: ['“Opening words of the toast.', '“Closing words.”'], open: [true, false] },
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(segment(text)).toEqual(expected);
  });
});
