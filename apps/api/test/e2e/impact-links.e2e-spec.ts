/**
 * Where the impact parts meet: a survey-derived indicator computed from real public survey
 * answers, manifesto coverage counting indicators with results (drafts only for those who may
 * read drafts), and deletes that would orphan a survey or a commitment refused plainly.
 */
import { localDateIn, periodOf } from '@lantern/domain';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestApp,
  type GraphQLClient,
  type GraphQLResponse,
  type Museum,
  type TestApp,
} from '../support/test-app';

function codeOf(response: GraphQLResponse): unknown {
  return response.errors?.[0]?.extensions?.['code'];
}

describe('impact parts working together', () => {
  let app: TestApp;
  let db: Client;
  let museum: Museum;
  let trustee: GraphQLClient;
  let programmeId: string;
  let manifestoElementId: string;
  /** The financial year containing today, where public answers are counted. */
  const thisYear = periodOf('FINANCIAL_YEAR', localDateIn(new Date(), 'Europe/London'));
  const thisQuarter = periodOf('FINANCIAL_QUARTER', localDateIn(new Date(), 'Europe/London'));

  const run = async <T = Record<string, unknown>>(
    client: GraphQLClient,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T> => {
    const response = await client.request<T>(query, variables);
    if (response.errors) throw new Error(`${query}: ${JSON.stringify(response.errors)}`);
    return response.data as T;
  };

  const answer = async (token: string, body: unknown) => {
    const response = await fetch(`${app.url}/api/public/surveys/${token}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-lantern-request': '1' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as { pairingCode: string } };
  };

  beforeAll(async () => {
    app = await startTestApp();
    db = new Client({ connectionString: app.database.url });
    await db.connect();
    museum = await app.signUpMuseum({ name: 'Linked Museum' });
    trustee = await app.joinAs(museum.admin, 'trustee@linked.example', 'TRUSTEE');
    programmeId = (
      await run<{ createProgramme: { id: string } }>(
        museum.admin,
        'mutation { createProgramme(input: { name: "Roman schools", strand: SCHOOLS, startDate: "2025-04-01" }) { id } }',
      )
    ).createProgramme.id;
    const element = await db.query<{ id: string }>(
      `SELECT e.id FROM framework_elements e JOIN frameworks f ON f.id = e.framework_id
        WHERE f.code = 'MA_LE_2020' AND e.code = 'MA_LE.2'`,
    );
    manifestoElementId = element.rows[0]!.id;
  });

  afterAll(async () => {
    await db?.end();
    await app?.close();
  });

  it('computes a survey-derived indicator from paired public answers', async () => {
    const survey = (
      await run<{ createSurvey: { id: string; publicToken: string } }>(
        museum.admin,
        `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id publicToken } }`,
        {
          input: {
            programmeId,
            title: 'Before and after',
            kind: 'PRE_POST',
            itemCodes: ['LO_KNOWLEDGE'],
          },
        },
      )
    ).createSurvey;
    await run(museum.admin, `mutation($id: ID!) { openSurvey(input: { id: $id }) { id } }`, {
      id: survey.id,
    });
    const pre = [2, 3, 3, 4, 2, 3];
    const post = [4, 4, 3, 5, 3, 5];
    for (let i = 0; i < pre.length; i += 1) {
      const before = await answer(survey.publicToken, {
        wave: 'PRE',
        answers: [{ itemCode: 'LO_KNOWLEDGE', value: pre[i] }],
      });
      expect(before.status).toBe(201);
      const after = await answer(survey.publicToken, {
        wave: 'POST',
        pairingCode: before.body.pairingCode,
        answers: [{ itemCode: 'LO_KNOWLEDGE', value: post[i] }],
      });
      expect(after.status).toBe(201);
    }

    const create = (code: string, statistic: string) =>
      run<{ createIndicator: { id: string } }>(
        museum.admin,
        `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`,
        {
          input: {
            code,
            name: code,
            definition: 'From the before-and-after survey',
            type: statistic === 'PRE_POST_CHANGE' ? 'PRE_POST_CHANGE' : 'PROPORTION_IMPROVED',
            source: 'SURVEY',
            unit: statistic === 'PRE_POST_CHANGE' ? 'points' : '%',
            direction: 'INCREASE',
            cumulativeClass: 'NON_CUMULATIVE',
            allowedDisaggregations: [],
            frameworkElementIds: [],
            surveyStatistic: statistic,
            surveyItemCode: 'LO_KNOWLEDGE',
            surveyId: survey.id,
          },
        },
      );
    const change = (await create('KNOWLEDGE_CHANGE', 'PRE_POST_CHANGE')).createIndicator.id;
    const improved = (await create('KNOWLEDGE_IMPROVED', 'PROPORTION_IMPROVED')).createIndicator.id;

    const values = await run<{
      indicatorValues: Array<{
        indicator: { id: string };
        value: number | null;
        n: number | null;
        ciLow: number | null;
        ciHigh: number | null;
        note: string | null;
      }>;
    }>(
      trustee,
      `query($period: PeriodInput!, $ids: [ID!]) { indicatorValues(period: $period, indicatorIds: $ids) {
        indicator { id } value n ciLow ciHigh note } }`,
      { period: { key: thisYear.key }, ids: [change, improved] },
    );
    const byId = new Map(values.indicatorValues.map((v) => [v.indicator.id, v]));
    // Changes 2, 1, 0, 1, 1, 2: mean 7/6 over six pairs; five of six rose.
    expect(byId.get(change)).toMatchObject({ n: 6, note: null });
    expect(byId.get(change)?.value).toBeCloseTo(7 / 6, 6);
    expect(byId.get(change)?.ciLow).toBeLessThan(7 / 6);
    expect(byId.get(change)?.ciHigh).toBeGreaterThan(7 / 6);
    expect(byId.get(improved)).toMatchObject({ n: 6 });
    expect(byId.get(improved)?.value).toBeCloseTo((100 * 5) / 6, 6);

    // The programme now has a survey whose link people hold: deleting it is refused plainly.
    const refused = await museum.admin.request(
      `mutation($id: ID!) { deleteProgramme(input: { id: $id }) { id } }`,
      { id: programmeId },
    );
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toBe(
      'Roman schools has 1 survey. Archive it instead, or delete its surveys first.',
    );
  });

  it('counts indicators with results under each manifesto principle, drafts only for staff', async () => {
    const indicator = (
      await run<{ createIndicator: { id: string } }>(
        museum.admin,
        `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`,
        {
          input: {
            code: 'TEACHER_CONFIDENCE',
            name: 'Teachers reporting increased confidence',
            definition: 'From the CPD feedback forms',
            type: 'COUNT',
            source: 'MANUAL',
            unit: 'teachers',
            direction: 'INCREASE',
            cumulativeClass: 'NON_CUMULATIVE',
            allowedDisaggregations: [],
            frameworkElementIds: [manifestoElementId],
          },
        },
      )
    ).createIndicator.id;
    const coverage = async (client: GraphQLClient) => {
      const data = await run<{
        manifestoCoverage: {
          principles: Array<{ principle: { code: string }; indicatorsWithResults: number }>;
        };
      }>(
        client,
        `query($period: PeriodInput!) { manifestoCoverage(period: $period) {
          principles { principle { code } indicatorsWithResults } } }`,
        { period: { key: thisYear.key } },
      );
      return Object.fromEntries(
        data.manifestoCoverage.principles.map((p) => [p.principle.code, p.indicatorsWithResults]),
      );
    };
    expect((await coverage(museum.admin))['MA_LE.2']).toBe(0);

    const saved = await run<{ saveResult: { id: string } }>(
      museum.admin,
      `mutation($input: SaveResultInput!) { saveResult(input: $input) { id } }`,
      {
        input: {
          indicatorId: indicator,
          scope: { kind: 'MUSEUM' },
          period: { key: thisQuarter.key },
          value: 12,
          n: 12,
        },
      },
    );
    expect((await coverage(museum.admin))['MA_LE.2']).toBe(1);
    expect((await coverage(trustee))['MA_LE.2']).toBe(0);

    await run(
      museum.admin,
      `mutation($ids: [ID!]!) { approveResults(input: { ids: $ids }) { id } }`,
      {
        ids: [saved.saveResult.id],
      },
    );
    const afterApproval = await coverage(trustee);
    expect(afterApproval['MA_LE.2']).toBe(1);
    expect(afterApproval['MA_LE.1']).toBe(0);
  });

  it('refuses to remove a framework element that has commitments under it', async () => {
    const framework = (
      await run<{ createFramework: { id: string } }>(
        museum.admin,
        'mutation { createFramework(input: { code: "OWN_AIMS", name: "Our strategic aims" }) { id } }',
      )
    ).createFramework.id;
    const element = (
      await run<{ addFrameworkElement: { id: string } }>(
        museum.admin,
        `mutation($id: ID!) { addFrameworkElement(input: { frameworkId: $id, code: "AIM.1", label: "Reach new schools" }) { id } }`,
        { id: framework },
      )
    ).addFrameworkElement.id;
    await run(
      museum.admin,
      `mutation($id: ID!) { createCommitment(input: { frameworkElementId: $id, title: "Ten new schools" }) { id } }`,
      { id: element },
    );
    const refused = await museum.admin.request(
      `mutation($id: ID!) { removeFrameworkElement(input: { id: $id }) { id } }`,
      { id: element },
    );
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toBe(
      'AIM.1 Reach new schools has 1 commitment under it. Move or delete them first.',
    );
  });
});
