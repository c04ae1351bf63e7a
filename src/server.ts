import { createServer } from 'node:http';
import { ConfigError, loadConfig } from './config.ts';
import { connectDatabase, disconnectDatabase } from './persistence/client.ts';
import { seedIfEmpty } from './persistence/seed.ts';
import { createGateway } from './graphql/yoga.ts';

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  await connectDatabase(config.database);
  if (config.seedOnEmpty) {
    const seeded = await seedIfEmpty();
    if (seeded > 0) console.log(`seeded the empty database with ${seeded} article(s) from seeds/`);
  }
  const gateway = createGateway();
  const server = createServer(gateway);
  server.on('error', (error: NodeJS.ErrnoException) => {
    const reason = error.code === 'EADDRINUSE' ? 'the port is in use (set PORT to another one)' : error.message;
    console.error(`the gateway could not listen on ${config.host}:${config.port}: ${reason}`);
    void disconnectDatabase().finally(() => process.exit(1));
  });
  server.listen(config.port, config.host, () => {
    const where = config.database.mode === 'postgres' ? 'Postgres (DATABASE_URL)' : `the embedded database in ${config.database.dataDir}`;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`news gateway ready in ${seconds} s on http://localhost:${config.port}/graphql, using ${where}`);
  });
  const stop = () => {
    server.close();
    void disconnectDatabase().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`configuration error: ${error.message}`);
  } else {
    console.error('the gateway could not start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
