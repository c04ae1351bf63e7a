/**
 * Reads affiliations from the ways news text describes people:
 * - appositives: "X, a member of ORG," / "X the deputy commander of ORG" / "X, spokesman for ORG,"
 * - participles and relative clauses: "X, representing ORG," / "X, who chairs ORG,"
 * - named roles: "X, ORG ROLE," ("Ana Ruiz, Brask Party chairwoman, said") and "X, ORG’s ROLE,"
 * - titles: "Iraqi Prime Minister X", "Iran’s Foreign Minister X"
 * - possessives and prefixes: "ORG’s spokesman X", "Tessel Ferry Company chief executive X"
 * - "X of ORG" when ORG is recognisably an organisation
 * Role and organisation are kept apart; the evidence span covers the whole description.
 */
import { isSpaceAt, lastWord, span } from './draft.ts';
import { sentenceEndWithin } from './segment.ts';
import { DEMONYMS, isPersonRole, isRoleNoun, TITLE_ORGANIZATIONS } from './lexicon.ts';
import { NAME_TOKEN, organizationKind, splitTitle } from './names.ts';
import { LEFT_CLAUSE_OPENERS, SENTENCE_OPENER_WORDS } from './patterns.ts';
import type { OrganizationKind, TextSpan } from './types.ts';

export interface RawAffiliation {
  /** The person's name as written (title words excluded). */
  person: TextSpan;
  role: string;
  organization: { name: string; kind: OrganizationKind; aliases: string[] };
  evidence: TextSpan;
}

const PARTICLE = String.raw`(?:al|el|bin|ibn|bint|abu|van|von|de|der|den|da|di|du|del|della|dos|das|la|le)`;
// Words of one name, role or organisation are never split by a line break.
const GAP = String.raw`[ \t\u00A0]+`;
// Names start at a word boundary; without the look-behind every capital inside a word
// ("McDonald") would start a match attempt.
const NAME = String.raw`(?<![\p{L}\p{M}’'.-])${NAME_TOKEN}(?:${GAP}(?:${PARTICLE}${GAP}){0,2}${NAME_TOKEN}){0,5}`;
const ROLE_WORD = String.raw`[\p{Ll}][\p{Ll}-]*`;
const ROLE = String.raw`(?:${ROLE_WORD}${GAP}){0,2}?${ROLE_WORD}`;

// Each pattern is checked right after a capitalised run, in one pass over the text.
const NAME_RUN = new RegExp(NAME, 'gu');
// ", a member of" / " the deputy commander of" after a name.
const APPOSITIVE_TAIL = new RegExp(String.raw`(,?${GAP})(?:a|an|the)${GAP}((?:${ROLE_WORD}${GAP}){0,3}?${ROLE_WORD})${GAP}(of|for|at|with|in|on|to)${GAP}`, 'uy');
// ", spokesman for" / ", chief executive of": a role with no article, set off by a comma.
const BARE_APPOSITIVE_TAIL = new RegExp(String.raw`,${GAP}(?!(?:a|an|the)${GAP})(${ROLE})${GAP}(?:of|for|at|with)${GAP}`, 'uy');
const REPRESENTING_TAIL = new RegExp(String.raw`,${GAP}(?:representing|who${GAP}represents|a${GAP}representative${GAP}of)${GAP}`, 'y');
// ", who chairs" / ", who heads": the verb names the role.
const WHO_LEADS_TAIL = new RegExp(String.raw`,${GAP}who${GAP}(heads|chairs|leads|directs|founded)${GAP}`, 'y');
const WHO_LEADS_ROLES: Readonly<Record<string, string>> = { heads: 'head', chairs: 'chair', leads: 'leader', directs: 'director', founded: 'founder' };
// ", the Harbour Ministry’s spokesman," after a name, before a comma, a full stop or a cue.
const POSSESSIVE_ROLE_TAIL = new RegExp(String.raw`,${GAP}(?:the${GAP})?((?:\p{Lu}[\p{L}’'&-]*${GAP}){0,4}\p{Lu}[\p{L}&-]*)(?:’s|'s)${GAP}(${ROLE})(?=[ \t]*[,.;]|${GAP}(?:said|says|told|added|wrote))`, 'uy');
const OF_TAIL = new RegExp(String.raw`${GAP}of${GAP}`, 'y');
// ", Brask Party chairwoman," / ", Tessel Ferry Company CEO" after a name, before a comma,
// a full stop or a reporting verb.
const NAMED_ROLE_TAIL = new RegExp(String.raw`,${GAP}((?:\p{Lu}[\p{L}’'.&-]*${GAP}){1,5})([\p{Ll}-]+|\p{Lu}{2,3})(?=[ \t]*[,.;]|${GAP}(?:said|says|told|added|wrote))`, 'uy');
const POSSESSIVE_TAIL = new RegExp(String.raw`${GAP}(${ROLE})${GAP}(${NAME})`, 'uy');

// Role words that are descriptions rather than roles ("a critic of", "the son of").
const NOT_ROLES = new Set(['critic', 'fan', 'friend', 'supporter', 'opponent', 'victim', 'son', 'daughter', 'wife', 'husband', 'mother', 'father', 'sister', 'brother', 'man', 'woman', 'person', 'lot', 'number', 'group', 'result', 'part', 'couple', 'series', 'matter', 'case', 'way']);
// Words that make a lower-case run a clause, not a role ("who was president of", "served as governor of").
const NOT_ROLE_WORDS = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'who', 'which', 'that', 'as', 'then', 'now', 'once', 'also', 'later', 'noted', 'served', 'said', 'says', 'became', 'named', 'based', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
// "Mr. Pell's office", "President Ana Ruiz": a person, not an organisation.
const HONORIFIC_START = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|President|Senator|Governor|Vice)\b/;
// "But Ana Ruiz, …", "While Pell …": sentence openers are no part of the person's name.
const OPENER_WORDS = new RegExp(`^(?:(?:${SENTENCE_OPENER_WORDS})[ \\t\\u00A0]+)+`, 'u');

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
    const sentenceEnd = sentenceEndWithin(text, runStart, runStart + m[0].length);
    // "… said Ana Ruiz. Pell …": the run stops at the full stop; reading resumes after it.
    if (sentenceEnd < runStart + m[0].length) NAME_RUN.lastIndex = sentenceEnd + 1;
    const run = text.slice(runStart, sentenceEnd);
    // The tails after a name start with a comma or a space: most runs are settled by one character.
    const runEnd = runStart + run.length;
    const comma = runEnd < text.length && text.charCodeAt(runEnd) === 0x2c;
    const space = runEnd < text.length && isSpaceAt(text, runEnd);
    if (comma || space) addAppositive(found, text, runStart, run);
    if (comma) addBareAppositive(found, text, runStart, run);
    if (comma) addRepresenting(found, text, runStart, run);
    if (comma) addWhoLeads(found, text, runStart, run);
    if (comma) addNamedRole(found, text, runStart, run);
    if (comma) addPossessiveRole(found, text, runStart, run);
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
  if (!isRole(role)) return;
  const org = readOrganization(text, runEnd + appositive[0].length);
  // "a lawyer in Brask": after in/on/to only a recognisable organisation is one, not a place.
  if (org && /^(?:in|on|to)$/.test(appositive[3] ?? '') && org.kind === 'OTHER') return;
  // A bare "the ROLE of" after a name without a comma is only trusted for multi-word names.
  const person = org && (sep.includes(',') || /\s/.test(run)) ? personSpan(text, runStart, run) : null;
  if (org && person) addDescribed(found, text, person, role, org);
}

/** "X, spokesman for ORG," / "X, chief executive of ORG,": the role must name a person. */
function addBareAppositive(found: RawAffiliation[], text: string, runStart: number, run: string): void {
  const runEnd = runStart + run.length;
  const appositive = sticky(BARE_APPOSITIVE_TAIL, text, runEnd);
  if (!appositive) return;
  const role = appositive[1] ?? '';
  if (!isRole(role)) return;
  const org = readOrganization(text, runEnd + appositive[0].length);
  const person = org ? personSpan(text, runStart, run) : null;
  if (org && person) addDescribed(found, text, person, role, org);
}

/** "X, who chairs ORG,": heads, chairs, leads, directs or founded. */
function addWhoLeads(found: RawAffiliation[], text: string, runStart: number, run: string): void {
  const runEnd = runStart + run.length;
  const who = sticky(WHO_LEADS_TAIL, text, runEnd);
  if (!who) return;
  const role = WHO_LEADS_ROLES[who[1] ?? ''];
  const org = role ? readOrganization(text, runEnd + who[0].length) : null;
  const person = org && org.kind !== 'OTHER' ? personSpan(text, runStart, run) : null;
  if (role && org && person) addDescribed(found, text, person, role, org);
}

/** "X, representing ORG,". */
function addRepresenting(found: RawAffiliation[], text: string, runStart: number, run: string): void {
  const runEnd = runStart + run.length;
  const representing = sticky(REPRESENTING_TAIL, text, runEnd);
  if (!representing) return;
  const org = readOrganization(text, runEnd + representing[0].length);
  const person = org ? personSpan(text, runStart, run) : null;
  if (org && person) addDescribed(found, text, person, 'representative', org);
}

/** "X, ORG ROLE," as in "Ana Ruiz, Brask Party chairwoman, said": a recognisable organisation. */
function addNamedRole(found: RawAffiliation[], text: string, runStart: number, run: string): void {
  addRoleAfterName(found, text, runStart, run, NAMED_ROLE_TAIL, (role) => isPersonRole(role) && !NOT_ROLES.has(role));
}

/** "X, the Harbour Ministry’s spokesman,": a recognisable organisation's role, set off by commas. */
function addPossessiveRole(found: RawAffiliation[], text: string, runStart: number, run: string): void {
  addRoleAfterName(found, text, runStart, run, POSSESSIVE_ROLE_TAIL, isRole);
}

/**
 * A role at a recognisable organisation set off after a name: `tail` reads the organisation
 * (group 1) and the role (group 2) after the comma. "In Brask, …", "The Tessel …": a clause
 * opener or an article is no part of a name, and a one-word run is no full name.
 */
function addRoleAfterName(found: RawAffiliation[], text: string, runStart: number, run: string, tail: RegExp, acceptsRole: (role: string) => boolean): void {
  if (!/\s/.test(run) || LEFT_CLAUSE_OPENERS.test(run) || /^(?:The|But|And)\s/.test(run)) return;
  const runEnd = runStart + run.length;
  const m = sticky(tail, text, runEnd);
  if (!m) return;
  const orgName = (m[1] ?? '').trim();
  const role = m[2] ?? '';
  if (!acceptsRole(role)) return;
  const kind = organizationKind([orgName]);
  if (kind === 'OTHER') return;
  const person = personSpan(text, runStart, run);
  if (person) found.push({ person, role, organization: { name: orgName, kind, aliases: [] }, evidence: span(text, person.start, runEnd + m[0].length) });
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

/**
 * "ORG’s ROLE X", and "ORG ROLE X" ("Tessel Ferry Company chief executive Ivo Pell") when the
 * role names one person: a plural ("Brask Party members Ana …") describes no one of them.
 */
function addPossessive(found: RawAffiliation[], text: string, runStart: number, run: string): void {
  const possessiveRun = /(?:’s|'s|’)$/.test(run);
  const runEnd = runStart + run.length;
  if (!possessiveRun && !(runEnd < text.length && isSpaceAt(text, runEnd))) return;
  // The organisation first: most runs are people's names, settled without reading on.
  const orgName = run.replace(/(?:’s|'s|’)$/, '').replace(/^The\s+/, '');
  const kind = organizationKind([orgName]);
  if (kind === 'OTHER') return;
  const possessive = sticky(POSSESSIVE_TAIL, text, runEnd);
  if (!possessive) return;
  const role = possessive[1] ?? '';
  if (!isRole(role)) return;
  // "Brask Party members Ana …": a plural describes no one of them.
  if (!possessiveRun && !isPersonRole(lastWord(role))) return;
  const nameStart = runEnd + possessive[0].length - (possessive[2] ?? '').length;
  const nameEnd = sentenceEndWithin(text, nameStart, runEnd + possessive[0].length);
  const person = personSpan(text, nameStart, text.slice(nameStart, nameEnd));
  const lead = /^The\s+/.exec(run)?.[0].length ?? 0;
  if (person) found.push({ person, role, organization: { name: orgName, kind, aliases: [] }, evidence: span(text, runStart + lead, person.end) });
}

/** "X of ORG" when ORG is recognisably an organisation. */
function addMemberOf(found: RawAffiliation[], text: string, runStart: number, run: string): void {
  const runEnd = runStart + run.length;
  const of = sticky(OF_TAIL, text, runEnd);
  if (!of) return;
  const org = readOrganization(text, runEnd + of[0].length);
  const person = org && org.kind !== 'OTHER' ? personSpan(text, runStart, run) : null;
  if (org && person && /\s/.test(person.text)) addDescribed(found, text, person, 'member', org);
}

/**
 * A lower-case run that names a role: its head is a person's role or occupation ("deputy
 * commander", "senior fellow"), not a thing or an event ("a rally in", "the imprint of"), and
 * no word of it makes it a clause ("who was president of", "served as governor of").
 */
function isRole(role: string): boolean {
  const words = role.split(/[ \t\u00A0]+/);
  const head = words[words.length - 1] ?? '';
  if (NOT_ROLES.has(head) || !isRoleNoun(head)) return false;
  for (const w of words) if (NOT_ROLE_WORDS.has(w)) return false;
  return true;
}

/** Records `person` as `role` of an organisation read from the text; the evidence runs to its end. */
function addDescribed(found: RawAffiliation[], text: string, person: TextSpan, role: string, org: Organization): void {
  found.push({ person, role, organization: { name: org.name, kind: org.kind, aliases: org.aliases }, evidence: span(text, person.start, org.end) });
}

/** The phrase up to its first whitespace. */
function firstWordOf(phrase: string): string {
  let end = 0;
  while (end < phrase.length && !isSpaceAt(phrase, end)) end++;
  return phrase.slice(0, end);
}

/** The bare name inside a capitalised phrase (openers and titles dropped); null if nothing is left. */
function personSpan(text: string, start: number, phrase: string): TextSpan | null {
  const opener = OPENER_WORDS.exec(phrase)?.[0].length ?? 0;
  if (opener > 0) return personSpan(text, start + opener, phrase.slice(opener));
  const titled = splitTitle(phrase);
  const name = titled.name.trim();
  if (!name || /^(?:The|A|An|This|That|He|She|They|It|We|I)$/.test(name)) return null;
  const s = start + titled.nameOffset;
  return span(text, s, s + name.length);
}

/** An organisation name read from the text, with its aliases and where it ends. */
interface Organization {
  name: string;
  kind: OrganizationKind;
  aliases: string[];
  end: number;
}

// "U.K.", "B.F.W.-H.U.": dotted capitals are one word of an organisation's name.
const DOTTED_ACRONYM = String.raw`(?:\p{Lu}\.){2,}(?:-(?:\p{Lu}\.)+)*`;
const ORG_WORD = String.raw`(?:${DOTTED_ACRONYM}|${NAME_TOKEN}|(?:of|for|and|on|the|de|del|al|&)(?=${GAP}\S))`;
const ORG_RE = new RegExp(String.raw`(?:the${GAP})?(?:([\p{L}][\p{L}.-]*(?:’s|'s))${GAP})?((?:${DOTTED_ACRONYM}|${NAME_TOKEN})(?:${GAP}${ORG_WORD})*)(${GAP}\(([^)\n]{2,60})\))?`, 'uy');
// "the lawyer for Ruiz’s campaign": the name is only the owner of what follows.
const OWNER_BEFORE_NOUN = /^(?:’s|'s)[ \t\u00A0]+\p{Ll}/u;

/**
 * Reads an organisation name at `pos`: optional "the", an optional owner's possessive
 * ("Iraq’s", "the council’s", dropped from the name), then capitalised words with connectors,
 * up to a sentence end. A trailing parenthesis becomes an alias. Returns null when no
 * organisation name starts there: nothing capitalised, a person ("President Ana Ruiz",
 * "Mr. Pell’s office") or a bare demonym ("Brasker").
 */
function readOrganization(text: string, pos: number): Organization | null {
  ORG_RE.lastIndex = pos;
  const m = ORG_RE.exec(text);
  if (!m) return null;
  const matched = m[2] ?? '';
  const nameStart = pos + m[0].length - (m[3]?.length ?? 0) - matched.length;
  const sentenceEnd = sentenceEndWithin(text, nameStart, nameStart + matched.length);
  if (OWNER_BEFORE_NOUN.test(text.slice(sentenceEnd - 2, sentenceEnd + 4))) return null;
  // A possessive inside the name ends it ("Foreign Relations Committee’s").
  const name = text
    .slice(nameStart, sentenceEnd)
    .replace(/[ \t\u00A0]+(?:of|for|and|on|the|de|del|al|&)$/, '')
    .replace(/(?:’s|'s)$/, '');
  if (!name || /^(?:The|A|An)$/.test(name) || HONORIFIC_START.test(name) || DEMONYMS.has(name.toLowerCase())) return null;
  const alias = sentenceEnd === nameStart + matched.length ? m[4]?.trim() : undefined;
  const end = alias ? pos + m[0].length : nameStart + name.length;
  // "Popular Mobilization Forces-PMF": a long form glued to its acronym is two aliases.
  const aliases = alias ? alias.split(/\s*[-–,;/]\s*(?=\p{Lu}{2,}$)/u) : [];
  return { name, kind: organizationKind([name, ...aliases]), aliases, end };
}
