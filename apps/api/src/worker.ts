import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import { createWorkerApp } from './app/create-apps';
import { exitWithError } from './platform/bootstrap/fatal';
import { preflight } from './platform/bootstrap/preflight';
import { loadConfigFromProcess } from './platform/config';

/**
 * The BullMQ worker. On SIGTERM/SIGINT it stops taking jobs and lets the job in hand finish;
 * if that takes longer than SHUTDOWN_TIMEOUT_MS it exits anyway and BullMQ's stalled-job
 * check hands the job to another worker (it is released, not lost).
 */
async function main(): Promise<void> {
  const config = loadConfigFromProcess();
  await preflight(config);
  const app = await createWorkerApp(config);
  const logger = app.get(Logger);
  await app.init();
  logger.log('Worker started');

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(`Worker stopping on ${signal}: finishing the job in hand`);
    const timer = setTimeout(() => {
      logger.warn(
        `Worker did not stop within ${config.shutdownTimeoutMs} ms; exiting, unfinished jobs will be retried`,
      );
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    app
      .close()
      .then(() => {
        logger.log('Worker stopped');
        process.exit(0);
      })
      .catch((error: unknown) => exitWithError('worker', error));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => exitWithError('worker', error));
