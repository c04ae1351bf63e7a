/**
 * Filter inputs, validated and normalised into one small condition tree that two back ends
 * compile: Prisma `where` inputs (connections, counts, export: plugin-prisma keeps planning the
 * nested selections) and parameterised SQL (search and statistics, which are raw SQL). Both
 * back ends read the same tree, so a filter means the same thing everywhere.
 */
import { decodeGlobalID } from '@pothos/plugin-relay';
import { ErrorCode, userError } from '../errors.ts';
import type {
  ArticleFilterInput,
  DateTimeFilterInput,
  EnumFilterInput,
  FloatFilterInput,
  IDFilterInput,
  OrganizationFilterInput,
  OutletFilterInput,
  SpeakerAffiliationFilterInput,
  SpeakerFilterInput,
  StatementAffiliationFilterInput,
  StatementFilterInput,
  StringFilterInput,
} from './filter-input.ts';

/** Where a value sits in the arguments: `['filter', 'speaker', 'id', 'in', 2]`. */
export type Path = readonly (string | number)[];

export type Entity = 'Statement' | 'Speaker' | 'Article' | 'Outlet' | 'Organization' | 'Affiliation';
export type ScalarType = 'id' | 'string' | 'enum' | 'float' | 'datetime' | 'stringArray';

/** One column of an entity: its Prisma field name is also its column name (quoted in SQL). */
export interface Column {
  entity: Entity;
  field: string;
  type: ScalarType;
  /** Postgres enum type name, for casting parameters. */
  enumType?: string;
}

export type Comparison =
  | { op: 'eq' | 'gt' | 'gte' | 'lt' | 'lte'; value: string | number | Date }
  | { op: 'in'; values: readonly (string | number)[] }
  | { op: 'contains' | 'startsWith'; value: string }
  | { op: 'has'; value: string }
  | { op: 'isNull'; value: boolean };

/** The relations a filter can follow. */
export type Relation =
  | 'Statement.speaker'
  | 'Statement.article'
  | 'Article.outlet'
  | 'Speaker.affiliations'
  | 'Affiliation.organization';

export type Condition =
  | { kind: 'and'; parts: Condition[] }
  | { kind: 'or'; parts: Condition[] }
  | { kind: 'not'; part: Condition }
  | { kind: 'compare'; column: Column; comparison: Comparison }
  /** Follows a relation; for to-many relations "some related row matches". */
  | { kind: 'related'; relation: Relation; where: Condition }
  /** Statements whose speaker held a matching affiliation on the statement's own date. */
  | { kind: 'affiliatedAtStatementDate'; where: Condition; path?: Path };

export const MAX_LIST_SIZE = 1000;
export const MAX_COMBINATOR_SIZE = 50;
export const MAX_DEPTH = 8;

function badInput(path: Path, message: string) {
  return userError(ErrorCode.BAD_USER_INPUT, `${pathText(path)}: ${message}`, {
    argument: path[0],
    argumentPath: [...path],
  });
}

function pathText(path: Path): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}

const and = (parts: Condition[]): Condition => (parts.length === 1 ? parts[0]! : { kind: 'and', parts });

/** Rows a filter with this many conditions matches; `{}` (no condition) matches every row. */
export function isEmpty(condition: Condition): boolean {
  return condition.kind === 'and' && condition.parts.length === 0;
}

function column(entity: Entity, field: string, type: ScalarType, enumType?: string): Column {
  return { entity, field, type, enumType };
}

function checkList<T>(values: readonly T[], path: Path): readonly T[] {
  if (values.length > MAX_LIST_SIZE) throw badInput(path, `at most ${MAX_LIST_SIZE} values, got ${values.length}`);
  return values;
}

function rowIdOf(globalId: string, typename: string, path: Path): number {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    throw userError(ErrorCode.INVALID_ID, `${pathText(path)}: "${globalId}" is not a global ID`, {
      argument: path[0],
      argumentPath: [...path],
    });
  }
  const id = Number(decoded.id);
  if (decoded.typename !== typename || !/^\d+$/.test(decoded.id) || !Number.isSafeInteger(id)) {
    throw userError(ErrorCode.INVALID_ID, `${pathText(path)}: "${globalId}" is not a ${typename} ID`, {
      argument: path[0],
      argumentPath: [...path],
    });
  }
  return id;
}

function idConditions(entity: Entity, input: IDFilterInput, path: Path): Condition[] {
  const col = column(entity, 'id', 'id');
  const parts: Condition[] = [];
  if (input.eq != null) parts.push({ kind: 'compare', column: col, comparison: { op: 'eq', value: rowIdOf(input.eq, entity, [...path, 'eq']) } });
  if (input.in != null) {
    const values = checkList(input.in, [...path, 'in']).map((id, index) => rowIdOf(id, entity, [...path, 'in', index]));
    parts.push({ kind: 'compare', column: col, comparison: { op: 'in', values } });
  }
  return parts;
}

function stringConditions(col: Column, input: StringFilterInput, path: Path): Condition[] {
  const parts: Condition[] = [];
  if (input.eq != null) parts.push({ kind: 'compare', column: col, comparison: { op: 'eq', value: input.eq } });
  if (input.in != null) parts.push({ kind: 'compare', column: col, comparison: { op: 'in', values: checkList(input.in, [...path, 'in']) } });
  for (const op of ['contains', 'startsWith'] as const) {
    const value = input[op];
    if (value == null) continue;
    if (value.length === 0) throw badInput([...path, op], 'must not be empty (an empty text matches everything)');
    if (value.length > 200) throw badInput([...path, op], 'at most 200 characters');
    parts.push({ kind: 'compare', column: col, comparison: { op, value } });
  }
  if (input.isNull != null) parts.push({ kind: 'compare', column: col, comparison: { op: 'isNull', value: input.isNull } });
  return parts;
}

function rangeConditions<T extends number | Date>(
  col: Column,
  input: { eq?: T | null; gt?: T | null; gte?: T | null; lt?: T | null; lte?: T | null },
  path: Path,
): Condition[] {
  const parts: Condition[] = [];
  const numeric = (value: T) => (value instanceof Date ? value.getTime() : value);
  for (const op of ['eq', 'gt', 'gte', 'lt', 'lte'] as const) {
    const value = input[op];
    if (value == null) continue;
    if (value instanceof Date && Number.isNaN(value.getTime())) throw badInput([...path, op], 'not a valid date');
    parts.push({ kind: 'compare', column: col, comparison: { op, value } });
  }
  const lower = input.gte ?? input.gt;
  const upper = input.lte ?? input.lt;
  if (lower != null && upper != null) {
    const low = numeric(lower);
    const high = numeric(upper);
    const empty = low > high || (low === high && (input.gt != null || input.lt != null));
    if (empty) throw badInput(path, 'the range is empty: its lower bound is above its upper bound');
  }
  return parts;
}

function enumConditions(col: Column, input: EnumFilterInput<string>, path: Path): Condition[] {
  const parts: Condition[] = [];
  if (input.eq != null) parts.push({ kind: 'compare', column: col, comparison: { op: 'eq', value: input.eq } });
  if (input.in != null) parts.push({ kind: 'compare', column: col, comparison: { op: 'in', values: checkList(input.in, [...path, 'in']) } });
  return parts;
}

function dateTimeConditions(col: Column, input: DateTimeFilterInput, path: Path): Condition[] {
  const parts = rangeConditions(col, input, path);
  if (input.isNull != null) parts.push({ kind: 'compare', column: col, comparison: { op: 'isNull', value: input.isNull } });
  return parts;
}

function floatConditions(col: Column, input: FloatFilterInput, path: Path): Condition[] {
  return rangeConditions(col, input, path);
}

/** and / or / not of one filter type, with size and depth limits. */
function combinators<F>(
  input: { and?: readonly F[] | null; or?: readonly F[] | null; not?: F | null },
  path: Path,
  depth: number,
  recurse: (filter: F, path: Path, depth: number) => Condition,
): Condition[] {
  const parts: Condition[] = [];
  if (depth > MAX_DEPTH) throw badInput(path, `filters nest at most ${MAX_DEPTH} levels deep`);
  for (const key of ['and', 'or'] as const) {
    const list = input[key];
    if (list == null) continue;
    if (list.length > MAX_COMBINATOR_SIZE) throw badInput([...path, key], `at most ${MAX_COMBINATOR_SIZE} filters, got ${list.length}`);
    const children = list.map((filter, index) => recurse(filter, [...path, key, index], depth + 1));
    parts.push({ kind: key, parts: children });
  }
  if (input.not != null) parts.push({ kind: 'not', part: recurse(input.not, [...path, 'not'], depth + 1) });
  return parts;
}

export function outletCondition(input: OutletFilterInput, path: Path, depth = 0): Condition {
  const parts = combinators(input, path, depth, outletCondition);
  if (input.id) parts.push(...idConditions('Outlet', input.id, [...path, 'id']));
  for (const field of ['name', 'domain', 'language', 'country'] as const) {
    const value = input[field];
    if (value) parts.push(...stringConditions(column('Outlet', field, 'string'), value, [...path, field]));
  }
  return and(parts);
}

export function organizationCondition(input: OrganizationFilterInput, path: Path, depth = 0): Condition {
  const parts = combinators(input, path, depth, organizationCondition);
  if (input.id) parts.push(...idConditions('Organization', input.id, [...path, 'id']));
  if (input.name) parts.push(...stringConditions(column('Organization', 'name', 'string'), input.name, [...path, 'name']));
  if (input.alias != null) parts.push({ kind: 'compare', column: column('Organization', 'aliases', 'stringArray'), comparison: { op: 'has', value: input.alias } });
  if (input.kind) parts.push(...enumConditions(column('Organization', 'kind', 'enum', 'OrganizationKind'), input.kind, [...path, 'kind']));
  return and(parts);
}

export function articleCondition(input: ArticleFilterInput, path: Path, depth = 0): Condition {
  const parts = combinators(input, path, depth, articleCondition);
  if (input.id) parts.push(...idConditions('Article', input.id, [...path, 'id']));
  for (const field of ['title', 'url', 'language'] as const) {
    const value = input[field];
    if (value) parts.push(...stringConditions(column('Article', field, 'string'), value, [...path, field]));
  }
  for (const field of ['publishedAt', 'ingestedAt'] as const) {
    const value = input[field];
    if (value) parts.push(...dateTimeConditions(column('Article', field, 'datetime'), value, [...path, field]));
  }
  if (input.outlet) parts.push({ kind: 'related', relation: 'Article.outlet', where: outletCondition(input.outlet, [...path, 'outlet'], depth + 1) });
  if (input.hasOutlet != null) {
    parts.push({ kind: 'compare', column: column('Article', 'outletId', 'id'), comparison: { op: 'isNull', value: !input.hasOutlet } });
  }
  return and(parts);
}

function affiliationParts(
  input: StatementAffiliationFilterInput | SpeakerAffiliationFilterInput,
  path: Path,
  depth: number,
): Condition[] {
  const parts: Condition[] = [];
  if (input.organization) {
    parts.push({
      kind: 'related',
      relation: 'Affiliation.organization',
      where: organizationCondition(input.organization, [...path, 'organization'], depth + 1),
    });
  }
  if (input.role) parts.push(...stringConditions(column('Affiliation', 'role', 'string'), input.role, [...path, 'role']));
  return parts;
}

/** validFrom ≤ at < validTo, an open (null) bound always holding. */
export function validAtCondition(at: Date): Condition {
  const validFrom = column('Affiliation', 'validFrom', 'datetime');
  const validTo = column('Affiliation', 'validTo', 'datetime');
  return {
    kind: 'and',
    parts: [
      { kind: 'or', parts: [{ kind: 'compare', column: validFrom, comparison: { op: 'isNull', value: true } }, { kind: 'compare', column: validFrom, comparison: { op: 'lte', value: at } }] },
      { kind: 'or', parts: [{ kind: 'compare', column: validTo, comparison: { op: 'isNull', value: true } }, { kind: 'compare', column: validTo, comparison: { op: 'gt', value: at } }] },
    ],
  };
}

export function speakerCondition(input: SpeakerFilterInput, path: Path, depth = 0): Condition {
  const parts = combinators(input, path, depth, speakerCondition);
  if (input.id) parts.push(...idConditions('Speaker', input.id, [...path, 'id']));
  if (input.name) parts.push(...stringConditions(column('Speaker', 'name', 'string'), input.name, [...path, 'name']));
  if (input.alias != null) parts.push({ kind: 'compare', column: column('Speaker', 'aliases', 'stringArray'), comparison: { op: 'has', value: input.alias } });
  if (input.kind) parts.push(...enumConditions(column('Speaker', 'kind', 'enum', 'SpeakerKind'), input.kind, [...path, 'kind']));
  if (input.externalId) parts.push(...stringConditions(column('Speaker', 'externalId', 'string'), input.externalId, [...path, 'externalId']));
  if (input.affiliation) {
    const affiliationPath = [...path, 'affiliation'];
    const where = affiliationParts(input.affiliation, affiliationPath, depth);
    if (input.affiliation.validAt) {
      if (Number.isNaN(input.affiliation.validAt.getTime())) throw badInput([...affiliationPath, 'validAt'], 'not a valid date');
      where.push(validAtCondition(input.affiliation.validAt));
    }
    parts.push({ kind: 'related', relation: 'Speaker.affiliations', where: and(where) });
  }
  return and(parts);
}

export function statementCondition(input: StatementFilterInput, path: Path, depth = 0): Condition {
  const parts = combinators(input, path, depth, statementCondition);
  if (input.id) parts.push(...idConditions('Statement', input.id, [...path, 'id']));
  if (input.text) parts.push(...stringConditions(column('Statement', 'text', 'string'), input.text, [...path, 'text']));
  if (input.kind) parts.push(...enumConditions(column('Statement', 'kind', 'enum', 'StatementKind'), input.kind, [...path, 'kind']));
  for (const field of ['cue', 'cueLemma'] as const) {
    const value = input[field];
    if (value) parts.push(...stringConditions(column('Statement', field, 'string'), value, [...path, field]));
  }
  if (input.confidence) parts.push(...floatConditions(column('Statement', 'confidence', 'float'), input.confidence, [...path, 'confidence']));
  if (input.statedAt) parts.push(...dateTimeConditions(column('Statement', 'statedAt', 'datetime'), input.statedAt, [...path, 'statedAt']));
  if (input.speaker) parts.push({ kind: 'related', relation: 'Statement.speaker', where: speakerCondition(input.speaker, [...path, 'speaker'], depth + 1) });
  if (input.hasSpeaker != null) {
    parts.push({ kind: 'compare', column: column('Statement', 'speakerId', 'id'), comparison: { op: 'isNull', value: !input.hasSpeaker } });
  }
  if (input.speakerAffiliation) {
    const affiliationPath = [...path, 'speakerAffiliation'];
    const where = affiliationParts(input.speakerAffiliation, affiliationPath, depth);
    parts.push({ kind: 'affiliatedAtStatementDate', where: and(where), path: affiliationPath });
  }
  if (input.article) parts.push({ kind: 'related', relation: 'Statement.article', where: articleCondition(input.article, [...path, 'article'], depth + 1) });
  if (input.outlet) {
    parts.push({
      kind: 'related',
      relation: 'Statement.article',
      where: { kind: 'related', relation: 'Article.outlet', where: outletCondition(input.outlet, [...path, 'outlet'], depth + 1) },
    });
  }
  return and(parts);
}
