/**
 * What the connections call: a filter argument → Prisma where input, an `orderBy` argument →
 * Prisma orderBy with an ID tie-break (so Prisma's cursor pagination stays exact), and the raw
 * SQL form of a statement filter for search and statistics.
 */
import type { Prisma } from '../../generated/prisma/client.ts';
import type { GraphQLContext } from '../context.ts';
import {
  articleCondition,
  organizationCondition,
  outletCondition,
  speakerCondition,
  statementCondition,
  type Condition,
  type Path,
} from './conditions.ts';
import type {
  ArticleFilterInput,
  OrganizationFilterInput,
  OutletFilterInput,
  SpeakerFilterInput,
  StatementFilterInput,
} from './filter-input.ts';
import { toPrismaWhere, type AffiliationPeriodLookup } from './to-prisma.ts';
import { statementWhereSql } from './to-sql.ts';

type Maybe<T> = T | null | undefined;
type Direction = 'ASC' | 'DESC';

const lookup = (context: GraphQLContext): AffiliationPeriodLookup => (where) => context.loaders.affiliationPeriods.load(where);

async function compile<W>(
  filter: unknown,
  toCondition: (input: never, path: Path) => Condition,
  context: GraphQLContext,
  path: Path,
): Promise<W> {
  if (filter == null) return {} as W;
  return (await toPrismaWhere(toCondition(filter as never, path), lookup(context))) as W;
}

export const statementWhere = (filter: Maybe<StatementFilterInput>, context: GraphQLContext, path: Path = ['filter']) =>
  compile<Prisma.StatementWhereInput>(filter, statementCondition, context, path);
export const speakerWhere = (filter: Maybe<SpeakerFilterInput>, context: GraphQLContext, path: Path = ['filter']) =>
  compile<Prisma.SpeakerWhereInput>(filter, speakerCondition, context, path);
export const articleWhere = (filter: Maybe<ArticleFilterInput>, context: GraphQLContext, path: Path = ['filter']) =>
  compile<Prisma.ArticleWhereInput>(filter, articleCondition, context, path);
export const organizationWhere = (filter: Maybe<OrganizationFilterInput>, context: GraphQLContext, path: Path = ['filter']) =>
  compile<Prisma.OrganizationWhereInput>(filter, organizationCondition, context, path);
export const outletWhere = (filter: Maybe<OutletFilterInput>, context: GraphQLContext, path: Path = ['filter']) =>
  compile<Prisma.OutletWhereInput>(filter, outletCondition, context, path);

/** A statement filter as a SQL boolean over the statement row aliased `alias` (TRUE without a filter). */
export function statementFilterSql(filter: Maybe<StatementFilterInput>, alias = 's', path: Path = ['filter']): Prisma.Sql {
  return statementWhereSql(filter == null ? { kind: 'and', parts: [] } : statementCondition(filter, path), alias);
}

/**
 * A nested connection's `query` that needs a lookup first (the affiliation-at-date filter).
 * plugin-prisma awaits a promised relation query (its planner and fallbacks check for
 * thenables), but its types only admit one when the builder enables `AsyncSelections`, so this
 * states the promise as the plain shape the field's type expects.
 */
export function asyncRelationQuery<Args, Query>(
  query: (args: Args, context: GraphQLContext) => Promise<Query>,
): (args: Args, context: GraphQLContext) => Query {
  return query as unknown as (args: Args, context: GraphQLContext) => Query;
}

/** `Article.statements` / `Speaker.statements`: the filter and order of a nested statement connection. */
export async function nestedStatementQuery(
  args: { filter?: Maybe<StatementFilterInput>; orderBy?: Maybe<Order<'STATED_AT' | 'CONFIDENCE' | 'ID'>> },
  context: GraphQLContext,
  defaultOrder: Prisma.StatementOrderByWithRelationInput[],
): Promise<{ where?: Prisma.StatementWhereInput; orderBy: Prisma.StatementOrderByWithRelationInput[] }> {
  const orderBy = args.orderBy ? statementOrderBy(args.orderBy) : defaultOrder;
  // No `where` at all without a filter: an empty one would still show up in the SQL as `1=1`.
  return args.filter == null ? { orderBy } : { where: await statementWhere(args.filter, context), orderBy };
}

const dir = (direction: Direction) => (direction === 'ASC' ? 'asc' : 'desc') as 'asc' | 'desc';

interface Order<Field extends string> {
  field: Field;
  direction: Direction;
}

export function statementOrderBy(order: Maybe<Order<'STATED_AT' | 'CONFIDENCE' | 'ID'>>): Prisma.StatementOrderByWithRelationInput[] {
  const direction = dir(order?.direction ?? 'DESC');
  switch (order?.field ?? 'STATED_AT') {
    case 'STATED_AT':
      return [{ statedAt: direction }, { id: direction }];
    case 'CONFIDENCE':
      return [{ confidence: direction }, { id: direction }];
    case 'ID':
      return [{ id: direction }];
  }
}

export function articleOrderBy(order: Maybe<Order<'PUBLISHED_AT' | 'INGESTED_AT' | 'TITLE' | 'ID'>>): Prisma.ArticleOrderByWithRelationInput[] {
  if (!order) return [{ id: 'desc' }];
  const direction = dir(order.direction);
  switch (order.field) {
    case 'PUBLISHED_AT':
      return [{ publishedAt: { sort: direction, nulls: 'last' } }, { id: direction }];
    case 'INGESTED_AT':
      return [{ ingestedAt: direction }, { id: direction }];
    case 'TITLE':
      return [{ title: direction }, { id: direction }];
    case 'ID':
      return [{ id: direction }];
  }
}

export function speakerOrderBy(order: Maybe<Order<'NAME' | 'STATEMENT_COUNT' | 'ID'>>): Prisma.SpeakerOrderByWithRelationInput[] {
  const direction = dir(order?.direction ?? 'ASC');
  switch (order?.field ?? 'NAME') {
    case 'NAME':
      // By the folded name, so case and accents don't decide the order whatever the collation.
      return [{ normalizedName: direction }, { id: direction }];
    case 'STATEMENT_COUNT':
      return [{ statements: { _count: direction } }, { id: direction }];
    case 'ID':
      return [{ id: direction }];
  }
}

export function organizationOrderBy(
  order: Maybe<Order<'NAME' | 'AFFILIATION_COUNT' | 'ID'>>,
): Prisma.OrganizationOrderByWithRelationInput[] {
  const direction = dir(order?.direction ?? 'ASC');
  switch (order?.field ?? 'NAME') {
    case 'NAME':
      return [{ normalizedName: direction }, { id: direction }];
    case 'AFFILIATION_COUNT':
      return [{ affiliations: { _count: direction } }, { id: direction }];
    case 'ID':
      return [{ id: direction }];
  }
}

export function outletOrderBy(order: Maybe<Order<'NAME' | 'ARTICLE_COUNT' | 'ID'>>): Prisma.OutletOrderByWithRelationInput[] {
  const direction = dir(order?.direction ?? 'ASC');
  switch (order?.field ?? 'NAME') {
    case 'NAME':
      return [{ name: direction }, { id: direction }];
    case 'ARTICLE_COUNT':
      return [{ articles: { _count: direction } }, { id: direction }];
    case 'ID':
      return [{ id: direction }];
  }
}
