/**
 * Compiles a condition tree to a parameterised SQL boolean expression (Prisma.Sql), for the
 * queries that are raw SQL: ranked search and statement statistics. Every value is a bind
 * parameter; identifiers come only from the fixed tables below.
 */
import { Prisma } from '../../generated/prisma/client.ts';
import type { Condition, Entity, Relation } from './conditions.ts';

const TABLES: Record<Entity, string> = {
  Statement: '"Statement"',
  Speaker: '"Speaker"',
  Article: '"Article"',
  Outlet: '"Outlet"',
  Organization: '"Organization"',
  Affiliation: '"Affiliation"',
};

interface RelationSql {
  target: Entity;
  /** The subquery linking `outer` (alias of the row being filtered) to `inner` (the related row). */
  link(outer: string, inner: string, where: Prisma.Sql): Prisma.Sql;
}

// EXISTS rather than `fk IN (subquery)`: with a null foreign key IN yields NULL, and NOT NULL
// drops the row, where Prisma's `NOT: { relation: { is: ... } }` keeps it. EXISTS is false there,
// so `not` means the same in both compilers.
const toOne = (target: Entity, foreignKey: string): RelationSql => ({
  target,
  link: (outer, inner, where) =>
    Prisma.sql`EXISTS (SELECT 1 FROM ${Prisma.raw(`${TABLES[target]} ${inner}`)} WHERE ${Prisma.raw(`${inner}.id = ${outer}."${foreignKey}"`)} AND ${where})`,
});

const RELATIONS: Record<Relation, RelationSql> = {
  'Statement.speaker': toOne('Speaker', 'speakerId'),
  'Statement.article': toOne('Article', 'articleId'),
  'Article.outlet': toOne('Outlet', 'outletId'),
  'Affiliation.organization': toOne('Organization', 'organizationId'),
  'Speaker.affiliations': {
    target: 'Affiliation',
    link: (outer, inner, where) =>
      Prisma.sql`EXISTS (SELECT 1 FROM ${Prisma.raw(`"Affiliation" ${inner}`)} WHERE ${Prisma.raw(`${inner}."speakerId" = ${outer}.id`)} AND ${where})`,
  },
};

/** LIKE pattern text with its wildcards escaped (backslash is LIKE's default escape). */
function likeEscape(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function parameter(value: string | number | Date, enumType: string | undefined): Prisma.Sql {
  if (value instanceof Date) return Prisma.sql`${value.toISOString()}::timestamptz`;
  if (enumType) return Prisma.sql`${value}::${Prisma.raw(`"${enumType}"`)}`;
  return Prisma.sql`${value}`;
}

const OPERATORS = { eq: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

/** A compiler with its own alias counter, so nested subqueries never shadow each other. */
export class SqlFilterCompiler {
  private aliasCount = 0;

  /** `condition` as a boolean SQL expression over the row `alias` of `entity`. */
  compile(condition: Condition, entity: Entity, alias: string): Prisma.Sql {
    switch (condition.kind) {
      case 'and':
        if (condition.parts.length === 0) return Prisma.sql`TRUE`;
        return Prisma.sql`(${Prisma.join(condition.parts.map((part) => this.compile(part, entity, alias)), ' AND ')})`;
      case 'or':
        if (condition.parts.length === 0) return Prisma.sql`FALSE`;
        return Prisma.sql`(${Prisma.join(condition.parts.map((part) => this.compile(part, entity, alias)), ' OR ')})`;
      case 'not':
        return Prisma.sql`NOT ${this.compile(condition.part, entity, alias)}`;
      case 'compare': {
        const { column, comparison } = condition;
        const ref = Prisma.raw(`${alias}."${column.field}"`);
        switch (comparison.op) {
          case 'eq':
          case 'gt':
          case 'gte':
          case 'lt':
          case 'lte':
            return Prisma.sql`${ref} ${Prisma.raw(OPERATORS[comparison.op])} ${parameter(comparison.value, column.enumType)}`;
          case 'in':
            if (comparison.values.length === 0) return Prisma.sql`FALSE`;
            return Prisma.sql`${ref} IN (${Prisma.join(comparison.values.map((value) => parameter(value, column.enumType)))})`;
          case 'contains':
            return Prisma.sql`${ref} ILIKE ${`%${likeEscape(comparison.value)}%`}`;
          case 'startsWith':
            return Prisma.sql`${ref} ILIKE ${`${likeEscape(comparison.value)}%`}`;
          case 'has':
            return Prisma.sql`${comparison.value} = ANY(${ref})`;
          case 'isNull':
            return comparison.value ? Prisma.sql`${ref} IS NULL` : Prisma.sql`${ref} IS NOT NULL`;
        }
        break;
      }
      case 'related': {
        const relation = RELATIONS[condition.relation];
        const inner = this.nextAlias();
        return relation.link(alias, inner, this.compile(condition.where, relation.target, inner));
      }
      case 'affiliatedAtStatementDate': {
        const inner = this.nextAlias();
        const raw = (text: string) => Prisma.raw(text.replaceAll('$i', inner).replaceAll('$o', alias));
        // Served by Affiliation_speakerId_validFrom_validTo_idx: one speaker's few roles.
        return Prisma.sql`EXISTS (SELECT 1 FROM ${raw('"Affiliation" $i WHERE $i."speakerId" = $o."speakerId"')}
          AND ${raw('($i."validFrom" IS NULL OR $i."validFrom" <= $o."statedAt")')}
          AND ${raw('($i."validTo" IS NULL OR $i."validTo" > $o."statedAt")')}
          AND ${this.compile(condition.where, 'Affiliation', inner)})`;
      }
    }
  }

  private nextAlias(): string {
    this.aliasCount += 1;
    return `f${this.aliasCount}`;
  }
}

/** Compiles a statement condition over the statement row aliased `alias`. */
export function statementWhereSql(condition: Condition, alias = 's'): Prisma.Sql {
  return new SqlFilterCompiler().compile(condition, 'Statement', alias);
}
