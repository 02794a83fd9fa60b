import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LookupUploadSettings } from '../../src/modules/deprivation/deprivation-lookups.service';
import { startTestApp, type GraphQLClient, type Museum, type TestApp } from '../support/test-app';
import { postRaw } from '../support/uploads';

// tests/fixtures holds copies of shared/fixtures: up from e2e through test, api and apps.
const FIXTURE = resolve(
  __dirname,
  ...Array<string>(4).fill('..'),
  'tests',
  'fixtures',
  'deprivation-lookup-SYNTHETIC.csv',
);
/** The fixture's postcodes and deciles (IMD2025), and a made-up IMD2019 for the same places. */
const SYNTHETIC = readFileSync(FIXTURE);
const IMD2019 =
  'pcds,lsoa11cd,IMD Decile\nZZ1 1AA,E01000001,6\nZZ2 4AE,E01000002,9\nZZ3 5AF,E01000003,2\nZZ8 8ZZ,E01000004,4\n';

type Json = Record<string, unknown>;

/** A distinct, well-formed (made-up) postcode for each n: "ZA0 0AA", "ZA0 1AA"... */
function syntheticPostcode(n: number): string {
  const letter = (k: number) => String.fromCharCode(65 + (k % 26));
  const inward = n % 6760;
  const rest = Math.floor(n / 6760);
  return `Z${letter(Math.floor(rest / 100))}${rest % 100} ${inward % 10}${letter(Math.floor(inward / 10))}${letter(Math.floor(inward / 260))}`;
}

describe('deprivation lookups', () => {
  let app: TestApp;
  let db: Client;
  let a: Museum;
  let b: Museum;
  let officer: GraphQLClient;
  const partner: Record<'school' | 'club' | 'charity', string> = {
    school: '',
    club: '',
    charity: '',
  };
  const session: Record<'outreach' | 'partners' | 'unknownOutreach' | 'none', string> = {
    outreach: '',
    partners: '',
    unknownOutreach: '',
    none: '',
  };

  function upload(
    client: GraphQLClient | null,
    indexVersion: string,
    csv: string | Buffer,
    options: { csrf?: boolean; headers?: Record<string, string> } = {},
  ) {
    return postRaw<Json & { error?: Json & { fieldErrors?: Json[] } }>(
      app.url,
      client,
      `/api/deprivation-lookups/${indexVersion}`,
      csv,
      {
        csrf: options.csrf,
        headers: {
          'content-type': 'text/csv',
          'x-filename': 'deprivation-lookup-SYNTHETIC.csv',
          ...options.headers,
        },
      },
    );
  }

  async function run<T = Json>(
    client: GraphQLClient,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T> {
    const response = await client.request<T>(query, variables);
    if (response.errors) throw new Error(`${query}: ${JSON.stringify(response.errors)}`);
    return response.data as T;
  }

  async function deciles(organisationId = a.organisationId) {
    const partners = await db.query<{ id: string; d: number | null; i: string | null }>(
      'SELECT id, deprivation_decile AS d, deprivation_index AS i FROM partners WHERE organisation_id = $1',
      [organisationId],
    );
    const sessions = await db.query<{ id: string; d: number | null; i: string | null }>(
      'SELECT id, deprivation_decile AS d, deprivation_index AS i FROM sessions WHERE organisation_id = $1',
      [organisationId],
    );
    const of = (rows: Array<{ id: string; d: number | null; i: string | null }>, id: string) => {
      const row = rows.find((r) => r.id === id);
      return row?.d == null ? null : `${row.d} ${row.i}`;
    };
    return {
      school: of(partners.rows, partner.school),
      club: of(partners.rows, partner.club),
      charity: of(partners.rows, partner.charity),
      outreach: of(sessions.rows, session.outreach),
      partners: of(sessions.rows, session.partners),
      unknownOutreach: of(sessions.rows, session.unknownOutreach),
      none: of(sessions.rows, session.none),
    };
  }

  /** Everything a failed upload must leave as it was. */
  async function state(organisationId = a.organisationId) {
    const lookups = await db.query(
      `SELECT index_version, count(*)::int AS n, md5(string_agg(postcode || area_code || decile, ',' ORDER BY postcode)) AS digest
         FROM deprivation_lookups WHERE organisation_id = $1 GROUP BY index_version ORDER BY index_version`,
      [organisationId],
    );
    const versions = await db.query(
      `SELECT index_version, row_count, source_filename, loaded_at FROM deprivation_lookup_versions
        WHERE organisation_id = $1 ORDER BY index_version`,
      [organisationId],
    );
    const audit = await db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE organisation_id = $1`,
      [organisationId],
    );
    return {
      lookups: lookups.rows,
      versions: versions.rows,
      audit: audit.rows,
      deciles: await deciles(organisationId),
    };
  }

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    db = new Client({ connectionString: app.database.url });
    await db.connect();
    [a, b] = await Promise.all([
      app.signUpMuseum({ name: 'Lookup Museum A' }),
      app.signUpMuseum({ name: 'Lookup Museum B' }),
    ]);
    officer = await app.joinAs(a.admin, 'officer@lookups-a.example', 'LEARNING_OFFICER');

    const create = async (input: Json) =>
      (
        await run<{ createPartner: { id: string } }>(
          a.admin,
          'mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id } }',
          { input },
        )
      ).createPartner.id;
    partner.school = await create({
      name: 'Hill Top Primary',
      type: 'SCHOOL',
      urn: '100001',
      postcode: 'zz1 1aa',
    });
    partner.club = await create({ name: 'Riverside Youth Club', postcode: 'ZZ3 5AF' });
    partner.charity = await create({ name: 'Aardvark Trust', type: 'CHARITY' });

    const programme = await run<{ createProgramme: { id: string } }>(
      a.admin,
      'mutation { createProgramme(input: { name: "Outreach", strand: OUTREACH, startDate: "2024-04-01" }) { id } }',
    );
    const insert = async (outreachPostcode: string | null, partnerIds: string[]) => {
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO sessions (organisation_id, programme_id, date, format, delivery_mode, status, outreach_postcode)
         VALUES ($1, $2, '2024-06-01', 'OUTREACH_VISIT', 'OUTREACH', 'DELIVERED', $3) RETURNING id`,
        [a.organisationId, programme.createProgramme.id, outreachPostcode],
      );
      const id = rows[0]!.id;
      for (const partnerId of partnerIds) {
        await db.query(
          'INSERT INTO session_partners (session_id, partner_id, organisation_id) VALUES ($1, $2, $3)',
          [id, partnerId, a.organisationId],
        );
      }
      return id;
    };
    session.outreach = await insert('ZZ2 4AE', []);
    session.partners = await insert(null, [partner.charity, partner.club, partner.school]);
    session.unknownOutreach = await insert('ZZ8 8ZZ', [partner.school]);
    session.none = await insert(null, []);
  });

  afterAll(async () => {
    await db?.end();
    await app?.close();
  });

  it('starts with no lookup and no deciles', async () => {
    const data = await run<{ deprivationLookups: unknown[]; deprivationDecile: unknown }>(
      a.admin,
      '{ deprivationLookups { indexVersion } deprivationDecile(postcode: "ZZ1 1AA") { decile } }',
    );
    expect(data).toEqual({ deprivationLookups: [], deprivationDecile: null });
    expect(Object.values(await deciles()).every((d) => d === null)).toBe(true);
  });

  it("loads the synthetic lookup and derives partners' and sessions' deciles from it", async () => {
    const response = await upload(a.admin, 'IMD2025', SYNTHETIC);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      indexVersion: 'IMD2025',
      rowCount: 10,
      sourceFilename: 'deprivation-lookup-SYNTHETIC.csv',
      active: true,
      partnersUpdated: 2,
      sessionsUpdated: 2,
      replacedRowCount: null,
    });
    expect(await deciles()).toEqual({
      school: '1 IMD2025',
      club: '8 IMD2025',
      charity: null,
      outreach: '5 IMD2025',
      // Aardvark Trust comes first by name but has no postcode: Hill Top Primary is next.
      partners: '1 IMD2025',
      // An outreach postcode the lookup lacks: unknown, not the partner's.
      unknownOutreach: null,
      none: null,
    });
    const { rows } = await db.query(
      `SELECT postcode, area_code, decile FROM deprivation_lookups
        WHERE organisation_id = $1 AND index_version = 'IMD2025' ORDER BY postcode LIMIT 2`,
      [a.organisationId],
    );
    expect(rows).toEqual([
      { postcode: 'ZZ1 1AA', area_code: 'Z01000001', decile: 1 },
      { postcode: 'ZZ1 2AB', area_code: 'Z01000002', decile: 2 },
    ]);

    const data = await run<{ deprivationLookups: Json[]; organisation: Json }>(
      a.admin,
      '{ deprivationLookups { id indexVersion rowCount sourceFilename loadedAt active loadedBy { id } } organisation { deprivationIndex } }',
    );
    expect(data.deprivationLookups).toEqual([
      expect.objectContaining({
        indexVersion: 'IMD2025',
        rowCount: 10,
        sourceFilename: 'deprivation-lookup-SYNTHETIC.csv',
        active: true,
        loadedBy: { id: a.userId },
      }),
    ]);
    expect(data.organisation).toEqual({ deprivationIndex: null });

    const audit = await db.query<{ action: string; summary: string }>(
      `SELECT action, summary FROM audit_events WHERE organisation_id = $1 AND entity_type = 'deprivation_lookup'`,
      [a.organisationId],
    );
    expect(audit.rows).toEqual([
      {
        action: 'deprivation_lookup.loaded',
        summary: expect.stringContaining(
          'loaded the IMD2025 lookup (10 postcodes from deprivation-lookup-SYNTHETIC.csv)',
        ),
      },
    ]);
  });

  it("answers one postcode's decile, for anyone who reads programmes", async () => {
    const query =
      'query($p: String!) { deprivationDecile(postcode: $p) { postcode areaCode decile indexVersion } }';
    const hit = await officer.request(query, { p: 'zz11aa' });
    expect(hit.data).toEqual({
      deprivationDecile: {
        postcode: 'ZZ1 1AA',
        areaCode: 'Z01000001',
        decile: 1,
        indexVersion: 'IMD2025',
      },
    });
    expect((await officer.request(query, { p: 'ZZ7 7ZZ' })).data).toEqual({
      deprivationDecile: null,
    });
    const bad = await officer.request(query, { p: 'not a postcode' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ path: ['postcode'], message: 'Enter a UK postcode like SW1A 1AA' }],
    });
  });

  it('refuses a broken file, changes nothing, and lists every problem with its row and column', async () => {
    const before = await state();
    const broken = [
      'postcode,area_code,index,decile',
      'ZZ1 1AA,Z01000001,IMD2025,4',
      'ZZ1 2AB,Z01000002,IMD2025,11',
      'ZZ1 2A,Z01000003,IMD2025,2',
      'ZZ1 1AA,Z01000004,IMD2025,5',
      'ZZ2 3AD,Z01000005,IMD2019,6',
      'ZZ2 4AE,Z01000006,IMD2025,6',
    ].join('\r\n');
    const response = await upload(a.admin, 'IMD2025', broken);
    expect(response.status).toBe(400);
    expect(response.body.error).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'The file has 4 problems; nothing was loaded.',
      errorCount: 4,
      fieldErrors: [
        {
          path: ['row', '3', 'decile'],
          message: '11 is not a decile: a decile is a whole number from 1 to 10',
        },
        { path: ['row', '4', 'postcode'], message: 'ZZ1 2A is not a UK postcode' },
        {
          path: ['row', '5', 'postcode'],
          message: 'ZZ1 1AA is repeated: it is already on row 2',
        },
        {
          path: ['row', '6', 'index'],
          message: 'This row is for IMD2019, but the file is being loaded as IMD2025',
        },
      ],
    });
    expect(await state()).toEqual(before);

    // Only a repeat, written differently: found when the rows are stored, then rolled back.
    const repeated = await upload(
      a.admin,
      'IMD2025',
      'postcode,area_code,decile\nZZ1 1AA,Z1,4\nZZ2 4AE,Z2,5\nzz11aa,Z3,6\n',
    );
    expect(repeated.status).toBe(400);
    expect(repeated.body.error).toMatchObject({
      errorCount: 1,
      message: 'The file has 1 problem; nothing was loaded.',
      fieldErrors: [
        { path: ['row', '4', 'postcode'], message: 'ZZ1 1AA is repeated: it is already on row 2' },
      ],
    });
    expect(await state()).toEqual(before);
  });

  it('lists the first 100 problems of a file with many, and counts them all', async () => {
    const before = await state();
    const rows = ['postcode,area_code,decile'];
    for (let i = 0; i < 250; i += 1) rows.push(`ZZ1 ${i % 10}AA,Z${i},${i % 10}`);
    const response = await upload(a.admin, 'IMD2025', rows.join('\n'));
    expect(response.status).toBe(400);
    // Decile 0 on every tenth row (25); the other 225 rows repeat nine postcodes (216 repeats).
    expect(response.body.error?.['errorCount']).toBe(241);
    expect(response.body.error?.fieldErrors).toHaveLength(100);
    expect(response.body.error?.fieldErrors?.[0]).toEqual({
      path: ['row', '2', 'decile'],
      message: '0 is not a decile: a decile is a whole number from 1 to 10',
    });
    expect(await state()).toEqual(before);
  });

  it('names the columns a header lacks, and refuses an empty file', async () => {
    const before = await state();
    const response = await upload(
      a.admin,
      'IMD2025',
      'postcode,lsoa name,rank\nZZ1 1AA,Somewhere,3\n',
    );
    expect(response.status).toBe(400);
    expect(response.body.error?.fieldErrors).toEqual([
      expect.objectContaining({ path: ['header', 'area_code'] }),
      expect.objectContaining({ path: ['header', 'decile'] }),
    ]);
    const empty = await upload(a.admin, 'IMD2025', 'postcode,area_code,decile\r\n');
    expect(empty.status).toBe(400);
    expect(empty.body.error?.fieldErrors).toEqual([
      { path: ['file'], message: 'The file has a header but no postcodes' },
    ]);
    expect(await state()).toEqual(before);
  });

  it('replaces a version when it is loaded again', async () => {
    const response = await upload(
      a.admin,
      'imd2025',
      'Postcode,Area,Decile\nZZ1 1AA,Z01000001,3\nZZ2 4AE,Z01000004,5\nZZ3 5AF,Z01000005,8\n',
      { headers: { 'x-filename': encodeURIComponent('lookup – corrected.csv') } },
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      indexVersion: 'IMD2025',
      rowCount: 3,
      replacedRowCount: 10,
      sourceFilename: 'lookup – corrected.csv',
    });
    const { rows } = await db.query(
      'SELECT count(*)::int AS n FROM deprivation_lookups WHERE organisation_id = $1',
      [a.organisationId],
    );
    expect(rows[0]).toEqual({ n: 3 });
    expect(await deciles()).toMatchObject({ school: '3 IMD2025', partners: '3 IMD2025' });

    // Back to the fixture for the tests that follow.
    expect((await upload(a.admin, 'IMD2025', SYNTHETIC)).status).toBe(200);
    expect(await deciles()).toMatchObject({ school: '1 IMD2025', partners: '1 IMD2025' });
  });

  it("keeps each museum's lookups to itself", async () => {
    const beforeA = await state();
    const seen = await run<{ deprivationLookups: unknown[]; deprivationDecile: unknown }>(
      b.admin,
      '{ deprivationLookups { indexVersion } deprivationDecile(postcode: "ZZ1 1AA") { decile } }',
    );
    expect(seen).toEqual({ deprivationLookups: [], deprivationDecile: null });
    const response = await upload(b.admin, 'IMD2025', 'postcode,area,decile\nZZ1 1AA,B1,10\n');
    expect(response.status).toBe(200);
    expect(await run(b.admin, '{ deprivationDecile(postcode: "ZZ1 1AA") { decile } }')).toEqual({
      deprivationDecile: { decile: 10 },
    });
    expect(await run(a.admin, '{ deprivationDecile(postcode: "ZZ1 1AA") { decile } }')).toEqual({
      deprivationDecile: { decile: 1 },
    });
    expect(await state()).toEqual(beforeA);
    const deleted = await b.admin.request(
      'mutation { deleteDeprivationLookup(input: { indexVersion: IMD2025 }) { indexVersion } }',
    );
    expect(deleted.errors).toBeUndefined();
    expect(await state()).toEqual(beforeA);
  });

  it('lets only admins manage lookups', async () => {
    const before = await state();
    const refused = await upload(officer, 'IMD2025', SYNTHETIC);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'FORBIDDEN' });
    const signedOut = await upload(null, 'IMD2025', SYNTHETIC);
    expect(signedOut.status).toBe(401);
    expect(signedOut.body.error).toMatchObject({ code: 'UNAUTHENTICATED' });
    for (const operation of [
      '{ deprivationLookups { indexVersion } }',
      'mutation { deleteDeprivationLookup(input: { indexVersion: IMD2025 }) { indexVersion } }',
      'mutation { setDeprivationIndex(input: { indexVersion: IMD2025 }) { id } }',
    ]) {
      const response = await officer.request(operation);
      expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
    expect(await state()).toEqual(before);
  });

  it('refuses an upload without the CSRF header, of another type, or for an unknown index', async () => {
    const before = await state();
    const noCsrf = await upload(a.admin, 'IMD2025', SYNTHETIC, { csrf: false });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.body.error).toMatchObject({
      code: 'FORBIDDEN',
      message: 'This request must carry the x-lantern-request header.',
    });
    const json = await upload(a.admin, 'IMD2025', '{"postcode": "ZZ1 1AA"}', {
      headers: { 'content-type': 'application/json' },
    });
    expect(json.status).toBe(400);
    expect(json.body.error).toMatchObject({ fieldErrors: [{ path: ['contentType'] }] });
    const unknown = await upload(a.admin, 'IMD2031', SYNTHETIC);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [
        {
          path: ['indexVersion'],
          message:
            'IMD2031 is not an index version: use one of IMD2019, IMD2025, SIMD2020, WIMD2019, NIMDM2017',
        },
      ],
    });
    expect(await state()).toEqual(before);
  });

  it('refuses a file over the size limit with 413', async () => {
    const settings = app.api.get(LookupUploadSettings);
    const limit = settings.maxBytes;
    settings.maxBytes = 100;
    try {
      const before = await state();
      const declared = await upload(a.admin, 'IMD2025', SYNTHETIC);
      expect(declared.status).toBe(413);
      expect(declared.body.error).toMatchObject({ code: 'BAD_USER_INPUT' });
      // Chunked, with no Content-Length: counted as it streams.
      const chunks = [SYNTHETIC.subarray(0, 80), SYNTHETIC.subarray(80)];
      const streamed = await postRaw(
        app.url,
        a.admin,
        '/api/deprivation-lookups/IMD2025',
        new ReadableStream({
          pull(controller) {
            const next = chunks.shift();
            if (next) controller.enqueue(new Uint8Array(next));
            else controller.close();
          },
        }),
        { headers: { 'content-type': 'text/csv' } },
      );
      expect(streamed.status).toBe(413);
      expect(await state()).toEqual(before);
    } finally {
      settings.maxBytes = limit;
    }
  });

  it('streams a chunked upload of many rows', async () => {
    const rows = 50_000;
    let sent = -1;
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === -1) {
          controller.enqueue(encoder.encode('postcode,area_code,decile\n'));
          sent = 0;
        } else if (sent >= rows) {
          controller.close();
        } else {
          let chunk = '';
          for (let i = 0; i < 5000; i += 1, sent += 1) {
            chunk += `${syntheticPostcode(sent)},W${sent},${(sent % 10) + 1}\n`;
          }
          controller.enqueue(encoder.encode(chunk));
        }
      },
    });
    const response = await postRaw(app.url, b.admin, '/api/deprivation-lookups/WIMD2019', body, {
      headers: { 'content-type': 'text/csv; charset=utf-8' },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ indexVersion: 'WIMD2019', rowCount: rows });
    const count = await db.query(
      `SELECT count(*)::int AS n FROM deprivation_lookups WHERE organisation_id = $1 AND index_version = 'WIMD2019'`,
      [b.organisationId],
    );
    expect(count.rows[0]).toEqual({ n: rows });
  });

  it('never mixes versions: deciles follow the active index, and switching re-derives them all', async () => {
    // A second version loaded with no index chosen: the latest loaded is active.
    const loaded = await upload(a.admin, 'IMD2019', IMD2019);
    expect(loaded.body).toMatchObject({ indexVersion: 'IMD2019', rowCount: 4, active: true });
    expect(await deciles()).toEqual({
      school: '6 IMD2019',
      club: '2 IMD2019',
      charity: null,
      outreach: '9 IMD2019',
      partners: '6 IMD2019',
      unknownOutreach: '4 IMD2019',
      none: null,
    });

    // Choosing IMD2025 re-derives everything from it.
    const chosen = await run<{ setDeprivationIndex: Json }>(
      a.admin,
      'mutation { setDeprivationIndex(input: { indexVersion: IMD2025 }) { id deprivationIndex } }',
    );
    expect(chosen.setDeprivationIndex).toEqual({
      id: a.organisationId,
      deprivationIndex: 'IMD2025',
    });
    const imd2025 = {
      school: '1 IMD2025',
      club: '8 IMD2025',
      charity: null,
      outreach: '5 IMD2025',
      partners: '1 IMD2025',
      unknownOutreach: null,
      none: null,
    };
    expect(await deciles()).toEqual(imd2025);

    // Loading IMD2019 again while IMD2025 is chosen changes its rows, not the deciles.
    const again = await upload(a.admin, 'IMD2019', IMD2019);
    expect(again.body).toMatchObject({ active: false, partnersUpdated: 0, sessionsUpdated: 0 });
    expect(await deciles()).toEqual(imd2025);
    const versions = await db.query(
      `SELECT DISTINCT deprivation_index AS i FROM partners WHERE organisation_id = $1 AND deprivation_index IS NOT NULL
       UNION SELECT DISTINCT deprivation_index FROM sessions WHERE organisation_id = $1 AND deprivation_index IS NOT NULL`,
      [a.organisationId],
    );
    expect(versions.rows).toEqual([{ i: 'IMD2025' }]);
    const list = await run<{ deprivationLookups: Json[] }>(
      a.admin,
      '{ deprivationLookups { indexVersion active } }',
    );
    expect(list.deprivationLookups).toEqual([
      { indexVersion: 'IMD2019', active: false },
      { indexVersion: 'IMD2025', active: true },
    ]);

    // An index that is not loaded cannot be chosen.
    const notLoaded = await a.admin.request(
      'mutation { setDeprivationIndex(input: { indexVersion: SIMD2020 }) { id } }',
    );
    expect(notLoaded.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [
        { path: ['input', 'indexVersion'], message: 'Load the SIMD2020 lookup before choosing it' },
      ],
    });

    // Back to "the latest loaded", which is IMD2019.
    const latest = await run<{ setDeprivationIndex: Json }>(
      a.admin,
      'mutation { setDeprivationIndex(input: { indexVersion: null }) { deprivationIndex } }',
    );
    expect(latest.setDeprivationIndex).toEqual({ deprivationIndex: null });
    expect(await deciles()).toMatchObject({ school: '6 IMD2019', club: '2 IMD2019' });
    const audit = await db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE organisation_id = $1 AND action = 'organisation.deprivation_index_chosen'`,
      [a.organisationId],
    );
    expect(audit.rows).toHaveLength(2);
  });

  it('deleting a lookup re-derives deciles from the next active index, or clears them', async () => {
    const deleted = await run<{ deleteDeprivationLookup: Json }>(
      a.admin,
      'mutation { deleteDeprivationLookup(input: { indexVersion: IMD2019 }) { indexVersion rowCount active } }',
    );
    expect(deleted.deleteDeprivationLookup).toEqual({
      indexVersion: 'IMD2019',
      rowCount: 4,
      active: true,
    });
    expect(await deciles()).toMatchObject({ school: '1 IMD2025', outreach: '5 IMD2025' });

    const missing = await a.admin.request(
      'mutation { deleteDeprivationLookup(input: { indexVersion: IMD2019 }) { indexVersion } }',
    );
    expect(missing.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');

    // Deleting the chosen index forgets the choice.
    await run(a.admin, 'mutation { setDeprivationIndex(input: { indexVersion: IMD2025 }) { id } }');
    await run(
      a.admin,
      'mutation { deleteDeprivationLookup(input: { indexVersion: IMD2025 }) { indexVersion } }',
    );
    expect(Object.values(await deciles()).every((d) => d === null)).toBe(true);
    expect(
      await run(
        a.admin,
        '{ organisation { deprivationIndex } deprivationLookups { indexVersion } }',
      ),
    ).toEqual({ organisation: { deprivationIndex: null }, deprivationLookups: [] });
    const { rows } = await db.query(
      'SELECT count(*)::int AS n FROM deprivation_lookups WHERE organisation_id = $1',
      [a.organisationId],
    );
    expect(rows[0]).toEqual({ n: 0 });
  });
});
