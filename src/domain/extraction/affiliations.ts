/**
 * Reads affiliations from the ways news text describes people:
 * - appositives: "X, a member of ORG," / "X the deputy commander of ORG"
 * - participles: "X, representing ORG,"
 * - named roles: "X, ORG ROLE," ("Ana Ruiz, Brask Party chairwoman, said")
 * - titles: "Iraqi Prime Minister X", "Iran’s Foreign Minister X"
 * - possessives: "ORG’s spokesman X"
 * - "X of ORG" when ORG is recognisably an organisation
 * Role and organisation are kept apart; the evidence span covers the whole description.
 */
import { isSpaceAt, span } from './draft.ts';
import { DEMONYMS, isPersonRole, TITLE_ORGANIZATIONS } from './lexicon.ts';
import { NAME_TOKEN, organizationKind, splitTitle } from './names.ts';
import { LEFT_CLAUSE_OPENERS } from './patterns.ts';
import type { OrganizationKind, TextSpan } from './types.ts';

export interface RawAffiliation {
  /** The person's name as written (title words excluded). */
  person: TextSpan;
  role: string;
  organization: { name: string; kind: OrganizationKind; aliases: string[] };
  evidence: TextSpan;
}

const PARTICLE = String.raw`(?:al|el|bin|ibn|bint|abu|van|von|de|der|den|da|di|du|del|della|dos|das|la|le)`;
// Names start at a word boundary; without the look-behind every capital inside a word
// ("McDonald") would start a match attempt.
const NAME = String.raw`(?<![\p{L}\p{M}’'.-])${NAME_TOKEN}(?:\s+(?:${PARTICLE}\s+)?${NAME_TOKEN}){0,5}`;
const ROLE_WORD = String.raw`[\p{Ll}][\p{Ll}-]*`;

// Each pattern is checked right after a capitalised run, in one pass over the text.
const NAME_RUN = new RegExp(NAME, 'gu');
// ", a member of" / " the deputy commander of" after a name.
const APPOSITIVE_TAIL = new RegExp(String.raw`(,?\s+)(?:a|an|the)\s+((?:${ROLE_WORD}\s+){0,3}?${ROLE_WORD})\s+(?:of|for|at|with|in|on|to)\s+`, 'uy');
const REPRESENTING_TAIL = /,\s+(?:representing|who represents|a representative of)\s+/y;
const OF_TAIL = /\s+of\s+/y;
// ", Brask Party chairwoman," / ", Tessel Ferry Company CEO" after a name, before a comma,
// a full stop or a reporting verb.
const NAMED_ROLE_TAIL = /,\s+((?:\p{Lu}[\p{L}’'.&-]*\s+){1,5})([\p{Ll}-]+|\p{Lu}{2,3})(?=\s*[,.;]|\s+(?:said|says|told|added|wrote))/uy;
const POSSESSIVE_TAIL = new RegExp(String.raw`\s+((?:${ROLE_WORD}\s+){0,2}${ROLE_WORD})\s+(${NAME})`, 'uy');

// Role words that are descriptions rather than roles ("a critic of", "the son of").
const NOT_ROLES = new Set(['critic', 'fan', 'friend', 'supporter', 'opponent', 'victim', 'son', 'daughter', 'wife', 'husband', 'mother', 'father', 'lot', 'number', 'group', 'result', 'part', 'couple', 'series', 'matter', 'case', 'way']);

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Finds every affiliation described in `text[from..]`. */
export function findAffiliations(text: string, from: number): RawAffiliation[] {
  const found: RawAffiliation[] = [];
  NAME_RUN.lastIndex = from;
  for (let m = NAME_RUN.exec(text); m; m = NAME_RUN.exec(text)) {
    const runStart = m.index;
    const run = m[0];
    // The tails after a name start with a comma or a space: most runs are settled by one character.
    const runEnd = runStart + run.length;
    const comma = runEnd < text.length && text.charCodeAt(runEnd) === 0x2c;
    const space = runEnd < text.length && isSpaceAt(text, runEnd);
    if (comma || space) addAppositive(found, text, runStart, run);
    if (comma) addRepresenting(found, text, runStart, run);
    if (comma) addNamedRole(found, text, runStart, run);
    addTitled(found, text, runStart, run);
    addPossessive(found, text, runStart, run);
    if (space) addMemberOf(found, text, runStart, run);
  }
  return found;
}

/** "X, a member of ORG," / "X the deputy commander of ORG". */
function addAppositive(found: RawAffiliation[], text: string, runStart: number, run: string): void {
  const runEnd = runStart + run.length;
  const appositive = sticky(APPOSITIVE_TAIL, text, runEnd);
  if (!appositive) return;
  const sep = appositive[1] ?? '';
  const role = appositive[2] ?? '';
  if (NOT_ROLES.has(role.slice(role.lastIndexOf(' ') + 1))) return;
  const org = readOrganization(text, runEnd + appositive[0].length);
  // A bare "the ROLE of" after a name without a comma is only trusted for multi-word names.
  const person = org && (sep.includes(',') || /\s/.test(run)) ? personSpan(text, runStart, run) : null;
  if (org && person) found.push({ person, role, organization: { name: org.name, kind: org.kind, aliases: org.aliases }, evidence: span(text, person.start, org.end) });
}

/** "X, representing ORG,". */
function addRepresenting(found: RawAffiliation[], text: string, runStart: number, run: string): void {
  const runEnd = runStart + run.length;
  const representing = sticky(REPRESENTING_TAIL, text, runEnd);
  if (!representing) return;
  const org = readOrganization(text, runEnd + representing[0].length);
  const person = org ? personSpan(text, runStart, run) : null;
  if (org && person) found.push({ person, role: 'representative', organization: { name: org.name, kind: org.kind, aliases: org.aliases }, evidence: span(text, person.start, org.end) });
}

/** "X, ORG ROLE," as in "Ana Ruiz, Brask Party chairwoman, said": a recognisable organisation. */
function addNamedRole(found: RawAffiliation[], text: string, runStart: number, run: string): void {
  // "In Brask, …", "The Tessel …": a clause opener or an article is no part of a name.
  if (!/\s/.test(run) || LEFT_CLAUSE_OPENERS.test(run) || /^(?:The|But|And)\s/.test(run)) return;
  const runEnd = runStart + run.length;
  const tail = sticky(NAMED_ROLE_TAIL, text, runEnd);
  if (!tail) return;
  const orgName = (tail[1] ?? '').trim();
  const role = tail[2] ?? '';
  if (!isPersonRole(role) || NOT_ROLES.has(role)) return;
  const kind = organizationKind([orgName]);
  if (kind === 'OTHER') return;
  const person = personSpan(text, runStart, run);
  if (person) found.push({ person, role, organization: { name: orgName, kind, aliases: [] }, evidence: span(text, person.start, runEnd + tail[0].length) });
}

/** "Iraqi Prime Minister X" / "Iraq’s Prime Minister X". */
function addTitled(found: RawAffiliation[], text: string, runStart: number, run: string): void {
  const firstWord = firstWordOf(run).toLowerCase();
  if (!DEMONYMS.has(firstWord) && !/[’']s$/.test(firstWord)) return;
  const titled = splitTitle(run.replace(/\s+/g, ' '));
  const org = titled.title ? TITLE_ORGANIZATIONS.get(titled.title) : undefined;
  if (org && titled.country && /\s/.test(titled.name.trim())) {
    const runEnd = runStart + run.length;
    const person = span(text, runEnd - titled.name.length, runEnd);
    found.push({ person, role: titled.title ?? '', organization: { name: `${org.prefix} ${titled.country}`, kind: org.kind, aliases: [] }, evidence: span(text, runStart, runEnd) });
  }
}

/** "ORG’s ROLE X". */
function addPossessive(found: RawAffiliation[], text: string, runStart: number, run: string): void {
  if (!/(?:’s|'s|’)$/.test(run)) return;
  const runEnd = runStart + run.length;
  const possessive = sticky(POSSESSIVE_TAIL, text, runEnd);
  if (!possessive) return;
  const orgName = run.replace(/(?:’s|'s|’)$/, '').replace(/^The\s+/, '');
  const kind = organizationKind([orgName]);
  if (kind === 'OTHER') return;
  const whole = possessive[0];
  const role = possessive[1] ?? '';
  const rawName = possessive[2] ?? '';
  const person = personSpan(text, runEnd + whole.length - rawName.length, rawName);
  const lead = /^The\s+/.exec(run)?.[0].length ?? 0;
  if (person) found.push({ person, role, organization: { name: orgName, kind, aliases: [] }, evidence: span(text, runStart + lead, runEnd + whole.length) });
}

/** "X of ORG" when ORG is recognisably an organisation. */
function addMemberOf(found: RawAffiliation[], text: string, runStart: number, run: string): void {
  const runEnd = runStart + run.length;
  const of = sticky(OF_TAIL, text, runEnd);
  if (!of) return;
  const org = readOrganization(text, runEnd + of[0].length);
  const person = org && org.kind !== 'OTHER' ? personSpan(text, runStart, run) : null;
  if (org && person && /\s/.test(person.text)) found.push({ person, role: 'member', organization: { name: org.name, kind: org.kind, aliases: org.aliases }, evidence: span(text, person.start, org.end) });
}

/** The phrase up to its first whitespace. */
function firstWordOf(phrase: string): string {
  let end = 0;
  while (end < phrase.length && !isSpaceAt(phrase, end)) end++;
  return phrase.slice(0, end);
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
