/**
 * Personal names and organisation names as news text writes them: capitalised tokens with
 * lower-case particles ("Abu Mahdi al-Muhandis", "Ludwig van Hoorn"), titles in front
 * ("Iraqi Prime Minister ..."), and organisation kinds from their keywords.
 */
import { DEMONYMS, NAME_PARTICLES, ORGANIZATION_KIND_KEYWORDS, PARTY_QUALIFIERS, TITLES } from './lexicon.ts';
import { isSpaceAt } from './draft.ts';
import type { OrganizationKind } from './types.ts';

/** A capitalised word, or a particle glued to one ("al-Moussawi"). Apostrophes stay inside. */
export const NAME_TOKEN = String.raw`(?:\p{Lu}[\p{L}\p{M}’'-]*\.?|(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu|ben|d|o)[-’']\p{Lu}[\p{L}\p{M}’'-]*)`;

const NAME_TOKEN_RE = new RegExp(`^${NAME_TOKEN}$`, 'u');

/** True for a token that can be part of a name: capitalised or a glued particle. */
export function isNameToken(token: string): boolean {
  return NAME_TOKEN_RE.test(token);
}

/** True for a free-standing particle inside a name ("bin", "van", "de"). */
export function isParticle(token: string): boolean {
  return NAME_PARTICLES.has(token);
}

/** Lower-cases and drops an Arabic article so "Al-Moussawi", "al-Moussawi" and "Moussawi" match. */
export function normalizeSurname(token: string): string {
  return token
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/^(?:al|el|ad|as|ash|an|ar|at|az)[-’']/, '');
}

/** A URL- and key-friendly form of a name: "Mokhtar al-Moussawi" → "mokhtar-al-moussawi". */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Canonical spelling for a name: a leading glued particle keeps the article's lower case, and
 * a name of two words or more written in capitals (a transcript's "IVO VAN PELL") is written as
 * a name ("Ivo van Pell").
 */
export function canonicalName(name: string): string {
  const cased = /\p{Ll}/u.test(name) || !/\s/.test(name.trim()) ? name : capitalizeWords(name);
  return cased.replace(/^(Al|El)-/, (m) => m.toLowerCase());
}

/** "IVO VAN PELL" → "Ivo van Pell", "ANA AL-SADI" → "Ana Al-Sadi": capitals only at word starts. */
function capitalizeWords(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase())
    .replace(/(?<=\s)(\p{L}+)(?=\s)/gu, (word) => (NAME_PARTICLES.has(word.toLowerCase()) ? word.toLowerCase() : word));
}

export interface TitledName {
  /** Offset (relative to the phrase) where the bare name starts. */
  nameOffset: number;
  name: string;
  title: string | null;
  country: string | null;
}

/** The first word of every title: a phrase whose next word is not one has no title there. */
const TITLE_FIRST_WORDS: ReadonlySet<string> = new Set([...TITLES.keys()].map((t) => t.split(' ')[0] ?? ''));

/**
 * Separates leading demonym and title words from the name in a capitalised phrase:
 * "Iraqi Chief Justice Faiq Zaidan" → title "Chief Justice", country "Iraq", name "Faiq Zaidan".
 */
export function splitTitle(phrase: string): TitledName {
  const starts: number[] = [];
  const ends: number[] = [];
  wordBounds(phrase, starts, ends);
  const count = starts.length;
  let i = 0;
  let country: string | null = null;
  let title: string | null = null;
  const first = count > 0 ? lowerWord(phrase, starts, ends, 0) : undefined;
  if (first !== undefined && DEMONYMS.has(first) && count > 2) {
    country = DEMONYMS.get(first) ?? null;
    i = 1;
  } else if (first !== undefined && /[’']s$/.test(first) && count > 2) {
    country = phrase.slice(starts[0], ends[0]).replace(/[’']s$/, '');
    i = 1;
  } else if (first !== undefined && PARTY_QUALIFIERS.has(first) && count > 2 && organizationKind([phrase]) === 'OTHER') {
    // "Republican Ana Ruiz": the party qualifies the name (but "Democratic Harbour Committee" is a name).
    i = 1;
  }
  // "Brask Gov. Ana Ruiz", "House Speaker Ivo Pell": up to three words before a title qualify it.
  if (i < count && !TITLE_FIRST_WORDS.has(i === 0 && first !== undefined ? first : lowerWord(phrase, starts, ends, i))) {
    i = qualifiedTitleAt(phrase, starts, ends, i);
  }
  // Only a phrase that reaches a title's first word needs its words in lower case.
  if (i < count && TITLE_FIRST_WORDS.has(i === 0 && first !== undefined ? first : lowerWord(phrase, starts, ends, i))) {
    const lower: string[] = [];
    for (let k = 0; k < count; k++) lower.push(lowerWord(phrase, starts, ends, k));
    // Longest title first: "Chief Justice" before "Justice", "Prime Minister" before "Minister".
    // Qualifiers may follow a title word too: "Former Brask Gov. Ana Ruiz".
    while (i < count) {
      const matched = TITLE_FIRST_WORDS.has(lower[i] ?? '') ? titleWordsAt(lower, i) : 0;
      if (matched === 0) {
        const qualified = qualifiedTitleAt(phrase, starts, ends, i);
        if (qualified === i) break;
        i = qualified;
        continue;
      }
      const role = TITLES.get(joinWords(lower, i, matched));
      if (role) title = role;
      i += matched;
    }
  }
  const nameOffset = starts[i] ?? phrase.length;
  return { nameOffset, name: phrase.slice(nameOffset), title, country };
}

/** "Jr.", "III": a suffix after a name, never a name on its own. */
const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/;

/**
 * Where a title starts after one to three qualifying words from `from` ("Brask Gov. Ana Ruiz",
 * "Supreme Court Justice Ivo Pell"), provided a name follows the title; `from` when none does.
 * A title word that ends the phrase or only precedes a suffix ("Ivo King Jr.") is a surname.
 */
function qualifiedTitleAt(phrase: string, starts: readonly number[], ends: readonly number[], from: number): number {
  const count = starts.length;
  for (let k = from + 1; k <= from + 3 && k < count - 1; k++) {
    if (!TITLE_FIRST_WORDS.has(lowerWord(phrase, starts, ends, k))) continue;
    const lower: string[] = [];
    for (let w = 0; w < count; w++) lower.push(lowerWord(phrase, starts, ends, w));
    let after = k;
    for (let n = titleWordsAt(lower, after); n > 0; n = titleWordsAt(lower, after)) after += n;
    if (after > k && after < count && !NAME_SUFFIX.test(lower[after] ?? '')) return k;
  }
  return from;
}

/** The start and end of every whitespace-separated word of `phrase`. */
function wordBounds(phrase: string, starts: number[], ends: number[]): void {
  let i = 0;
  while (i < phrase.length) {
    while (i < phrase.length && isSpaceAt(phrase, i)) i++;
    if (i >= phrase.length) break;
    starts.push(i);
    while (i < phrase.length && !isSpaceAt(phrase, i)) i++;
    ends.push(i);
  }
}

function lowerWord(phrase: string, starts: readonly number[], ends: readonly number[], k: number): string {
  return phrase.slice(starts[k], ends[k]).toLowerCase();
}

/** How many words from `i` (at most 4, never the last word) form a known title; 0 for none. */
function titleWordsAt(lower: readonly string[], i: number): number {
  for (let n = 4; n >= 1; n--) if (i + n < lower.length && TITLES.has(joinWords(lower, i, n))) return n;
  return 0;
}

function joinWords(words: readonly string[], from: number, n: number): string {
  let joined = words[from] ?? '';
  for (let k = from + 1; k < from + n; k++) joined += ` ${words[k] ?? ''}`;
  return joined;
}

/** Any organisation keyword at all: one scan settles most names (people's) at once. */
const ANY_ORGANIZATION_KEYWORD = new RegExp(ORGANIZATION_KIND_KEYWORDS.map(([re]) => re.source).join('|'), 'i');

/** Picks an organisation kind from keywords in its name and aliases. */
export function organizationKind(names: readonly string[]): OrganizationKind {
  if (!anyMatches(ANY_ORGANIZATION_KEYWORD, names)) return 'OTHER';
  for (const [re, kind] of ORGANIZATION_KIND_KEYWORDS) if (anyMatches(re, names)) return kind;
  return 'OTHER';
}

function anyMatches(re: RegExp, names: readonly string[]): boolean {
  for (const n of names) if (re.test(n)) return true;
  return false;
}
