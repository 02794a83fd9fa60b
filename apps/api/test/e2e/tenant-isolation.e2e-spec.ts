import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLScalarType,
  isInputObjectType,
  isLeafType,
  isNonNullType,
  isListType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TENANT_TABLES } from '../../src/platform/database/entities';
import { startTestApp, type GraphQLClient, type Museum, type TestApp } from '../support/test-app';
import { postRaw } from '../support/uploads';

/**
 * The cross-tenant probe. It walks the running schema, so operations added by later issues
 * are covered without editing this file: for every query and mutation that takes an id, an
 * admin of museum B calls it with each of museum A's ids. Required ids must answer NOT_FOUND;
 * optional ids (filters) must not return A's data; and nothing of A may change.
 */

type Probe = {
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  requiredId: boolean;
};

function takesId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (isInputObjectType(named) && !seen.has(named.name)) {
    seen.add(named.name);
    return Object.values(named.getFields()).some((field) => takesId(field.type, seen));
  }
  return false;
}

function requiresId(type: GraphQLInputType): boolean {
  if (!isNonNullType(type)) return false;
  const inner = type.ofType;
  if (inner instanceof GraphQLScalarType) return inner.name === 'ID';
  if (inner instanceof GraphQLInputObjectType) {
    return Object.values(inner.getFields()).some((field) => requiresId(field.type));
  }
  return false;
}

/** A value for an argument: every ID is the probe id; other required fields get plausible values. */
function valueFor(type: GraphQLInputType, id: string): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, id);
  if (isListType(type)) return [valueFor(type.ofType, id)];
  if (type instanceof GraphQLEnumType) return type.getValues()[0]?.value;
  if (type instanceof GraphQLInputObjectType) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) || takesId(field.type))
        value[field.name] = valueFor(field.type, id);
    }
    return value;
  }
  switch ((type as GraphQLScalarType).name) {
    case 'ID':
      return id;
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'DateTime':
      return new Date().toISOString();
    case 'Date':
      return new Date().toISOString().slice(0, 10);
    default:
      return 'probe value';
  }
}

function typeString(type: GraphQLInputType): string {
  return type.toString();
}

function operationFor(
  probe: Probe,
  id: string,
): { query: string; variables: Record<string, unknown> } {
  const args = probe.field.args.filter(
    (arg: GraphQLArgument) => isNonNullType(arg.type) || takesId(arg.type),
  );
  const declarations = args.map((arg) => `$${arg.name}: ${typeString(arg.type)}`).join(', ');
  const call = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(probe.field.type)) ? '' : ' { __typename }';
  const variables = Object.fromEntries(args.map((arg) => [arg.name, valueFor(arg.type, id)]));
  return {
    query: `${probe.kind} Probe${declarations ? `(${declarations})` : ''} { ${probe.field.name}${call ? `(${call})` : ''}${selection} }`,
    variables,
  };
}

function probesOf(schema: GraphQLSchema): Probe[] {
  const probes: Probe[] = [];
  for (const [kind, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (field.args.some((arg) => takesId(arg.type))) {
        probes.push({ kind, field, requiredId: field.args.some((arg) => requiresId(arg.type)) });
      }
    }
  }
  return probes;
}

async function snapshot(db: Client, organisationId: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of TENANT_TABLES) {
    const column = table === 'organisations' ? 'id' : 'organisation_id';
    const { rows } = await db.query<{ digest: string | null; n: number }>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest, count(*)::int AS n FROM "${table}" t WHERE ${column} = $1`,
      [organisationId],
    );
    result[table] = `${rows[0]?.n}:${rows[0]?.digest}`;
  }
  const { rows } = await db.query<{ digest: string | null }>(
    `SELECT md5(string_agg(u::text, '|' ORDER BY u::text)) AS digest FROM users u
      WHERE u.id IN (SELECT user_id FROM memberships WHERE organisation_id = $1)`,
    [organisationId],
  );
  result['users'] = rows[0]?.digest ?? '';
  return result;
}

describe('tenant isolation: the cross-tenant probe', () => {
  let app: TestApp;
  let db: Client;
  let a: Museum;
  let b: Museum;
  let idsOfA: string[];

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    db = new Client({ connectionString: app.database.url });
    await db.connect();
    [a, b] = await Promise.all([
      app.signUpMuseum({ name: 'Museum A' }),
      app.signUpMuseum({ name: 'Museum B' }),
    ]);

    // Give museum A one of everything the API knows so far.
    const run = async (
      client: GraphQLClient,
      query: string,
      variables?: Record<string, unknown>,
    ) => {
      const response = await client.request(query, variables);
      if (response.errors) throw new Error(`${query}: ${JSON.stringify(response.errors)}`);
      return response.data as Record<string, Record<string, unknown>>;
    };
    await run(
      a.admin,
      `mutation { createSite(input: { name: "A's gallery", type: GALLERY, postcode: "ZZ1 1AA" }) { id } }`,
    );
    await run(
      a.admin,
      `mutation { inviteMember(input: { email: "pending@a.example", role: TRUSTEE }) { id } }`,
    );
    await app.joinAs(a.admin, 'officer@a.example', 'LEARNING_OFFICER', 'Officer A');
    await run(a.admin, `mutation { requestWorkerCheck(input: { note: "A's check" }) { id } }`);
    await run(
      a.admin,
      `mutation { createPartner(input: { name: "A's partner school", type: SCHOOL, urn: "100001", postcode: "ZZ1 1AA" }) { id } }`,
    );
    const programme = await run(
      a.admin,
      `mutation { createProgramme(input: { name: "A's schools", strand: SCHOOLS, startDate: "2025-04-01" }) { id } }`,
    );
    await run(
      a.admin,
      `mutation($programmeId: ID!) { logSession(input: { programmeId: $programmeId, date: "2025-05-14", format: TALK, deliveryMode: OUTREACH, outreachPostcode: "ZZ1 1AA", facilitators: [{ type: VOLUNTEER, name: "Volunteer A" }], attendance: [{ audienceType: ADULT_LEARNER, count: 12 }] }) { id } }`,
      { programmeId: programme['createProgramme']?.['id'] },
    );

    // Impact: an indicator of A's own, a target, a result and a locked period.
    const indicator = await run(
      a.admin,
      `mutation { createIndicator(input: { code: "A_OWN", name: "A's own", definition: "Counted by A", type: COUNT, source: MANUAL, unit: "people", direction: INCREASE, cumulativeClass: NON_CUMULATIVE, allowedDisaggregations: [AUDIENCE_TYPE], frameworkElementIds: [] }) { id } }`,
    );
    const indicatorId = indicator['createIndicator']?.['id'];
    await run(
      a.admin,
      `mutation($id: ID!) { setTarget(input: { indicatorId: $id, scope: { kind: MUSEUM }, period: { key: "FY2025" }, targetValue: 10, greenThreshold: 10, amberThreshold: 5 }) { id } }`,
      { id: indicatorId },
    );
    await run(
      a.admin,
      `mutation($id: ID!) { saveResult(input: { indicatorId: $id, scope: { kind: MUSEUM }, period: { key: "FQ2025-2" }, value: 7, n: 7 }) { id } }`,
      { id: indicatorId },
    );
    await run(
      a.admin,
      `mutation { lockPeriod(input: { period: { key: "FQ2024-1" }, reason: "A's sign-off" }) { id } }`,
    );
    const evidence = await run(
      a.admin,
      `mutation($programmeId: ID!) { createEvidence(input: { kind: QUOTE, title: "A's quote", body: "Words", occurredOn: "2025-05-14", consentStatus: NOT_NEEDED, publishable: true, programmeIds: [$programmeId] }) { id } }`,
      { programmeId: programme['createProgramme']?.['id'] },
    );
    const evidenceId = evidence['createEvidence']?.['id'];
    const evidenceFile = await postRaw(
      app.url,
      a.admin,
      `/api/evidence/${String(evidenceId)}/file`,
      'notes',
      {
        headers: { 'content-type': 'text/plain', 'x-filename': 'a-notes.txt' },
      },
    );
    if (evidenceFile.status !== 201)
      throw new Error(`evidence file: ${JSON.stringify(evidenceFile.body)}`);
    const element = await db.query<{ id: string }>(
      `SELECT e.id FROM framework_elements e JOIN frameworks f ON f.id = e.framework_id WHERE f.code = 'MA_LE_2020' AND e.code = 'MA_LE.2'`,
    );
    const commitment = await run(
      a.admin,
      `mutation($elementId: ID!) { createCommitment(input: { frameworkElementId: $elementId, title: "A's commitment", status: ACTIVE }) { id } }`,
      { elementId: element.rows[0]?.id },
    );
    await run(
      a.admin,
      `mutation($commitmentId: ID!, $evidenceId: ID!) { appendAction(input: { commitmentId: $commitmentId, occurredOn: "2025-05-15", whatWasDone: "A's action", evidenceIds: [$evidenceId] }) { id } }`,
      { commitmentId: commitment['createCommitment']?.['id'], evidenceId },
    );
    const survey = await run(
      a.admin,
      `mutation($programmeId: ID!) { createSurvey(input: { title: "A's feedback", programmeId: $programmeId, kind: PRE_POST, itemCodes: ["LO_KNOWLEDGE"], offersFollowUp: true }) { id publicToken } }`,
      { programmeId: programme['createProgramme']?.['id'] },
    );
    const surveyId = survey['createSurvey']?.['id'] as string;
    const surveyToken = survey['createSurvey']?.['publicToken'] as string;
    await run(a.admin, 'mutation($id: ID!) { openSurvey(input: { id: $id }) { id } }', {
      id: surveyId,
    });
    for (const [path, body] of [
      [
        `/api/public/surveys/${surveyToken}/responses`,
        { wave: 'PRE', answers: [{ itemCode: 'LO_KNOWLEDGE', value: 3 }] },
      ],
      [
        `/api/public/surveys/${surveyToken}/follow-up`,
        { email: 'visitor@a.example', givenBy: 'SELF', agreed: true },
      ],
    ] as const) {
      const answered = await fetch(`${app.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-lantern-request': '1' },
        body: JSON.stringify(body),
      });
      if (answered.status !== 201) throw new Error(`${path}: ${await answered.text()}`);
    }

    const uploaded = await postRaw(
      app.url,
      a.admin,
      '/api/imports',
      'Date,Programme,Session type\n07/04/2024,A programme,Workshop\n',
      { headers: { 'content-type': 'text/csv', 'x-filename': 'a-activity-log.csv' } },
    );
    if (uploaded.status !== 201) throw new Error(`upload: ${JSON.stringify(uploaded.body)}`);

    const ids = new Set<string>();
    // Every row id of museum A, from each tenant table that has one (join tables do not; the
    // indicator data change log's ids are counters, not ids anyone can pass).
    const withId = await db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'uuid' AND table_name = ANY($1)`,
      [TENANT_TABLES],
    );
    for (const table of withId.rows.map((row) => row.table_name)) {
      const column = table === 'organisations' ? 'id' : 'organisation_id';
      const { rows } = await db.query<{ id: string }>(
        `SELECT id FROM "${table}" WHERE ${column} = $1`,
        [a.organisationId],
      );
      rows.forEach((row) => ids.add(row.id));
    }
    const users = await db.query<{ user_id: string }>(
      `SELECT user_id FROM memberships WHERE organisation_id = $1`,
      [a.organisationId],
    );
    users.rows.forEach((row) => ids.add(row.user_id));
    idsOfA = [...ids];
  });

  afterAll(async () => {
    await db?.end();
    await app?.close();
  });

  it("denies museum B every one of museum A's ids, in every operation that takes one, and changes nothing", async () => {
    const schema = app.api.get(GraphQLSchemaHost).schema;
    const probes = probesOf(schema);
    const before = await snapshot(db, a.organisationId);
    const failures: string[] = [];
    let calls = 0;

    for (const probe of probes) {
      for (const id of idsOfA) {
        const { query, variables } = operationFor(probe, id);
        const response = await b.admin.request(query, variables);
        calls += 1;
        const code = response.errors?.[0]?.extensions?.['code'];
        const leaked = idsOfA.some((aId) => JSON.stringify(response.data ?? {}).includes(aId));
        if (leaked) failures.push(`${probe.field.name}(${id}) returned museum A's data`);
        if (probe.requiredId && code !== 'NOT_FOUND') {
          failures.push(
            `${probe.field.name}(${id}) answered ${String(code ?? 'data')}, not NOT_FOUND`,
          );
        }
        if (code === 'INTERNAL') failures.push(`${probe.field.name}(${id}) crashed`);
      }
    }

    expect(failures).toEqual([]);
    expect(await snapshot(db, a.organisationId)).toEqual(before);
    console.log(
      `cross-tenant probe: ${probes.length} operations (${probes.map((p) => p.field.name).join(', ')}), ${calls} calls`,
    );
    // Sanity: the walk found the operations that exist today, so it really probes.
    expect(probes.map((p) => p.field.name)).toEqual(
      expect.arrayContaining([
        'workerCheck',
        'updateSite',
        'deleteSite',
        'changeMemberRole',
        'removeMember',
        'resendInvitation',
        'revokeInvitation',
        'switchOrganisation',
        'activityImport',
        'setImportMapping',
        'commitImport',
        'discardImport',
        'indicator',
        'targets',
        'updateIndicator',
        'archiveIndicator',
        'restoreIndicator',
        'deleteIndicator',
        'setTarget',
        'deleteTarget',
        'saveResult',
        'approveResults',
        'deleteResult',
        'unlockPeriod',
        'evidence',
        'evidenceItems',
        'createEvidence',
        'updateEvidence',
        'deleteEvidence',
        'commitment',
        'commitments',
        'createCommitment',
        'updateCommitment',
        'deleteCommitment',
        'appendAction',
        'amendAction',
        'survey',
        'surveyResults',
        'surveyFollowUp',
        'surveyContacts',
        'updateSurvey',
        'openSurvey',
        'closeSurvey',
        'regenerateSurveyLink',
        'deleteSurvey',
        'withdrawConsent',
      ]),
    );
  });

  it("leaves museum A's own data readable by A", async () => {
    const response = await a.admin.request<{
      organisation: { sites: unknown[] };
      members: unknown[];
      invitations: unknown[];
    }>('{ organisation { sites { id } } members { id } invitations { id } }');
    expect(response.errors).toBeUndefined();
    expect(response.data?.organisation.sites).toHaveLength(1);
    expect(response.data?.members).toHaveLength(2);
    expect(response.data?.invitations).toHaveLength(1);
  });

  it("never lists museum A's data in museum B's lists", async () => {
    const response = await b.admin.request(
      '{ organisation { id sites { id } } members { id user { id } } invitations { id } auditEvents { edges { node { id entityId } } } workerChecks { edges { node { id } } } surveys { edges { node { id } } } }',
    );
    expect(response.errors).toBeUndefined();
    const text = JSON.stringify(response.data);
    expect(idsOfA.filter((id) => text.includes(id))).toEqual([]);
  });

  it("never shows museum A's evidence, commitments or action log to museum B, by GraphQL or REST", async () => {
    const response = await b.admin.request<{
      verifyActionLog: { ok: boolean; checkedCount: number };
      manifestoCoverage: { principles: Array<Record<string, unknown>> };
    }>(
      `{ evidenceItems(first: 100) { totalCount edges { node { id } } }
         commitments { id } sayDoGaps { commitment { id } }
         actionLog { totalCount edges { node { id } } }
         verifyActionLog { ok checkedCount }
         manifestoCoverage(period: { key: "FY2025" }) { principles { activeCommitments actionsLast90Days programmesTagged sessionsTagged evidenceItems } } }`,
    );
    expect(response.errors).toBeUndefined();
    const text = JSON.stringify(response.data);
    expect(idsOfA.filter((id) => text.includes(id))).toEqual([]);
    expect(response.data?.verifyActionLog).toEqual({ ok: true, checkedCount: 0 });
    for (const row of response.data?.manifestoCoverage.principles ?? [])
      expect(Object.values(row).every((value) => value === 0)).toBe(true);

    const { rows } = await db.query<{ id: string }>(
      'SELECT id FROM evidence_items WHERE organisation_id = $1',
      [a.organisationId],
    );
    const evidenceId = rows[0]!.id;
    const download = await fetch(`${app.url}/api/evidence/${evidenceId}/file`, {
      headers: { cookie: b.admin.cookie ?? '' },
    });
    expect(download.status).toBe(404);
    const upload = await postRaw(app.url, b.admin, `/api/evidence/${evidenceId}/file`, 'x', {
      headers: { 'content-type': 'text/plain', 'x-filename': 'b.txt' },
    });
    expect(upload.status).toBe(404);
  });
});
