// Titles, demonyms and name scans, on invented people and places.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/domain/extraction/extract-article.ts';
import { canonicalName, splitTitle } from '../../src/domain/extraction/names.ts';
import type { TitledName } from '../../src/domain/extraction/names.ts';

describe('splitTitle', () => {
  const cases: [string, string, TitledName][] = [
    ['a plain name has no title', 'Ivo Pell', { nameOffset: 0, name: 'Ivo Pell', title: null, country: null }],
    ['a demonym and a two-word title', 'Iraqi Prime Minister Ivo Pell', { nameOffset: 21, name: 'Ivo Pell', title: 'Prime Minister', country: 'Iraq' }],
    ['a possessive country', 'Brask’s Foreign Minister Ana Ruiz', { nameOffset: 25, name: 'Ana Ruiz', title: 'Foreign Minister', country: 'Brask' }],
    ['a title never takes the last word', 'President', { nameOffset: 0, name: 'President', title: null, country: null }],
    ['a demonym needs a title or name after it and a name', 'Iraqi Pell', { nameOffset: 0, name: 'Iraqi Pell', title: null, country: null }],
    ['a state before an abbreviated title', 'Brask Gov. Ana Ruiz', { nameOffset: 11, name: 'Ana Ruiz', title: 'Governor', country: null }],
    ['up to three qualifying words and two titles', 'North Brask Lt. Gov. Ana Ruiz', { nameOffset: 21, name: 'Ana Ruiz', title: 'Governor', country: null }],
    ['a qualifier after a title word', 'Former Brask Gov. Ana Ruiz', { nameOffset: 18, name: 'Ana Ruiz', title: 'Governor', country: null }],
    ['an institution before a title', 'Supreme Court Justice Ivo Pell', { nameOffset: 22, name: 'Ivo Pell', title: 'Justice', country: null }],
    ['a two-word title found after a qualifier', 'Harbour Board General Counsel Edda Marsh', { nameOffset: 30, name: 'Edda Marsh', title: 'General Counsel', country: null }],
    ['a title word before a suffix is a surname', 'Ivo King Jr.', { nameOffset: 0, name: 'Ivo King Jr.', title: null, country: null }],
    ['a title word at the end is a surname', 'Hanne Judge', { nameOffset: 0, name: 'Hanne Judge', title: null, country: null }],
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

describe('canonicalName', () => {
  it.each([
    ['Mokhtar Al-Moussawi', 'Mokhtar Al-Moussawi'],
    ['Al-Moussawi', 'al-Moussawi'],
    ['IVO VAN PELL', 'Ivo van Pell'],
    ['ANA RUIZ-OKAFOR', 'Ana Ruiz-Okafor'],
    ['PELL', 'PELL'],
  ])('%s → %s', (name, canonical) => {
    expect(canonicalName(name)).toBe(canonical);
  });
});
