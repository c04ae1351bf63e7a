/**
 * Streams a filtered set of statements as NDJSON or CSV with constant memory: keyset pages of
 * `batchSize` statements by ID (Statement_pkey), each page fetched only when the consumer pulls
 * (a pull-based ReadableStream), with its articles, outlets, speakers and the speakers' roles as
 * of each statement's date.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Prisma } from '../../generated/prisma/client.ts';
import { prisma } from '../../persistence/client.ts';
import { isValidAt } from '../loaders/affiliations-at.ts';

export type ExportFormat = 'ndjson' | 'csv';

export const EXPORT_BATCH_SIZE = 1000;

const statementInclude = {
  article: { select: { id: true, title: true, url: true, publishedAt: true, outlet: { select: { id: true, name: true } } } },
  speaker: { select: { id: true, name: true } },
} satisfies Prisma.StatementInclude;

type ExportStatement = Prisma.StatementGetPayload<{ include: typeof statementInclude }>;

interface ExportRole {
  role: string;
  organization: { id: string; name: string };
  validFrom: string | null;
  validTo: string | null;
}

/** One exported statement: the NDJSON line as an object; CSV flattens it. */
export interface ExportRecord {
  id: string;
  text: string;
  kind: string;
  cue: string | null;
  statedAt: string;
  confidence: number;
  article: { id: string; title: string; url: string | null; publishedAt: string | null; outlet: { id: string; name: string } | null };
  speaker: { id: string; name: string } | null;
  /** The speaker's roles that held on the statement's date. */
  affiliations: ExportRole[];
}

export const CSV_COLUMNS = [
  'statement_id',
  'stated_at',
  'kind',
  'cue',
  'text',
  'confidence',
  'speaker_id',
  'speaker_name',
  'affiliations',
  'article_id',
  'article_title',
  'article_url',
  'published_at',
  'outlet_id',
  'outlet_name',
] as const;

/**
 * RFC 4180 quoting: a field with a comma, quote, CR or LF is quoted, quotes doubled. A text
 * that a spreadsheet would run as a formula (it starts with =, +, -, @, tab or CR) gets a
 * leading apostrophe, so opening an export never executes article text (OWASP CSV injection).
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly (string | number | null)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

function csvLine(record: ExportRecord): string {
  return csvRow([
    record.id,
    record.statedAt,
    record.kind,
    record.cue,
    record.text,
    record.confidence,
    record.speaker?.id ?? null,
    record.speaker?.name ?? null,
    record.affiliations.map((a) => `${a.role}, ${a.organization.name}`).join('; ') || null,
    record.article.id,
    record.article.title,
    record.article.url,
    record.article.publishedAt,
    record.article.outlet?.id ?? null,
    record.article.outlet?.name ?? null,
  ]);
}

async function rolesAt(statements: ExportStatement[]): Promise<Map<number, ExportRole[]>> {
  const speakerIds = [...new Set(statements.map((s) => s.speakerId).filter((id): id is number => id !== null))];
  const roles = new Map<number, ExportRole[]>();
  if (speakerIds.length === 0) return roles;
  // One query per batch (Affiliation_speakerId_validFrom_validTo_idx); the date test runs here.
  const affiliations = await prisma.affiliation.findMany({
    where: { speakerId: { in: speakerIds } },
    include: { organization: { select: { id: true, name: true } } },
    orderBy: [{ validFrom: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
  });
  for (const statement of statements) {
    if (statement.speakerId === null) continue;
    roles.set(
      statement.id,
      affiliations
        .filter((a) => a.speakerId === statement.speakerId && isValidAt(a, statement.statedAt))
        .map((a) => ({
          role: a.role,
          organization: { id: encodeGlobalID('Organization', a.organization.id), name: a.organization.name },
          validFrom: a.validFrom?.toISOString() ?? null,
          validTo: a.validTo?.toISOString() ?? null,
        })),
    );
  }
  return roles;
}

function toRecord(statement: ExportStatement, roles: ExportRole[]): ExportRecord {
  const { article, speaker } = statement;
  return {
    id: encodeGlobalID('Statement', statement.id),
    text: statement.text,
    kind: statement.kind,
    cue: statement.cue,
    statedAt: statement.statedAt.toISOString(),
    confidence: statement.confidence,
    article: {
      id: encodeGlobalID('Article', article.id),
      title: article.title,
      url: article.url,
      publishedAt: article.publishedAt?.toISOString() ?? null,
      outlet: article.outlet ? { id: encodeGlobalID('Outlet', article.outlet.id), name: article.outlet.name } : null,
    },
    speaker: speaker ? { id: encodeGlobalID('Speaker', speaker.id), name: speaker.name } : null,
    affiliations: roles,
  };
}

/**
 * The export as a byte stream. Each pull reads the next keyset page (`id > last`, by ID), so
 * at most one page is in memory however large the set.
 */
export function exportStatementsStream(
  where: Prisma.StatementWhereInput,
  format: ExportFormat,
  batchSize: number = EXPORT_BATCH_SIZE,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let lastId = 0;
  let headerSent = format !== 'csv';
  let done = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(csvRow(CSV_COLUMNS)));
        return;
      }
      if (done) {
        controller.close();
        return;
      }
      const batch = await prisma.statement.findMany({
        where: { AND: [where, { id: { gt: lastId } }] },
        include: statementInclude,
        orderBy: { id: 'asc' },
        take: batchSize,
      });
      if (batch.length < batchSize) done = true;
      if (batch.length === 0) {
        controller.close();
        return;
      }
      lastId = batch.at(-1)!.id;
      const roles = await rolesAt(batch);
      const lines = batch.map((statement) => {
        const record = toRecord(statement, roles.get(statement.id) ?? []);
        return format === 'csv' ? csvLine(record) : `${JSON.stringify(record)}\n`;
      });
      controller.enqueue(encoder.encode(lines.join('')));
    },
  });
}
