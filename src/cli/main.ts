/**
 * The gateway's command line: `npm run --silent cli -- <command> [options]`.
 * Commands that touch the database use the same configuration as the server (DATABASE_URL,
 * or the embedded database in PGLITE_DATA_DIR).
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadDatabaseConfig } from '../config.ts';
import { generateCorpus } from '../domain/synthetic/corpus.ts';
import { connectDatabase, disconnectDatabase } from '../persistence/client.ts';
import { openDatabase } from '../persistence/database.ts';
import { migrate, readMigrations } from '../persistence/migrate.ts';
import { seed } from '../persistence/seed.ts';
import { storeArticle } from '../persistence/store-article.ts';
import { runEval } from './eval.ts';
import { runExtract } from './extract.ts';
import { runIngest } from './ingest.ts';

const HELP = `usage: npm run --silent cli -- <command> [options]

commands:
  extract FILE...            extract statements from raw article files; one JSON line per file on stdout
  ingest FILE|DIR...         extract and store articles (one transaction each; same text twice changes nothing)
      --outlet NAME            outlet, for articles without a dateline
      --language TAG           language of the articles, e.g. en
      --published-at DATE      publication date (ISO 8601) of the articles
  eval DIR [--gold DIR]      score the extractor on annotated articles (a benchmark; see ../shared/eval)
      --out FILE               keep the predictions (NDJSON) in FILE
      --errors                 also list direct-quote misses and false positives by pattern
      --examples N             with --errors: show N examples of each pattern
  migrate                    apply pending migrations (prisma/migrations)
  seed                       ingest the seed articles in seeds/articles
  generate [--articles N] [--seed S]
                             store N synthetic articles (invented outlets and people) for demos
  help                       show this help

The database is DATABASE_URL when set, else the embedded database in PGLITE_DATA_DIR (.data/pglite).`;

/** Runs `work` connected to the configured database, and always disconnects. */
async function withDatabase<T>(work: () => Promise<T>): Promise<T> {
  await connectDatabase(loadDatabaseConfig());
  try {
    return await work();
  } finally {
    await disconnectDatabase();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(HELP);
      return command === undefined ? 2 : 0;
    case 'extract':
      return runExtract(rest, process.stdout);
    case 'eval':
      return runEval(rest);
    case 'ingest': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { outlet: { type: 'string' }, language: { type: 'string' }, 'published-at': { type: 'string' } },
      });
      if (positionals.length === 0) {
        console.error('usage: ingest FILE|DIR... [--outlet NAME] [--language TAG] [--published-at DATE]');
        return 2;
      }
      const summary = await withDatabase(() =>
        runIngest(positionals, { outlet: values.outlet, language: values.language, publishedAt: values['published-at'] }),
      );
      return summary.failed > 0 ? 1 : 0;
    }
    case 'migrate': {
      const database = await openDatabase(loadDatabaseConfig());
      try {
        const applied = await database.session((sql) => migrate(sql));
        for (const name of applied) console.log(`applied ${name}`);
        console.log(`database is up to date (${readMigrations().length} migration(s) in prisma/migrations, ${applied.length} applied now)`);
      } finally {
        await database.close();
      }
      return 0;
    }
    case 'seed': {
      const created = await withDatabase(() => seed());
      console.log(created > 0 ? `seeded ${created} article(s) from seeds/articles` : 'seed articles were already stored');
      return 0;
    }
    case 'generate': {
      const { values } = parseArgs({ args: rest, options: { articles: { type: 'string', default: '200' }, seed: { type: 'string', default: '1' } } });
      const articles = Number(values.articles);
      const seedValue = Number(values.seed);
      if (!Number.isInteger(articles) || articles < 1 || articles > 1_000_000) {
        console.error(`generate: --articles must be an integer from 1 to 1000000, got "${values.articles}"`);
        return 2;
      }
      if (!Number.isInteger(seedValue)) {
        console.error(`generate: --seed must be an integer, got "${values.seed}"`);
        return 2;
      }
      const corpus = generateCorpus({ articles, seed: seedValue });
      const created = await withDatabase(async () => {
        let count = 0;
        for (const article of corpus.articles) if ((await storeArticle(article.text, article.extracted)).created) count += 1;
        return count;
      });
      console.log(`stored ${created} synthetic article(s) (${articles - created} were already there)`);
      return 0;
    }
    default:
      console.error(`unknown command "${command}"\n\n${HELP}`);
      return 2;
  }
}

// `cli extract … | head`: a reader that stops early closes the pipe; that ends the command
// quietly instead of with an unhandled EPIPE stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError) console.error(`configuration error: ${error.message}`);
    else if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) console.error(error.message);
    else console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
