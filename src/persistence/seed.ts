import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prisma } from './client.ts';
import { ingestArticle } from './ingest.ts';

/** seeds/articles: raw articles in the ingest format, loaded by `npm run db:seed`. */
export const SEED_ARTICLES_DIR = fileURLToPath(new URL('../../seeds/articles', import.meta.url));

/** Ingests every seed article through the real extraction path; returns how many were new. */
export async function seed(dir: string = SEED_ARTICLES_DIR): Promise<number> {
  let created = 0;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()) {
    const result = await ingestArticle({ text: readFileSync(join(dir, file), 'utf8') });
    if (result.created) created += 1;
  }
  return created;
}

/** Seeds the database when it holds no article yet (what `npm start` does on first run). */
export async function seedIfEmpty(dir?: string): Promise<number> {
  if ((await prisma.article.count()) > 0) return 0;
  return seed(dir);
}
