/**
 * Synthetic news for tests, demos and benchmarks: invented outlets, people and organisations
 * only (never real people's words). Each generated article comes with its ground truth in the
 * extractor's record format, so it can be stored without running the extractor, and the
 * extractor can be scored against it.
 */
import type {
  ExtractedAffiliation,
  ExtractedArticle,
  ExtractedOrganization,
  ExtractedSpeaker,
  ExtractedStatement,
  OrganizationKind,
} from '../extraction/types.ts';

/** A small, fast, seedable PRNG (mulberry32), so a corpus is the same on every machine. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OUTLETS = ['Northbridge Courier', 'Valdmark Daily', 'Harbour Lantern', 'Eastmere Gazette', 'Corvale Tribune'];

const ORGANIZATIONS: { name: string; kind: OrganizationKind }[] = [
  { name: 'Valdmark Budget Committee', kind: 'COMMITTEE' },
  { name: 'Green Meridian Party', kind: 'PARTY' },
  { name: 'Corvale Supreme Court', kind: 'COURT' },
  { name: 'Ministry of Coastal Affairs', kind: 'GOVERNMENT' },
  { name: 'Northbridge City Council', kind: 'PARLIAMENT' },
  { name: 'Eastmere Farmers Union', kind: 'NGO' },
  { name: 'Lantern Shipping Company', kind: 'COMPANY' },
  { name: 'Federal Housing Agency', kind: 'GOVERNMENT' },
];

const ROLES = ['member', 'chair', 'spokesperson', 'deputy director', 'senior adviser', 'secretary'];

const GIVEN = ['Marta', 'Idris', 'Lena', 'Tomas', 'Aiyana', 'Bram', 'Soraya', 'Kenji', 'Odile', 'Ruben', 'Yetunde', 'Piotr'];
const FAMILY = ['Okonkwo-Lindqvist', 'al-Farsani', 'van Reesdal', 'Castellanos-Voigt', 'Brannigan', 'Takeda-Morrow', 'de Valcourt', 'Nyberg', 'Ashworth', 'Quintero'];

const TOPICS = ['the harbour levy', 'the rail budget', 'flood defences', 'the housing plan', 'fishing quotas', 'the ferry contract', 'school funding', 'the water tariff'];
const QUOTES = [
  'We will not accept {topic} in its current form',
  'The numbers on {topic} simply do not add up',
  'Nobody consulted the towns that depend on {topic}',
  '{topic} is the most important vote of the year',
  'We expect a final decision on {topic} within weeks',
  'Delaying {topic} again would be a serious mistake',
];
const CLAUSES = [
  '{topic} would be reviewed before the end of the session',
  'the cost of {topic} had been underestimated',
  'her office had received no formal proposal on {topic}',
  'the committee would publish its findings on {topic} next month',
  'negotiations over {topic} had stalled',
];
/** Reporting cues as written, with their lemma. */
const VERBS: readonly [cue: string, lemma: string][] = [
  ['said', 'say'],
  ['told reporters', 'tell'],
  ['added', 'add'],
  ['warned', 'warn'],
  ['stressed', 'stress'],
];

export interface SyntheticPerson {
  name: string;
  /** Roles over time: each holds from `validFrom` (inclusive) to `validTo` (exclusive, null = open). */
  roles: { organization: string; role: string; validFrom: Date | null; validTo: Date | null }[];
}

export interface SyntheticArticle {
  text: string;
  extracted: ExtractedArticle;
}

export interface SyntheticCorpus {
  people: SyntheticPerson[];
  articles: SyntheticArticle[];
}

export interface CorpusOptions {
  articles: number;
  people?: number;
  seed?: number;
  /** Articles are spread over this period. */
  from?: Date;
  to?: Date;
  /** Statements per article, inclusive range. */
  statementsPerArticle?: [number, number];
}

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)] as T;
}

function slug(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Builds a corpus of `articles` invented articles with exact spans and known speakers. */
export function generateCorpus(options: CorpusOptions): SyntheticCorpus {
  const random = createRandom(options.seed ?? 1);
  const from = (options.from ?? new Date('2024-01-01T00:00:00Z')).getTime();
  const to = (options.to ?? new Date('2025-12-31T00:00:00Z')).getTime();
  const [minStatements, maxStatements] = options.statementsPerArticle ?? [2, 6];

  const names = new Set<string>();
  const people: SyntheticPerson[] = [];
  const peopleCount = Math.min(options.people ?? 40, GIVEN.length * FAMILY.length);
  while (people.length < peopleCount) {
    const name = `${pick(random, GIVEN)} ${pick(random, FAMILY)}`;
    if (names.has(name)) continue;
    names.add(name);
    // Every third person changes role halfway through the period.
    const first = { organization: pick(random, ORGANIZATIONS).name, role: pick(random, ROLES) };
    if (people.length % 3 === 0) {
      const change = new Date(from + (to - from) / 2);
      const second = { organization: pick(random, ORGANIZATIONS).name, role: pick(random, ROLES) };
      people.push({
        name,
        roles: [
          { ...first, validFrom: null, validTo: change },
          { ...second, validFrom: change, validTo: null },
        ],
      });
    } else {
      people.push({ name, roles: [{ ...first, validFrom: null, validTo: null }] });
    }
  }

  const articles: SyntheticArticle[] = [];
  for (let index = 0; index < options.articles; index += 1) {
    const publishedAt = new Date(from + Math.floor(random() * (to - from) / 86_400_000) * 86_400_000);
    const outlet = OUTLETS[index % OUTLETS.length] as string;
    const topic = pick(random, TOPICS);
    const title = `Debate over ${topic} continues (${index + 1})`;
    let text = `${title}\n${outlet}/ `;
    const bodyStart = title.length + 1;
    /** Appends `part` to the article and returns where it landed. */
    const write = (part: string) => {
      const start = text.length;
      text += part;
      return { start, end: text.length, text: part };
    };
    const speakers = new Map<string, ExtractedSpeaker>();
    const organizations = new Map<string, ExtractedOrganization>();
    const affiliations: ExtractedAffiliation[] = [];
    const statements: ExtractedStatement[] = [];
    const count = minStatements + Math.floor(random() * (maxStatements - minStatements + 1));

    for (let n = 0; n < count; n += 1) {
      const person = pick(random, people);
      const role =
        person.roles.find(
          (r) => (r.validFrom === null || r.validFrom <= publishedAt) && (r.validTo === null || r.validTo > publishedAt),
        ) ?? person.roles[0]!;
      const key = slug(person.name);
      const speaker = speakers.get(key) ?? { key, name: person.name, kind: 'PERSON' as const, aliases: [], mentions: [], quoted: true };
      speakers.set(key, speaker);
      const direct = random() < 0.5;
      const [verb, lemma] = pick(random, VERBS);
      if (direct) {
        const quote = `${pick(random, QUOTES).replace('{topic}', topic)}.`.replace(/^./, (c) => c.toUpperCase());
        write('"');
        const content = write(quote);
        write('" ');
        const mention = write(person.name);
        write(' ');
        const cue = write(verb);
        write('. ');
        speaker.mentions.push(mention);
        statements.push({ content, kind: 'DIRECT', cue, cueLemma: lemma, speakerKey: key, speakerMention: mention, confidence: 0.95 });
      } else {
        const clause = pick(random, CLAUSES).replace('{topic}', topic);
        const mention = write(person.name);
        const appositive = write(`, ${role.role} of the ${role.organization}`);
        const evidence = { start: mention.start, end: appositive.end, text: mention.text + appositive.text };
        write(', ');
        const cue = write('said');
        write(' that ');
        const content = write(clause);
        write('. ');
        speaker.mentions.push(mention);
        const orgKey = slug(role.organization);
        if (!organizations.has(orgKey)) {
          const kind = ORGANIZATIONS.find((o) => o.name === role.organization)?.kind ?? 'OTHER';
          organizations.set(orgKey, { key: orgKey, name: role.organization, kind, aliases: [] });
        }
        if (!affiliations.some((a) => a.speakerKey === key && a.organizationKey === orgKey)) {
          affiliations.push({
            speakerKey: key,
            organizationKey: orgKey,
            role: role.role,
            evidence,
          });
        }
        statements.push({ content, kind: 'INDIRECT', cue, cueLemma: 'say', speakerKey: key, speakerMention: mention, confidence: 0.9 });
      }
      if (n % 2 === 1) text = `${text.trimEnd()}\n`;
    }
    text = text.trimEnd();
    articles.push({
      text,
      extracted: {
        title,
        titleSpan: { start: 0, end: title.length },
        bodyStart,
        outlet,
        publishedAt,
        language: 'en',
        url: `https://news.example/${slug(outlet)}/${index + 1}`,
        speakers: [...speakers.values()],
        organizations: [...organizations.values()],
        affiliations,
        statements,
      },
    });
  }
  return { people, articles };
}
