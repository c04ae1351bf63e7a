/**
 * The analyst tests' data: a generated corpus of invented news (no real people), stored through
 * the real article store, then its affiliations replaced by the generator's ground truth with
 * their dates (the store records roles without dates), plus a few recorded aliases. The ground
 * truth is returned so tests compute expected answers independently of the SQL under test.
 */
import { expect } from 'vitest';
import { generateCorpus, type SyntheticCorpus, type SyntheticPerson } from '../../../src/domain/synthetic/corpus.ts';
import { normalizeName } from '../../../src/domain/normalize-name.ts';
import { prisma } from '../../../src/persistence/client.ts';
import { storeArticle } from '../../../src/persistence/store-article.ts';
import { onPrismaQuery } from '../../../src/persistence/database.ts';
import { createGateway } from '../../../src/graphql/yoga.ts';

export interface TruthStatement {
  text: string;
  speaker: string;
  kind: 'DIRECT' | 'INDIRECT';
  statedAt: Date;
  outlet: string;
  title: string;
  confidence: number;
}

export interface AnalystFixture {
  corpus: SyntheticCorpus;
  statements: TruthStatement[];
  /** The roles a person held on a date, by the generator's ground truth. */
  rolesAt(person: string, at: Date): SyntheticPerson['roles'];
}

/** Stores `generateCorpus(options)` with dated affiliations; see the module comment. */
export async function storeAnalystCorpus(options: Parameters<typeof generateCorpus>[0]): Promise<AnalystFixture> {
  const corpus = generateCorpus(options);
  for (const article of corpus.articles) await storeArticle(article.text, article.extracted);

  await prisma.affiliation.deleteMany({});
  const speakers = await prisma.speaker.findMany();
  const speakerId = new Map(speakers.map((speaker) => [speaker.normalizedName, speaker.id]));
  const organizations = new Map<string, number>();
  for (const person of corpus.people) {
    const id = speakerId.get(normalizeName(person.name));
    if (id === undefined) continue; // never quoted
    for (const role of person.roles) {
      const normalizedName = normalizeName(role.organization);
      let organizationId = organizations.get(normalizedName);
      if (organizationId === undefined) {
        organizationId = (
          await prisma.organization.upsert({ where: { normalizedName }, create: { name: role.organization, normalizedName }, update: {} })
        ).id;
        organizations.set(normalizedName, organizationId);
      }
      await prisma.affiliation.create({
        data: { speakerId: id, organizationId, role: role.role, validFrom: role.validFrom, validTo: role.validTo },
      });
    }
  }

  const statements: TruthStatement[] = corpus.articles.flatMap((article) =>
    article.extracted.statements.map((statement) => ({
      text: statement.content.text,
      speaker: article.extracted.speakers.find((speaker) => speaker.key === statement.speakerKey)!.name,
      kind: statement.kind,
      statedAt: article.extracted.publishedAt!,
      outlet: article.extracted.outlet!,
      title: article.extracted.title,
      confidence: statement.confidence,
    })),
  );
  const people = new Map(corpus.people.map((person) => [person.name, person]));
  return {
    corpus,
    statements,
    rolesAt: (person, at) =>
      (people.get(person)?.roles ?? []).filter(
        (role) => (role.validFrom === null || role.validFrom <= at) && (role.validTo === null || role.validTo > at),
      ),
  };
}

export interface GraphQLResult {
  data?: any;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/** One GraphQL request through `createGateway().fetch`, with the SQL statements it caused. */
export async function run(document: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult & { sql: string[] }> {
  const sql: string[] = [];
  const stop = onPrismaQuery((statement) => sql.push(statement));
  try {
    const response = await createGateway().fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document, variables }),
    });
    return { ...((await response.json()) as GraphQLResult), sql };
  } finally {
    stop();
  }
}

/** Like `run`, failing the test on any error. */
export async function data(document: string, variables: Record<string, unknown> = {}): Promise<any> {
  const result = await run(document, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data;
}

/**
 * Recorded SQL made stable for golden files: parameter lists collapsed, schema prefix dropped.
 * Statements from `unordered` on are sorted: Prisma loads sibling relations concurrently, so
 * their order varies from run to run.
 */
export function goldenSql(statements: string[], unordered = statements.length): string {
  return `${[...statements.slice(0, unordered), ...statements.slice(unordered).sort()]
    .map((sql) =>
      sql
        .replace(/\$\d+(?:\s*,\s*\$\d+)*/g, '$n')
        .replace(/"public"\./g, '')
        .replace(/[ \t]+\n/g, '\n')
        .trim(),
    )
    .join(';\n\n')};\n`;
}

/** Walks a connection page by page (`first: size`), returning every node. */
export async function walk(
  document: string,
  field: (data: any) => any,
  variables: Record<string, unknown>,
  size: number,
): Promise<any[]> {
  const nodes: any[] = [];
  let after: string | null = null;
  for (let page = 0; page < 1000; page += 1) {
    const connection = field(await data(document, { ...variables, first: size, after }));
    nodes.push(...connection.edges.map((edge: any) => edge.node));
    if (!connection.pageInfo.hasNextPage) return nodes;
    after = connection.pageInfo.endCursor;
  }
  throw new Error('too many pages');
}
