import { expect } from 'vitest';
import { generateCorpus, type SyntheticCorpus } from '../../src/domain/synthetic/corpus.ts';
import { createGateway } from '../../src/graphql/yoga.ts';
import { onPrismaQuery } from '../../src/persistence/database.ts';
import { storeArticle } from '../../src/persistence/store-article.ts';

export interface GraphQLResponse<Data = any> {
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** Sends one GraphQL request through the gateway in-process (`yoga.fetch`). */
export async function execute<Data = any>(
  query: string,
  variables: Record<string, unknown> = {},
  gateway = createGateway(),
  operationName?: string,
): Promise<GraphQLResponse<Data>> {
  const response = await gateway.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return (await response.json()) as GraphQLResponse<Data>;
}

/** Like `execute`, but fails the test on any error and returns `data`. */
export async function query<Data = any>(document: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const result = await execute<Data>(document, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as Data;
}

/** The single error of a response, asserting there is exactly one. */
export function onlyError(result: GraphQLResponse) {
  expect(result.errors).toHaveLength(1);
  return result.errors![0]!;
}

/** Runs `work` and returns the SQL statements Prisma sent to the database meanwhile. */
export async function recordSql<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const stop = onPrismaQuery((sql) => statements.push(sql));
  try {
    return { result: await work(), statements };
  } finally {
    stop();
  }
}

/**
 * SQL made comparable across page sizes and runs: parameter lists collapsed, sorted (batches
 * that run concurrently finish in any order), one statement per block.
 */
export function normalizeSql(statements: string[]): string {
  return `${statements
    .map((sql) =>
      sql
        .replace(/\$\d+(?:\s*,\s*\$\d+)*/g, '$n')
        .replace(/"public"\./g, '')
        .trim(),
    )
    .sort()
    .join(';\n\n')};\n`;
}

/** Stores a generated corpus of invented news; returns it with its ground truth. */
export async function storeCorpus(options: Parameters<typeof generateCorpus>[0]): Promise<SyntheticCorpus> {
  const corpus = generateCorpus(options);
  for (const article of corpus.articles) await storeArticle(article.text, article.extracted);
  return corpus;
}
