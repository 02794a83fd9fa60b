import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import { createApiApp } from './app/create-apps';
import { exitWithError } from './platform/bootstrap/fatal';
import { preflight } from './platform/bootstrap/preflight';
import { loadConfigFromProcess } from './platform/config';

async function main(): Promise<void> {
  const config = loadConfigFromProcess();
  await preflight(config);
  const app = await createApiApp(config);
  try {
    await app.listen(config.port, config.host);
  } catch (error) {
    await app.close();
    throw error;
  }
  app
    .get(Logger)
    .log(`API listening on http://${config.host}:${config.port} (GraphQL at /graphql)`);
}

main().catch((error: unknown) => exitWithError('api', error));
