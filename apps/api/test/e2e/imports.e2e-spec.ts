/**
 * Spreadsheet import of activity logs, over HTTP with the API and worker in process: the
 * upload endpoint, the GraphQL wizard operations, roles, tenants, CSRF, and what ends up in
 * the database for the shared fixtures (CSV and the same data as XLSX).
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import * as ExcelJS from 'exceljs';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  eventually,
  startTestApp,
  type GraphQLClient,
  type Museum,
  type TestApp,
} from '../support/test-app';
import { postRaw } from '../support/uploads';

const FIXTURES = resolve(__dirname, '..', '..', '..', '..', 'tests', 'fixtures');
const REALISTIC = readFileSync(join(FIXTURES, 'activity-log-2024-25.csv'));
const BROKEN = readFileSync(join(FIXTURES, 'activity-log-with-errors.csv'));
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const IMPORT_FIELDS = `id filename format byteSize status processedRows totalRows progress headers
  columns { column field suggested remembered }
  targetFields { field label required description }
  mappingProblems { field message }
  errorCount errors { row column field value message }
  summary { rows sessions attendanceCells attendances duplicates newProgrammes newPartners newSites
            estimatedCounts dateFrom dateTo skippedRows sessionsCreated attendancesCreated }
  preview { row date programme sessionType format deliveryMode venue partner pupils adults
            otherParticipants estimated attendances duplicate }
  failureMessage createdAt committedAt createdBy { id name }`;

interface ImportView {
  id: string;
  filename: string;
  format: string;
  byteSize: number;
  status: string;
  processedRows: number;
  totalRows: number | null;
  progress: number;
  headers: string[];
  columns: Array<{
    column: string;
    field: string | null;
    suggested: string | null;
    remembered: boolean;
  }>;
  targetFields: Array<{ field: string; label: string; required: boolean; description: string }>;
  mappingProblems: Array<{ field: string; message: string }>;
  errorCount: number;
  errors: Array<{ row: number; column: string; field: string; value: string; message: string }>;
  summary: Record<string, number | string | null> | null;
  preview: Array<Record<string, unknown>>;
  failureMessage: string | null;
  createdAt: string;
  committedAt: string | null;
  createdBy: { id: string; name: string } | null;
}

type Errors = Array<{ message: string; extensions?: Record<string, unknown> }> | undefined;

/** The realistic fixture as a workbook, the way Excel keeps it: real dates, numbers as numbers. */
async function realisticAsXlsx(): Promise<Buffer> {
  const records = parseCsv(REALISTIC, { bom: true, relax_column_count: true }) as string[][];
  const [headers, ...rows] = records;
  const numeric = new Set(['URN', 'No. pupils', 'No. adults', 'Other participants']);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Activity log 2024-25');
  sheet.addRow(headers);
  for (const row of rows) {
    sheet.addRow(
      headers!.map((header, index) => {
        const text = row[index] ?? '';
        if (header === 'Date' && /^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(text)) {
          const [day, month, year] = text.split('/').map(Number) as [number, number, number];
          return new Date(Date.UTC(year < 100 ? 2000 + year : year, month - 1, day));
        }
        if (numeric.has(header) && /^\d+$/.test(text)) return Number(text);
        return text === '' ? null : text;
      }),
    );
  }
  sheet.getColumn(1).numFmt = 'dd/mm/yyyy';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

interface Counts {
  sessions: number;
  cells: number;
  attendances: number;
  programmes: number;
  partners: number;
  sites: number;
  links: number;
  imports: number;
}

describe('activity imports (upload, map, check, commit)', () => {
  let app: TestApp;
  let db: Client;
  let storageDir: string;
  let museum: Museum;
  let officer: GraphQLClient;
  let trustee: GraphQLClient;
  let other: Museum;

  const upload = (
    client: GraphQLClient | null,
    body: Buffer | string | ReadableStream<Uint8Array>,
    filename = 'activity-log-2024-25.csv',
    options: { contentType?: string; csrf?: boolean } = {},
  ) =>
    postRaw<{ id?: string; error?: { code: string; message: string } }>(
      app.url,
      client,
      '/api/imports',
      body,
      {
        csrf: options.csrf,
        headers: {
          'content-type': options.contentType ?? 'text/csv',
          'x-filename': encodeURIComponent(filename),
        },
      },
    );

  async function view(
    client: GraphQLClient,
    id: string,
  ): Promise<{ data: ImportView | null; errors: Errors }> {
    const response = await client.request<{ activityImport: ImportView }>(
      `query($id: ID!) { activityImport(id: $id) { ${IMPORT_FIELDS} } }`,
      { id },
    );
    return { data: response.data?.activityImport ?? null, errors: response.errors };
  }

  async function waitFor(
    client: GraphQLClient,
    id: string,
    statuses: string[],
  ): Promise<ImportView> {
    return eventually(async () => {
      const { data } = await view(client, id);
      return data && statuses.includes(data.status) ? data : undefined;
    }, 20_000);
  }

  async function setMapping(
    client: GraphQLClient,
    id: string,
    columns: Array<{ column: string; field: string | null }>,
  ) {
    return client.request<{ setImportMapping: { status: string } }>(
      `mutation($input: SetImportMappingInput!) { setImportMapping(input: $input) { status } }`,
      { input: { importId: id, columns } },
    );
  }

  async function commit(client: GraphQLClient, id: string) {
    return client.request<{ commitImport: { status: string } }>(
      `mutation($input: CommitImportInput!) { commitImport(input: $input) { status } }`,
      { input: { importId: id } },
    );
  }

  /** Upload -> suggested mapping -> READY/INVALID. */
  async function uploadAndCheck(
    client: GraphQLClient,
    body: Buffer | string,
    filename?: string,
    contentType?: string,
    change: (columns: ImportView['columns']) => Array<{ column: string; field: string | null }> = (
      columns,
    ) => columns.map(({ column, field }) => ({ column, field })),
  ): Promise<ImportView> {
    const uploaded = await upload(client, body, filename, { contentType });
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
    const id = uploaded.body.id!;
    const { data } = await view(client, id);
    expect(data?.status).toBe('UPLOADED');
    const mapped = await setMapping(client, id, change(data!.columns));
    expect(mapped.errors).toBeUndefined();
    expect(mapped.data?.setImportMapping.status).toBe('VALIDATING');
    return waitFor(client, id, ['READY', 'INVALID', 'FAILED']);
  }

  async function counts(organisationId: string) {
    const { rows } = await db.query<Counts>(
      `SELECT (SELECT count(*)::int FROM sessions WHERE organisation_id = $1) AS sessions,
              (SELECT count(*)::int FROM session_attendance WHERE organisation_id = $1) AS cells,
              (SELECT COALESCE(sum(count), 0)::int FROM session_attendance WHERE organisation_id = $1) AS attendances,
              (SELECT count(*)::int FROM programmes WHERE organisation_id = $1) AS programmes,
              (SELECT count(*)::int FROM partners WHERE organisation_id = $1) AS partners,
              (SELECT count(*)::int FROM sites WHERE organisation_id = $1) AS sites,
              (SELECT count(*)::int FROM session_partners WHERE organisation_id = $1) AS links,
              (SELECT count(*)::int FROM activity_imports WHERE organisation_id = $1) AS imports`,
      [organisationId],
    );
    return rows[0]!;
  }

  async function storedFiles(organisationId: string): Promise<string[]> {
    return readdir(join(storageDir, 'imports', organisationId)).catch(() => []);
  }

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'lantern-imports-e2e-'));
    app = await startTestApp({ env: { STORAGE_DIR: storageDir } });
    db = new Client({ connectionString: app.database.url });
    await db.connect();
    museum = await app.signUpMuseum({ name: 'Riverside Import Museum' });
    officer = await app.joinAs(
      museum.admin,
      'officer@imports.example',
      'LEARNING_OFFICER',
      'Ola Officer',
    );
    trustee = await app.joinAs(museum.admin, 'trustee@imports.example', 'TRUSTEE', 'Tam Trustee');
    other = await app.signUpMuseum({ name: 'Another Museum' });
  });

  afterAll(async () => {
    await db?.end();
    await app?.close();
    if (storageDir) await rm(storageDir, { recursive: true, force: true });
  });

  it('imports the realistic fixture: READY with every session, then exactly those numbers in the database', async () => {
    const ready = await uploadAndCheck(
      officer,
      REALISTIC,
      'activity-log-2024-25.csv',
      'text/csv',
      (columns) =>
        // The museum does not keep notes: remembered for next time.
        columns.map(({ column, field }) => ({ column, field: column === 'Notes' ? null : field })),
    );
    expect(ready).toMatchObject({
      status: 'READY',
      format: 'CSV',
      filename: 'activity-log-2024-25.csv',
      byteSize: REALISTIC.length,
      errorCount: 0,
      errors: [],
      progress: 100,
      mappingProblems: [],
      failureMessage: null,
      createdBy: { name: 'Ola Officer' },
    });
    expect(ready.summary).toMatchObject({
      sessions: 72,
      attendances: 2054,
      attendanceCells: 108,
      duplicates: 0,
      dateFrom: '2024-04-02',
      dateTo: '2025-03-30',
      sessionsCreated: null,
    });
    expect(ready.preview).toHaveLength(20);
    expect(ready.preview[0]).toMatchObject({
      row: 2,
      date: '2024-04-02',
      programme: 'Schools - KS2 Romans',
      format: 'SCHOOL_WORKSHOP',
      partner: "St Aidan's CE Primary",
      pupils: 29,
      adults: 7,
      attendances: 36,
      duplicate: false,
    });
    expect(ready.columns.find((c) => c.column === 'No. pupils')).toMatchObject({
      field: 'PUPILS',
      suggested: 'PUPILS',
      remembered: false,
    });
    expect(ready.columns.find((c) => c.column === 'Notes')).toMatchObject({
      field: null,
      suggested: 'NOTES',
    });
    expect(ready.targetFields.find((f) => f.field === 'DATE')).toMatchObject({
      label: 'Date',
      required: true,
    });

    const committing = await commit(officer, ready.id);
    expect(committing.errors).toBeUndefined();
    expect(committing.data?.commitImport.status).toBe('COMMITTING');
    const done = await waitFor(officer, ready.id, ['COMMITTED', 'FAILED']);
    expect(done).toMatchObject({ status: 'COMMITTED', failureMessage: null });
    expect(done.committedAt).not.toBeNull();
    expect(done.summary).toMatchObject({ sessionsCreated: 72, attendancesCreated: 2054 });
    expect(await counts(museum.organisationId)).toMatchObject({
      sessions: 72,
      cells: 108,
      attendances: 2054,
    });
    const notes = await db.query(
      `SELECT count(*)::int AS n FROM sessions WHERE organisation_id = $1 AND notes IS NOT NULL`,
      [museum.organisationId],
    );
    expect(notes.rows[0]).toEqual({ n: 0 });
  });

  it('finds every session of the same file already imported, and committing it adds nothing', async () => {
    const before = await counts(museum.organisationId);
    const again = await uploadAndCheck(officer, REALISTIC);
    expect(again.status).toBe('READY');
    expect(again.summary).toMatchObject({
      sessions: 72,
      duplicates: 72,
      newProgrammes: 0,
      newPartners: 0,
      newSites: 0,
    });
    await commit(officer, again.id);
    const done = await waitFor(officer, again.id, ['COMMITTED', 'FAILED']);
    expect(done.summary).toMatchObject({ sessionsCreated: 0, attendancesCreated: 0 });
    expect(await counts(museum.organisationId)).toEqual({ ...before, imports: before.imports + 1 });
  });

  it('suggests the remembered mapping for the next upload, even with a header renamed', async () => {
    const text = REALISTIC.toString('utf8').replace('Other participants', 'Everyone else');
    const uploaded = await upload(officer, text, 'next-year.csv');
    const { data } = await view(officer, uploaded.body.id!);
    const column = (name: string) => data!.columns.find((c) => c.column === name);
    expect(column('Notes')).toMatchObject({ field: null, suggested: null, remembered: true });
    expect(column('Date')).toMatchObject({ field: 'DATE', remembered: true });
    expect(column('No. pupils')).toMatchObject({ field: 'PUPILS', remembered: true });
    expect(column('Everyone else')).toMatchObject({ remembered: false });
    expect(data!.columns.filter((c) => c.remembered)).toHaveLength(12);
  });

  it('refuses the broken fixture: INVALID with its five bad rows and columns; it cannot be committed', async () => {
    const before = await counts(museum.organisationId);
    const invalid = await uploadAndCheck(officer, BROKEN, 'activity-log-with-errors.csv');
    expect(invalid.status).toBe('INVALID');
    expect(invalid.errorCount).toBe(5);
    expect(invalid.errors.map(({ row, column, field }) => ({ row, column, field }))).toEqual([
      { row: 4, column: 'Date', field: 'DATE' },
      { row: 6, column: 'No. pupils', field: 'PUPILS' },
      { row: 8, column: 'Programme', field: 'PROGRAMME' },
      { row: 10, column: 'No. adults', field: 'ADULTS' },
      { row: 12, column: 'Postcode', field: 'POSTCODE' },
    ]);
    expect(invalid.errors[0]).toMatchObject({
      value: '31/02/2025',
      message: expect.stringMatching(/not a real date/),
    });
    const refused = await commit(officer, invalid.id);
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/problems/);
    expect(await counts(museum.organisationId)).toEqual({ ...before, imports: before.imports + 1 });
  });

  it('imports the same data as an Excel workbook with the same result', async () => {
    const museumX = await app.signUpMuseum({ name: 'Workbook Museum' });
    const ready = await uploadAndCheck(
      museumX.admin,
      await realisticAsXlsx(),
      'activity-log.xlsx',
      XLSX_TYPE,
    );
    expect(ready).toMatchObject({ status: 'READY', format: 'XLSX', errorCount: 0 });
    expect(ready.summary).toMatchObject({ sessions: 72, attendances: 2054, attendanceCells: 108 });
    await commit(museumX.admin, ready.id);
    expect((await waitFor(museumX.admin, ready.id, ['COMMITTED', 'FAILED'])).status).toBe(
      'COMMITTED',
    );
    expect(await counts(museumX.organisationId)).toMatchObject({
      sessions: 72,
      cells: 108,
      attendances: 2054,
    });
  });

  it('checks the mapping: problems are field errors, unknown columns are refused', async () => {
    const uploaded = await upload(officer, BROKEN, 'map-me.csv');
    const id = uploaded.body.id!;
    const missing = await setMapping(officer, id, [
      { column: 'Date', field: 'DATE' },
      { column: 'Venue', field: 'PROGRAMME' },
      { column: 'Programme', field: 'PROGRAMME' },
    ]);
    expect(missing.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const fieldErrors = missing.errors?.[0]?.extensions?.['fieldErrors'] as Array<{
      path: string[];
      message: string;
    }>;
    expect(fieldErrors).toEqual(
      expect.arrayContaining([
        { path: ['input', 'columns'], message: 'Choose the column that holds Session type' },
        expect.objectContaining({ path: ['input', 'columns', '1', 'field'] }),
        expect.objectContaining({ path: ['input', 'columns', '2', 'field'] }),
      ]),
    );
    const unknown = await setMapping(officer, id, [{ column: 'Nope', field: 'DATE' }]);
    expect(unknown.errors?.[0]?.extensions?.['fieldErrors']).toEqual([
      { path: ['input', 'columns', '0', 'column'], message: 'Nope is not a column of map-me.csv' },
    ]);
    expect((await view(officer, id)).data?.status).toBe('UPLOADED');
    const early = await commit(officer, id);
    expect(early.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('refuses unreadable, empty, oversized and mistyped uploads with a clear message, leaving nothing behind', async () => {
    const before = await counts(museum.organisationId);
    const files = await storedFiles(museum.organisationId);

    const empty = await upload(officer, '', 'empty.csv');
    expect(empty.status).toBe(400);
    expect(empty.body.error).toEqual({ code: 'BAD_USER_INPUT', message: 'empty.csv is empty' });

    const pdf = await upload(officer, Buffer.from('%PDF-1.7\n...'), 'log.pdf', {
      contentType: 'application/octet-stream',
    });
    expect(pdf.status).toBe(400);
    expect(pdf.body.error?.message).toMatch(/log\.pdf is a PDF, not a spreadsheet/);

    const json = await upload(officer, '{}', 'log.json', { contentType: 'application/json' });
    expect(json.status).toBe(415);
    expect(json.body.error?.code).toBe('BAD_USER_INPUT');

    // 51 MB streamed in chunks, with no Content-Length: stopped at 50 MB.
    const chunk = new Uint8Array(1024 * 1024).fill(0x61);
    let sent = 0;
    const big = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 51) controller.close();
        else {
          sent += 1;
          controller.enqueue(chunk);
        }
      },
    });
    const tooLarge = await upload(officer, big, 'huge.csv');
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'The file is larger than 50 MB: split it into smaller files',
    });

    expect(await counts(museum.organisationId)).toEqual(before);
    expect(await storedFiles(museum.organisationId)).toEqual(files);
  });

  it('lets a learning officer import and refuses a trustee, a signed-out caller and a missing CSRF header', async () => {
    const asTrustee = await upload(trustee, REALISTIC);
    expect(asTrustee.status).toBe(403);
    expect(asTrustee.body.error?.code).toBe('FORBIDDEN');
    const list = await trustee.request('{ activityImports { totalCount } }');
    expect(list.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

    const signedOut = await upload(null, REALISTIC);
    expect(signedOut.status).toBe(401);
    expect(signedOut.body.error?.code).toBe('UNAUTHENTICATED');

    const noCsrf = await upload(officer, REALISTIC, 'x.csv', { csrf: false });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.body.error).toEqual({
      code: 'FORBIDDEN',
      message: 'This request must carry the x-lantern-request header.',
    });

    const mine = await officer.request<{
      activityImports: { totalCount: number; edges: Array<{ node: { id: string } }> };
    }>('{ activityImports(first: 100) { totalCount edges { node { id status createdAt } } } }');
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.activityImports.totalCount).toBeGreaterThanOrEqual(5);
  });

  it("hides one museum's imports from another: NOT_FOUND to read, map, commit or discard", async () => {
    const ready = await uploadAndCheck(officer, REALISTIC, 'private.csv');
    const calls: Array<[string, Record<string, unknown>]> = [
      ['query($id: ID!) { activityImport(id: $id) { id } }', { id: ready.id }],
      [
        'mutation($input: SetImportMappingInput!) { setImportMapping(input: $input) { id } }',
        { input: { importId: ready.id, columns: [{ column: 'Date', field: 'DATE' }] } },
      ],
      [
        'mutation($input: CommitImportInput!) { commitImport(input: $input) { id } }',
        { input: { importId: ready.id } },
      ],
      [
        'mutation($input: DiscardImportInput!) { discardImport(input: $input) { id } }',
        { input: { importId: ready.id } },
      ],
    ];
    for (const [query, variables] of calls) {
      const response = await other.admin.request(query, variables);
      expect(response.errors?.[0]?.extensions?.['code'], query).toBe('NOT_FOUND');
    }
    const theirs = await other.admin.request<{ activityImports: { totalCount: number } }>(
      '{ activityImports { totalCount } }',
    );
    expect(theirs.data?.activityImports.totalCount).toBe(0);
    expect((await view(officer, ready.id)).data?.status).toBe('READY');

    // Discarded by its own museum: the row and the file go.
    const discarded = await officer.request(
      'mutation($input: DiscardImportInput!) { discardImport(input: $input) { id status } }',
      { input: { importId: ready.id } },
    );
    expect(discarded.errors).toBeUndefined();
    expect((await view(officer, ready.id)).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(await storedFiles(museum.organisationId)).not.toContain(ready.id);
  });

  it('leaves nothing behind when the commit fails part way', async () => {
    const museumF = await app.signUpMuseum({ name: 'Failing Museum' });
    const ready = await uploadAndCheck(museumF.admin, REALISTIC);
    expect(ready.status).toBe('READY');
    const before = await counts(museumF.organisationId);
    // A rule of this test only: sessions go in, then one of their attendance cells breaks it.
    await db.query(
      'ALTER TABLE session_attendance ADD CONSTRAINT e2e_no_crowds CHECK (count < 50) NOT VALID',
    );
    try {
      await commit(museumF.admin, ready.id);
      const failed = await waitFor(museumF.admin, ready.id, ['COMMITTED', 'FAILED']);
      expect(failed.status).toBe('FAILED');
      expect(failed.failureMessage).toMatch(/^Nothing was imported/);
    } finally {
      await db.query('ALTER TABLE session_attendance DROP CONSTRAINT e2e_no_crowds');
    }
    expect(await counts(museumF.organisationId)).toEqual(before);
    const audit = await db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE organisation_id = $1 AND action = 'import.committed'`,
      [museumF.organisationId],
    );
    expect(audit.rows[0]).toEqual({ n: 0 });
  });
});
