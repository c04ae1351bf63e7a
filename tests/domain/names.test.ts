// Titles, demonyms and name scans, on invented people and places.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/domain/extraction/extract-article.ts';
import { splitTitle } from '../../src/domain/extraction/names.ts';
import type { TitledName } from '../../src/domain/extraction/names.ts';

describe('splitTitle', () => {
  const cases: [string, string, TitledName][] = [
    ['a plain name has no title', 'Ivo Pell', { nameOffset: 0, name: 'Ivo Pell', title: null, country: null }],
    ['a demonym and a two-word title', 'Iraqi Prime Minister Ivo Pell', { nameOffset: 21, name: 'Ivo Pell', title: 'Prime Minister', country: 'Iraq' }],
    ['a possessive country', 'Brask’s Foreign Minister Ana Ruiz', { nameOffset: 25, name: 'Ana Ruiz', title: 'Foreign Minister', country: 'Brask' }],
    ['a title never takes the last word', 'President', { nameOffset: 0, name: 'President', title: null, country: null }],
    ['a demonym needs a title or name after it and a name', 'Iraqi Pell', { nameOffset: 0, name: 'Iraqi Pell', title: null, country: null }],
    ['leading spaces count in the offset', '  Minister Ana Ruiz', { nameOffset: 11, name: 'Ana Ruiz', title: 'Minister', country: null }],
  ];
  it.each(cases)('%s', (_label, phrase, expected) => {
    expect(splitTitle(phrase)).toEqual(expected);
  });
});

describe('bare surnames against the names of the article', () => {
  const cases: [string, string, string | null][] = [
    ['a surname finds the full name written before it', 'Harbour news\n\nThe port is run by Ivo Pell, who took over in May.\n\n“The pier stays open,” Pell said.\n', 'ivo-pell'],
    ['a full name written only after the surname is someone the reader has not met', 'Harbour news\n\n“The pier stays open,” Pell said. Ana Pell, his sister, disagreed.\n', 'pell'],
  ];
  it.each(cases)('%s', (_label, text, speakerKey) => {
    expect(extractArticle(text).statements.map((s) => s.speakerKey)).toEqual([speakerKey]);
  });
});
