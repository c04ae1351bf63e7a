import { defineConfig } from 'prisma/config';

// Prisma's CLI reads this. The gateway itself never goes through the CLI: it applies
// prisma/migrations with its own runner (src/persistence/migrate.ts), which keeps Prisma's
// `_prisma_migrations` bookkeeping, so `prisma migrate status|deploy` agree where Prisma's
// engine can be downloaded.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/newsgraph' },
});
