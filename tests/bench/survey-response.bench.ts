import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { afterAll, beforeAll, it } from 'vitest';
import { startBuiltApp, type BuiltApp } from '../support/built-app';
import { load, printFigure, summarise } from './stats';

// Public survey responses (no account) on the built app, on this machine: client-side
// latency and throughput, and the server's own handling time from the Server-Timing header
// (the handler: rate limits, survey lookup, checks and the one-statement insert).
// Figures, not assertions. The machine is shared: read latency against the baseline.

let app: BuiltApp;
let token = '';

function apiCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/${app.api.child.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** One response to the demo's Memories Café survey (8 questions). */
function body(i: number): string {
  return JSON.stringify({
    answers: [
      { itemCode: 'ONS4_SATISFIED', value: i % 11 },
      { itemCode: 'ONS4_WORTHWHILE', value: (i + 3) % 11 },
      { itemCode: 'ONS4_HAPPY', value: (i + 5) % 11 },
      { itemCode: 'ONS4_ANXIOUS', value: (i + 7) % 11 },
      { itemCode: 'QD_CAPTIVATION', value: (i % 101) / 100 },
      { itemCode: 'QD_RELEVANCE', value: ((i + 50) % 101) / 100 },
      { itemCode: 'NPS_RECOMMEND', value: (i + 2) % 11 },
      ...(i % 10 === 0 ? [{ itemCode: 'FT_COMMENTS', text: `Bench comment ${i}` }] : []),
    ],
  });
}

async function run(name: string, total: number, concurrency: number): Promise<void> {
  const server: number[] = [];
  const phases: Record<string, number[]> = { limit: [], survey: [], insert: [] };
  const cpuBefore = apiCpuMs();
  const result = await load(total, concurrency, async (i) => {
    const response = await fetch(`${app.baseUrl}/api/public/surveys/${token}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-lantern-request': '1' },
      body: body(i),
    });
    if (response.status !== 201) throw new Error(`${response.status}: ${await response.text()}`);
    const timing = /app;dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '');
    if (timing) server.push(Number(timing[1]));
    for (const [phase, samples] of Object.entries(phases)) {
      const found = new RegExp(`${phase};dur=([\\d.]+)`).exec(
        response.headers.get('server-timing') ?? '',
      );
      if (found) samples.push(Number(found[1]));
    }
    await response.arrayBuffer();
  });
  const cpu = (apiCpuMs() - cpuBefore) / total;
  const client = summarise(result.latencies);
  const handler = summarise(server);
  printFigure(name, {
    clientMedianMs: client.median,
    clientP95Ms: client.p95,
    clientP99Ms: client.p99,
    perSecond: result.perSecond,
    serverMedianMs: handler.median,
    serverP95Ms: handler.p95,
    ...Object.fromEntries(
      Object.entries(phases).map(([phase, samples]) => [
        `${phase}MedianMs`,
        summarise(samples).median,
      ]),
    ),
    apiCpuMsPerRequest: Math.round(cpu * 100) / 100,
  });
}

beforeAll(async () => {
  app = await startBuiltApp({
    worker: false,
    env: { LOG_LEVEL: 'error', RATE_LIMIT_PER_MINUTE: '1000000' },
  });
  const db = new Client({ connectionString: app.env['DATABASE_URL'] });
  await db.connect();
  try {
    const rows = await db.query<{ public_token: string }>(
      `SELECT public_token FROM surveys WHERE title = 'Memories Café: how was today?'`,
    );
    token = rows.rows[0]!.public_token;
  } finally {
    await db.end();
  }
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

it('baseline: reading the public survey, one client', async () => {
  const latencies = await load(300, 1, async () => {
    const response = await fetch(`${app.baseUrl}/api/public/surveys/${token}`);
    await response.arrayBuffer();
  });
  printFigure('public survey read c=1', {
    ...summarise(latencies.latencies),
    perSecond: latencies.perSecond,
  });
});

it('public survey responses under 1 and 50 concurrent clients', async () => {
  await run('warm-up c=10', 300, 10);
  await run('survey response c=1', 500, 1);
  await run('survey response c=50', 5000, 50);
});
