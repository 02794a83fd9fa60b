import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, it } from 'vitest';
import { startBuiltApp, type BuiltApp } from '../support/built-app';
import { printFigure } from './stats';

// A national-size deprivation lookup (2.7 million postcodes, as England's) streamed to the
// built API as in production, generated on the fly: never held in memory here, and never
// buffered by the API (COPY into a staging table). Figures, not assertions.
const ROWS = 2_700_000;
const ROWS_PER_CHUNK = 10_000;

let app: BuiltApp;
let cookie = '';

/** Peak resident memory of a process (VmHWM) and its current one (VmRSS), in MB. */
function memoryOf(pid: number | undefined): { peak: number; now: number } {
  if (!pid) return { peak: NaN, now: NaN };
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    return { peak: Math.round(kb('VmHWM') / 1024), now: Math.round(kb('VmRSS') / 1024) };
  } catch {
    return { peak: NaN, now: NaN };
  }
}

/** A distinct, well-formed (made-up) postcode for each n < 17.5 million: "ZA0 0AA"... */
function syntheticPostcode(n: number): string {
  const letter = (k: number) => String.fromCharCode(65 + (k % 26));
  const inward = n % 6760;
  const rest = Math.floor(n / 6760);
  return `Z${letter(Math.floor(rest / 100))}${rest % 100} ${inward % 10}${letter(Math.floor(inward / 10))}${letter(Math.floor(inward / 260))}`;
}

/** The lookup as a stream of CSV chunks, made as the upload asks for them. */
function lookupStream(
  rows: number,
  decileShift: number,
): {
  body: ReadableStream<Uint8Array>;
  bytes: () => number;
} {
  const encoder = new TextEncoder();
  let next = -1;
  let bytes = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let text = '';
      if (next === -1) {
        text = 'pcds,lsoa21cd,IMD Decile\r\n';
        next = 0;
      }
      if (next >= rows) {
        controller.close();
        return;
      }
      const end = Math.min(rows, next + ROWS_PER_CHUNK);
      for (; next < end; next += 1) {
        const area = `E0${String(1_000_000 + Math.floor(next / 1500)).slice(1)}`;
        text += `${syntheticPostcode(next)},${area},${((next + decileShift) % 10) + 1}\r\n`;
      }
      const chunk = encoder.encode(text);
      bytes += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { body, bytes: () => bytes };
}

beforeAll(async () => {
  app = await startBuiltApp({
    worker: false,
    env: { LOG_LEVEL: 'error', RATE_LIMIT_PER_MINUTE: '1000000' },
  });
  const admin = app.demo.people.find((person) => person.role === 'ADMIN')!;
  const response = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { role } }',
      variables: { input: { email: admin.email, password: app.demo.password } },
    }),
  });
  cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
});
afterAll(async () => {
  await app?.stop();
});

async function load(name: string, rows: number, decileShift: number): Promise<void> {
  const pid = app.api.child.pid;
  const before = memoryOf(pid);
  let highest = before.now;
  const sampler = setInterval(() => {
    highest = Math.max(highest, memoryOf(pid).now);
  }, 100);
  const { body, bytes } = lookupStream(rows, decileShift);
  const started = performance.now();
  const response = await fetch(`${app.baseUrl}/api/deprivation-lookups/IMD2025`, {
    method: 'POST',
    headers: {
      cookie,
      'content-type': 'text/csv',
      'x-lantern-request': '1',
      'x-filename': 'national-lookup-SYNTHETIC.csv',
    },
    body,
    duplex: 'half',
  } as RequestInit);
  const answer = (await response.json()) as Record<string, unknown>;
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  if (response.status !== 200)
    throw new Error(`upload answered ${response.status}: ${JSON.stringify(answer)}`);
  const after = memoryOf(pid);
  printFigure(name, {
    rows: Number(answer['rowCount']),
    megabytes: Math.round(bytes() / 1024 / 1024),
    seconds: Math.round(seconds * 10) / 10,
    rowsPerSecond: Math.round(Number(answer['rowCount']) / seconds),
    apiRssBeforeMb: before.now,
    apiRssHighestDuringMb: highest,
    apiPeakRssMb: after.peak,
    partnersUpdated: Number(answer['partnersUpdated']),
    sessionsUpdated: Number(answer['sessionsUpdated']),
  });
}

it('loads a tenth of a national lookup, for comparison', async () => {
  await load('deprivation lookup 270k rows', ROWS / 10, 0);
});

it('loads a 2.7-million-row lookup, streamed', async () => {
  await load('deprivation lookup 2.7M rows, first load', ROWS, 0);
});

it('loads it again (replacing 2.7 million rows in one transaction)', async () => {
  await load('deprivation lookup 2.7M rows, reload', ROWS, 3);
});
