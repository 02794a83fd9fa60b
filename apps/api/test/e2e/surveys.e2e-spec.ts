/**
 * Participant voice end to end: build a survey over GraphQL, answer it through the public
 * REST endpoints without an account, read the results, consent to follow-up, receive the
 * follow-up mail over real SMTP, answer it through its link and withdraw through the other.
 */
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FollowUpService } from '../../src/modules/surveys/follow-up.service';
import { startSmtpCatcher, type SmtpCatcher } from '../support/smtp-catcher';
import {
  startTestApp,
  type GraphQLClient,
  type GraphQLResponse,
  type Museum,
  type TestApp,
} from '../support/test-app';

const SURVEY_FIELDS = `id title intro kind status itemCodes closesAt offersFollowUp followUpMonths
  publicToken programmeId sessionId responseCount linkedTo { kind id name }`;
const CREATE = `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { ${SURVEY_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateSurveyInput!) { updateSurvey(input: $input) { ${SURVEY_FIELDS} } }`;
const OPEN = `mutation($id: ID!) { openSurvey(input: { id: $id }) { id status } }`;
const CLOSE = `mutation($id: ID!) { closeSurvey(input: { id: $id }) { id status } }`;
const DELETE = `mutation($id: ID!) { deleteSurvey(input: { id: $id }) { id } }`;
const RESULTS = `query($id: ID!) { surveyResults(surveyId: $id) {
  responseCount smallCellThreshold
  waves { wave followUpMonths n suppressed }
  items { itemCode wave followUpMonths n suppressed mean ciLow ciHigh shareAgreeing nps distribution { value n suppressed } }
  changes { itemCode n suppressed meanChange ciLow ciHigh proportionImproved }
  comments { itemCode wave text date }
} }`;
const FOLLOW_UP = `query($id: ID!) { surveyFollowUp(surveyId: $id) { consented withdrawn waves { months invited responded pending cancelled responseRate attrition suppressed } } }`;
const CONTACTS = `query($id: ID!) { surveyContacts(surveyId: $id) { id email purpose lawfulBasis givenBy consentedAt withdrawnAt invitations { months status dueOn } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawConsent(input: { contactId: $id }) }`;

/** Response bodies, read loosely in assertions (their shapes are asserted, not typed). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

type Survey = {
  id: string;
  status: string;
  publicToken: string;
  responseCount: number;
  linkedTo: { kind: string; id: string; name: string } | null;
};

function codeOf(response: GraphQLResponse): unknown {
  return response.errors?.[0]?.extensions?.['code'];
}

describe('surveys end to end', () => {
  let app: TestApp;
  let catcher: SmtpCatcher;
  let db: Client;
  let museum: Museum;
  let other: Museum;
  let officer: GraphQLClient;
  let trustee: GraphQLClient;
  let programmeId: string;

  const run = async <T = Record<string, unknown>>(
    client: GraphQLClient,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T> => {
    const response = await client.request<T>(query, variables);
    if (response.errors) throw new Error(`${query}: ${JSON.stringify(response.errors)}`);
    return response.data as T;
  };

  const publicCall = async (
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
    headers: Record<string, string> = { 'x-lantern-request': '1' },
  ) => {
    const response = await fetch(`${app.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as Loose,
    };
  };

  const answer = (token: string, body: unknown) =>
    publicCall('POST', `/api/public/surveys/${token}/responses`, body);

  const createOpen = async (input: Record<string, unknown>): Promise<Survey> => {
    const survey = (
      await run<{ createSurvey: Survey }>(museum.admin, CREATE, {
        input: { programmeId, ...input },
      })
    ).createSurvey;
    await run(museum.admin, OPEN, { id: survey.id });
    return survey;
  };

  beforeAll(async () => {
    catcher = await startSmtpCatcher();
    app = await startTestApp({ env: { SMTP_URL: catcher.url } });
    db = new Client({ connectionString: app.database.url });
    await db.connect();
    [museum, other] = await Promise.all([
      app.signUpMuseum({ name: 'Voice Museum' }),
      app.signUpMuseum({ name: 'Other Museum' }),
    ]);
    officer = await app.joinAs(museum.admin, 'officer@voice.example', 'LEARNING_OFFICER');
    trustee = await app.joinAs(museum.admin, 'trustee@voice.example', 'TRUSTEE');
    programmeId = (
      await run<{ createProgramme: { id: string } }>(
        museum.admin,
        'mutation { createProgramme(input: { name: "Roman schools", strand: SCHOOLS, startDate: "2025-04-01" }) { id } }',
      )
    ).createProgramme.id;
  });

  afterAll(async () => {
    await db?.end();
    await app?.close();
    await catcher?.stop();
  });

  it('offers the item bank and builds a survey, refusing bad input by field', async () => {
    const bank = await run<{
      surveyItemBank: Array<{ code: string; bank: string; scale: string }>;
    }>(
      officer,
      '{ surveyItemBank { code bank bankLabel scale label statement childStatement lowerIsBetter } }',
    );
    expect(bank.surveyItemBank).toHaveLength(17);
    expect(bank.surveyItemBank.find((i) => i.code === 'NPS_RECOMMEND')).toMatchObject({
      bank: 'NET_PROMOTER',
      scale: 'ZERO_TEN',
    });

    const bad = await museum.admin.request(CREATE, {
      input: { title: ' ', kind: 'SINGLE', itemCodes: ['LO_KNOWLEDGE', 'NOPE'] },
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    const paths = (bad.errors?.[0]?.extensions?.['fieldErrors'] as Array<{ path: string[] }>).map(
      (e) => e.path.join('.'),
    );
    expect(paths).toEqual(['input.title', 'input.itemCodes.1']);
    const unlinked = await museum.admin.request(CREATE, {
      input: { title: 'x', kind: 'SINGLE', itemCodes: ['LO_SKILLS'] },
    });
    expect(unlinked.errors?.[0]?.extensions?.['fieldErrors']).toEqual([
      {
        path: ['input', 'programmeId'],
        message: 'Link the survey to one programme or one session',
      },
    ]);
    const foreign = await museum.admin.request(CREATE, {
      input: {
        title: 'x',
        kind: 'SINGLE',
        itemCodes: ['LO_SKILLS'],
        programmeId: museum.organisationId,
      },
    });
    expect(foreign.errors?.[0]?.extensions?.['fieldErrors']).toEqual([
      { path: ['input', 'programmeId'], message: 'Choose a programme of this museum' },
    ]);

    const created = (
      await run<{ createSurvey: Survey & { followUpMonths: number[]; kind: string } }>(
        officer,
        CREATE,
        {
          input: { title: 'Roman day', programmeId, kind: 'SINGLE', itemCodes: ['LO_KNOWLEDGE'] },
        },
      )
    ).createSurvey;
    expect(created).toMatchObject({
      status: 'DRAFT',
      followUpMonths: [3, 6, 12],
      responseCount: 0,
      linkedTo: { kind: 'PROGRAMME', id: programmeId, name: 'Roman schools' },
    });
    expect(created.publicToken).toMatch(/^[A-Za-z0-9_-]{22}$/);
    // A draft is not found by the public; deleting one with no responses works.
    const draft = await publicCall('GET', `/api/public/surveys/${created.publicToken}`);
    expect(draft.status).toBe(404);
    await run(officer, DELETE, { id: created.id });
    expect(
      codeOf(
        await officer.request(`query($id: ID!) { survey(id: $id) { id } }`, { id: created.id }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('answers unknown and closed links plainly', async () => {
    const unknown = await publicCall('GET', '/api/public/surveys/no-such-survey-token-here');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe(
      "We can't find this survey. Check the link or ask the person who gave it to you.",
    );
    const survey = await createOpen({
      title: 'Soon closed',
      kind: 'SINGLE',
      itemCodes: ['LO_SKILLS'],
    });
    expect((await publicCall('GET', `/api/public/surveys/${survey.publicToken}`)).status).toBe(200);
    // Answering reuses a recent read of the survey; closing it forgets that at once.
    expect(
      (await answer(survey.publicToken, { answers: [{ itemCode: 'LO_SKILLS', value: 4 }] })).status,
    ).toBe(201);
    await run(museum.admin, CLOSE, { id: survey.id });
    for (const response of [
      await publicCall('GET', `/api/public/surveys/${survey.publicToken}`),
      await answer(survey.publicToken, { answers: [{ itemCode: 'LO_SKILLS', value: 4 }] }),
    ]) {
      expect(response.status).toBe(410);
      expect(response.body.error.code).toBe('GONE');
      expect(response.body.error.message).toBe(
        'This survey has closed. Thank you for your interest.',
      );
    }
    // A closing time in the past closes it too.
    await run(museum.admin, OPEN, { id: survey.id });
    await db.query(`UPDATE surveys SET closes_at = now() - interval '1 minute' WHERE id = $1`, [
      survey.id,
    ]);
    expect((await publicCall('GET', `/api/public/surveys/${survey.publicToken}`)).status).toBe(410);
  });

  it('takes pre and post responses without an account and pairs them into change scores', async () => {
    const survey = await createOpen({
      title: 'Roman workshop',
      intro: 'Tell us how it went.',
      kind: 'PRE_POST',
      itemCodes: ['LO_KNOWLEDGE', 'ONS4_HAPPY', 'QD_CHALLENGE', 'FT_LEARNED'],
    });
    const form = await publicCall('GET', `/api/public/surveys/${survey.publicToken}`);
    expect(form.status).toBe(200);
    expect(form.headers.get('cache-control')).toBe('no-store');
    expect(form.body).toMatchObject({
      title: 'Roman workshop',
      intro: 'Tell us how it went.',
      organisationName: 'Voice Museum',
      kind: 'PRE_POST',
      offersFollowUp: false,
    });
    expect(form.body.items.map((i: { code: string }) => i.code)).toEqual([
      'LO_KNOWLEDGE',
      'ONS4_HAPPY',
      'QD_CHALLENGE',
      'FT_LEARNED',
    ]);

    // CSRF header required; answers checked by question.
    const noHeader = await answer(survey.publicToken, { wave: 'PRE', answers: [] });
    const forged = await publicCall(
      'POST',
      `/api/public/surveys/${survey.publicToken}/responses`,
      { wave: 'PRE', answers: [{ itemCode: 'LO_KNOWLEDGE', value: 3 }] },
      {},
    );
    expect(forged.status).toBe(403);
    expect(noHeader.status).toBe(400);
    expect(noHeader.body.error.fieldErrors).toEqual([
      { path: ['answers'], message: 'Answer at least one question' },
    ]);
    const invalid = await answer(survey.publicToken, {
      wave: 'PRE',
      answers: [
        { itemCode: 'LO_KNOWLEDGE', value: 7 },
        { itemCode: 'NPS_RECOMMEND', value: 9 },
      ],
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.fieldErrors).toEqual([
      {
        path: ['answers', 'LO_KNOWLEDGE'],
        message: 'Question 1 ("Knowledge and understanding") must be a whole number from 1 to 5',
      },
      {
        path: ['answers', 'NPS_RECOMMEND'],
        message: 'NPS_RECOMMEND is not a question in this survey',
      },
    ]);
    const noWave = await answer(survey.publicToken, {
      answers: [{ itemCode: 'LO_KNOWLEDGE', value: 3 }],
    });
    expect(noWave.body.error.fieldErrors[0].path).toEqual(['wave']);

    const pre = [2, 3, 3, 4, 2, 3];
    const post = [4, 4, 3, 5, 3, 5];
    for (let i = 0; i < pre.length; i += 1) {
      const before = await answer(survey.publicToken, {
        wave: 'PRE',
        answers: [
          { itemCode: 'LO_KNOWLEDGE', value: pre[i] },
          { itemCode: 'QD_CHALLENGE', value: 0.3 },
        ],
      });
      expect(before.status).toBe(201);
      expect(before.headers.get('server-timing')).toMatch(
        /^app;dur=\d+\.\d+, limit;dur=\d+\.\d+, survey;dur=\d+\.\d+, insert;dur=\d+\.\d+$/,
      );
      const code = before.body.pairingCode as string;
      expect(code).toMatch(/^[A-HJ-KMNP-Z2-9]{6}$/);
      const after = await answer(survey.publicToken, {
        wave: 'POST',
        pairingCode: code.toLowerCase(),
        answers: [
          { itemCode: 'LO_KNOWLEDGE', value: post[i] },
          { itemCode: 'ONS4_HAPPY', value: 7 },
          { itemCode: 'FT_LEARNED', text: i === 0 ? 'Romans had central heating' : '' },
        ],
      });
      expect(after.status).toBe(201);
      expect(after.body).toEqual({ pairingCode: null, wave: 'POST' });
    }
    const badCode = await answer(survey.publicToken, {
      wave: 'POST',
      pairingCode: 'OOPS',
      answers: [{ itemCode: 'LO_KNOWLEDGE', value: 3 }],
    });
    expect(badCode.body.error.fieldErrors[0]).toEqual({
      path: ['pairingCode'],
      message: 'A pairing code has 6 letters and numbers, like K7M2QX',
    });

    // Nothing about the person is stored.
    const columns = await db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name IN ('survey_responses', 'survey_answers')`,
    );
    expect(columns.rows.map((c) => c.column_name)).not.toEqual(
      expect.arrayContaining(['ip', 'user_agent']),
    );

    const results = (await run<{ surveyResults: Loose }>(officer, RESULTS, { id: survey.id }))
      .surveyResults;
    expect(results.responseCount).toBe(12);
    const knowledgeAfter = results.items.find(
      (i: { itemCode: string; wave: string }) => i.itemCode === 'LO_KNOWLEDGE' && i.wave === 'POST',
    );
    expect(knowledgeAfter).toMatchObject({ n: 6, mean: 4 });
    expect(knowledgeAfter.shareAgreeing).toBeCloseTo(66.6667, 3);
    const change = results.changes.find((c: { itemCode: string }) => c.itemCode === 'LO_KNOWLEDGE');
    expect(change.n).toBe(6);
    expect(change.meanChange).toBeCloseTo(1.1667, 3);
    expect(change.ciLow).toBeCloseTo(0.3766, 3);
    expect(change.ciHigh).toBeCloseTo(1.9568, 3);
    expect(change.proportionImproved).toBeCloseTo(83.3333, 3);
    expect(results.comments).toEqual([
      expect.objectContaining({
        itemCode: 'FT_LEARNED',
        wave: 'POST',
        text: 'Romans had central heating',
      }),
    ]);

    const listed = await run<{ surveys: { totalCount: number; edges: Array<{ node: Survey }> } }>(
      officer,
      '{ surveys(first: 10) { totalCount edges { node { id responseCount } } } }',
    );
    expect(listed.surveys.edges.find((e) => e.node.id === survey.id)?.node.responseCount).toBe(12);

    // With responses: the questions are fixed and it cannot be deleted; closing works.
    const changed = await museum.admin.request(UPDATE, {
      input: {
        id: survey.id,
        title: 'Renamed',
        programmeId,
        kind: 'PRE_POST',
        itemCodes: ['LO_SKILLS'],
      },
    });
    expect(codeOf(changed)).toBe('CONFLICT');
    const renamed = await run<{ updateSurvey: { title: string } }>(museum.admin, UPDATE, {
      input: {
        id: survey.id,
        title: 'Renamed',
        programmeId,
        kind: 'PRE_POST',
        itemCodes: ['LO_KNOWLEDGE', 'ONS4_HAPPY', 'QD_CHALLENGE', 'FT_LEARNED'],
      },
    });
    expect(renamed.updateSurvey.title).toBe('Renamed');
    expect(codeOf(await museum.admin.request(DELETE, { id: survey.id }))).toBe('CONFLICT');
    expect(
      (await run<{ closeSurvey: Survey }>(museum.admin, CLOSE, { id: survey.id })).closeSurvey
        .status,
    ).toBe('CLOSED');
  });

  it('serves the QR code of the link to the learning team only', async () => {
    const survey = await createOpen({ title: 'QR', kind: 'SINGLE', itemCodes: ['LO_SKILLS'] });
    const qr = await fetch(`${app.url}/api/surveys/${survey.id}/qr.svg`, {
      headers: { cookie: officer.cookie ?? '' },
    });
    expect(qr.status).toBe(200);
    expect(qr.headers.get('content-type')).toContain('image/svg+xml');
    expect(await qr.text()).toContain('<svg');
    const refused = await fetch(`${app.url}/api/surveys/${survey.id}/qr.svg`, {
      headers: { cookie: trustee.cookie ?? '' },
    });
    expect(refused.status).toBe(403);
    const foreign = await fetch(`${app.url}/api/surveys/${survey.id}/qr.svg`, {
      headers: { cookie: other.admin.cookie ?? '' },
    });
    expect(foreign.status).toBe(404);
  });

  it('consents to follow-up, delivers the wave over SMTP, and its links answer and withdraw', async () => {
    const survey = await createOpen({
      title: 'Family day',
      kind: 'SINGLE',
      itemCodes: ['ONS4_SATISFIED', 'NPS_RECOMMEND'],
      offersFollowUp: true,
      followUpMonths: [3, 6],
    });
    const form = await publicCall('GET', `/api/public/surveys/${survey.publicToken}`);
    expect(form.body.offersFollowUp).toBe(true);
    expect(form.body.followUpPurpose).toContain('3 and 6 months');

    const missing = await publicCall(
      'POST',
      `/api/public/surveys/${survey.publicToken}/follow-up`,
      {
        email: 'not an email',
        givenBy: 'SELF',
      },
    );
    expect(missing.status).toBe(400);
    expect(missing.body.error.fieldErrors.map((e: { path: string[] }) => e.path.join('.'))).toEqual(
      ['consent.email', 'consent.agreed'],
    );
    for (const [email, givenBy] of [
      ['parent@example.org', 'PARENT_GUARDIAN'],
      ['keep@example.org', 'SELF'],
    ]) {
      const consent = await publicCall(
        'POST',
        `/api/public/surveys/${survey.publicToken}/follow-up`,
        {
          email,
          givenBy,
          agreed: true,
        },
      );
      expect(consent.status).toBe(201);
      expect(consent.body.withdrawToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    }

    const contacts = (
      await run<{ surveyContacts: Array<Loose> }>(officer, CONTACTS, {
        id: survey.id,
      })
    ).surveyContacts;
    const parent = contacts.find((c) => c.email === 'parent@example.org')!;
    expect(parent).toMatchObject({
      lawfulBasis: 'CONSENT',
      givenBy: 'PARENT_GUARDIAN',
      withdrawnAt: null,
      invitations: [
        { months: 3, status: 'PENDING' },
        { months: 6, status: 'PENDING' },
      ],
    });
    // Trustees never see contacts, nor withdraw them.
    expect(codeOf(await trustee.request(CONTACTS, { id: survey.id }))).toBe('FORBIDDEN');
    expect(codeOf(await trustee.request(WITHDRAW, { id: parent.id }))).toBe('FORBIDDEN');

    // Time passes: the 3-month wave falls due and the worker sends it.
    await db.query(
      `UPDATE follow_up_invitations SET due_on = current_date WHERE survey_id = $1 AND months = 3`,
      [survey.id],
    );
    const followUp = app.worker!.get(FollowUpService);
    expect(await followUp.sendDue(museum.organisationId)).toBe(2);
    expect(await followUp.sendDue(museum.organisationId)).toBe(0);
    const mail = await catcher.waitFor((m) =>
      JSON.stringify(m.to ?? '').includes('parent@example.org'),
    );
    expect(mail.subject).toBe('Voice Museum: how are things 3 months on?');
    const links = [...(mail.text ?? '').matchAll(/https?:\/\/\S+/g)].map((m) => new URL(m[0]));
    const surveyLink = links.find((l) => l.pathname === `/s/${survey.publicToken}`)!;
    const withdrawLink = links.find((l) => l.pathname === '/follow-up/stop')!;
    const followUpToken = surveyLink.searchParams.get('f')!;

    // The survey closes; the follow-up link still works, once.
    await run(museum.admin, CLOSE, { id: survey.id });
    const wave = await publicCall(
      'GET',
      `/api/public/surveys/${survey.publicToken}?f=${encodeURIComponent(followUpToken)}`,
    );
    expect(wave.status).toBe(200);
    expect(wave.body).toMatchObject({ followUpMonths: 3, offersFollowUp: false });
    const answered = await answer(survey.publicToken, {
      followUpToken,
      answers: [{ itemCode: 'ONS4_SATISFIED', value: 8 }],
    });
    expect(answered.body).toMatchObject({ wave: 'FOLLOW_UP' });
    expect(answered.status).toBe(201);
    expect(answered.body.wave).toBe('FOLLOW_UP');
    const again = await answer(survey.publicToken, {
      followUpToken,
      answers: [{ itemCode: 'ONS4_SATISFIED', value: 8 }],
    });
    expect(again.status).toBe(409);
    const wave3 = await db.query(
      `SELECT wave, follow_up_months FROM survey_responses WHERE survey_id = $1`,
      [survey.id],
    );
    expect(wave3.rows).toEqual([{ wave: 'FOLLOW_UP', follow_up_months: 3 }]);

    await db.query('UPDATE organisations SET small_cell_threshold = 1 WHERE id = $1', [
      museum.organisationId,
    ]);
    const status = (await run<{ surveyFollowUp: Loose }>(officer, FOLLOW_UP, { id: survey.id }))
      .surveyFollowUp;
    expect(status).toMatchObject({ consented: 2, withdrawn: 0 });
    expect(status.waves).toEqual([
      {
        months: 3,
        invited: 2,
        responded: 1,
        pending: 0,
        cancelled: 0,
        responseRate: 50,
        attrition: 50,
        suppressed: false,
      },
      {
        months: 6,
        invited: 0,
        responded: 0,
        pending: 2,
        cancelled: 0,
        responseRate: null,
        attrition: null,
        suppressed: false,
      },
    ]);

    // The withdraw link in the mail: one click on its page, email gone at once, no more mail.
    const withdrawn = await publicCall('POST', '/api/public/follow-up/withdraw', {
      token: withdrawLink.searchParams.get('token'),
    });
    expect(withdrawn).toMatchObject({ status: 200, body: { withdrawn: true } });
    const after = (
      await run<{ surveyContacts: Array<Loose> }>(officer, CONTACTS, {
        id: survey.id,
      })
    ).surveyContacts.find((c) => c.id === parent.id)!;
    expect(after.email).toBeNull();
    expect(after.withdrawnAt).not.toBeNull();
    expect(after.invitations.map((i: { status: string }) => i.status)).toEqual([
      'RESPONDED',
      'CANCELLED',
    ]);
    const stored = await db.query(
      `SELECT count(*)::int AS n FROM mail_outbox WHERE to_address = 'parent@example.org'`,
    );
    expect(stored.rows[0].n).toBe(0);

    // Staff withdraw the other contact on their behalf (audited); the 6-month wave then sends nothing.
    expect(
      codeOf(
        await other.admin.request(WITHDRAW, {
          id: contacts.find((c) => c.email === 'keep@example.org')!.id,
        }),
      ),
    ).toBe('NOT_FOUND');
    await run(officer, WITHDRAW, { id: contacts.find((c) => c.email === 'keep@example.org')!.id });
    await db.query(`UPDATE follow_up_invitations SET due_on = current_date WHERE survey_id = $1`, [
      survey.id,
    ]);
    expect(await followUp.sendDue(museum.organisationId)).toBe(0);
    const audit = await db.query<{ action: string; actor_user_id: string | null }>(
      `SELECT action, actor_user_id FROM audit_events WHERE action = 'survey_contact.withdrawn' AND organisation_id = $1 ORDER BY created_at`,
      [museum.organisationId],
    );
    expect(audit.rows.map((r) => r.actor_user_id === null)).toEqual([true, false]);
    const invalidToken = await publicCall('POST', '/api/public/follow-up/withdraw', {
      token: 'x'.repeat(32),
    });
    expect(invalidToken.status).toBe(404);
  });

  it('keeps each museum to its own surveys', async () => {
    const survey = await createOpen({ title: 'Mine', kind: 'SINGLE', itemCodes: ['LO_SKILLS'] });
    for (const query of [
      `query($id: ID!) { survey(id: $id) { id } }`,
      `query($id: ID!) { surveyResults(surveyId: $id) { responseCount } }`,
      FOLLOW_UP,
      CONTACTS,
      CLOSE,
    ]) {
      expect(codeOf(await other.admin.request(query, { id: survey.id }))).toBe('NOT_FOUND');
    }
    const theirs = await run<{ surveys: { totalCount: number } }>(
      other.admin,
      '{ surveys { totalCount } }',
    );
    expect(theirs.surveys.totalCount).toBe(0);
  });
});

describe('public survey rate limits', () => {
  let app: TestApp;

  beforeAll(async () => {
    // 1 a minute sets the public limits to 12 a minute per client IP and 60 per link.
    app = await startTestApp({ worker: false, env: { RATE_LIMIT_PER_MINUTE: '1' } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers 429 with a plain message and Retry-After when a client sends too many', async () => {
    const museum = await app.signUpMuseum();
    const programme = await museum.admin.request<{ createProgramme: { id: string } }>(
      'mutation { createProgramme(input: { name: "Limits", strand: SCHOOLS, startDate: "2025-04-01" }) { id } }',
    );
    const created = await museum.admin.request<{
      createSurvey: { id: string; publicToken: string };
    }>(CREATE, {
      input: {
        title: 'Busy',
        programmeId: programme.data!.createProgramme.id,
        kind: 'SINGLE',
        itemCodes: ['LO_SKILLS'],
      },
    });
    const survey = created.data!.createSurvey;
    await museum.admin.request(OPEN, { id: survey.id });
    const statuses: number[] = [];
    let limited: Response | null = null;
    for (let i = 0; i < 13; i += 1) {
      const response = await fetch(
        `${app.url}/api/public/surveys/${survey.publicToken}/responses`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-lantern-request': '1' },
          body: JSON.stringify({ answers: [{ itemCode: 'LO_SKILLS', value: 4 }] }),
        },
      );
      statuses.push(response.status);
      if (response.status === 429) limited = response;
    }
    expect(statuses.slice(0, 12).every((s) => s === 201)).toBe(true);
    expect(statuses[12]).toBe(429);
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await limited!.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('RATE_LIMITED');
    expect(body.error.message).toMatch(/^Too many attempts\. Try again in \d+ seconds\.$/);
  });
});
