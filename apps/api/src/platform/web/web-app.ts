import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

const API_PATHS = /^\/(graphql|health|api)(\/|$)/;

/**
 * In production the API serves the built web app on the same port: hashed assets with a
 * long cache, and index.html (never cached) for every other GET so client routes work.
 */
export function serveWebApp(app: NestExpressApplication, distDir: string | null): boolean {
  if (!distDir || !existsSync(join(distDir, 'index.html'))) return false;
  app.useStaticAssets(join(distDir, 'assets'), {
    prefix: '/assets',
    immutable: true,
    maxAge: '1y',
    index: false,
  });
  app.useStaticAssets(distDir, { index: false, maxAge: '1h' });
  const indexHtml = join(distDir, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path)) return next();
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
  return true;
}
