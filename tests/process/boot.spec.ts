import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freePort,
  repoRoot,
  runNode,
  startBuiltApp,
  startNode,
  type BuiltApp,
} from '../support/built-app';

const MAIN = join(repoRoot, 'apps/api/dist/main.js');
const WORKER = join(repoRoot, 'apps/api/dist/worker.js');

/** One line on stderr, no stack trace. */
function expectOneLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  return lines[0] ?? '';
}

describe('the built API and worker as processes', () => {
  let app: BuiltApp;

  beforeAll(async () => {
    app = await startBuiltApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('serves the dashboard, the API and health on one port', async () => {
    const page = await fetch(`${app.baseUrl}/status`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<div id="root">');
    const ready = await fetch(`${app.baseUrl}/health/ready`);
    expect(await ready.json()).toMatchObject({ status: 'ok' });
  });

  it('turns off introspection in production', async () => {
    const response = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    const body = (await response.json()) as {
      errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
    };
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
    expect(JSON.stringify(body)).not.toMatch(/stacktrace/);
  });

  it('stops with one line naming a malformed DATABASE_URL, without printing it', async () => {
    const result = await runNode(MAIN, [], {
      ...app.env,
      DATABASE_URL: 'postgres//lantern:hunter2@nowhere',
    });
    expect(result.code).toBe(1);
    const line = expectOneLine(result.stderr);
    expect(line).toBe(
      'lantern api: configuration error: DATABASE_URL must be a URL like postgres://user:pass@host:5432/db',
    );
    expect(result.stderr + result.stdout).not.toContain('hunter2');
  });

  it('stops with one line when Redis is unreachable, and leaves nothing running', async () => {
    const port = await freePort();
    const result = await runNode(WORKER, [], {
      ...app.env,
      REDIS_URL: `redis://127.0.0.1:${port}`,
    });
    expect(result.code).toBe(1);
    expect(expectOneLine(result.stderr)).toBe(
      `lantern worker: cannot connect to Redis at 127.0.0.1:${port} (ECONNREFUSED): check REDIS_URL`,
    );
  });

  it('stops with one line when the port is taken', async () => {
    const blocker: Server = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const result = await runNode(MAIN, [], { ...app.env, PORT: String(port) });
      expect(result.code).toBe(1);
      expect(expectOneLine(result.stderr)).toBe(
        `lantern api: port ${port} is already in use: stop the other program or set PORT to a free port`,
      );
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('worker shuts down cleanly on SIGTERM', async () => {
    const worker = startNode(WORKER, { ...app.env, LOG_LEVEL: 'info' });
    const deadline = Date.now() + 20_000;
    while (!worker.output().includes('Worker started') && Date.now() < deadline) {
      if (worker.child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(worker.output()).toContain('Worker started');
    worker.child.kill('SIGTERM');
    const result = await worker.exited;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Worker stopped');
  });
});
