import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { once } from 'node:events';
import { Client } from 'pg';
import { afterAll, beforeAll, it } from 'vitest';
import { startBuiltApp, type BuiltApp } from '../support/built-app';
import { printFigure } from './stats';

// A 100,000-row activity log through the built API and worker, as in production: upload,
// map and check (validate), commit. Figures, not assertions.
const ROWS = Number(process.env['IMPORT_BENCH_ROWS'] ?? 100_000);

let app: BuiltApp;
let cookie = '';
let dir: string;

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

/** CPU seconds (user + system) a process has used so far. */
function cpuSeconds(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** CPU seconds used by PostgreSQL backends connected to the app's database. */
async function databaseCpuSeconds(): Promise<number> {
  const client = new Client({ connectionString: app.env['DATABASE_URL'] });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    return rows.reduce((sum, row) => sum + cpuSeconds(row.pid), 0);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lantern-import-bench-'));
  app = await startBuiltApp({
    env: {
      LOG_LEVEL: 'error',
      RATE_LIMIT_PER_MINUTE: '1000000',
      STORAGE_DIR: join(dir, 'storage'),
    },
  });
  const officer = app.demo.people.find((person) => person.role === 'LEARNING_OFFICER')!;
  const response = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { role } }',
      variables: { input: { email: officer.email, password: app.demo.password } },
    }),
  });
  cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
});
afterAll(async () => {
  await app?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

const PROGRAMMES: Array<[string, string[]]> = [
  ['Schools - KS2 Romans', ['Workshop (onsite)', 'Self-led visit', 'Outreach visit']],
  ['Schools - KS1 Toys Past & Present', ['Loan box', 'Workshop (onsite)']],
  ['Family Saturdays', ['Family drop-in']],
  ['Young Curators', ['Youth panel']],
  ['Memories Café (dementia)', ['Reminiscence session']],
  ['Community Co-curation: Our Streets', ['Consultation']],
  ['Teacher CPD', ['Teacher CPD']],
  ['Virtual Classroom', ['Virtual classroom']],
  ['Holiday Club', ['Holiday activity']],
  ['Adult Learning: Archaeology', ['Adult course', 'Talk']],
];
const VENUES = [
  'Main Museum',
  'Main museum',
  'Riverside Gallery',
  'Outreach',
  'Online',
  'Castle Hall',
];
const STAGES = ['KS1', 'KS2', 'Yr 1', 'Year 2', 'KS3', 'EYFS'];
const YES_NO = ['yes', 'no', 'Y', 'N', '', 'yes'];
const NOTES = [
  '',
  'Fire alarm - finished 10 mins early',
  '"Co-designed with the youth panel, ""brilliant"" feedback"',
  'Used handling objects 1987.45.2; 1990.12.7',
];

/** One row in the shape of shared/fixtures/activity-log-2024-25.csv. */
function row(i: number): string {
  const [programme, types] = PROGRAMMES[i % PROGRAMMES.length]!;
  const type = types[Math.floor(i / PROGRAMMES.length) % types.length]!;
  const day = new Date(Date.UTC(2015, 3, 1) + (Math.floor(i / 7) % 3650) * 86_400_000);
  const d = day.getUTCDate();
  const m = day.getUTCMonth() + 1;
  const y = day.getUTCFullYear();
  const date =
    i % 2
      ? `${d}/${m}/${String(y).slice(2)}`
      : `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
  const school = i % 3 !== 2;
  const partner = school ? `School ${i % 2000}` : '';
  const urn = school ? String(100000 + (i % 2000)) : '';
  const postcode = school
    ? `ZZ${(i % 9) + 1} ${(i % 9) + 1}A${String.fromCharCode(65 + (i % 26))}`
    : '';
  const stage = school ? STAGES[i % STAGES.length]! : '';
  const pupils = school ? String(20 + (i % 15)) : '';
  const adults = i % 11 === 0 ? `c. ${i % 40}` : String(i % 8);
  const others = school ? '' : i % 5 === 0 ? `approx ${10 + (i % 50)}` : String(5 + (i % 30));
  return [
    date,
    programme,
    type,
    VENUES[i % VENUES.length]!,
    partner,
    urn,
    postcode,
    stage,
    pupils,
    adults,
    others,
    YES_NO[i % YES_NO.length]!,
    NOTES[i % NOTES.length]!,
  ].join(',');
}

/** Streams the CSV to a file without holding it in memory. */
async function writeCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  const header =
    '\uFEFFDate,Programme,Session type,Venue,School / group,URN,Postcode,Key Stage,No. pupils,No. adults,Other participants,First visit?,Notes\r\n';
  async function* lines() {
    yield header;
    for (let start = 0; start < rows; start += 1000) {
      let chunk = '';
      for (let i = start; i < Math.min(rows, start + 1000); i += 1) chunk += `${row(i)}\r\n`;
      yield chunk;
    }
  }
  for await (const chunk of Readable.from(lines())) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

interface ImportState {
  status: string;
  processedRows: number;
  totalRows: number | null;
  errorCount: number;
  failureMessage: string | null;
  columns: Array<{ column: string; field: string | null }>;
  summary: { sessions: number; attendances: number; sessionsCreated: number | null } | null;
}

const IMPORT = `query($id: ID!) { activityImport(id: $id) {
  status processedRows totalRows errorCount failureMessage columns { column field }
  summary { sessions attendances sessionsCreated } } }`;

async function until(id: string, statuses: string[], onPoll: () => void): Promise<ImportState> {
  for (;;) {
    onPoll();
    const { activityImport } = await graphql<{ activityImport: ImportState }>(IMPORT, { id });
    if (statuses.includes(activityImport.status)) return activityImport;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it(`imports a ${ROWS.toLocaleString('en-GB')}-row activity CSV end to end`, async () => {
  const file = join(dir, 'activity-log-100k.csv');
  await writeCsv(file, ROWS);
  const { size } = await stat(file);
  const apiPid = app.api.child.pid;
  const workerPid = app.worker?.child.pid;
  const before = { api: memoryOf(apiPid), worker: memoryOf(workerPid) };
  const peak = { api: before.api.now, worker: before.worker.now };
  const sample = () => {
    peak.api = Math.max(peak.api, memoryOf(apiPid).now);
    peak.worker = Math.max(peak.worker, memoryOf(workerPid).now);
  };
  const sampler = setInterval(sample, 50);

  const cpu = async () => ({
    api: cpuSeconds(apiPid),
    worker: cpuSeconds(workerPid),
    database: await databaseCpuSeconds(),
  });
  try {
    const cpuAtStart = await cpu();
    const started = performance.now();
    const response = await fetch(`${app.baseUrl}/api/imports`, {
      method: 'POST',
      headers: {
        cookie,
        'content-type': 'text/csv',
        'x-filename': 'activity-log-100k.csv',
        'x-lantern-request': '1',
      },
      body: Readable.toWeb(createReadStream(file)) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    const { id } = (await response.json()) as { id: string };
    if (response.status !== 201) throw new Error(`upload answered ${response.status}`);
    const uploaded = performance.now();
    const cpuUploaded = await cpu();

    const { activityImport } = await graphql<{ activityImport: ImportState }>(IMPORT, { id });
    await graphql(
      'mutation($input: SetImportMappingInput!) { setImportMapping(input: $input) { status } }',
      { input: { importId: id, columns: activityImport.columns } },
    );
    const ready = await until(id, ['READY', 'INVALID', 'FAILED'], sample);
    if (ready.status !== 'READY')
      throw new Error(`validation ended ${ready.status}: ${ready.failureMessage}`);
    const validated = performance.now();
    const cpuValidated = await cpu();

    await graphql(
      'mutation($input: CommitImportInput!) { commitImport(input: $input) { status } }',
      {
        input: { importId: id },
      },
    );
    const done = await until(id, ['COMMITTED', 'FAILED'], sample);
    if (done.status !== 'COMMITTED')
      throw new Error(`commit ended ${done.status}: ${done.failureMessage}`);
    const committed = performance.now();
    const cpuCommitted = await cpu();
    const spent = (from: Record<string, number>, to: Record<string, number>) =>
      Object.fromEntries(
        Object.keys(to).map((key) => [
          `${key}CpuSeconds`,
          Math.round(((to[key] ?? 0) - (from[key] ?? 0)) * 100) / 100,
        ]),
      );

    const rate = (ms: number) => Math.round(ROWS / (ms / 1000));
    printFigure('import upload', {
      rows: ROWS,
      megabytes: Math.round(size / 1e5) / 10,
      seconds: Math.round(uploaded - started) / 1000,
      rowsPerSecond: rate(uploaded - started),
      ...spent(cpuAtStart, cpuUploaded),
    });
    printFigure('import validate', {
      seconds: Math.round(validated - uploaded) / 1000,
      rowsPerSecond: rate(validated - uploaded),
      sessions: ready.summary?.sessions ?? NaN,
      attendances: ready.summary?.attendances ?? NaN,
      ...spent(cpuUploaded, cpuValidated),
    });
    printFigure('import commit', {
      seconds: Math.round(committed - validated) / 1000,
      rowsPerSecond: rate(committed - validated),
      sessionsCreated: done.summary?.sessionsCreated ?? NaN,
      ...spent(cpuValidated, cpuCommitted),
    });
    printFigure('import end to end', {
      seconds: Math.round(committed - started) / 1000,
      rowsPerSecond: rate(committed - started),
      loadAverage: loadavg()[0]!.toFixed(1),
    });
    printFigure('import memory (MB)', {
      apiBefore: before.api.now,
      apiPeak: peak.api,
      apiPeakSinceStart: memoryOf(apiPid).peak,
      workerBefore: before.worker.now,
      workerPeak: peak.worker,
      workerPeakSinceStart: memoryOf(workerPid).peak,
    });
  } finally {
    clearInterval(sampler);
  }
});
