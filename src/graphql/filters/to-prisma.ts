/**
 * Compiles a condition tree to a Prisma `where` input, so connections keep plugin-prisma's
 * planning of nested selections and `totalCount` counts exactly what the page lists.
 */
import type { Prisma } from '../../generated/prisma/client.ts';
import { ErrorCode, userError } from '../errors.ts';
import type { Condition, Relation } from './conditions.ts';

type Where = Record<string, unknown>;

/** An affiliation period of one speaker: [validFrom, validTo), a null bound being open. */
export interface AffiliationPeriod {
  speakerId: number;
  validFrom: Date | null;
  validTo: Date | null;
}

/** Looks up the periods of the affiliations matching a where input (a per-request dataloader). */
export type AffiliationPeriodLookup = (where: Prisma.AffiliationWhereInput) => Promise<AffiliationPeriod[]>;

/**
 * The most affiliation periods one "affiliated at the statement's date" filter may expand to.
 * Prisma cannot compare two columns of different tables, so the filter becomes
 * `speakerId = x AND statedAt in [validFrom, validTo)` per matching role; a filter matching more
 * roles than this is refused rather than sent as a huge query.
 */
export const MAX_AFFILIATION_PERIODS = 5000;

const RELATIONS: Record<Relation, (where: Where) => Where> = {
  'Statement.speaker': (where) => ({ speaker: { is: where } }),
  'Statement.article': (where) => ({ article: { is: where } }),
  'Article.outlet': (where) => ({ outlet: { is: where } }),
  'Speaker.affiliations': (where) => ({ affiliations: { some: where } }),
  'Affiliation.organization': (where) => ({ organization: { is: where } }),
};

/** A where that matches no row (Prisma treats `in: []` as false). */
const NOTHING: Where = { id: { in: [] } };

/**
 * Merges the periods into the smallest OR: speakers with an unbounded role match on any date,
 * the others on their date ranges (Statement_speakerId_statedAt_idx serves each branch).
 */
export function periodsToStatementWhere(periods: AffiliationPeriod[]): Where {
  if (periods.length === 0) return NOTHING;
  const always = new Set(periods.filter((p) => p.validFrom === null && p.validTo === null).map((p) => p.speakerId));
  const seen = new Set<string>();
  const ranges: Where[] = [];
  for (const period of periods) {
    if (always.has(period.speakerId)) continue;
    const key = `${period.speakerId}|${period.validFrom?.toISOString()}|${period.validTo?.toISOString()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const statedAt: Where = {};
    if (period.validFrom) statedAt.gte = period.validFrom;
    if (period.validTo) statedAt.lt = period.validTo;
    ranges.push({ speakerId: period.speakerId, statedAt });
  }
  const branches: Where[] = [];
  if (always.size > 0) branches.push({ speakerId: { in: [...always].sort((a, b) => a - b) } });
  branches.push(...ranges);
  // "speakerId IS NOT NULL AND (...)" is never NULL, so under `not` a statement without a
  // speaker matches (it is by no member), as it does in the SQL compiler's NOT EXISTS.
  return { AND: [{ speakerId: { not: null } }, branches.length === 1 ? branches[0]! : { OR: branches }] };
}

function compare(condition: Extract<Condition, { kind: 'compare' }>): Where {
  const { column, comparison } = condition;
  switch (comparison.op) {
    case 'eq':
      return { [column.field]: { equals: comparison.value } };
    case 'in':
      return { [column.field]: { in: [...comparison.values] } };
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return { [column.field]: { [comparison.op]: comparison.value } };
    case 'contains':
    case 'startsWith':
      return { [column.field]: { [comparison.op]: comparison.value, mode: 'insensitive' } };
    case 'has':
      return { [column.field]: { has: comparison.value } };
    case 'isNull':
      return { [column.field]: comparison.value ? null : { not: null } };
  }
}

/**
 * The Prisma where input for a condition. Async only for "affiliated at the statement's date",
 * which first looks up the matching affiliation periods (one query, cached for the request).
 */
export async function toPrismaWhere(condition: Condition, periods: AffiliationPeriodLookup): Promise<Where> {
  switch (condition.kind) {
    case 'and':
      if (condition.parts.length === 0) return {};
      return { AND: await Promise.all(condition.parts.map((part) => toPrismaWhere(part, periods))) };
    case 'or':
      return { OR: await Promise.all(condition.parts.map((part) => toPrismaWhere(part, periods))) };
    case 'not':
      return { NOT: await toPrismaWhere(condition.part, periods) };
    case 'compare':
      return compare(condition);
    case 'related':
      return RELATIONS[condition.relation](await toPrismaWhere(condition.where, periods));
    case 'affiliatedAtStatementDate': {
      const where = (await toPrismaWhere(condition.where, periods)) as Prisma.AffiliationWhereInput;
      const found = await periods(where);
      if (found.length > MAX_AFFILIATION_PERIODS) {
        throw userError(
          ErrorCode.BAD_USER_INPUT,
          `speakerAffiliation matches ${found.length} roles, more than the ${MAX_AFFILIATION_PERIODS} one filter may use: narrow the organisation or role`,
          { argumentPath: condition.path ? [...condition.path] : undefined },
        );
      }
      return periodsToStatementWhere(found);
    }
  }
}
