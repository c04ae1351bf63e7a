/**
 * The filter and order input types of the analyst API. Every connection takes `filter:` (and
 * most take `orderBy:`); one filter language, compiled by ./to-prisma.ts and ./to-sql.ts.
 */
import { builder } from '../builder.ts';
import { OrganizationKindEnum, SpeakerKindEnum, StatementKindEnum } from '../types/enums.ts';
import type {
  ArticleFilterInput,
  OrganizationFilterInput,
  OutletFilterInput,
  SpeakerFilterInput,
  StatementFilterInput,
} from './filter-input.ts';

export const IDFilter = builder.inputType('IDFilter', {
  description: 'Matches by global ID. Every given condition must hold.',
  fields: (t) => ({
    eq: t.id({ description: 'Exactly this global ID.' }),
    in: t.idList({ description: 'Any of these global IDs (at most 1000); an empty list matches nothing.' }),
  }),
});

export const StringFilter = builder.inputType('StringFilter', {
  description: 'Matches a text value. Every given condition must hold.',
  fields: (t) => ({
    eq: t.string({ description: 'Exactly this text (case-sensitive).' }),
    in: t.stringList({ description: 'Exactly one of these texts (at most 1000, case-sensitive).' }),
    contains: t.string({ description: 'Contains this text, ignoring case (not indexed: combine with an indexed condition on large sets).' }),
    startsWith: t.string({ description: 'Starts with this text, ignoring case.' }),
    isNull: t.boolean({ description: 'true: the value is missing; false: it is present.' }),
  }),
});

export const DateTimeFilter = builder.inputType('DateTimeFilter', {
  description: 'Matches a date and time. Every given condition must hold; an empty range is an error.',
  fields: (t) => ({
    eq: t.field({ type: 'DateTime', description: 'Exactly this instant.' }),
    gt: t.field({ type: 'DateTime', description: 'Strictly after this instant.' }),
    gte: t.field({ type: 'DateTime', description: 'At or after this instant.' }),
    lt: t.field({ type: 'DateTime', description: 'Strictly before this instant.' }),
    lte: t.field({ type: 'DateTime', description: 'At or before this instant.' }),
    isNull: t.boolean({ description: 'true: the date is unknown; false: it is known.' }),
  }),
});

export const FloatFilter = builder.inputType('FloatFilter', {
  description: 'Matches a number. Every given condition must hold; an empty range is an error.',
  fields: (t) => ({
    eq: t.float({ description: 'Exactly this number.' }),
    gt: t.float({ description: 'Greater than this number.' }),
    gte: t.float({ description: 'Greater than or equal to this number.' }),
    lt: t.float({ description: 'Less than this number.' }),
    lte: t.float({ description: 'Less than or equal to this number.' }),
  }),
});

export const StatementKindFilter = builder.inputType('StatementKindFilter', {
  description: 'Matches a statement kind.',
  fields: (t) => ({
    eq: t.field({ type: StatementKindEnum, description: 'Exactly this kind.' }),
    in: t.field({ type: [StatementKindEnum], description: 'Any of these kinds.' }),
  }),
});

export const SpeakerKindFilter = builder.inputType('SpeakerKindFilter', {
  description: 'Matches a speaker kind.',
  fields: (t) => ({
    eq: t.field({ type: SpeakerKindEnum, description: 'Exactly this kind.' }),
    in: t.field({ type: [SpeakerKindEnum], description: 'Any of these kinds.' }),
  }),
});

export const OrganizationKindFilter = builder.inputType('OrganizationKindFilter', {
  description: 'Matches an organisation kind.',
  fields: (t) => ({
    eq: t.field({ type: OrganizationKindEnum, description: 'Exactly this kind.' }),
    in: t.field({ type: [OrganizationKindEnum], description: 'Any of these kinds.' }),
  }),
});

export const OutletFilter = builder.inputRef<OutletFilterInput>('OutletFilter');
export const OrganizationFilter = builder.inputRef<OrganizationFilterInput>('OrganizationFilter');
export const ArticleFilter = builder.inputRef<ArticleFilterInput>('ArticleFilter');
export const SpeakerFilter = builder.inputRef<SpeakerFilterInput>('SpeakerFilter');
export const StatementFilter = builder.inputRef<StatementFilterInput>('StatementFilter');

OutletFilter.implement({
  description: 'Selects outlets. Every given condition must hold (`and`); `or` and `not` combine filters.',
  fields: (t) => ({
    and: t.field({ type: [OutletFilter], description: 'Every one of these filters holds.' }),
    or: t.field({ type: [OutletFilter], description: 'At least one of these filters holds.' }),
    not: t.field({ type: OutletFilter, description: 'This filter does not hold.' }),
    id: t.field({ type: IDFilter, description: 'The outlet\'s global ID.' }),
    name: t.field({ type: StringFilter, description: 'The outlet\'s name.' }),
    domain: t.field({ type: StringFilter, description: 'Its web domain.' }),
    language: t.field({ type: StringFilter, description: 'Its main language (ISO 639-1).' }),
    country: t.field({ type: StringFilter, description: 'Its home country (ISO 3166-1 alpha-2).' }),
  }),
});

OrganizationFilter.implement({
  description: 'Selects organisations. Every given condition must hold (`and`); `or` and `not` combine filters.',
  fields: (t) => ({
    and: t.field({ type: [OrganizationFilter], description: 'Every one of these filters holds.' }),
    or: t.field({ type: [OrganizationFilter], description: 'At least one of these filters holds.' }),
    not: t.field({ type: OrganizationFilter, description: 'This filter does not hold.' }),
    id: t.field({ type: IDFilter, description: 'The organisation\'s global ID.' }),
    name: t.field({ type: StringFilter, description: 'The organisation\'s canonical name (for spelling variants use `organizationSearch`).' }),
    alias: t.string({ description: 'Has exactly this recorded alias (e.g. an abbreviation).' }),
    kind: t.field({ type: OrganizationKindFilter, description: 'What kind of organisation it is.' }),
  }),
});

export const SpeakerAffiliationFilter = builder.inputType('SpeakerAffiliationFilter', {
  description: 'Selects speakers by a role they hold or held: every given condition must hold for one and the same role.',
  fields: (t) => ({
    organization: t.field({ type: OrganizationFilter, description: 'Where the role is held.' }),
    role: t.field({ type: StringFilter, description: 'The role as written ("member", "spokesperson").' }),
    validAt: t.field({ type: 'DateTime', description: 'The role held on this date (validFrom ≤ validAt < validTo, open bounds match).' }),
  }),
});

export const StatementAffiliationFilter = builder.inputType('StatementAffiliationFilter', {
  description:
    'Selects statements by a role their speaker held on the statement\'s own date (validFrom ≤ statedAt < validTo, open bounds match): every given condition must hold for one and the same role.',
  fields: (t) => ({
    organization: t.field({ type: OrganizationFilter, description: 'Where the role was held.' }),
    role: t.field({ type: StringFilter, description: 'The role as written ("member", "spokesperson").' }),
  }),
});

ArticleFilter.implement({
  description: 'Selects articles. Every given condition must hold (`and`); `or` and `not` combine filters.',
  fields: (t) => ({
    and: t.field({ type: [ArticleFilter], description: 'Every one of these filters holds.' }),
    or: t.field({ type: [ArticleFilter], description: 'At least one of these filters holds.' }),
    not: t.field({ type: ArticleFilter, description: 'This filter does not hold.' }),
    id: t.field({ type: IDFilter, description: 'The article\'s global ID.' }),
    title: t.field({ type: StringFilter, description: 'The headline (for ranked word search use `search`).' }),
    url: t.field({ type: StringFilter, description: 'Where it was published.' }),
    language: t.field({ type: StringFilter, description: 'Its language (ISO 639-1).' }),
    publishedAt: t.field({ type: DateTimeFilter, description: 'When it was published.' }),
    ingestedAt: t.field({ type: DateTimeFilter, description: 'When the gateway stored it.' }),
    outlet: t.field({ type: OutletFilter, description: 'The outlet that published it.' }),
    hasOutlet: t.boolean({ description: 'true: the outlet is known; false: it is not.' }),
  }),
});

SpeakerFilter.implement({
  description: 'Selects speakers. Every given condition must hold (`and`); `or` and `not` combine filters.',
  fields: (t) => ({
    and: t.field({ type: [SpeakerFilter], description: 'Every one of these filters holds.' }),
    or: t.field({ type: [SpeakerFilter], description: 'At least one of these filters holds.' }),
    not: t.field({ type: SpeakerFilter, description: 'This filter does not hold.' }),
    id: t.field({ type: IDFilter, description: 'The speaker\'s global ID.' }),
    name: t.field({ type: StringFilter, description: 'The canonical name (for spelling variants use `speakerSearch`).' }),
    alias: t.string({ description: 'Has exactly this recorded alias.' }),
    kind: t.field({ type: SpeakerKindFilter, description: 'Person, organisation or unknown.' }),
    externalId: t.field({ type: StringFilter, description: 'The identifier in an external knowledge base.' }),
    affiliation: t.field({ type: SpeakerAffiliationFilter, description: 'Holds or held a matching role.' }),
  }),
});

StatementFilter.implement({
  description: 'Selects statements. Every given condition must hold (`and`); `or` and `not` combine filters.',
  fields: (t) => ({
    and: t.field({ type: [StatementFilter], description: 'Every one of these filters holds.' }),
    or: t.field({ type: [StatementFilter], description: 'At least one of these filters holds.' }),
    not: t.field({ type: StatementFilter, description: 'This filter does not hold.' }),
    id: t.field({ type: IDFilter, description: 'The statement\'s global ID.' }),
    text: t.field({ type: StringFilter, description: 'What was said (substring match; for ranked word search use `search`).' }),
    kind: t.field({ type: StatementKindFilter, description: 'Direct quote or reported speech.' }),
    cue: t.field({ type: StringFilter, description: 'The reporting verb or phrase as written ("told reporters").' }),
    cueLemma: t.field({ type: StringFilter, description: 'The reporting verb\'s lemma ("say", "warn").' }),
    confidence: t.field({ type: FloatFilter, description: 'The extractor\'s confidence, 0 to 1.' }),
    statedAt: t.field({ type: DateTimeFilter, description: 'When it was said.' }),
    speaker: t.field({ type: SpeakerFilter, description: 'Who said it (statements without a speaker never match).' }),
    hasSpeaker: t.boolean({ description: 'true: the speaker is known; false: it is not ("a source said").' }),
    speakerAffiliation: t.field({
      type: StatementAffiliationFilter,
      description: 'A role the speaker held on the date of the statement, e.g. members of a party when they spoke.',
    }),
    article: t.field({ type: ArticleFilter, description: 'The article that reports it (its date, outlet, language...).' }),
    outlet: t.field({ type: OutletFilter, description: 'The outlet of the article that reports it.' }),
  }),
});

export const OrderDirection = builder.enumType('OrderDirection', {
  description: 'Sort direction.',
  values: {
    ASC: { description: 'Smallest, earliest or A first.' },
    DESC: { description: 'Largest, latest or Z first.' },
  },
});

/** One `orderBy` input type per connection: a field enum and a direction. */
function orderInput<Field extends string>(
  name: string,
  fields: Record<Field, string>,
  defaultDirection: 'ASC' | 'DESC',
  what: string,
) {
  const FieldEnum = builder.enumType(`${name}Field`, {
    description: `What ${what} can be ordered by. Ties are broken by ID, so pages never overlap or skip.`,
    values: Object.fromEntries(Object.entries(fields).map(([key, description]) => [key, { description: description as string }])) as Record<
      Field,
      { description: string }
    >,
  });
  return builder.inputType(name, {
    description: `How to order ${what}.`,
    fields: (t) => ({
      field: t.field({ type: FieldEnum, required: true, description: 'What to order by.' }),
      direction: t.field({ type: OrderDirection, required: true, defaultValue: defaultDirection, description: `Sort direction (default ${defaultDirection}).` }),
    }),
  });
}

export const StatementOrder = orderInput(
  'StatementOrder',
  { STATED_AT: 'When it was said.', CONFIDENCE: 'The extractor\'s confidence.', ID: 'Storage order (the order statements were stored in).' },
  'DESC',
  'statements',
);

export const ArticleOrder = orderInput(
  'ArticleOrder',
  {
    PUBLISHED_AT: 'Publication date; undated articles come last in either direction.',
    INGESTED_AT: 'When the gateway stored it.',
    TITLE: 'The headline, alphabetically.',
    ID: 'Storage order.',
  },
  'DESC',
  'articles',
);

export const SpeakerOrder = orderInput(
  'SpeakerOrder',
  { NAME: 'The name, alphabetically (case and accents folded).', STATEMENT_COUNT: 'How many statements are attributed to the speaker.', ID: 'Storage order.' },
  'ASC',
  'speakers',
);

export const OrganizationOrder = orderInput(
  'OrganizationOrder',
  { NAME: 'The name, alphabetically (case and accents folded).', AFFILIATION_COUNT: 'How many roles speakers hold or held there.', ID: 'Storage order.' },
  'ASC',
  'organisations',
);

export const OutletOrder = orderInput(
  'OutletOrder',
  { NAME: 'The name, alphabetically.', ARTICLE_COUNT: 'How many articles it published.', ID: 'Storage order.' },
  'ASC',
  'outlets',
);
