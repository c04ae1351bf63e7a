/**
 * Ranked full-text search over statements (and the titles of their articles), and fuzzy name
 * search over speakers and organisations. Raw, parameterised SQL (Prisma `$queryRaw`) returns
 * row IDs and scores. The statements of a search page are then loaded with one Prisma query
 * planned by plugin-prisma from the selection under `edges.node` (so their articles, speakers...
 * come with it, no per-hit fallbacks); name matches load their rows through the dataloaders.
 *
 * Indexes: Statement_searchVector_idx and Article_titleVector_idx (GIN on stored tsvector
 * columns, prisma/migrations/20261128020000_search_vectors) for the search;
 * Speaker_names_trgm_idx / Organization_names_trgm_idx (GiST trigram, nearest-first) for names.
 */
import { queryFromInfo } from '@pothos/plugin-prisma';
import { Kind, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import { Prisma, type Organization, type Speaker, type Statement } from '../../generated/prisma/client.ts';
import { prisma } from '../../persistence/client.ts';
import { builder } from '../builder.ts';
import { ErrorCode, userError } from '../errors.ts';
import { statementFilterSql } from '../filters/apply.ts';
import { StatementFilter } from '../filters/inputs.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination.ts';
import { StatementRef } from './statement.ts';

export const MAX_QUERY_CHARS = 500;

/** The names of the fields selected directly under the current field (through fragments). */
export function selectedFieldNames(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const visit = (selections: readonly SelectionNode[]) => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet.selections);
      else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet.selections);
      }
    }
  };
  for (const node of info.fieldNodes) if (node.selectionSet) visit(node.selectionSet.selections);
  return names;
}
const MAX_MATCHES = 50;

/** Matched words in snippets are wrapped in « and » (not HTML: clients style them as they wish). */
const HEADLINE_OPTIONS = 'StartSel=«, StopSel=», MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "';

interface HitShape {
  node: Statement;
  rank: number;
  snippet: string;
  cursor: string;
}

interface SearchShape {
  hits: HitShape[];
  total: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

const CURSOR_PREFIX = 'search:';

function encodeCursor(rank: number, id: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${JSON.stringify([rank, id])}`).toString('base64');
}

function decodeCursor(cursor: string): { rank: number; id: number } {
  try {
    const text = Buffer.from(cursor, 'base64').toString('utf8');
    if (text.startsWith(CURSOR_PREFIX)) {
      const [rank, id] = JSON.parse(text.slice(CURSOR_PREFIX.length)) as unknown[];
      if (typeof rank === 'number' && Number.isFinite(rank) && Number.isSafeInteger(id)) return { rank, id: id as number };
    }
  } catch {
    // falls through to the coded error
  }
  throw userError(ErrorCode.INVALID_CURSOR, '"after" is not a cursor from `search`', { argument: 'after' });
}

function checkText(value: string, argument: string, max: number): string {
  const trimmed = value.trim();
  if (!trimmed) throw userError(ErrorCode.BAD_USER_INPUT, `"${argument}" must not be empty`, { argument });
  if (trimmed.length > max) {
    throw userError(ErrorCode.BAD_USER_INPUT, `"${argument}" is ${trimmed.length} characters, at most ${max} are allowed`, { argument });
  }
  return trimmed;
}

function checkFirst(first: number | null | undefined, max: number, fallback: number): number {
  if (first == null) return fallback;
  if (first < 0) throw userError(ErrorCode.BAD_USER_INPUT, '"first" must not be negative', { argument: 'first' });
  if (first > max) {
    throw userError(ErrorCode.PAGE_SIZE_EXCEEDED, `"first" is ${first}, but a page holds at most ${max} items`, { argument: 'first', max });
  }
  return first;
}

interface SearchRow {
  total: number;
  id: number | null;
  rank: number | null;
  snippet: string | null;
}

/**
 * One SQL statement: the candidates (statement text or article title matching the web-search
 * query, each through its GIN index, merged by UNION), rechecked against text and title as one
 * document (so `-word` excludes a word from either), the filter, the rank, the total and one
 * page of hits with their highlighted snippets (ts_headline runs on the page's rows only).
 */
export function searchSql(query: string, filter: Prisma.Sql, after: { rank: number; id: number } | null, take: number): Prisma.Sql {
  const tsquery = Prisma.sql`websearch_to_tsquery('english', ${query})`;
  const cursor = after
    ? Prisma.sql`(r.rank < ${after.rank}::float8 OR (r.rank = ${after.rank}::float8 AND r.id > ${after.id}))`
    : Prisma.sql`TRUE`;
  // `candidates` is MATERIALIZED so the planner joins the (few) hits first and only then
  // builds and ranks their documents, instead of pairing every statement with its article.
  return Prisma.sql`WITH hits AS (
    SELECT s.id FROM "Statement" s WHERE s."searchVector" @@ ${tsquery}
    UNION
    SELECT s.id FROM "Article" a JOIN "Statement" s ON s."articleId" = a.id WHERE a."titleVector" @@ ${tsquery}
  ), candidates AS MATERIALIZED (
    SELECT s.id, s."text", setweight(s."searchVector", 'A') || setweight(a."titleVector", 'C') AS doc
    FROM hits JOIN "Statement" s ON s.id = hits.id JOIN "Article" a ON a.id = s."articleId"
    WHERE ${filter}
  ), ranked AS (
    SELECT c.id, c."text", ts_rank(c.doc, ${tsquery})::float8 AS rank FROM candidates c WHERE c.doc @@ ${tsquery}
  )
  SELECT t.total, p.id, p.rank, p.snippet
  FROM (SELECT count(*)::int AS total FROM ranked) t
  LEFT JOIN LATERAL (
    SELECT r.id, r.rank, ts_headline('english', r."text", ${tsquery}, ${HEADLINE_OPTIONS}) AS snippet
    FROM ranked r WHERE ${cursor}
    ORDER BY r.rank DESC, r.id ASC
    LIMIT ${take}
  ) p ON TRUE
  ORDER BY p.rank DESC, p.id ASC`;
}

const SearchHitRef = builder.objectRef<HitShape>('SearchHit').implement({
  description: 'One statement found by `search`, with its relevance and the matching words highlighted.',
  fields: (t) => ({
    cursor: t.exposeString('cursor', { description: 'Pass it as `after` to get the hits after this one.' }),
    rank: t.exposeFloat('rank', {
      description:
        'Relevance (Postgres ts_rank: statement words weigh most, article-title words less); higher is better, comparable within one query only.',
    }),
    snippet: t.exposeString('snippet', {
      description: 'The statement text around the matching words, which are wrapped in « and »; " … " joins fragments.',
    }),
    node: t.field({
      type: StatementRef,
      description: 'The statement.',
      resolve: (hit) => hit.node,
    }),
  }),
});

const SearchConnectionRef = builder.objectRef<SearchShape>('SearchConnection').implement({
  description: 'A page of search hits, best first (ties in ID order).',
  fields: (t) => ({
    edges: t.field({ type: [SearchHitRef], description: 'The hits of this page.', resolve: (search) => search.hits }),
    pageInfo: t.field({
      type: builder.pageInfoRef(),
      description: 'Where this page sits in the whole list of hits.',
      resolve: (search) => ({
        hasNextPage: search.hasNextPage,
        hasPreviousPage: search.hasPreviousPage,
        startCursor: search.hits[0]?.cursor ?? null,
        endCursor: search.hits.at(-1)?.cursor ?? null,
      }),
    }),
    totalCount: t.exposeInt('total', { description: 'How many statements match (computed by the same SQL statement as the page).' }),
  }),
});

interface NameMatchShape {
  id: number;
  similarity: number;
  matchedName: string;
}

/**
 * Nearest names first through the GiST trigram index (`ORDER BY name <<-> names LIMIT n`), then
 * the ones below `minSimilarity` dropped. Word similarity compares the query with the best-matching
 * run of words in the name or an alias, so "al-Musawi" finds "Mokhtar al-Moussawi".
 */
export function nameSearchSql(table: 'Speaker' | 'Organization', name: string, take: number, minSimilarity: number): Prisma.Sql {
  const names = Prisma.raw('searchable_names(x."name", x."aliases")');
  return Prisma.sql`SELECT m.id, m.similarity, m."matchedName" FROM (
    SELECT x.id,
      word_similarity(${name}, ${names})::float8 AS similarity,
      (SELECT n FROM unnest(array_prepend(x."name", x."aliases")) AS n ORDER BY word_similarity(${name}, n) DESC, n LIMIT 1) AS "matchedName"
    FROM ${Prisma.raw(`"${table}"`)} x
    ORDER BY ${name} <<-> ${names}
    LIMIT ${take}
  ) m
  WHERE m.similarity >= ${minSimilarity}::float8
  ORDER BY m.similarity DESC, m.id ASC`;
}

const matchFields = {
  similarity: 'Trigram word similarity of the searched name to the closest name or alias, from 0 to 1 (1: the same words).',
  matchedName: 'The name or alias that resembles the searched name most.',
};

const SpeakerMatchRef = builder.objectRef<NameMatchShape>('SpeakerMatch').implement({
  description: 'A speaker whose name or alias resembles the searched name.',
  fields: (t) => ({
    similarity: t.exposeFloat('similarity', { description: matchFields.similarity }),
    matchedName: t.exposeString('matchedName', { description: matchFields.matchedName }),
    speaker: t.prismaField({
      type: 'Speaker',
      description: 'The speaker.',
      // Through the request's node loaders, with the selection planned for this field.
      resolve: async (query, match, _args, { loaders }) => {
        const row = await loaders.node('Speaker', query).load(String(match.id));
        if (!row) throw new Error(`speaker ${match.id} disappeared during the search`);
        return row as Speaker;
      },
    }),
  }),
});

const OrganizationMatchRef = builder.objectRef<NameMatchShape>('OrganizationMatch').implement({
  description: 'An organisation whose name or alias resembles the searched name.',
  fields: (t) => ({
    similarity: t.exposeFloat('similarity', { description: matchFields.similarity }),
    matchedName: t.exposeString('matchedName', { description: matchFields.matchedName }),
    organization: t.prismaField({
      type: 'Organization',
      description: 'The organisation.',
      resolve: async (query, match, _args, { loaders }) => {
        const row = await loaders.node('Organization', query).load(String(match.id));
        if (!row) throw new Error(`organisation ${match.id} disappeared during the search`);
        return row as Organization;
      },
    }),
  }),
});

function nameSearchField(table: 'Speaker' | 'Organization', ref: typeof SpeakerMatchRef, what: string) {
  builder.queryField(table === 'Speaker' ? 'speakerSearch' : 'organizationSearch', (t) =>
    t.field({
      type: [ref],
      description: `${what} whose name or a recorded alias resembles \`name\`, most similar first: finds transliteration and spelling variants (trigram word similarity).`,
      args: {
        name: t.arg.string({ required: true, description: 'The name to look for (at most 200 characters).' }),
        first: t.arg.int({ description: `How many matches at most (default 10, at most ${MAX_MATCHES}).` }),
        minSimilarity: t.arg.float({
          required: true,
          defaultValue: 0.3,
          description: 'Drop matches less similar than this, from 0 to 1 (default 0.3).',
        }),
      },
      resolve: async (_root, args) => {
        const name = checkText(args.name, 'name', 200);
        const take = checkFirst(args.first, MAX_MATCHES, 10);
        if (!(args.minSimilarity >= 0 && args.minSimilarity <= 1)) {
          throw userError(ErrorCode.BAD_USER_INPUT, '"minSimilarity" must be from 0 to 1', { argument: 'minSimilarity' });
        }
        if (take === 0) return [];
        return prisma.$queryRaw<NameMatchShape[]>(nameSearchSql(table, name, take, args.minSimilarity));
      },
    }),
  );
}

nameSearchField('Speaker', SpeakerMatchRef, 'Speakers');
nameSearchField('Organization', OrganizationMatchRef, 'Organisations');

builder.queryField('search', (t) =>
  t.field({
    type: SearchConnectionRef,
    description:
      'Statements whose text (or whose article\'s title) matches a web-search query, most relevant first, with a relevance rank and a highlighted snippet per hit. Syntax: words (all must match, stemmed: "tariffs" finds "tariff"), "quoted phrases", OR, and -word to exclude.',
    args: {
      query: t.arg.string({
        required: true,
        description: `The web-search query, e.g. \`"harbour levy" -ferry\` (at most ${MAX_QUERY_CHARS} characters).`,
      }),
      filter: t.arg({ type: StatementFilter, description: 'Only statements matching this filter.' }),
      first: t.arg.int({ description: `Returns the first n hits after \`after\` (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` }),
      after: t.arg.string({ description: 'A cursor from a search hit: returns the hits after it.' }),
    },
    resolve: async (_root, args, context, info) => {
      const query = checkText(args.query, 'query', MAX_QUERY_CHARS);
      const first = checkFirst(args.first, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE);
      const after = args.after == null ? null : decodeCursor(args.after);
      const filter = statementFilterSql(args.filter, 's');
      // Only totalCount asked for: no page (no ranking sort, no snippets), no statement query.
      const wantsPage = [...selectedFieldNames(info)].some((name) => name === 'edges' || name === 'pageInfo');
      const rows = await prisma.$queryRaw<SearchRow[]>(searchSql(query, filter, after, wantsPage ? first + 1 : 0));
      const found = rows.filter((row): row is SearchRow & { id: number; rank: number; snippet: string } => row.id !== null);
      const page = found.slice(0, first);
      // One query for the page's statements and everything selected beneath them.
      const select = await queryFromInfo({ context, info, typeName: 'Statement', path: ['edges', 'node'], awaitSelections: true });
      const statements = page.length === 0 ? [] : await prisma.statement.findMany({ ...select, where: { id: { in: page.map((row) => row.id) } } });
      const byId = new Map(statements.map((statement) => [statement.id, statement]));
      const hits = page.flatMap((row) => {
        const node = byId.get(row.id);
        // A statement deleted between the two queries is left out rather than failing the page.
        return node ? [{ node, rank: row.rank, snippet: row.snippet, cursor: encodeCursor(row.rank, row.id) }] : [];
      });
      return {
        hits,
        total: rows[0]?.total ?? 0,
        hasNextPage: found.length > first,
        hasPreviousPage: after !== null,
      };
    },
  }),
);
