/**
 * Speaker resolution within one article: names, surnames ("al-Moussawi" for "Mokhtar
 * al-Moussawi"), pronouns, role nouns ("the parliamentary member") and forward references
 * from a vague source in the lede; plus the affiliations read from descriptions of people.
 * People who share a surname stay apart: a bare surname goes to the most recently mentioned.
 */
import type { RawAffiliation } from './affiliations.ts';
import { lastWord, lastWordLower, span } from './draft.ts';
import type { Draft } from './draft.ts';
import { BODY_HEADS, isGroupNoun, NAME_PARTICLES, ORGANIZATION_HEADS, PERSON_ROLE_NOUNS, MULTIWORD_PLACES, PRONOUNS, TITLES } from './lexicon.ts';
import { canonicalName, isNameToken, isParticle, NAME_TOKEN, normalizeSurname, organizationKind, slug, splitTitle } from './names.ts';
import type { TitledName } from './names.ts';
import { SENTENCE_OPENER_WORDS } from './patterns.ts';
import { sentenceEndWithin } from './segment.ts';
import type { ExtractedAffiliation, ExtractedArticle, ExtractedOrganization, ExtractedSpeaker, ExtractedStatement, Span, SpeakerKind, TextSpan } from './types.ts';

interface Entity {
  key: string;
  name: string;
  kind: SpeakerKind;
  aliases: string[];
  mentions: TextSpan[];
  surname: string | null;
  /** Roles from titles and affiliations, lower-case head words ("member", "minister"). */
  roleHeads: Set<string>;
  /** Lower-case words that qualified a title ("brask" in "Brask Gov. Ana Ruiz"), for "the Brask governor". */
  qualifiers: Set<string>;
  /** The pronoun the article's own words imply ("Mrs. Ruiz", "chairman"), or null when they do not say. */
  pronoun: 'he' | 'she' | null;
  quoted: boolean;
  lastSeen: number;
}

const BASE_CONFIDENCE: Record<Draft['pattern'], number> = {
  'adjacent-quote': 0.95,
  clause: 0.85,
  'left-clause': 0.8,
  'according-to': 0.85,
  'follow-on': 0.85,
  participle: 0.75,
  'colon-intro': 0.7,
  unattributed: 0.5,
  'embedded-quote': 0.6,
  transcript: 0.9,
};

/** A capitalised multi-word name in the body and the surname it ends with. */
interface IndexedName {
  start: number;
  name: string;
  surname: string;
}

/** A mention resolved to an entity, with how much the resolution is trusted. */
interface Resolution {
  entity: Entity;
  factor: number;
}

/**
 * Resolves every draft's speaker mention to an entity, attaches affiliations, and returns the
 * article's speakers (quoted people, plus people described with an affiliation), organisations,
 * affiliations and final statements with confidences. Drafts must be sorted by content start.
 */
export function resolveSpeakers(
  text: string,
  bodyStart: number,
  drafts: readonly Draft[],
  rawAffiliations: readonly RawAffiliation[],
): Pick<ExtractedArticle, 'speakers' | 'organizations' | 'affiliations' | 'statements'> {
  const resolver = new SpeakerResolver(text, new NameIndex(text, bodyStart));
  // Affiliations first: they introduce people and the roles that "the minister" refers to.
  const rawSorted = [...rawAffiliations].sort((a, b) => a.evidence.start - b.evidence.start);
  const { affiliations, organizations, affiliated } = resolver.affiliate(rawSorted);
  const statements = resolver.attribute(drafts);
  resolveForwardReferences(text, drafts, statements, resolver);
  resolver.markQuoted(statements);
  const used = new Set<string>();
  for (const a of affiliations) used.add(a.organizationKey);
  const usedOrganizations: ExtractedOrganization[] = [];
  for (const o of organizations.values()) if (used.has(o.key)) usedOrganizations.push(o);
  return { speakers: resolver.speakers(affiliated), organizations: usedOrganizations, affiliations, statements };
}

/**
 * A capitalised run of two to five words: a possible full name. A name never runs over a line
 * break ("… in Brask.\n\nPell said" is not "Brask Pell").
 */
const NAME_RUN = /(?:\p{Lu}[\p{L}’'.-]*|(?:al|el)-\p{Lu}[\p{L}’'-]*)(?:[ \t\u00A0]+(?:(?:al|el|bin|ibn|abu|van|von|de|da|di|du|del|la|le)[ \t\u00A0]+)?(?:\p{Lu}[\p{L}’'-]*|(?:al|el)-\p{Lu}[\p{L}’'-]*)){1,4}/gu;
/** "When Pell …", "The Harbour Board …": an opener of the sentence is not part of the name. */
const SENTENCE_OPENER = new RegExp(`^(?:${SENTENCE_OPENER_WORDS})[ \\t\\u00A0]+`, 'u');

/**
 * Every capitalised multi-word name in the body, so "Pell said" finds "Ivo Pell". Read lazily:
 * a lookup reads the text only as far as it needs, and most never need the article's end.
 */
class NameIndex {
  /** The names read so far, in text order. */
  readonly names: IndexedName[] = [];
  private readonly text: string;
  /** Where reading resumes; -1 once the text is exhausted. */
  private resumeAt: number;
  /** Every run that starts before this offset has been read. */
  private readUpTo = -1;

  constructor(text: string, bodyStart: number) {
    this.text = text;
    this.resumeAt = bodyStart;
  }

  /** Reads on until every name that starts before `at` is in `names`. */
  readUntil(at: number): void {
    while (this.readUpTo < at && this.resumeAt >= 0) this.readNextRun();
  }

  private readNextRun(): void {
    NAME_RUN.lastIndex = this.resumeAt;
    const m = NAME_RUN.exec(this.text);
    if (!m) {
      this.resumeAt = -1;
      return;
    }
    // A run's names start at or after the run, so runs after this one hold no earlier name.
    this.readUpTo = m.index;
    const opener = SENTENCE_OPENER.exec(m[0]) ?? titleWordAfterOf(this.text, m.index, m[0]);
    if (opener) {
      this.resumeAt = m.index + opener[0].length;
      return;
    }
    // "… met Pell. As Ruiz said": a name stops at a full stop that ends a sentence.
    const end = sentenceEndWithin(this.text, m.index, m.index + m[0].length);
    this.resumeAt = end < m.index + m[0].length ? end + 1 : end;
    // "the Harbour Board’s Ana Ruiz": a name starts after a possessive inside the run.
    const run = this.text.slice(m.index, end);
    const owner = run.includes('s ') ? (/^.*[’']s[ \t\u00A0]+/u.exec(run)?.[0].length ?? 0) : 0;
    const titled = splitTitle(run.slice(owner));
    const name = titled.name.replace(/[’']s$/, '');
    // The run has no space at either end, so one inside means two words or more.
    if (/\s/.test(name) && organizationKind([name]) === 'OTHER' && !MULTIWORD_PLACES.has(name.toLowerCase())) {
      const canonical = canonicalName(name);
      this.names.push({ start: m.index + owner + titled.nameOffset, name: canonical, surname: normalizeSurname(lastWord(canonical)) });
    }
  }
}

/**
 * The people and organisations of one article as its text is read in order: a name, surname,
 * pronoun or role noun resolves against what was mentioned before it.
 */
class SpeakerResolver {
  readonly entities = new Map<string, Entity>();
  /** Slugs already computed in this article, by name. */
  private readonly keys = new Map<string, string>();
  private readonly text: string;
  private readonly nameIndex: NameIndex;
  private lastPerson: Entity | null = null;
  private lastOrganization: Entity | null = null;

  constructor(text: string, nameIndex: NameIndex) {
    this.text = text;
    this.nameIndex = nameIndex;
  }

  /** The affiliations read from descriptions of people (sorted by evidence), with their organisations. */
  affiliate(rawSorted: readonly RawAffiliation[]): { affiliations: ExtractedAffiliation[]; organizations: Map<string, ExtractedOrganization>; affiliated: Set<string> } {
    const affiliations: ExtractedAffiliation[] = [];
    const organizations = new Map<string, ExtractedOrganization>();
    const affiliated = new Set<string>();
    const affiliationPeople = new Map<number, Entity>();
    for (const raw of rawSorted) {
      const e = this.resolveName(raw.person.text, raw.person.start);
      if (!e || e.kind !== 'PERSON') continue;
      affiliationPeople.set(raw.person.start, e);
    }
    for (const raw of rawSorted) {
      const e = affiliationPeople.get(raw.person.start);
      if (!e) continue;
      const orgKey = this.keyOf(raw.organization.name);
      if (!organizations.has(orgKey)) organizations.set(orgKey, { key: orgKey, name: raw.organization.name, kind: raw.organization.kind, aliases: raw.organization.aliases });
      if (hasAffiliation(affiliations, e.key, orgKey, raw.role)) continue;
      affiliations.push({ speakerKey: e.key, organizationKey: orgKey, role: raw.role, evidence: raw.evidence });
      e.roleHeads.add(lastWordLower(raw.role));
      notePronoun(e, raw.role);
      // "Ana Ruiz, the governor of Brask" is "the Brask governor".
      for (const word of raw.organization.name.split(/\s+/)) if (/^\p{Lu}/u.test(word)) e.qualifiers.add(word.toLowerCase());
      affiliated.add(e.key);
      this.addMention(e, raw.person, true);
    }
    return { affiliations, organizations, affiliated };
  }

  /** The statements of the drafts, in text order; pronouns and role nouns look back at what came before. */
  attribute(drafts: readonly Draft[]): ExtractedStatement[] {
    const statements: ExtractedStatement[] = [];
    const keys = new Map<Draft, string | null>();
    for (const d of drafts) {
      let key: string | null = null;
      let confidence = BASE_CONFIDENCE[d.pattern];
      if (d.inheritsFrom) {
        key = keys.get(d.inheritsFrom) ?? null;
      } else if (d.mention) {
        const r = this.resolveMention(d.mention);
        if (r) {
          key = r.entity.key;
          confidence *= r.factor;
          this.noteSpeaker(r.entity, d.mention.start);
        } else confidence *= 0.7;
      } else confidence *= 0.6;
      keys.set(d, key);
      statements.push({
        content: span(this.text, d.content.start, d.content.end),
        kind: d.kind,
        cue: d.cue,
        cueLemma: d.cueLemma,
        speakerKey: key,
        speakerMention: d.mention,
        confidence: Math.round(confidence * 100) / 100,
      });
    }
    // A run-on quotation inherits from a statement further on; fill those in once all are known.
    for (let i = 0; i < drafts.length; i++) {
      const from = drafts[i]?.inheritsFrom;
      const statement = statements[i];
      if (from && statement && statement.speakerKey === null) statement.speakerKey = keys.get(from) ?? null;
    }
    return statements;
  }

  /** Every entity a statement is attributed to is quoted, and its mention recorded. */
  markQuoted(statements: readonly ExtractedStatement[]): void {
    for (const s of statements) {
      if (!s.speakerKey) continue;
      const e = this.entities.get(s.speakerKey);
      if (!e) continue;
      e.quoted = true;
      if (s.speakerMention) this.addMention(e, s.speakerMention, false);
    }
  }

  /** Quoted or affiliated entities, in order of first mention. */
  speakers(affiliated: ReadonlySet<string>): ExtractedSpeaker[] {
    const listed: { e: Entity; first: number }[] = [];
    for (const e of this.entities.values()) if (e.quoted || affiliated.has(e.key)) listed.push({ e, first: firstMentionStart(e.mentions) });
    listed.sort((a, b) => a.first - b.first);
    const speakers: ExtractedSpeaker[] = [];
    for (const { e } of listed) {
      speakers.push({
        key: e.key,
        name: e.name,
        kind: e.kind,
        aliases: e.aliases,
        mentions: [...e.mentions].sort((a, b) => a.start - b.start),
        quoted: e.quoted,
      });
    }
    return speakers;
  }

  /** The slug of `name`; an article names the same people again and again. */
  private keyOf(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) {
      key = slug(name);
      this.keys.set(name, key);
    }
    return key;
  }

  private noteSpeaker(e: Entity, at: number): void {
    e.lastSeen = Math.max(e.lastSeen, at);
    if (e.kind === 'PERSON') this.lastPerson = e;
    if (e.kind === 'ORGANIZATION') this.lastOrganization = e;
  }

  private entity(name: string, kind: SpeakerKind, at: number): Entity {
    const key = this.keyOf(name);
    let e = this.entities.get(key);
    if (!e) {
      e = { key, name, kind, aliases: [], mentions: [], surname: kind === 'PERSON' ? normalizeSurname(lastWord(name)) : null, roleHeads: new Set(), qualifiers: new Set(), pronoun: null, quoted: false, lastSeen: at };
      this.entities.set(key, e);
    }
    e.lastSeen = Math.max(e.lastSeen, at);
    return e;
  }

  private addMention(e: Entity, m: TextSpan, asName: boolean): void {
    // Overlapping mentions ("Iraqi Prime Minister X" and "X") keep the longer one.
    if (!isInsideAny(e.mentions, m)) {
      e.mentions = withoutInside(e.mentions, m);
      e.mentions.push(m);
    }
    // "Pell’s" is a spelling of "Pell" only without its possessive.
    const alias = m.text.replace(/[’']s$/, '');
    if (asName && alias !== e.name && !e.aliases.includes(alias)) e.aliases.push(alias);
  }

  private bySurname(surname: string, at: number): Entity | null {
    let best: Entity | null = null;
    for (const e of this.entities.values()) if (e.surname === surname && e.lastSeen <= at && (!best || e.lastSeen > best.lastSeen)) best = e;
    if (best) return best;
    let fromIndex: IndexedName | null = null;
    this.nameIndex.readUntil(at);
    for (const n of this.nameIndex.names) {
      if (n.start >= at) break;
      if (n.surname === surname) fromIndex = n;
    }
    return fromIndex ? this.entity(fromIndex.name, 'PERSON', fromIndex.start) : null;
  }

  /**
   * The person whose name ends with `surname`, a surname behind capitalised particles: "Van der
   * Berg" at a sentence start is "Marta van der Berg" named before. The whole particle sequence
   * must match (particles in any case), so "Van der Berg" is never "Piet Berg"; of several
   * matches the most recently mentioned wins, as a bare surname does.
   */
  private byParticleSurname(surname: string, at: number): Entity | null {
    const ending = ` ${surname.toLowerCase()}`;
    let best: Entity | null = null;
    for (const e of this.entities.values()) {
      if (e.kind === 'PERSON' && e.lastSeen <= at && e.name.toLowerCase().endsWith(ending) && (!best || e.lastSeen > best.lastSeen)) best = e;
    }
    if (best) return best;
    let fromIndex: IndexedName | null = null;
    this.nameIndex.readUntil(at);
    for (const n of this.nameIndex.names) {
      if (n.start >= at) break;
      if (n.name.toLowerCase().endsWith(ending)) fromIndex = n;
    }
    return fromIndex ? this.entity(fromIndex.name, 'PERSON', fromIndex.start) : null;
  }

  /** The person a name written out in the text (`name`) refers to, with that mention recorded; null for anything else. */
  personNamed(name: TextSpan): Entity | null {
    const e = this.resolveName(name.text, name.start);
    if (!e || e.kind !== 'PERSON') return null;
    this.addMention(e, name, true);
    return e;
  }

  private resolveName(phrase: string, at: number): Entity | null {
    return this.resolveTitled(splitTitle(phrase), at);
  }

  /** The entity named by a phrase whose title words are already split off. */
  private resolveTitled(titled: TitledName, at: number): Entity | null {
    const name = canonicalName(titled.name.replace(/[’']s$/, '').trim());
    if (!name) return null;
    const tokens = name.split(/\s+/);
    for (const t of tokens) if (!isNameToken(t) && !isParticle(t)) return null;
    const orgKind = organizationKind([name]);
    if (tokens.length >= 2 && isParticleSurname(tokens)) {
      const person = this.byParticleSurname(name, at);
      if (person) return person;
    }
    if (tokens.length >= 2) {
      if (orgKind !== 'OTHER') return this.entity(name, 'ORGANIZATION', at);
      // A full name that extends an earlier surname-only entity is the same person.
      return this.entity(name, 'PERSON', at);
    }
    const surname = normalizeSurname(name);
    const person = this.bySurname(surname, at);
    if (person) return person;
    return this.entity(name, orgKind !== 'OTHER' || ORGANIZATION_HEADS.has(name.toLowerCase()) ? 'ORGANIZATION' : 'UNKNOWN', at);
  }

  private resolveMention(m: TextSpan): Resolution | null {
    // "Ana Ruiz Just Slammed …", "He Never Said …" in a title-case headline: the adverb is no
    // part of the mention's name.
    const words = m.text.split(/\s+/);
    while (words.length > 1 && TITLE_CASE_ADVERB.test(words[words.length - 1] ?? '')) words.pop();
    const lower = words.join(' ').toLowerCase();
    // "X and Y say": a group, not one speaker.
    if (/\sand\s/.test(lower)) return null;
    // "Some chanted …", "Many said …": a quantifier names no one.
    if (/^(?:most|some|many|few|several|both|all|others|half|another)$/.test(lower)) return null;
    if (PRONOUNS.has(lower)) return this.byPronoun(lower, m.start);
    // Names: the capitalised run at the end of the phrase, titles and demonyms stripped.
    let i = words.length;
    while (i > 0 && (isNameToken(words[i - 1] ?? '') || (isParticle(words[i - 1] ?? '') && i < words.length))) i--;
    while (i < words.length && isParticle(words[i] ?? '')) i++;
    while (i < words.length - 1 && SENTENCE_OPENER.test(`${words[i]} `)) i++;
    if (/^(?:The|A|An|This|That)$/.test(words[i] ?? '')) i++;
    i = titleWithOfBefore(words, i);
    const run = words.slice(i).join(' ');
    const member = this.byNameBeforeOrganization(words, m);
    if (member) return member;
    if (run && groupInPlace(words, i, run)) return null;
    if (run && !/^(?:The|A|An)$/.test(run)) {
      const titled = splitTitle(run);
      const named = titled.name ? this.byName(run, titled, m) : null;
      if (named) return named;
      const head = lastWordLower(titled.title ?? '');
      if (head) return this.byRole(head, m);
    }
    const head = (words[words.length - 1] ?? '').toLowerCase();
    if (/^(?:the|this|that)$/i.test(words[0] ?? '') && PERSON_ROLE_NOUNS.has(head)) return this.byRole(head, m);
    if (/^(?:the|this|that)$/i.test(words[0] ?? '') && words.length <= 4 && BODY_HEADS.has(head)) return this.byBodyHead(head, m);
    return null;
  }

  /** "he", "she", "I": the last speaker, else the latest named person; "it": the last organisation. */
  private byPronoun(lower: string, at: number): Resolution | null {
    if (lower === 'he' || lower === 'she' || lower === 'i') {
      // The last speaker wins: places and bystanders named since are not what "he" means. When
      // the article's words say the pronoun does not fit ("Mrs. Ruiz said … he said"), nobody
      // is named: a guess among earlier speakers is wrong as often as right.
      if (this.lastPerson) return fitsPronoun(this.lastPerson, lower) ? { entity: this.lastPerson, factor: 0.9 } : null;
      // The latest named person before the pronoun, quoted or not ("X runs the port. “…,” she said").
      let named: IndexedName | null = null;
      this.nameIndex.readUntil(at);
      for (const n of this.nameIndex.names) {
        if (n.start >= at) break;
        named = n;
      }
      const candidate = named ? this.resolveName(named.name, named.start) : null;
      if (candidate && candidate.kind === 'PERSON') return { entity: candidate, factor: 0.8 };
      return null;
    }
    if (lower === 'it' && this.lastOrganization) return { entity: this.lastOrganization, factor: 0.85 };
    return null;
  }

  /** The capitalised run `run` ending the mention `m`, read as a name (its title split off as `titled`). */
  private byName(run: string, titled: TitledName, m: TextSpan): Resolution | null {
    const found = m.text.lastIndexOf(run);
    const offset = found >= 0 ? found : m.text.length - run.length;
    const e = this.resolveTitled(titled, m.start + offset);
    if (!e) return null;
    this.addMention(e, span(this.text, m.start + offset + titled.nameOffset, m.start + offset + run.length), e.kind !== 'UNKNOWN');
    if (titled.title) noteTitle(e, run, titled);
    notePronoun(e, run.slice(0, titled.nameOffset));
    return { entity: e, factor: 1 };
  }

  /**
   * "Dana Pell of the Harbour Ministry said": the person before "of/from/at/with", not the
   * organisation that ends the mention. The words before the preposition must be a name: two
   * name tokens or more that are neither an organisation nor role words ("Secretary of State
   * Ana Ruiz", "Head of Brask Port"), or one surname of a person already known ("Pell of the
   * Harbour Ministry" after "Dana Pell"). `words` are the mention's words.
   */
  private byNameBeforeOrganization(words: readonly string[], m: TextSpan): Resolution | null {
    const end = prepositionAfterName(words);
    if (end <= 0) return null;
    let start = end;
    while (start > 0 && isNameToken(words[start - 1] ?? '')) start--;
    while (start < end && /^(?:The|A|An)$/.test(words[start] ?? '')) start++;
    if (start === end || !opensPersonName(words[start - 1])) return null;
    const offsets = wordOffsets(m.text);
    if (offsets.length !== words.length) return null;
    const runStart = offsets[start] ?? 0;
    const runEnd = (offsets[end - 1] ?? 0) + (words[end - 1] ?? '').length;
    const titled = splitTitle(m.text.slice(runStart, runEnd));
    const tokens = titled.name.split(/\s+/);
    for (const t of tokens) if (isRoleOrOrganizationWord(t)) return null;
    const at = m.start + runStart + titled.nameOffset;
    let e: Entity | null = null;
    if (tokens.length >= 2) {
      if (organizationKind([titled.name]) !== 'OTHER') return null;
      e = this.resolveTitled(titled, at);
    } else {
      e = this.bySurname(normalizeSurname(titled.name), at);
    }
    if (!e || e.kind !== 'PERSON') return null;
    this.addMention(e, span(this.text, at, m.start + runEnd), true);
    if (titled.title) noteTitle(e, m.text.slice(runStart, runEnd), titled);
    return { entity: e, factor: 1 };
  }

  /**
   * "the ministry", "the company": the latest organisation whose name has that head word (and
   * the mention's other words: "the Brask party" needs Brask), read as a speaker or, failing
   * that, named in the text before the mention ("The Harbour Ministry published the plan. The
   * ministry said …").
   */
  private byBodyHead(head: string, m: TextSpan): Resolution | null {
    // Every modifier must be in the name: "the appeals court" is not the Supreme Court.
    const qualifiers = m.text.toLowerCase().split(/\s+/).slice(1, -1).filter((w) => !GENERIC_BODY_MODIFIERS.has(w));
    // A name of two words or more: "Newspaper" alone (a headline's capital) names no body.
    const fits = (name: string): boolean => {
      const lower = name.toLowerCase().split(/\s+/);
      return lower.length > 1 && lower.includes(head) && qualifiers.every((q) => lower.includes(q));
    };
    let best: Entity | null = null;
    for (const e of this.entities.values()) {
      if (e.kind === 'ORGANIZATION' && e.lastSeen <= m.start && (!best || e.lastSeen > best.lastSeen) && fits(e.name)) best = e;
    }
    if (!best) {
      const named = bodyNamedBefore(this.text, m.start, head);
      if (named && fits(named.name)) best = this.entity(named.name, 'ORGANIZATION', named.start);
    }
    if (!best) return null;
    this.addMention(best, m, false);
    return { entity: best, factor: 0.85 };
  }

  /** "the minister", "the Brask senator": the latest person with that role (and those qualifiers). */
  private byRole(head: string, m: TextSpan): Resolution | null {
    const qualifiers = mentionQualifiers(m.text);
    let best: Entity | null = null;
    for (const e of this.entities.values()) {
      if (e.kind !== 'PERSON' || !e.roleHeads.has(head) || e.lastSeen > m.start || (best && e.lastSeen <= best.lastSeen)) continue;
      if (qualifiers.every((q) => e.qualifiers.has(q))) best = e;
    }
    if (!best) return null;
    this.addMention(best, m, false);
    return { entity: best, factor: 0.85 };
  }
}

/** Modifiers that say nothing about which body is meant ("the same committee"). */
const GENERIC_BODY_MODIFIERS: ReadonlySet<string> = new Set(['same', 'whole', 'entire', 'full', 'former', 'new']);

/** Per head word, a capitalised name ending in it ("Tessel Ferry Company"); a bounded cache. */
const BODY_NAME_PATTERNS = new Map<string, RegExp>();
/** How far back a body named in the text is looked for. */
const BODY_LOOKBACK = 4000;

/**
 * The last organisation name ending in `head` (capitalised) that the text names before `at`,
 * within BODY_LOOKBACK characters: "Harbour Ministry" for "the ministry". Names that are not
 * recognisably an organisation by their words are left alone.
 */
function bodyNamedBefore(text: string, at: number, head: string): { name: string; start: number } | null {
  const capitalised = head.charAt(0).toUpperCase() + head.slice(1);
  const from = Math.max(0, at - BODY_LOOKBACK);
  if (!text.slice(from, at).includes(capitalised)) return null;
  let re = BODY_NAME_PATTERNS.get(head);
  if (!re) {
    re = new RegExp(String.raw`(?<![\p{L}’'])(?:\p{Lu}[\p{L}’'&.-]*[ \t\u00A0]+(?:(?:of|for|and|on)[ \t\u00A0]+)?){1,5}${capitalised}\b`, 'gu');
    BODY_NAME_PATTERNS.set(head, re);
  }
  re.lastIndex = from;
  let last: { name: string; start: number } | null = null;
  for (let m = re.exec(text); m && m.index < at; m = re.exec(text)) {
    const lead = /^(?:The|A|An)[ \t\u00A0]+/.exec(m[0])?.[0].length ?? 0;
    const name = m[0].slice(lead);
    if (m.index + m[0].length <= at && /\s/.test(name) && organizationKind([name]) !== 'OTHER') last = { name, start: m.index + lead };
  }
  return last;
}

/** Words before or about a name that say which pronoun fits: "Mr.", "Mrs.", "chairwoman". */
const HE_WORDS = /\b(?:Mr|chairman|spokesman|congressman|businessman|king|prince|father|husband|son|brother)\b/i;
const SHE_WORDS = /\b(?:Mrs|Ms|Miss|chairwoman|spokeswoman|congresswoman|businesswoman|queen|princess|mother|wife|daughter|sister)\b/i;

/**
 * Records the pronoun the article's words imply for `e` ("Mrs." before the name, a role such
 * as "spokeswoman"). Only the text's own words count, never a pronoun already resolved to `e`,
 * so one wrong guess cannot spread; words that say both leave it unknown.
 */
function notePronoun(e: Entity, words: string): void {
  if (!words) return;
  const he = HE_WORDS.test(words);
  const she = SHE_WORDS.test(words);
  if (he !== she) e.pronoun = he ? 'he' : 'she';
}

/** "he"/"she" fits a person the article has not said otherwise of; "I" fits anyone. */
function fitsPronoun(e: Entity, pronoun: string): boolean {
  return pronoun === 'i' || e.pronoun === null || e.pronoun === pronoun;
}

/** Title-case adverbs a headline puts between a name and its verb ("Ana Ruiz Just Said …"). */
const TITLE_CASE_ADVERB = /^(?:Just|Also|Still|Now|Finally|Again|Reportedly|Officially|Actually|Really|Already|Never|Ever|Quietly|Publicly|Privately|Openly|Repeatedly)$/;

/**
 * "… Secretary of State Ana Ruiz": the run after "of" starts with the title's last word, which
 * is no part of the name. Returns that word (with its space) as a match, or null.
 */
function titleWordAfterOf(text: string, runStart: number, run: string): RegExpExecArray | null {
  if (!text.startsWith('of', runStart - 3)) return null;
  const before = /(\p{L}+)[ \t\u00A0]+of[ \t\u00A0]+$/u.exec(text.slice(Math.max(0, runStart - 24), runStart));
  const first = /^\S+[ \t\u00A0]+/.exec(run);
  if (!before || !first) return null;
  return isTitleWithOf(before[1] ?? '', first[0].trim()) ? first : null;
}

/**
 * "Secretary of State Ana Ruiz": a title with "of" inside stays whole, though the capitalised
 * run at the end of the mention starts after "of". Returns where the run should start.
 */
function titleWithOfBefore(words: readonly string[], runAt: number): number {
  const ofAt = runAt - 1;
  if (words[ofAt] !== 'of' || ofAt < 1) return runAt;
  return isTitleWithOf(words[ofAt - 1] ?? '', words[runAt] ?? '') && runAt < words.length - 1 ? ofAt - 1 : runAt;
}

/** "Secretary" + "State": a title written with "of" between its words. */
function isTitleWithOf(before: string, after: string): boolean {
  return TITLES.has(`${before.toLowerCase()} of ${after.toLowerCase()}`);
}

/** Records a title's role and the words that qualified it ("Brask" in "Brask Gov. Ana Ruiz", "Iraq"). */
function noteTitle(e: Entity, phrase: string, titled: TitledName): void {
  e.roleHeads.add(lastWordLower(titled.title ?? ''));
  notePronoun(e, titled.title ?? '');
  if (titled.country) e.qualifiers.add(titled.country.toLowerCase());
  for (const word of phrase.slice(0, titled.nameOffset).split(/\s+/)) {
    const lower = word.toLowerCase();
    if (word && /^\p{Lu}/u.test(word) && !TITLES.has(lower)) e.qualifiers.add(lower);
  }
}

/** The capitalised words between the determiner and the role noun: "Brask" in "the Brask senator". */
function mentionQualifiers(mention: string): string[] {
  const words = mention.split(/\s+/).slice(1, -1);
  const qualifiers: string[] = [];
  for (const w of words) if (/^\p{Lu}/u.test(w)) qualifiers.push(w.toLowerCase());
  return qualifiers;
}

/**
 * "Officials in Brask", "residents from Tessel": a plural group located by the name that ends
 * the mention. The place is not the speaker, and the group is no one in particular. A name
 * that is recognisably an organisation ("officials at the Harbour Ministry") still speaks.
 */
function groupInPlace(words: readonly string[], nameAt: number, name: string): boolean {
  let at = nameAt;
  if (/^(?:the)$/i.test(words[at - 1] ?? '')) at--;
  if (!/^(?:in|from|at)$/.test(words[at - 1] ?? '')) return false;
  return isGroupNoun(words[at - 2] ?? '') && organizationKind([name]) === 'OTHER';
}

/**
 * The index of the first "of/from/at/with" that follows a name token and leads to a body: "the
 * …" or words with a name among them ("Pell of the Brask council", "Ana Ruiz at Tessel Radio",
 * "Ivo Pell of the ferry firm Brask Lines"); -1 when there is none. "accused Ivo Pell of fraud"
 * names no body after "of".
 */
function prepositionAfterName(words: readonly string[]): number {
  for (let k = 1; k < words.length - 1; k++) {
    if (!/^(?:of|from|at|with)$/.test(words[k] ?? '')) continue;
    if (!isNameToken(words[k - 1] ?? '')) return -1;
    if (words[k + 1] === 'the') return k;
    for (let j = k + 1; j < words.length; j++) if (isNameToken(words[j] ?? '')) return k;
    return -1;
  }
  return -1;
}

/**
 * The word before a name that may open a personal name: none, or a lower-case word ("former",
 * "said"). After a preposition or "the" the name belongs to an organisation ("the Church of
 * Tessel of the North"); after a capitalised non-name ("U.S. Harbour of Brask", "''The Art of
 * Tessel") it is only the end of a longer name.
 */
function opensPersonName(before: string | undefined): boolean {
  if (before === undefined) return true;
  return /^\p{Ll}/u.test(before) && !/^(?:of|for|from|at|with|in|on|the|and)$/.test(before);
}

/** A role or organisation word ("Secretary", "Ministry"): such a phrase is no personal name. */
function isRoleOrOrganizationWord(token: string): boolean {
  const lower = token.toLowerCase();
  return PERSON_ROLE_NOUNS.has(lower) || ORGANIZATION_HEADS.has(lower);
}

/** Where each whitespace-separated word of `s` starts, in order. */
function wordOffsets(s: string): number[] {
  const offsets: number[] = [];
  for (const w of s.matchAll(/\S+/g)) offsets.push(w.index);
  return offsets;
}

/** "Van der Berg", "De la Cruz": particles (in any case) and then one surname. */
function isParticleSurname(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length - 1; k++) if (!isParticle((tokens[k] ?? '').toLowerCase())) return false;
  return true;
}

function hasAffiliation(affiliations: readonly ExtractedAffiliation[], speakerKey: string, organizationKey: string, role: string): boolean {
  for (const a of affiliations) if (a.speakerKey === speakerKey && a.organizationKey === organizationKey && a.role === role) return true;
  return false;
}

function isInsideAny(mentions: readonly TextSpan[], m: TextSpan): boolean {
  for (const x of mentions) if (x.start <= m.start && m.end <= x.end) return true;
  return false;
}

/** The mentions that do not lie inside `m`. */
function withoutInside(mentions: readonly TextSpan[], m: TextSpan): TextSpan[] {
  const kept: TextSpan[] = [];
  for (const x of mentions) if (!(m.start <= x.start && x.end <= m.end)) kept.push(x);
  return kept;
}

function firstMentionStart(mentions: readonly TextSpan[]): number {
  let first = Infinity;
  for (const m of mentions) if (m.start < first) first = m.start;
  return first;
}

/**
 * A vague source resolved by what follows it: "“It is a fair plan,” a parliamentary official
 * said. The official, Hana Ruiz, is …" names the official in the next sentence; "…, according to
 * a senior official." followed by a paragraph whose first statement names a person not mentioned
 * before makes the vague source that person. Only indefinite person phrases ("a/an … ROLE") are
 * linked, and the link is trusted less than a name (confidence at most 0.6).
 */
function resolveForwardReferences(text: string, drafts: readonly Draft[], statements: ExtractedStatement[], resolver: SpeakerResolver): void {
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    const d = drafts[i];
    if (!s || !d || s.speakerKey || !s.speakerMention) continue;
    const words = s.speakerMention.text.split(/\s+/);
    if (!/^(?:a|an)$/i.test(words[0] ?? '') || !PERSON_ROLE_NOUNS.has((words[words.length - 1] ?? '').toLowerCase())) continue;
    const e = personNamedNext(text, d.sentence, s.speakerMention, words, resolver) ?? speakerOfNextStatement(drafts, statements, i, resolver.entities);
    if (!e) continue;
    s.speakerKey = e.key;
    s.confidence = Math.round(Math.min(s.confidence, 0.6) * 100) / 100;
  }
}

/**
 * The person the sentence after the vague source's names as that source: "a parliamentary
 * official said. The official, Hana Ruiz, is …" or "… That official is Hana Ruiz." `words` are
 * the vague mention's words ("a", "parliamentary", "official"); the naming sentence repeats the
 * head noun after "The/That/This", maybe with the same modifiers. The next sentence is the one
 * right after the source's own, in the same paragraph or opening the next.
 */
function personNamedNext(text: string, sentence: Span, mention: Span, words: readonly string[], resolver: SpeakerResolver): Entity | null {
  if (mention.start < sentence.start || mention.end > sentence.end) return null;
  const name = namingSentenceName(text, sentence.end, words);
  return name ? resolver.personNamed(name) : null;
}

/** A name: name tokens, maybe with particles between them ("Ana de la Cruz"). */
/** "The …", "That …", "This …" opening the sentence at `lastIndex`. */
const DEFINITE_OPENING = /\s*(?:The|That|This)\s/y;

/** The naming-sentence pattern for a vague source's words, compiled once per wording (a bounded cache). */
const NAMING_PATTERNS = new Map<string, RegExp>();
const NAMING_PATTERN_LIMIT = 500;

function namingPattern(words: readonly string[]): RegExp {
  const key = words.join(' ');
  let re = NAMING_PATTERNS.get(key);
  if (!re) {
    const modifiers = words.slice(1, -1).map(escapeRegExp).join('|');
    const head = escapeRegExp(words[words.length - 1] ?? '');
    const modifierRun = modifiers ? `(?:(?:${modifiers})\\s+)*` : '';
    re = new RegExp(String.raw`\s*(?:The|That|This)\s+${modifierRun}${head}(?:,\s+(${PERSON_NAME})(?=,)|\s+(?:is|was)\s+(${PERSON_NAME})(?=[,.;:]|\s+\p{Ll}|$))`, 'uy');
    if (NAMING_PATTERNS.size >= NAMING_PATTERN_LIMIT) NAMING_PATTERNS.clear();
    NAMING_PATTERNS.set(key, re);
  }
  return re;
}

const PERSON_NAME = String.raw`${NAME_TOKEN}(?:[ \t\u00A0]+(?:(?:${[...NAME_PARTICLES].map(escapeRegExp).join('|')})[ \t\u00A0]+)*${NAME_TOKEN}){0,5}`;

/**
 * The name in "The official, NAME," or "The official is NAME" opening the text after `from`
 * (whitespace skipped), for the vague mention `words` ("a", "parliamentary", "official").
 */
function namingSentenceName(text: string, from: number, words: readonly string[]): TextSpan | null {
  // Most next sentences open otherwise: a literal check spares compiling the pattern below.
  DEFINITE_OPENING.lastIndex = from;
  if (!DEFINITE_OPENING.test(text) || !text.slice(from, from + 80).includes(words[words.length - 1] ?? '')) return null;
  const re = namingPattern(words);
  re.lastIndex = from;
  const m = re.exec(text);
  const name = m?.[1] ?? m?.[2];
  if (!m || !name) return null;
  const start = m.index + m[0].length - name.length;
  return span(text, start, start + name.length);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * "…, according to a senior official." followed by a paragraph whose first statement names a
 * person not mentioned before: the vague source is that person, if that statement opens the
 * very next sentence.
 */
function speakerOfNextStatement(drafts: readonly Draft[], statements: readonly ExtractedStatement[], i: number, entities: ReadonlyMap<string, Entity>): Entity | null {
  const s = statements[i];
  const next = statements[i + 1];
  const d = drafts[i];
  const nd = drafts[i + 1];
  if (!s?.speakerMention || !next || !d || !nd || !next.speakerKey || !next.speakerMention) return null;
  const gap = nd.sentence.paragraph - d.sentence.paragraph;
  const adjacentSentence = gap === 0 ? nd.sentence.index === d.sentence.index + 1 : gap === 1 && nd.sentence.index === 0;
  if (!adjacentSentence) return null;
  const e = entities.get(next.speakerKey);
  if (!e || e.kind !== 'PERSON') return null;
  // The named person must be introduced there, not already known before the vague mention.
  if (firstMentionStart(e.mentions) < s.speakerMention.start) return null;
  return e;
}
