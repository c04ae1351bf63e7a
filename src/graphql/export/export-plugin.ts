/**
 * `GET|POST /export/statements.ndjson` and `/export/statements.csv`: the statements matching a
 * StatementFilter (the GraphQL filter language, as JSON), streamed. GET takes the filter as the
 * `filter` query parameter; POST as `{ "filter": { ... } }` in a JSON body. A bad filter is an
 * HTTP 400 with the same coded errors GraphQL gives (`extensions.code`, `argumentPath`).
 */
import { coerceInputValue, GraphQLError, isInputObjectType } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { createContext } from '../context.ts';
import { ErrorCode } from '../errors.ts';
import { statementWhere } from '../filters/apply.ts';
import type { StatementFilterInput } from '../filters/filter-input.ts';
import { schema } from '../schema.ts';
import { exportStatementsStream, type ExportFormat } from './statements-export.ts';

const ROUTES: Record<string, ExportFormat> = {
  '/export/statements.ndjson': 'ndjson',
  '/export/statements.csv': 'csv',
};

const CONTENT_TYPES: Record<ExportFormat, string> = {
  ndjson: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** The largest POST body accepted (a filter, not data). */
const MAX_BODY_BYTES = 256 * 1024;

class ExportInputError extends Error {
  constructor(readonly errors: { message: string; extensions: Record<string, unknown> }[]) {
    super(errors[0]?.message ?? 'bad export request');
  }
}

function badRequest(message: string, extensions: Record<string, unknown> = {}): ExportInputError {
  return new ExportInputError([{ message, extensions: { code: ErrorCode.BAD_USER_INPUT, argument: 'filter', ...extensions } }]);
}

async function readFilterJson(request: Request, url: URL): Promise<unknown> {
  if (request.method === 'GET') {
    const raw = url.searchParams.get('filter');
    if (raw === null || raw.trim() === '') return null;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      throw badRequest('"filter" is not valid JSON');
    }
  }
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw badRequest(`the request body is larger than ${MAX_BODY_BYTES} bytes`);
  if (text.trim() === '') return null;
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    throw badRequest('the request body is not valid JSON');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw badRequest('the request body must be a JSON object: {"filter": {...}}');
  const unknownKeys = Object.keys(body).filter((key) => key !== 'filter');
  if (unknownKeys.length > 0) throw badRequest(`unknown field(s) in the request body: ${unknownKeys.join(', ')}`);
  return (body as { filter?: unknown }).filter ?? null;
}

/** Coerces JSON to a StatementFilter exactly as GraphQL coerces a variable, collecting every error with its path. */
function coerceFilter(value: unknown): StatementFilterInput | null {
  if (value === null) return null;
  const type = schema.getType('StatementFilter');
  if (!isInputObjectType(type)) throw new Error('the schema has no StatementFilter input type');
  const errors: { message: string; extensions: Record<string, unknown> }[] = [];
  const coerced = coerceInputValue(value, type, (path, _invalid, error) => {
    errors.push({
      message: `filter${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')}: ${error.message}`,
      extensions: { code: ErrorCode.BAD_USER_INPUT, argument: 'filter', argumentPath: ['filter', ...path] },
    });
  }) as StatementFilterInput;
  if (errors.length > 0) throw new ExportInputError(errors);
  return coerced;
}

function jsonResponse(fetchAPI: { Response: typeof Response }, status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new fetchAPI.Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
}

/** The Yoga plugin serving the export routes; every other request passes through. */
export function statementExport(): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const format = ROUTES[url.pathname];
      if (!format) return;
      if (request.method !== 'GET' && request.method !== 'POST') {
        endResponse(jsonResponse(fetchAPI, 405, { errors: [{ message: 'use GET or POST' }] }, { allow: 'GET, POST' }));
        return;
      }
      let where;
      try {
        const filter = coerceFilter(await readFilterJson(request, url));
        where = await statementWhere(filter, createContext());
      } catch (error) {
        if (error instanceof ExportInputError) {
          endResponse(jsonResponse(fetchAPI, 400, { errors: error.errors }));
          return;
        }
        if (error instanceof GraphQLError && typeof error.extensions.code === 'string') {
          endResponse(jsonResponse(fetchAPI, 400, { errors: [{ message: error.message, extensions: error.extensions }] }));
          return;
        }
        throw error;
      }
      endResponse(
        new fetchAPI.Response(exportStatementsStream(where, format), {
          status: 200,
          headers: {
            'content-type': CONTENT_TYPES[format],
            'content-disposition': `attachment; filename="statements.${format}"`,
            'cache-control': 'no-store',
          },
        }),
      );
    },
  };
}
