import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type GraphQLClient, type Museum, type TestApp } from '../support/test-app';
import { postRaw } from '../support/uploads';

type Json = Record<string, unknown>;

const FIELDS =
  'id name type urn postcode deprivationDecile deprivationIndex notes firstEngagement lastEngagement sessionCount';
const CREATE = `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdatePartnerInput!) { updatePartner(input: $input) { ${FIELDS} } }`;
const DELETE = 'mutation($input: DeletePartnerInput!) { deletePartner(input: $input) { id name } }';
const LIST = `query($filter: PartnerFilterInput, $first: Int, $after: String) {
  partners(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } }
  }
}`;

describe('partners', () => {
  let app: TestApp;
  let db: Client;
  let museum: Museum;
  let other: Museum;
  let officer: GraphQLClient;
  let trustee: GraphQLClient;
  let programmeId: string;

  async function run<T = Json>(
    client: GraphQLClient,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T> {
    const response = await client.request<T>(query, variables);
    if (response.errors) throw new Error(`${query}: ${JSON.stringify(response.errors)}`);
    return response.data as T;
  }

  async function create(input: Json, client: GraphQLClient = museum.admin) {
    return (await run<{ createPartner: Json & { id: string } }>(client, CREATE, { input }))
      .createPartner;
  }

  async function addSession(
    date: string,
    status: string,
    partnerIds: string[],
    outreachPostcode: string | null = null,
  ): Promise<string> {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO sessions (organisation_id, programme_id, date, format, delivery_mode, status, outreach_postcode)
       VALUES ($1, $2, $3, 'SCHOOL_WORKSHOP', 'ONSITE', $4, $5) RETURNING id`,
      [museum.organisationId, programmeId, date, status, outreachPostcode],
    );
    const id = rows[0]!.id;
    for (const partnerId of partnerIds) {
      await db.query(
        'INSERT INTO session_partners (session_id, partner_id, organisation_id) VALUES ($1, $2, $3)',
        [id, partnerId, museum.organisationId],
      );
    }
    return id;
  }

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    db = new Client({ connectionString: app.database.url });
    await db.connect();
    [museum, other] = await Promise.all([
      app.signUpMuseum({ name: 'Partner Museum' }),
      app.signUpMuseum({ name: 'Other Museum' }),
    ]);
    officer = await app.joinAs(museum.admin, 'officer@partners.example', 'LEARNING_OFFICER');
    trustee = await app.joinAs(museum.admin, 'trustee@partners.example', 'TRUSTEE');
    const programme = await run<{ createProgramme: { id: string } }>(
      museum.admin,
      'mutation { createProgramme(input: { name: "Schools", strand: SCHOOLS, startDate: "2024-04-01" }) { id } }',
    );
    programmeId = programme.createProgramme.id;
    const loaded = await postRaw(
      app.url,
      museum.admin,
      '/api/deprivation-lookups/IMD2025',
      'postcode,area_code,decile\nZZ1 1AA,Z1,1\nZZ3 5AF,Z5,8\nZZ2 4AE,Z4,5\n',
      { headers: { 'content-type': 'text/csv' } },
    );
    expect(loaded.status).toBe(200);
  });

  afterAll(async () => {
    await db?.end();
    await app?.close();
  });

  it("creates a partner with its postcode's decile and index", async () => {
    const partner = await create({
      name: '  Hill Top  Primary ',
      type: 'SCHOOL',
      urn: '100001',
      postcode: 'zz11aa',
      notes: 'Year 4 teacher books every term',
    });
    expect(partner).toMatchObject({
      name: 'Hill Top  Primary',
      type: 'SCHOOL',
      urn: '100001',
      postcode: 'ZZ1 1AA',
      deprivationDecile: 1,
      deprivationIndex: 'IMD2025',
      notes: 'Year 4 teacher books every term',
      firstEngagement: null,
      lastEngagement: null,
      sessionCount: 0,
    });
    const audit = await db.query<{ action: string; entity_id: string }>(
      `SELECT action, entity_id FROM audit_events WHERE organisation_id = $1 AND entity_type = 'partner'`,
      [museum.organisationId],
    );
    expect(audit.rows).toEqual([{ action: 'partner.created', entity_id: partner.id }]);
  });

  it('guesses the type when none is given, and leaves the decile empty for an unknown postcode', async () => {
    const partner = await create(
      { name: 'Riverside Memory Café Group', postcode: 'ZZ7 7ZZ' },
      officer,
    );
    expect(partner).toMatchObject({
      type: 'COMMUNITY_GROUP',
      postcode: 'ZZ7 7ZZ',
      deprivationDecile: null,
      deprivationIndex: null,
    });
  });

  it('refuses bad input, naming every field', async () => {
    const response = await museum.admin.request(CREATE, {
      input: {
        name: ' ',
        type: 'CHARITY',
        urn: '1234',
        postcode: 'nowhere',
        notes: 'n'.repeat(4001),
      },
    });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const paths = (
      response.errors?.[0]?.extensions?.['fieldErrors'] as Array<{ path: string[] }>
    ).map((e) => e.path.join('.'));
    expect(paths.sort()).toEqual(['input.name', 'input.notes', 'input.postcode', 'input.urn']);

    const urnForGroup = await museum.admin.request(CREATE, {
      input: { name: 'Youth Club', type: 'COMMUNITY_GROUP', urn: '123456' },
    });
    expect(urnForGroup.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ path: ['input', 'urn'], message: 'Only schools and colleges have a URN' }],
    });
  });

  it('refuses a second partner with the same name or URN, naming the field', async () => {
    const sameName = await museum.admin.request(CREATE, {
      input: { name: 'hill top primary', type: 'SCHOOL' },
    });
    expect(sameName.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      fieldErrors: [
        { path: ['input', 'name'], message: 'There is already a partner called Hill Top  Primary' },
      ],
    });
    const sameUrn = await museum.admin.request(CREATE, {
      input: { name: 'Hill Top Academy', type: 'SCHOOL', urn: '100001' },
    });
    expect(sameUrn.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      fieldErrors: [
        { path: ['input', 'urn'], message: 'Hill Top  Primary already has the URN 100001' },
      ],
    });
    // Another museum may use the same name and URN.
    const elsewhere = await other.admin.request(CREATE, {
      input: { name: 'Hill Top Primary', type: 'SCHOOL', urn: '100001' },
    });
    expect(elsewhere.errors).toBeUndefined();

    const club = await create({ name: 'Northgate Youth Club', type: 'COMMUNITY_GROUP' });
    const renamed = await museum.admin.request(UPDATE, {
      input: { id: club.id, name: 'HILL TOP PRIMARY', type: 'COMMUNITY_GROUP' },
    });
    expect(renamed.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('lists partners in name order, a page at a time, filtered by type or search', async () => {
    await create({ name: 'Aardvark Trust', type: 'CHARITY', postcode: 'ZZ3 5AF' });
    await create({ name: 'Zetland College', type: 'COLLEGE', urn: '130000', postcode: 'ZZ2 4AE' });
    const names: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const data: {
        partners: { totalCount: number; pageInfo: Json; edges: Array<{ node: Json }> };
      } = await run(museum.admin, LIST, { first: 2, after });
      pages += 1;
      expect(data.partners.totalCount).toBe(5);
      names.push(...data.partners.edges.map((edge) => edge.node['name'] as string));
      if (!data.partners.pageInfo['hasNextPage']) break;
      after = data.partners.pageInfo['endCursor'] as string;
    }
    expect(pages).toBe(3);
    expect(names).toEqual([
      'Aardvark Trust',
      'Hill Top  Primary',
      'Northgate Youth Club',
      'Riverside Memory Café Group',
      'Zetland College',
    ]);

    const byType = await run<{ partners: { totalCount: number; edges: Array<{ node: Json }> } }>(
      museum.admin,
      LIST,
      { filter: { type: 'SCHOOL' } },
    );
    expect(byType.partners.edges.map((e) => e.node['name'])).toEqual(['Hill Top  Primary']);
    const search = async (text: string) =>
      (
        await run<{ partners: { edges: Array<{ node: Json }> } }>(museum.admin, LIST, {
          filter: { search: text },
        })
      ).partners.edges.map((e) => e.node['name']);
    expect(await search('hill  top')).toEqual(['Hill Top  Primary']);
    expect(await search('130000')).toEqual(['Zetland College']);
    expect(await search('zz2')).toEqual(['Zetland College']);
    expect(await search('100%')).toEqual([]);

    const bad = await museum.admin.request(LIST, { after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('derives first and last engagement and the session count from the sessions', async () => {
    const partner = await create({ name: 'Engaged School', type: 'SCHOOL', postcode: 'ZZ3 5AF' });
    const idle = await create({ name: 'Idle Group', type: 'COMMUNITY_GROUP' });
    await addSession('2025-02-01', 'DELIVERED', [partner.id]);
    await addSession('2024-05-01', 'DELIVERED', [partner.id]);
    await addSession('2026-01-15', 'PLANNED', [partner.id, idle.id]);
    await addSession('2023-09-01', 'CANCELLED', [partner.id]);
    await addSession('2024-11-11', 'DELIVERED', [idle.id]);

    const data = await run<{ engaged: Json; idle: Json }>(
      museum.admin,
      `query($a: ID!, $b: ID!) {
        engaged: partner(id: $a) { firstEngagement lastEngagement sessionCount }
        idle: partner(id: $b) { firstEngagement lastEngagement sessionCount }
      }`,
      { a: partner.id, b: idle.id },
    );
    expect(data.engaged).toEqual({
      firstEngagement: '2024-05-01',
      lastEngagement: '2025-02-01',
      sessionCount: 4,
    });
    expect(data.idle).toEqual({
      firstEngagement: '2024-11-11',
      lastEngagement: '2024-11-11',
      sessionCount: 2,
    });

    // The same figures in the list, loaded for the whole page at once.
    const list = await run<{ partners: { edges: Array<{ node: Json }> } }>(
      museum.admin,
      '{ partners(first: 100) { edges { node { name sessionCount lastEngagement } } } }',
    );
    expect(list.partners.edges.map((e) => e.node)).toEqual(
      expect.arrayContaining([
        { name: 'Engaged School', sessionCount: 4, lastEngagement: '2025-02-01' },
        { name: 'Idle Group', sessionCount: 2, lastEngagement: '2024-11-11' },
        { name: 'Aardvark Trust', sessionCount: 0, lastEngagement: null },
      ]),
    );
  });

  it("updates a partner, re-deriving its decile and its sessions' deciles", async () => {
    const partner = await create({ name: 'Moving School', type: 'SCHOOL', postcode: 'ZZ1 1AA' });
    const sessionId = await addSession('2025-03-03', 'DELIVERED', [partner.id]);
    const outreachId = await addSession('2025-03-04', 'DELIVERED', [partner.id], 'ZZ3 5AF');
    await db.query(
      `UPDATE sessions SET deprivation_decile = 1, deprivation_index = 'IMD2025' WHERE id = $1`,
      [sessionId],
    );
    await db.query(
      `UPDATE sessions SET deprivation_decile = 8, deprivation_index = 'IMD2025' WHERE id = $1`,
      [outreachId],
    );
    const updated = await run<{ updatePartner: Json }>(museum.admin, UPDATE, {
      input: { id: partner.id, name: 'Moving School', type: 'SCHOOL', postcode: 'ZZ2 4AE' },
    });
    expect(updated.updatePartner).toMatchObject({
      postcode: 'ZZ2 4AE',
      deprivationDecile: 5,
      deprivationIndex: 'IMD2025',
      notes: null,
    });
    const { rows } = await db.query<{ id: string; d: number | null }>(
      'SELECT id, deprivation_decile AS d FROM sessions WHERE id = ANY($1::uuid[]) ORDER BY date',
      [[sessionId, outreachId]],
    );
    // The session without an outreach postcode follows its partner; the outreach one keeps its own.
    expect(rows).toEqual([
      { id: sessionId, d: 5 },
      { id: outreachId, d: 8 },
    ]);
    const audit = await db.query<{ changes: Array<{ field: string }> }>(
      `SELECT changes FROM audit_events WHERE entity_id = $1 AND action = 'partner.updated'`,
      [partner.id],
    );
    expect(audit.rows[0]?.changes.map((c) => c.field)).toEqual(['postcode', 'deprivationDecile']);

    const cleared = await run<{ updatePartner: Json }>(museum.admin, UPDATE, {
      input: { id: partner.id, name: 'Moving School', type: 'SCHOOL', postcode: null },
    });
    expect(cleared.updatePartner).toMatchObject({
      deprivationDecile: null,
      deprivationIndex: null,
    });
  });

  it('refuses to delete a partner sessions use, saying how many; deletes one they do not', async () => {
    const used = await create({ name: 'Busy School', type: 'SCHOOL' });
    await addSession('2025-01-10', 'DELIVERED', [used.id]);
    await addSession('2025-01-17', 'PLANNED', [used.id]);
    const refused = await museum.admin.request(DELETE, { input: { id: used.id } });
    expect(refused.errors?.[0]?.message).toBe(
      'Busy School is a partner in 2 sessions: remove it from those sessions before deleting it',
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', sessionCount: 2 });
    expect(
      (await museum.admin.request('query($id: ID!) { partner(id: $id) { id } }', { id: used.id }))
        .errors,
    ).toBeUndefined();

    const unused = await create({ name: 'Former Partner', type: 'OTHER' });
    const deleted = await run<{ deletePartner: Json }>(museum.admin, DELETE, {
      input: { id: unused.id },
    });
    expect(deleted.deletePartner).toEqual({ id: unused.id, name: 'Former Partner' });
    const gone = await museum.admin.request('query($id: ID!) { partner(id: $id) { id } }', {
      id: unused.id,
    });
    expect(gone.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const audit = await db.query(
      `SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY created_at`,
      [unused.id],
    );
    expect(audit.rows.map((r: { action: string }) => r.action)).toEqual([
      'partner.created',
      'partner.deleted',
    ]);
  });

  it("answers NOT_FOUND for another museum's partner", async () => {
    const theirs = await create({ name: 'Their Partner', type: 'OTHER' }, other.admin);
    for (const [query, variables] of [
      ['query($id: ID!) { partner(id: $id) { id } }', { id: theirs.id }],
      [UPDATE, { input: { id: theirs.id, name: 'Mine now', type: 'OTHER' } }],
      [DELETE, { input: { id: theirs.id } }],
    ] as const) {
      const response = await museum.admin.request(query, variables);
      expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    }
    const { rows } = await db.query('SELECT name FROM partners WHERE id = $1', [theirs.id]);
    expect(rows).toEqual([{ name: 'Their Partner' }]);
  });

  it('lets the learning team read and write partners, and trustees neither', async () => {
    const read = await officer.request('{ partners { totalCount } }');
    expect(read.errors).toBeUndefined();
    expect(
      (await trustee.request('{ partners { totalCount } }')).errors?.[0]?.extensions?.['code'],
    ).toBe('FORBIDDEN');
    const write = await trustee.request(CREATE, { input: { name: 'Sneaky', type: 'OTHER' } });
    expect(write.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
