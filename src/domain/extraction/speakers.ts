/**
 * Speaker resolution within one article: names, surnames ("al-Moussawi" for "Mokhtar
 * al-Moussawi"), pronouns, role nouns ("the parliamentary member") and forward references
 * from a vague source in the lede; plus the affiliations read from descriptions of people.
 * People who share a surname stay apart: a bare surname goes to the most recently mentioned.
 */
import type { RawAffiliation } from './affiliations.ts';
import { span } from './draft.ts';
import type { Draft } from './draft.ts';
import { ORGANIZATION_HEADS, PERSON_ROLE_NOUNS, PRONOUNS } from './lexicon.ts';
import { canonicalName, isNameToken, isParticle, normalizeSurname, organizationKind, slug, splitTitle } from './names.ts';
import type { ExtractedAffiliation, ExtractedArticle, ExtractedOrganization, ExtractedSpeaker, ExtractedStatement, SpeakerKind, TextSpan } from './types.ts';

interface Entity {
  key: string;
  name: string;
  kind: SpeakerKind;
  aliases: string[];
  mentions: TextSpan[];
  surname: string | null;
  /** Roles from titles and affiliations, lower-case head words ("member", "minister"). */
  roleHeads: Set<string>;
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
};

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
  const entities = new Map<string, Entity>();
  // Every capitalised multi-word name in the body, so "Pell said" finds "Ivo Pell". A name
  // never runs over a line break ("… in Brask.\n\nPell said" is not "Brask Pell").
  const nameIndex: { start: number; name: string; surname: string }[] = [];
  const NAME_RUN = /(?:\p{Lu}[\p{L}’'.-]*|(?:al|el)-\p{Lu}[\p{L}’'-]*)(?:[ \t\u00A0]+(?:(?:al|el|bin|ibn|abu|van|von|de|da|di|du|del|la|le)[ \t\u00A0]+)?(?:\p{Lu}[\p{L}’'-]*|(?:al|el)-\p{Lu}[\p{L}’'-]*)){1,4}/gu;
  NAME_RUN.lastIndex = bodyStart;
  for (let m = NAME_RUN.exec(text); m; m = NAME_RUN.exec(text)) {
    // "When Pell …", "To Ruiz, …": a capitalised opener of a sentence is not part of the name.
    const opener = /^(?:When|While|To|If|As|But|And|After|Before|Since|For|With|From|Then|Yet|Though|Although|Because|Until|Unlike|Like|During|Despite|Without|Once|Whether)[ \t\u00A0]+/u.exec(m[0]);
    if (opener) {
      NAME_RUN.lastIndex = m.index + opener[0].length;
      continue;
    }
    const titled = splitTitle(m[0]);
    const name = titled.name.replace(/[’']s$/, '');
    if (name.split(/\s+/).length >= 2 && organizationKind([name]) === 'OTHER') {
      const canonical = canonicalName(name);
      const parts = canonical.split(/\s+/);
      nameIndex.push({ start: m.index + titled.nameOffset, name: canonical, surname: normalizeSurname(parts[parts.length - 1] ?? '') });
    }
  }

  const entity = (name: string, kind: SpeakerKind, at: number): Entity => {
    const key = slug(name);
    let e = entities.get(key);
    if (!e) {
      const tokens = name.split(/\s+/);
      const last = tokens[tokens.length - 1] ?? name;
      e = { key, name, kind, aliases: [], mentions: [], surname: kind === 'PERSON' ? normalizeSurname(last) : null, roleHeads: new Set(), quoted: false, lastSeen: at };
      entities.set(key, e);
    }
    e.lastSeen = Math.max(e.lastSeen, at);
    return e;
  };
  const addMention = (e: Entity, m: TextSpan, asName: boolean): void => {
    // Overlapping mentions ("Iraqi Prime Minister X" and "X") keep the longer one.
    if (e.mentions.some((x) => x.start <= m.start && m.end <= x.end)) {
      if (asName && m.text !== e.name && !e.aliases.includes(m.text)) e.aliases.push(m.text);
      return;
    }
    e.mentions = e.mentions.filter((x) => !(m.start <= x.start && x.end <= m.end));
    e.mentions.push(m);
    if (asName && m.text !== e.name && !e.aliases.includes(m.text)) e.aliases.push(m.text);
  };

  const bySurname = (surname: string, at: number): Entity | null => {
    let best: Entity | null = null;
    for (const e of entities.values()) if (e.surname === surname && e.lastSeen <= at && (!best || e.lastSeen > best.lastSeen)) best = e;
    if (best) return best;
    let fromIndex: { start: number; name: string; surname: string } | null = null;
    for (const n of nameIndex) {
      if (n.start >= at) break;
      if (n.surname === surname) fromIndex = n;
    }
    return fromIndex ? entity(fromIndex.name, 'PERSON', fromIndex.start) : null;
  };

  // Affiliations first: they introduce people and the roles that "the minister" refers to.
  const affiliations: ExtractedAffiliation[] = [];
  const organizations = new Map<string, ExtractedOrganization>();
  const affiliated = new Set<string>();
  const rawSorted = [...rawAffiliations].sort((a, b) => a.evidence.start - b.evidence.start);
  const affiliationPeople = new Map<number, Entity>();
  for (const raw of rawSorted) {
    const e = resolveName(raw.person.text, raw.person.start);
    if (!e || e.kind !== 'PERSON') continue;
    affiliationPeople.set(raw.person.start, e);
  }

  function resolveName(phrase: string, at: number): Entity | null {
    const titled = splitTitle(phrase);
    const name = canonicalName(titled.name.replace(/[’']s$/, '').trim());
    if (!name) return null;
    const tokens = name.split(/\s+/);
    if (!tokens.every((t) => isNameToken(t) || isParticle(t))) return null;
    const orgKind = organizationKind([name]);
    if (tokens.length >= 2) {
      if (orgKind !== 'OTHER') return entity(name, 'ORGANIZATION', at);
      // A full name that extends an earlier surname-only entity is the same person.
      return entity(name, 'PERSON', at);
    }
    const surname = normalizeSurname(name);
    const person = bySurname(surname, at);
    if (person) return person;
    return entity(name, orgKind !== 'OTHER' || ORGANIZATION_HEADS.has(name.toLowerCase()) ? 'ORGANIZATION' : 'UNKNOWN', at);
  }

  for (const raw of rawSorted) {
    const e = affiliationPeople.get(raw.person.start);
    if (!e) continue;
    const orgKey = slug(raw.organization.name);
    if (!organizations.has(orgKey)) organizations.set(orgKey, { key: orgKey, name: raw.organization.name, kind: raw.organization.kind, aliases: raw.organization.aliases });
    if (affiliations.some((a) => a.speakerKey === e.key && a.organizationKey === orgKey && a.role === raw.role)) continue;
    affiliations.push({ speakerKey: e.key, organizationKey: orgKey, role: raw.role, evidence: raw.evidence });
    e.roleHeads.add(raw.role.split(/\s+/).pop()?.toLowerCase() ?? '');
    affiliated.add(e.key);
    addMention(e, raw.person, true);
  }

  // Statements in text order; pronouns and role nouns look back at what came before.
  const statements: ExtractedStatement[] = [];
  const keys = new Map<Draft, string | null>();
  let lastPerson: Entity | null = null;
  let lastOrganization: Entity | null = null;
  for (const d of drafts) {
    let key: string | null = null;
    let confidence = BASE_CONFIDENCE[d.pattern];
    if (d.inheritsFrom) {
      key = keys.get(d.inheritsFrom) ?? null;
    } else if (d.mention) {
      const r = resolveMention(d.mention);
      key = r?.entity.key ?? null;
      confidence *= r?.factor ?? 0.7;
      if (r) {
        r.entity.lastSeen = Math.max(r.entity.lastSeen, d.mention.start);
        if (r.entity.kind === 'PERSON') lastPerson = r.entity;
        if (r.entity.kind === 'ORGANIZATION') lastOrganization = r.entity;
      }
    } else confidence *= 0.6;
    keys.set(d, key);
    statements.push({
      content: span(text, d.content.start, d.content.end),
      kind: d.kind,
      cue: d.cue,
      cueLemma: d.cueLemma,
      speakerKey: key,
      speakerMention: d.mention,
      confidence: Math.round(confidence * 100) / 100,
    });
  }
  // A run-on quotation inherits from a statement further on; fill those in once all are known.
  drafts.forEach((d, i) => {
    const statement = statements[i];
    if (d.inheritsFrom && statement && statement.speakerKey === null) statement.speakerKey = keys.get(d.inheritsFrom) ?? null;
  });

  function resolveMention(m: TextSpan): { entity: Entity; factor: number } | null {
    const lower = m.text.toLowerCase();
    // "X and Y say": a group, not one speaker.
    if (/\sand\s/.test(lower)) return null;
    // "Some chanted …", "Many said …": a quantifier names no one.
    if (/^(?:most|some|many|few|several|both|all|others|half|another)$/.test(lower)) return null;
    const pronoun = PRONOUNS.get(lower);
    if (pronoun !== undefined) {
      if (lower === 'he' || lower === 'she' || lower === 'i') {
        // The latest named person before the pronoun, quoted or not ("X runs the port. “…,” she said").
        let named: { start: number; name: string } | null = null;
        for (const n of nameIndex) {
          if (n.start >= m.start) break;
          named = n;
        }
        // The last speaker wins: places and bystanders named since are not what "he" means.
        if (lastPerson) return { entity: lastPerson, factor: 0.9 };
        const candidate = named ? resolveName(named.name, named.start) : null;
        if (candidate && candidate.kind === 'PERSON') return { entity: candidate, factor: 0.8 };
        return null;
      }
      if (lower === 'it' && lastOrganization) return { entity: lastOrganization, factor: 0.85 };
      return null;
    }
    // Names: the capitalised run at the end of the phrase, titles and demonyms stripped.
    const words = m.text.split(/\s+/);
    let i = words.length;
    while (i > 0 && (isNameToken(words[i - 1] ?? '') || (isParticle(words[i - 1] ?? '') && i < words.length))) i--;
    while (i < words.length && isParticle(words[i] ?? '')) i++;
    if (/^(?:The|A|An|This|That)$/.test(words[i] ?? '')) i++;
    const run = words.slice(i).join(' ');
    if (run && !/^(?:The|A|An)$/.test(run)) {
      const offset = m.text.length - run.length;
      const titled = splitTitle(run);
      if (titled.name) {
        const e = resolveName(run, m.start + offset);
        if (e) {
          addMention(e, span(text, m.start + offset + titled.nameOffset, m.end), e.kind !== 'UNKNOWN');
          if (titled.title) e.roleHeads.add(titled.title.split(/\s+/).pop()?.toLowerCase() ?? '');
          return { entity: e, factor: 1 };
        }
      }
      const head = (titled.title ?? '').split(/\s+/).pop()?.toLowerCase();
      if (head) return byRole(head, m);
    }
    const head = (words[words.length - 1] ?? '').toLowerCase();
    if (/^(?:the|this|that)$/i.test(words[0] ?? '') && PERSON_ROLE_NOUNS.has(head)) return byRole(head, m);
    return null;
  }

  function byRole(head: string, m: TextSpan): { entity: Entity; factor: number } | null {
    let best: Entity | null = null;
    for (const e of entities.values()) if (e.kind === 'PERSON' && e.roleHeads.has(head) && e.lastSeen <= m.start && (!best || e.lastSeen > best.lastSeen)) best = e;
    if (!best) return null;
    addMention(best, m, false);
    return { entity: best, factor: 0.85 };
  }

  resolveForwardReferences(drafts, statements, entities);

  for (const s of statements) {
    if (!s.speakerKey) continue;
    const e = entities.get(s.speakerKey);
    if (!e) continue;
    e.quoted = true;
    if (s.speakerMention) addMention(e, s.speakerMention, false);
  }

  const speakers: ExtractedSpeaker[] = [...entities.values()]
    .filter((e) => e.quoted || affiliated.has(e.key))
    .map((e) => ({ e, first: Math.min(...e.mentions.map((m) => m.start)) }))
    .sort((a, b) => a.first - b.first)
    .map(({ e }) => ({
      key: e.key,
      name: e.name,
      kind: e.kind,
      aliases: e.aliases,
      mentions: [...e.mentions].sort((a, b) => a.start - b.start),
      quoted: e.quoted,
    }));
  const used = new Set(affiliations.map((a) => a.organizationKey));
  return {
    speakers,
    organizations: [...organizations.values()].filter((o) => used.has(o.key)),
    affiliations,
    statements,
  };
}

/**
 * "…, according to a parliamentary official." followed by a paragraph whose first statement
 * names a person not mentioned before: the vague source is that person. Only indefinite
 * person phrases are linked, and only to the very next statement.
 */
function resolveForwardReferences(drafts: readonly Draft[], statements: ExtractedStatement[], entities: Map<string, Entity>): void {
  for (let i = 0; i < statements.length - 1; i++) {
    const s = statements[i];
    const next = statements[i + 1];
    const d = drafts[i];
    const nd = drafts[i + 1];
    if (!s || !next || !d || !nd || s.speakerKey || !s.speakerMention || !next.speakerKey || !next.speakerMention) continue;
    const words = s.speakerMention.text.toLowerCase().split(/\s+/);
    if (!/^(?:a|an)$/.test(words[0] ?? '') || !PERSON_ROLE_NOUNS.has(words[words.length - 1] ?? '')) continue;
    const gap = nd.sentence.paragraph - d.sentence.paragraph;
    const adjacentSentence = gap === 0 ? nd.sentence.index === d.sentence.index + 1 : gap === 1 && nd.sentence.index === 0;
    if (!adjacentSentence) continue;
    const e = entities.get(next.speakerKey);
    if (!e || e.kind !== 'PERSON') continue;
    // The named person must be introduced there, not already known before the vague mention.
    if (e.mentions.some((m) => m.start < s.speakerMention!.start)) continue;
    s.speakerKey = e.key;
    s.confidence = Math.round(Math.min(s.confidence, 0.6) * 100) / 100;
  }
}
