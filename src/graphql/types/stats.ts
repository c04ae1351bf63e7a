/**
 * Statement counts and time series: one parameterised SQL statement (GROUP BY, date_trunc) per
 * request; the speakers, organisations and outlets of the buckets come through dataloaders.
 */
import { Prisma, type Organization, type Outlet, type Speaker } from '../../generated/prisma/client.ts';
import type { StatementKind } from '../../generated/prisma/enums.ts';
import { prisma } from '../../persistence/client.ts';
import { builder } from '../builder.ts';
import { ErrorCode, userError } from '../errors.ts';
import { statementFilterSql } from '../filters/apply.ts';
import { StatementFilter } from '../filters/inputs.ts';
import { StatementKindEnum } from './enums.ts';

export const MAX_BUCKETS = 1000;
const DEFAULT_BUCKETS = 100;

type Dimension = 'TIME' | 'SPEAKER' | 'ORGANIZATION' | 'OUTLET' | 'KIND';
type Interval = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

const StatsDimensionEnum = builder.enumType('StatementStatsDimension', {
  description: 'What statement statistics can be grouped by.',
  values: {
    TIME: { description: 'The period the statement was made in (needs `interval`); buckets in time order.' },
    SPEAKER: { description: 'Who said it (statements without a known speaker form one bucket with `speaker: null`).' },
    ORGANIZATION: {
      description:
        'The organisation the speaker held a role at on the statement\'s date. A statement counts once for each such organisation; those with none form one bucket with `organization: null`.',
    },
    OUTLET: { description: 'The outlet of the article that reports it.' },
    KIND: { description: 'Direct quote or reported speech.' },
  } satisfies Record<Dimension, { description: string }>,
});

const StatsIntervalEnum = builder.enumType('StatsInterval', {
  description: 'The length of the periods of a time series (calendar periods in UTC).',
  values: {
    DAY: { description: 'Calendar days.' },
    WEEK: { description: 'ISO weeks, starting on Monday.' },
    MONTH: { description: 'Calendar months.' },
    YEAR: { description: 'Calendar years.' },
  } satisfies Record<Interval, { description: string }>,
});

/** SQL expressions of the dimensions over `matched m` (and `af`, the affiliation at the date). */
const DIMENSIONS: Record<Exclude<Dimension, 'TIME'>, { column: string; sql: string }> = {
  SPEAKER: { column: 'speakerId', sql: 'm."speakerId"' },
  ORGANIZATION: { column: 'organizationId', sql: 'af."organizationId"' },
  OUTLET: { column: 'outletId', sql: 'm."outletId"' },
  KIND: { column: 'kind', sql: 'm."kind"::text' },
};

/** Fixed SQL for each interval (never user text): date_trunc on UTC calendar periods. */
const INTERVALS: Record<Interval, string> = {
  DAY: `date_trunc('day', m."statedAt", 'UTC')`,
  WEEK: `date_trunc('week', m."statedAt", 'UTC')`,
  MONTH: `date_trunc('month', m."statedAt", 'UTC')`,
  YEAR: `date_trunc('year', m."statedAt", 'UTC')`,
};

interface StatsRow {
  total: number;
  speakers: number;
  buckets: number | null;
  count: number | null;
  distinctSpeakers: number | null;
  period?: Date | null;
  speakerId?: number | null;
  organizationId?: number | null;
  outletId?: number | null;
  kind?: StatementKind | null;
}

interface BucketShape {
  count: number;
  distinctSpeakers: number;
  share: number;
  period: Date | null;
  speakerId: number | null;
  organizationId: number | null;
  outletId: number | null;
  kind: StatementKind | null;
}

interface StatsShape {
  total: number;
  distinctSpeakers: number;
  bucketCount: number;
  buckets: BucketShape[];
}

/**
 * The statistics query. Statements matching the filter (`matched`), their totals, and the
 * buckets: grouped by the dimensions, the affiliation join only when grouping by organisation
 * (Affiliation_speakerId_validFrom_validTo_idx), the article join only when grouping by outlet,
 * largest first unless grouped by time.
 */
export function statsSql(groupBy: Dimension[], interval: Interval | null, filter: Prisma.Sql, take: number): Prisma.Sql {
  const expressions: { sql: string; column: string }[] = [];
  for (const dimension of groupBy) {
    if (dimension === 'TIME') expressions.push({ sql: INTERVALS[interval!], column: 'period' });
    else expressions.push(DIMENSIONS[dimension]);
  }
  const byOrganization = groupBy.includes('ORGANIZATION');
  const columns = expressions.map((e) => `"${e.column}"`);
  const keyed = [...expressions.map((e) => `${e.sql} AS "${e.column}"`), 'm.id', 'm."speakerId" AS "who"'];
  const join = byOrganization
    ? `LEFT JOIN "Affiliation" af ON af."speakerId" = m."speakerId"
        AND (af."validFrom" IS NULL OR af."validFrom" <= m."statedAt")
        AND (af."validTo" IS NULL OR af."validTo" > m."statedAt")`
    : '';
  const order = [
    ...(groupBy.includes('TIME') ? ['"period" ASC'] : []),
    '"count" DESC',
    ...columns.map((column) => `${column} ASC NULLS LAST`),
  ];
  // The article is joined only for its outlet: the filter reaches articles through subqueries.
  const outlet = groupBy.includes('OUTLET')
    ? Prisma.sql`, a."outletId" FROM "Statement" s JOIN "Article" a ON a.id = s."articleId"`
    : Prisma.sql` FROM "Statement" s`;
  const raw = (parts: string[], separator = ', ') => Prisma.raw(parts.join(separator));
  // Distinct speakers per group without count(DISTINCT) (which sorts every row): first one row
  // per group and speaker (a hash aggregate), then the groups over those. With the affiliation
  // join, DISTINCT keeps a statement once per organisation even for two roles there at once.
  return Prisma.sql`WITH matched AS (
    SELECT s.id, s."speakerId", s."statedAt", s."kind"${outlet}
    WHERE ${filter}
  ), totals AS (
    SELECT count(*)::int AS total, count(DISTINCT "speakerId")::int AS speakers FROM matched
  ), keyed AS (
    SELECT ${Prisma.raw(byOrganization ? 'DISTINCT ' : '')}${raw(keyed)} FROM matched m ${Prisma.raw(join)}
  ), per_speaker AS (
    SELECT ${raw([...columns, '"who"', 'count(*) AS n'])} FROM keyed GROUP BY ${raw([...columns, '"who"'])}
  ), groups AS (
    SELECT ${raw([...columns, 'sum(n)::int AS "count"', 'count("who")::int AS "distinctSpeakers"', 'count(*) OVER ()::int AS "buckets"'])}
    FROM per_speaker ${Prisma.raw(columns.length > 0 ? `GROUP BY ${columns.join(', ')}` : '')}
  )
  SELECT t.total, t.speakers, b.* FROM totals t LEFT JOIN LATERAL (
    SELECT * FROM groups ORDER BY ${raw(order)} LIMIT ${take}
  ) b ON TRUE`;
}

const BucketRef = builder.objectRef<BucketShape>('StatementStatsBucket').implement({
  description: 'One group of statements: the values of the grouping dimensions and what the group holds. Dimensions not grouped by are null.',
  fields: (t) => ({
    period: t.expose('period', { type: 'DateTime', nullable: true, description: 'When grouped by TIME: the start of the period (UTC).' }),
    speaker: t.prismaField({
      type: 'Speaker',
      nullable: true,
      description: 'When grouped by SPEAKER: the speaker (null for statements without a known speaker).',
      resolve: async (query, bucket, _args, { loaders }) =>
        bucket.speakerId === null ? null : ((await loaders.node('Speaker', query).load(String(bucket.speakerId))) as Speaker | null),
    }),
    organization: t.prismaField({
      type: 'Organization',
      nullable: true,
      description: 'When grouped by ORGANIZATION: where the speaker held a role on the statement\'s date (null: no known role then).',
      resolve: async (query, bucket, _args, { loaders }) =>
        bucket.organizationId === null
          ? null
          : ((await loaders.node('Organization', query).load(String(bucket.organizationId))) as Organization | null),
    }),
    outlet: t.prismaField({
      type: 'Outlet',
      nullable: true,
      description: 'When grouped by OUTLET: the outlet (null for articles without one).',
      resolve: async (query, bucket, _args, { loaders }) =>
        bucket.outletId === null ? null : ((await loaders.node('Outlet', query).load(String(bucket.outletId))) as Outlet | null),
    }),
    kind: t.field({ type: StatementKindEnum, nullable: true, description: 'When grouped by KIND: the kind.', resolve: (bucket) => bucket.kind }),
    count: t.exposeInt('count', { description: 'How many statements the group holds.' }),
    distinctSpeakers: t.exposeInt('distinctSpeakers', { description: 'How many different speakers made them.' }),
    share: t.exposeFloat('share', {
      description: '`count` divided by the number of statements matching the filter (0 to 1; by ORGANIZATION the shares can add up to more than 1).',
    }),
  }),
});

const StatsRef = builder.objectRef<StatsShape>('StatementStats').implement({
  description: 'Counts of the statements matching a filter, in total and per group.',
  fields: (t) => ({
    total: t.exposeInt('total', { description: 'How many statements match the filter.' }),
    distinctSpeakers: t.exposeInt('distinctSpeakers', { description: 'How many different known speakers made them.' }),
    bucketCount: t.exposeInt('bucketCount', { description: 'How many groups there are in all (`buckets` holds at most `first` of them).' }),
    buckets: t.field({
      type: [BucketRef],
      description: 'The groups: in time order when grouped by TIME (then largest first), otherwise largest first; ties by the dimension values.',
      resolve: (stats) => stats.buckets,
    }),
  }),
});

builder.queryField('statementStats', (t) =>
  t.field({
    type: StatsRef,
    description:
      'Counts and time series of statements: how many match `filter`, grouped by any of time, speaker, organisation (as of each statement\'s date), outlet and kind, with distinct speakers and share of the total per group. One SQL statement.',
    args: {
      groupBy: t.arg({
        type: [StatsDimensionEnum],
        required: true,
        description: 'The dimensions to group by, each at most once; [] gives the totals as one bucket.',
      }),
      interval: t.arg({ type: StatsIntervalEnum, description: 'The period length when grouping by TIME (required then, not allowed otherwise).' }),
      filter: t.arg({ type: StatementFilter, description: 'Only statements matching this filter.' }),
      first: t.arg.int({ description: `How many buckets to return at most (default ${DEFAULT_BUCKETS}, at most ${MAX_BUCKETS}).` }),
    },
    resolve: async (_root, args) => {
      const groupBy = args.groupBy as Dimension[];
      const interval = (args.interval ?? null) as Interval | null;
      const duplicate = groupBy.find((dimension, index) => groupBy.indexOf(dimension) !== index);
      if (duplicate) {
        throw userError(ErrorCode.BAD_USER_INPUT, `"groupBy" lists ${duplicate} twice`, { argument: 'groupBy' });
      }
      if (groupBy.includes('TIME') && !interval) {
        throw userError(ErrorCode.BAD_USER_INPUT, 'grouping by TIME needs an "interval"', { argument: 'interval' });
      }
      if (!groupBy.includes('TIME') && interval) {
        throw userError(ErrorCode.BAD_USER_INPUT, '"interval" is only allowed when grouping by TIME', { argument: 'interval' });
      }
      const first = args.first ?? DEFAULT_BUCKETS;
      if (first < 0 || first > MAX_BUCKETS) {
        throw userError(
          first < 0 ? ErrorCode.BAD_USER_INPUT : ErrorCode.PAGE_SIZE_EXCEEDED,
          `"first" must be from 0 to ${MAX_BUCKETS}, got ${first}`,
          { argument: 'first', max: MAX_BUCKETS },
        );
      }
      const filter = statementFilterSql(args.filter, 's');
      const rows = await prisma.$queryRaw<StatsRow[]>(statsSql(groupBy, interval, filter, first));
      const total = rows[0]?.total ?? 0;
      const buckets = rows
        .filter((row) => row.count !== null)
        .map((row) => ({
          count: row.count!,
          distinctSpeakers: row.distinctSpeakers!,
          share: total === 0 ? 0 : row.count! / total,
          period: row.period ?? null,
          speakerId: row.speakerId ?? null,
          organizationId: row.organizationId ?? null,
          outletId: row.outletId ?? null,
          kind: row.kind ?? null,
        }));
      return { total, distinctSpeakers: rows[0]?.speakers ?? 0, bucketCount: rows[0]?.buckets ?? 0, buckets };
    },
  }),
);
