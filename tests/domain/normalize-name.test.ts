import { describe, expect, it } from 'vitest';
import { normalizeName, withoutMiddleInitials } from '../../src/domain/normalize-name.ts';

describe('normalizeName', () => {
  it.each([
    ['Mokhtar al-Moussawi', 'mokhtar al moussawi'],
    ['MOKHTAR AL-MOUSSAWI', 'mokhtar al moussawi'],
    ['Ilse Marchetti–Osei', 'ilse marchetti osei'],
    ['Tomás O’Vrell', 'tomas ovrell'],
  ])('%s → %s', (name, key) => {
    expect(normalizeName(name)).toBe(key);
  });
});

describe('withoutMiddleInitials', () => {
  it.each([
    ['Tomas K. Vrell', 'Tomas Vrell'],
    ['Ada H.W. Lorne', 'Ada Lorne'],
    ['Oren H. W. Basko', 'Oren Basko'],
    ['Tomas Vrell', null],
    ['K. Vrell', null],
    ['Tomas Vrell Jr.', null],
    ['Ana de la Cruz', null],
  ])('%s → %s', (name, bare) => {
    expect(withoutMiddleInitials(name)).toBe(bare);
  });
});
