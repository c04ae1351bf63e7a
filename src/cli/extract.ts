/**
 * `extract FILE...`: runs the extractor over raw article files and writes one JSON line per
 * file in the evaluation format (shared/eval/README.md), plus richer fields (text, cue,
 * confidence, affiliations) that scorers ignore.
 */
import { readFile } from 'node:fs/promises';
import { extractArticle } from '../domain/extraction/extract-article.ts';
import type { ExtractedArticle } from '../domain/extraction/types.ts';

/** The NDJSON record for one article, as the scorer and other tools read it. */
export function toPredictionRecord(file: string, article: ExtractedArticle): Record<string, unknown> {
  const speakerName = new Map(article.speakers.map((s) => [s.key, s.name]));
  const organizationName = new Map(article.organizations.map((o) => [o.key, o.name]));
  return {
    file,
    title: article.title,
    outlet: article.outlet,
    statements: article.statements.map((s) => ({
      start: s.content.start,
      end: s.content.end,
      kind: s.kind === 'DIRECT' ? 'direct' : 'indirect',
      speaker: s.speakerMention
        ? { name: (s.speakerKey && speakerName.get(s.speakerKey)) ?? s.speakerMention.text, start: s.speakerMention.start, end: s.speakerMention.end }
        : null,
      text: s.content.text,
      cue: s.cue?.text ?? null,
      cueLemma: s.cueLemma,
      confidence: s.confidence,
    })),
    speakers: article.speakers.map((s) => ({
      name: s.name,
      kind: s.kind,
      quoted: s.quoted,
      affiliations: article.affiliations
        .filter((a) => a.speakerKey === s.key)
        .map((a) => ({ role: a.role, organization: organizationName.get(a.organizationKey) ?? a.organizationKey })),
    })),
  };
}

/**
 * Extracts every file and writes one JSON line each to `out`. An unreadable file is reported
 * on stderr by name and skipped; the exit code is 1 if any file failed, else 0.
 */
export async function runExtract(files: string[], out: NodeJS.WritableStream): Promise<number> {
  if (files.length === 0) {
    process.stderr.write('usage: extract FILE...\n');
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      failed++;
      const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
      process.stderr.write(`extract: cannot read ${file} (${reason})\n`);
      continue;
    }
    out.write(`${JSON.stringify(toPredictionRecord(file, extractArticle(text)))}\n`);
  }
  return failed > 0 ? 1 : 0;
}
