import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '../platform/config';
import { securityHeaders } from '../platform/web/security-headers';
import { serveWebApp } from '../platform/web/web-app';
import { ApiModule } from './api.module';
import { WorkerModule } from './worker.module';

/** Builds the HTTP app (not yet listening). Shared by main.ts and the end-to-end tests. */
export async function createApiApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.flushLogs();
  app.disable('x-powered-by');
  // Behind a TLS proxy: trust X-Forwarded-* so req.secure (Secure cookies) and req.ip are right.
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders(config.isProduction));
  serveWebApp(app, config.webDistDir);
  app.enableShutdownHooks();
  return app;
}

/** Builds the worker (processors start with init). Shared by worker.ts and the tests. */
export async function createWorkerApp(config: AppConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.flushLogs();
  return app;
}
