/**
 * Reads affiliations from the ways news text describes people:
 * - appositives: "X, a member of ORG," / "X the deputy commander of ORG"
 * - participles: "X, representing ORG,"
 * - titles: "Iraqi Prime Minister X", "Iran’s Foreign Minister X"
 * - possessives: "ORG’s spokesman X"
 * - "X of ORG" when ORG is recognisably an organisation
 * Role and organisation are kept apart; the evidence span covers the whole description.
 */
import { TITLE_ORGANIZATIONS } from './lexicon.ts';
import { NAME_TOKEN, organizationKind, splitTitle } from './names.ts';
import type { OrganizationKind, TextSpan } from './types.ts';

export interface RawAffiliation {
  /** The person's name as written (title words excluded). */
  person: TextSpan;
  role: string;
  organization: { name: string; kind: OrganizationKind; aliases: string[] };
  evidence: TextSpan;
}

const PARTICLE = String.raw`(?:al|el|bin|ibn|bint|abu|van|von|de|der|den|da|di|du|del|della|dos|das|la|le)`;
const NAME = String.raw`${NAME_TOKEN}(?:\s+(?:${PARTICLE}\s+)?${NAME_TOKEN}){0,5}`;
const ROLE_WORD = String.raw`[\p{Ll}][\p{Ll}-]*`;

// "NAME, a|an|the ROLE of|for|at|with|in ORG" and the comma-less "NAME the ROLE of ORG".
const APPOSITIVE = new RegExp(
  String.raw`(${NAME})(,?\s+)(?:a|an|the)\s+((?:${ROLE_WORD}\s+){0,3}?${ROLE_WORD})\s+(?:of|for|at|with|in|on|to)\s+`,
  'gu',
);
const REPRESENTING = new RegExp(String.raw`(${NAME}),\s+(representing|who represents|a representative of)\s+`, 'gu');
const TITLED = new RegExp(String.raw`(?:(?<![\p{L}])(${NAME_TOKEN})\s+)?(${NAME})`, 'gu');
const POSSESSIVE = new RegExp(String.raw`(${NAME})(?:’s|'s|’)\s+((?:${ROLE_WORD}\s+){0,2}${ROLE_WORD})\s+(${NAME})`, 'gu');
const OF_ORG = new RegExp(String.raw`(${NAME})\s+of\s+`, 'gu');

// Role words that are descriptions rather than roles ("a critic of", "the son of").
const NOT_ROLES = new Set(['critic', 'fan', 'friend', 'supporter', 'opponent', 'victim', 'son', 'daughter', 'wife', 'husband', 'mother', 'father', 'lot', 'number', 'group', 'result', 'part', 'couple', 'series', 'matter', 'case', 'way']);

/** Finds every affiliation described in `text[from..]`. */
export function findAffiliations(text: string, from: number): RawAffiliation[] {
  const found: RawAffiliation[] = [];
  const body = text.slice(from);
  const at = (i: number): number => from + i;

  for (const m of body.matchAll(APPOSITIVE)) {
    const [whole, rawName = '', sep = '', role = ''] = m;
    if (NOT_ROLES.has(role.split(' ').pop() ?? '')) continue;
    const orgStart = at(m.index + whole.length);
    const org = readOrganization(text, orgStart);
    if (!org) continue;
    // A bare "the ROLE of" after a name without a comma is only trusted for multi-word names.
    if (!sep.includes(',') && !/\s/.test(rawName)) continue;
    const person = personSpan(text, at(m.index), rawName);
    if (!person) continue;
    found.push({ person, role, organization: org, evidence: span(text, person.start, org.end) });
  }

  for (const m of body.matchAll(REPRESENTING)) {
    const [whole, rawName = ''] = m;
    const org = readOrganization(text, at(m.index + whole.length));
    if (!org) continue;
    const person = personSpan(text, at(m.index), rawName);
    if (!person) continue;
    found.push({ person, role: 'representative', organization: org, evidence: span(text, person.start, org.end) });
  }

  for (const m of body.matchAll(TITLED)) {
    const [whole, lead = '', phrase = ''] = m;
    const full = lead ? `${lead} ${phrase}` : phrase;
    const titled = splitTitle(full.replace(/\s+/g, ' '));
    if (!titled.title || !titled.country || !/\s/.test(titled.name.trim())) continue;
    const org = TITLE_ORGANIZATIONS.get(titled.title);
    if (!org) continue;
    const start = at(m.index);
    const nameStart = start + whole.length - titled.name.length;
    const person = span(text, nameStart, start + whole.length);
    const name = `${org.prefix} ${titled.country}`;
    found.push({ person, role: titled.title, organization: { name, kind: org.kind, aliases: [] }, evidence: span(text, start, start + whole.length) });
  }

  for (const m of body.matchAll(POSSESSIVE)) {
    const [whole, orgName = '', role = '', rawName = ''] = m;
    const kind = organizationKind([orgName]);
    if (kind === 'OTHER') continue;
    const lead = /^The\s+/.exec(whole)?.[0].length ?? 0;
    const start = at(m.index) + lead;
    const person = personSpan(text, at(m.index) + whole.length - rawName.length, rawName);
    if (!person) continue;
    found.push({ person, role, organization: { name: orgName.replace(/^The\s+/, ''), kind, aliases: [] }, evidence: span(text, start, at(m.index) + whole.length) });
  }

  for (const m of body.matchAll(OF_ORG)) {
    const [whole, rawName = ''] = m;
    const org = readOrganization(text, at(m.index + whole.length));
    if (!org || org.kind === 'OTHER') continue;
    const person = personSpan(text, at(m.index), rawName);
    if (!person || !/\s/.test(person.text)) continue;
    found.push({ person, role: 'member', organization: org, evidence: span(text, person.start, org.end) });
  }
  return found;
}

function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/** The bare name inside a capitalised phrase (titles dropped); null if nothing is left. */
function personSpan(text: string, start: number, phrase: string): TextSpan | null {
  const titled = splitTitle(phrase);
  const name = titled.name.trim();
  if (!name || /^(?:The|A|An|This|That|He|She|They|It|We|I)$/.test(name)) return null;
  const s = start + titled.nameOffset;
  return span(text, s, s + name.length);
}

const ORG_WORD = String.raw`(?:${NAME_TOKEN}|(?:of|for|and|on|the|de|del|al|&)(?=\s+\S))`;
const ORG_RE = new RegExp(String.raw`(?:the\s+)?(?:(\p{Lu}[\p{L}.-]*(?:’s|'s))\s+)?(${NAME_TOKEN}(?:\s+${ORG_WORD})*)(\s+\(([^)]{2,60})\))?`, 'uy');

/**
 * Reads an organisation name at `pos`: optional "the", an optional country possessive
 * ("Iraq’s", dropped from the name), then capitalised words with connectors. A trailing
 * parenthesis becomes an alias. Returns null when no capitalised name starts there.
 */
function readOrganization(text: string, pos: number): { name: string; kind: OrganizationKind; aliases: string[]; end: number } | null {
  ORG_RE.lastIndex = pos;
  const m = ORG_RE.exec(text);
  if (!m) return null;
  let name = (m[2] ?? '').replace(/\s+(?:of|for|and|on|the|de|del|al|&)$/, '');
  // A possessive inside the name ends it ("the Quds Force in Iran’s ..." never gets here, but
  // "Foreign Relations Committee’s" can).
  name = name.replace(/(?:’s|'s)$/, '');
  if (!name || /^(?:The|A|An)$/.test(name)) return null;
  const alias = m[4]?.trim();
  const end = alias && m[3] ? pos + m[0].length : pos + m[0].length - (m[3]?.length ?? 0) - (m[2]!.length - name.length);
  // "Popular Mobilization Forces-PMF": a long form glued to its acronym is two aliases.
  const aliases = alias ? alias.split(/\s*[-–,;/]\s*(?=\p{Lu}{2,}$)/u) : [];
  return { name, kind: organizationKind([name, ...aliases]), aliases, end };
}
