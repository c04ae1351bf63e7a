/**
 * The TypeScript shapes of the filter inputs (what GraphQL hands the resolvers after coercion,
 * and what the export endpoint gets after coercing its JSON `filter` the same way).
 */
import type { OrganizationKind, SpeakerKind, StatementKind } from '../../generated/prisma/enums.ts';

type Maybe<T> = T | null | undefined;

export interface IDFilterInput {
  eq?: Maybe<string>;
  in?: Maybe<readonly string[]>;
}

export interface StringFilterInput {
  eq?: Maybe<string>;
  in?: Maybe<readonly string[]>;
  contains?: Maybe<string>;
  startsWith?: Maybe<string>;
  isNull?: Maybe<boolean>;
}

export interface DateTimeFilterInput {
  eq?: Maybe<Date>;
  gt?: Maybe<Date>;
  gte?: Maybe<Date>;
  lt?: Maybe<Date>;
  lte?: Maybe<Date>;
  isNull?: Maybe<boolean>;
}

export interface FloatFilterInput {
  eq?: Maybe<number>;
  gt?: Maybe<number>;
  gte?: Maybe<number>;
  lt?: Maybe<number>;
  lte?: Maybe<number>;
}

export interface EnumFilterInput<T extends string> {
  eq?: Maybe<T>;
  in?: Maybe<readonly T[]>;
}

interface Combinators<Self> {
  and?: Maybe<readonly Self[]>;
  or?: Maybe<readonly Self[]>;
  not?: Maybe<Self>;
}

export interface OutletFilterInput extends Combinators<OutletFilterInput> {
  id?: Maybe<IDFilterInput>;
  name?: Maybe<StringFilterInput>;
  domain?: Maybe<StringFilterInput>;
  language?: Maybe<StringFilterInput>;
  country?: Maybe<StringFilterInput>;
}

export interface OrganizationFilterInput extends Combinators<OrganizationFilterInput> {
  id?: Maybe<IDFilterInput>;
  name?: Maybe<StringFilterInput>;
  alias?: Maybe<string>;
  kind?: Maybe<EnumFilterInput<OrganizationKind>>;
}

export interface ArticleFilterInput extends Combinators<ArticleFilterInput> {
  id?: Maybe<IDFilterInput>;
  title?: Maybe<StringFilterInput>;
  url?: Maybe<StringFilterInput>;
  language?: Maybe<StringFilterInput>;
  publishedAt?: Maybe<DateTimeFilterInput>;
  ingestedAt?: Maybe<DateTimeFilterInput>;
  outlet?: Maybe<OutletFilterInput>;
  hasOutlet?: Maybe<boolean>;
}

export interface SpeakerAffiliationFilterInput {
  organization?: Maybe<OrganizationFilterInput>;
  role?: Maybe<StringFilterInput>;
  validAt?: Maybe<Date>;
}

export interface SpeakerFilterInput extends Combinators<SpeakerFilterInput> {
  id?: Maybe<IDFilterInput>;
  name?: Maybe<StringFilterInput>;
  alias?: Maybe<string>;
  kind?: Maybe<EnumFilterInput<SpeakerKind>>;
  externalId?: Maybe<StringFilterInput>;
  affiliation?: Maybe<SpeakerAffiliationFilterInput>;
}

export interface StatementAffiliationFilterInput {
  organization?: Maybe<OrganizationFilterInput>;
  role?: Maybe<StringFilterInput>;
}

export interface StatementFilterInput extends Combinators<StatementFilterInput> {
  id?: Maybe<IDFilterInput>;
  text?: Maybe<StringFilterInput>;
  kind?: Maybe<EnumFilterInput<StatementKind>>;
  cue?: Maybe<StringFilterInput>;
  cueLemma?: Maybe<StringFilterInput>;
  confidence?: Maybe<FloatFilterInput>;
  statedAt?: Maybe<DateTimeFilterInput>;
  speaker?: Maybe<SpeakerFilterInput>;
  hasSpeaker?: Maybe<boolean>;
  speakerAffiliation?: Maybe<StatementAffiliationFilterInput>;
  article?: Maybe<ArticleFilterInput>;
  outlet?: Maybe<OutletFilterInput>;
}
