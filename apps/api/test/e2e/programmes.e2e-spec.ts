import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Museum, type TestApp } from '../support/test-app';

const CREATE = `mutation($input: CreateProgrammeInput!) {
  createProgramme(input: $input) {
    id name strand status startDate endDate targetAudiences
    lead { name } sites { name } frameworkElements { code }
    funders { name grantReference amountPence periodStart periodEnd }
    plan { periodStart periodEnd plannedSessions plannedReach }
  }
}`;

describe('programmes', () => {
  let app: TestApp;
  let db: Client;
  let museum: Museum;
  let siteId: string;
  let socialJustice: string;

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    db = new Client({ connectionString: app.database.url });
    await db.connect();
    museum = await app.signUpMuseum({ name: 'Programme Museum' });
    const site = await museum.admin.request<{ createSite: { id: string } }>(
      'mutation { createSite(input: { name: "Main museum", type: MUSEUM, postcode: "ZZ1 1AA" }) { id } }',
    );
    siteId = site.data!.createSite.id;
    const { rows } = await db.query<{ id: string }>(
      `SELECT id FROM framework_elements WHERE code = 'MA_LE.2'`,
    );
    socialJustice = rows[0]!.id;
  });
  afterAll(async () => {
    await db?.end();
    await app?.close();
  });

  const schoolsInput = () => ({
    name: 'Schools - KS2 Romans',
    strand: 'SCHOOLS',
    status: 'ACTIVE',
    startDate: '2025-04-01',
    endDate: '2026-03-31',
    leadUserId: museum.userId,
    targetAudiences: ['PUPIL', 'TEACHER'],
    siteIds: [siteId],
    frameworkElementIds: [socialJustice],
    funders: [
      {
        name: 'Heritage Fund',
        grantReference: 'NL-123',
        amountPence: 1250000,
        periodStart: '2025-04-01',
        periodEnd: '2026-03-31',
      },
    ],
    plan: [
      {
        periodStart: '2025-04-01',
        periodEnd: '2025-06-30',
        plannedSessions: 12,
        plannedReach: 360,
      },
      { periodStart: '2025-07-01', periodEnd: '2025-09-30', plannedSessions: 6, plannedReach: 180 },
    ],
  });

  it('creates a programme with its sites, lead, framework elements, funders and plan', async () => {
    const response = await museum.admin.request<{ createProgramme: Record<string, unknown> }>(
      CREATE,
      { input: schoolsInput() },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.createProgramme).toMatchObject({
      name: 'Schools - KS2 Romans',
      strand: 'SCHOOLS',
      status: 'ACTIVE',
      startDate: '2025-04-01',
      endDate: '2026-03-31',
      targetAudiences: ['PUPIL', 'TEACHER'],
      lead: { name: expect.stringMatching(/^Admin \d+$/) },
      sites: [{ name: 'Main museum' }],
      frameworkElements: [{ code: 'MA_LE.2' }],
      funders: [
        {
          name: 'Heritage Fund',
          grantReference: 'NL-123',
          amountPence: 1250000,
          periodStart: '2025-04-01',
          periodEnd: '2026-03-31',
        },
      ],
      plan: [
        {
          periodStart: '2025-04-01',
          periodEnd: '2025-06-30',
          plannedSessions: 12,
          plannedReach: 360,
        },
        {
          periodStart: '2025-07-01',
          periodEnd: '2025-09-30',
          plannedSessions: 6,
          plannedReach: 180,
        },
      ],
    });
  });

  it('names every bad field and writes nothing', async () => {
    const other = await app.signUpMuseum({ name: 'Other' });
    const otherSite = await other.admin.request<{ createSite: { id: string } }>(
      'mutation { createSite(input: { name: "Theirs", type: MUSEUM }) { id } }',
    );
    const before = (await db.query('SELECT count(*)::int AS n FROM programmes')).rows[0].n;
    const response = await museum.admin.request(CREATE, {
      input: {
        ...schoolsInput(),
        name: 'X',
        endDate: '2024-01-01',
        siteIds: [otherSite.data!.createSite.id],
        plan: [
          {
            periodStart: '2025-06-30',
            periodEnd: '2025-04-01',
            plannedSessions: -1,
            plannedReach: 10,
          },
        ],
      },
    });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const paths = (
      response.errors?.[0]?.extensions?.['fieldErrors'] as Array<{ path: string[] }>
    ).map((e) => e.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['input.name', 'input.plan.0.plannedSessions']));
    const badDate = await museum.admin.request(CREATE, {
      input: { ...schoolsInput(), startDate: '2025-02-30' },
    });
    expect(badDate.errors?.[0]?.message).toMatch(/real calendar date/);
    const theirSite = await museum.admin.request(CREATE, {
      input: { ...schoolsInput(), siteIds: [otherSite.data!.createSite.id] },
    });
    expect(theirSite.errors?.[0]?.extensions?.['fieldErrors']).toEqual([
      { path: ['input', 'siteIds'], message: 'includes a site that is not one of yours' },
    ]);
    expect((await db.query('SELECT count(*)::int AS n FROM programmes')).rows[0].n).toBe(before);
  });

  it('replaces details on update, recording the before and after', async () => {
    const created = await museum.admin.request<{ createProgramme: { id: string } }>(CREATE, {
      input: { ...schoolsInput(), name: 'Family Saturdays', strand: 'FAMILIES' },
    });
    const id = created.data!.createProgramme.id;
    const updated = await museum.admin.request<{
      updateProgramme: { status: string; sites: unknown[]; plan: unknown[] };
    }>(
      'mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { status sites { id } plan { plannedSessions } } }',
      {
        input: {
          ...schoolsInput(),
          id,
          name: 'Family Saturdays',
          strand: 'FAMILIES',
          status: 'COMPLETED',
          siteIds: [],
          plan: [],
        },
      },
    );
    expect(updated.data?.updateProgramme).toEqual({ status: 'COMPLETED', sites: [], plan: [] });
    const { rows } = await db.query<{ changes: Array<{ field: string }> }>(
      `SELECT changes FROM audit_events WHERE action = 'programme.updated' AND entity_id = $1`,
      [id],
    );
    expect(rows[0]?.changes.map((c) => c.field).sort()).toEqual(['plan', 'siteIds', 'status']);
  });

  it('lists with filters and pages, and deletes', async () => {
    const list = await museum.admin.request<{
      programmes: {
        totalCount: number;
        edges: Array<{ node: { name: string } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(
      '{ programmes(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }',
    );
    expect(list.data?.programmes.totalCount).toBe(2);
    expect(list.data?.programmes.edges.map((e) => e.node.name)).toEqual(['Family Saturdays']);
    const next = await museum.admin.request<{
      programmes: { edges: Array<{ node: { name: string } }>; pageInfo: { hasNextPage: boolean } };
    }>(
      'query($after: String) { programmes(first: 1, after: $after) { pageInfo { hasNextPage } edges { node { name } } } }',
      { after: list.data?.programmes.pageInfo.endCursor },
    );
    expect(next.data?.programmes.edges.map((e) => e.node.name)).toEqual(['Schools - KS2 Romans']);
    expect(next.data?.programmes.pageInfo.hasNextPage).toBe(false);
    const filtered = await museum.admin.request<{
      programmes: { edges: Array<{ node: { name: string; id: string } }> };
    }>('{ programmes(filter: { strand: FAMILIES }) { edges { node { id name } } } }');
    expect(filtered.data?.programmes.edges.map((e) => e.node.name)).toEqual(['Family Saturdays']);
    const id = filtered.data!.programmes.edges[0]!.node.id;
    const logged = await museum.admin.request<{ logSession: { id: string } }>(
      `mutation($input: LogSessionInput!) { logSession(input: $input) { id } }`,
      {
        input: {
          programmeId: id,
          date: '2025-05-10',
          format: 'FAMILY_DROP_IN',
          deliveryMode: 'ONSITE',
          siteId,
          attendance: [{ audienceType: 'PARENT_CARER', count: 12 }],
        },
      },
    );
    const refused = await museum.admin.request(
      'mutation($id: ID!) { deleteProgramme(input: { id: $id }) { id } }',
      { id },
    );
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/has 1 session logged/);
    await museum.admin.request('mutation($id: ID!) { deleteSession(input: { id: $id }) { id } }', {
      id: logged.data!.logSession.id,
    });
    await museum.admin.request(
      'mutation($id: ID!) { deleteProgramme(input: { id: $id }) { id } }',
      { id },
    );
    const gone = await museum.admin.request('query($id: ID!) { programme(id: $id) { id } }', {
      id,
    });
    expect(gone.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('lets the learning team plan programmes and keeps trustees out of drafts of the plan', async () => {
    const officer = await app.joinAs(museum.admin, 'officer@programme.example', 'LEARNING_OFFICER');
    const created = await officer.request<{ createProgramme: { name: string } }>(CREATE, {
      input: { ...schoolsInput(), name: 'Memories Café' },
    });
    expect(created.data?.createProgramme.name).toBe('Memories Café');

    const trustee = await app.joinAs(museum.admin, 'trustee@programme.example', 'TRUSTEE');
    const read = await trustee.request('{ programmes { totalCount } }');
    expect(read.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const write = await trustee.request(CREATE, { input: schoolsInput() });
    expect(write.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
