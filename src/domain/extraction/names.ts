/**
 * Personal names and organisation names as news text writes them: capitalised tokens with
 * lower-case particles ("Abu Mahdi al-Muhandis", "Ludwig van Hoorn"), titles in front
 * ("Iraqi Prime Minister ..."), and organisation kinds from their keywords.
 */
import { DEMONYMS, NAME_PARTICLES, ORGANIZATION_KIND_KEYWORDS, TITLES } from './lexicon.ts';
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

/** Canonical spelling for a name: a leading glued particle keeps the article's lower case. */
export function canonicalName(name: string): string {
  return name.replace(/^(Al|El)-/, (m) => m.toLowerCase());
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
  const words = [...phrase.matchAll(/\S+/g)];
  let i = 0;
  let country: string | null = null;
  let title: string | null = null;
  const first = words[0]?.[0].toLowerCase();
  if (first !== undefined && DEMONYMS.has(first) && words.length > 2) {
    country = DEMONYMS.get(first) ?? null;
    i = 1;
  } else if (first !== undefined && /[’']s$/.test(first) && words.length > 2) {
    country = words[0]?.[0].replace(/[’']s$/, '') ?? null;
    i = 1;
  }
  // Longest title first: "Chief Justice" before "Justice", "Prime Minister" before "Minister".
  for (;;) {
    if (!TITLE_FIRST_WORDS.has(words[i]?.[0].toLowerCase() ?? '')) break;
    let matched = 0;
    for (let n = 4; n >= 1; n--) {
      if (i + n >= words.length) continue;
      const candidate = words
        .slice(i, i + n)
        .map((w) => w[0].toLowerCase())
        .join(' ');
      const role = TITLES.get(candidate);
      if (role !== undefined) {
        if (role) title = role;
        matched = n;
        break;
      }
    }
    if (!matched) break;
    i += matched;
  }
  const nameOffset = words[i]?.index ?? phrase.length;
  return { nameOffset, name: phrase.slice(nameOffset), title, country };
}

/** Any organisation keyword at all: one scan settles most names (people's) at once. */
const ANY_ORGANIZATION_KEYWORD = new RegExp(ORGANIZATION_KIND_KEYWORDS.map(([re]) => re.source).join('|'), 'i');

/** Picks an organisation kind from keywords in its name and aliases. */
export function organizationKind(names: readonly string[]): OrganizationKind {
  if (!names.some((n) => ANY_ORGANIZATION_KEYWORD.test(n))) return 'OTHER';
  for (const [re, kind] of ORGANIZATION_KIND_KEYWORDS) if (names.some((n) => re.test(n))) return kind;
  return 'OTHER';
}
