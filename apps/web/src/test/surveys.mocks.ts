import type { MockedResponse } from '@apollo/client/testing';
import { SURVEY_BANK_LABELS, SURVEY_ITEMS } from '@lantern/domain';
import {
  SurveyItemBankQueryDocument,
  SurveyLinkOptionsQueryDocument,
  SurveyResultsQueryDocument,
  SurveysQueryDocument,
} from '../features/surveys/graphql/surveys.operations';
import type { SurveyFieldsFragment, SurveyResultsQuery } from '../gql/graphql';

export type TestSurvey = SurveyFieldsFragment & { __typename: 'Survey' };

export function buildSurvey(overrides: Partial<TestSurvey> = {}): TestSurvey {
  return {
    __typename: 'Survey',
    id: 'survey-1',
    title: 'Roman workshop feedback',
    intro: null,
    kind: 'PRE_POST',
    status: 'OPEN',
    itemCodes: ['LO_KNOWLEDGE', 'ONS4_HAPPY'],
    closesAt: null,
    offersFollowUp: false,
    followUpMonths: [3, 6, 12],
    publicToken: 'AbCdEfGhIjKlMnOpQrStUv',
    programmeId: 'programme-1',
    sessionId: null,
    responseCount: 12,
    linkedTo: {
      __typename: 'SurveyLink',
      kind: 'PROGRAMME',
      id: 'programme-1',
      name: 'Schools - KS2 Romans',
    },
    createdAt: '2026-01-10T10:00:00.000Z',
    updatedAt: '2026-01-10T10:00:00.000Z',
    ...overrides,
  } as TestSurvey;
}

export function surveysMock(surveys: TestSurvey[]): MockedResponse {
  return {
    request: { query: SurveysQueryDocument, variables: { first: 50 } },
    result: {
      data: {
        surveys: {
          __typename: 'SurveyConnection',
          edges: surveys.map((node) => ({ __typename: 'SurveyEdge', cursor: node.id, node })),
          pageInfo: {
            __typename: 'PageInfo',
            endCursor: surveys.at(-1)?.id ?? null,
            hasNextPage: false,
          },
          totalCount: surveys.length,
        },
      },
    },
  };
}

export function itemBankMock(): MockedResponse {
  return {
    request: { query: SurveyItemBankQueryDocument },
    result: {
      data: {
        surveyItemBank: SURVEY_ITEMS.map((item) => ({
          __typename: 'SurveyItem',
          ...item,
          bankLabel: SURVEY_BANK_LABELS[item.bank],
        })),
      },
    },
  };
}

export function linkOptionsMock(): MockedResponse {
  return {
    request: { query: SurveyLinkOptionsQueryDocument },
    result: {
      data: {
        programmes: {
          __typename: 'ProgrammeConnection',
          edges: [
            {
              __typename: 'ProgrammeEdge',
              node: { __typename: 'Programme', id: 'programme-1', name: 'Schools - KS2 Romans' },
            },
          ],
        },
        sessions: { __typename: 'SessionConnection', edges: [] },
      },
    },
  };
}

type Results = SurveyResultsQuery['surveyResults'];

export function resultsMock(surveyId: string, overrides: Partial<Results> = {}): MockedResponse {
  const results: Results = {
    __typename: 'SurveyResults',
    surveyId,
    responseCount: 12,
    smallCellThreshold: 5,
    waves: [
      { __typename: 'SurveyWaveCount', wave: 'PRE', followUpMonths: null, n: 6, suppressed: false },
      {
        __typename: 'SurveyWaveCount',
        wave: 'POST',
        followUpMonths: null,
        n: 6,
        suppressed: false,
      },
    ],
    items: [
      {
        __typename: 'SurveyItemResult',
        itemCode: 'LO_KNOWLEDGE',
        wave: 'POST',
        followUpMonths: null,
        n: 6,
        suppressed: false,
        mean: 4,
        ciLow: 3.0612,
        ciHigh: 4.9388,
        shareAgreeing: 66.6667,
        nps: null,
        distribution: [
          { __typename: 'SurveyOptionCount', value: 1, n: 0, suppressed: false },
          { __typename: 'SurveyOptionCount', value: 3, n: null, suppressed: true },
        ],
      },
      {
        __typename: 'SurveyItemResult',
        itemCode: 'ONS4_HAPPY',
        wave: 'POST',
        followUpMonths: null,
        n: null,
        suppressed: true,
        mean: null,
        ciLow: null,
        ciHigh: null,
        shareAgreeing: null,
        nps: null,
        distribution: [],
      },
    ],
    changes: [
      {
        __typename: 'SurveyChange',
        itemCode: 'LO_KNOWLEDGE',
        n: 6,
        suppressed: false,
        meanChange: 1.1667,
        ciLow: 0.3766,
        ciHigh: 1.9568,
        proportionImproved: 83.3333,
      },
    ],
    comments: [
      {
        __typename: 'SurveyComment',
        itemCode: 'FT_LEARNED',
        wave: 'POST',
        text: 'Romans had central heating',
        date: '2026-01-12',
      },
    ],
    ...overrides,
  } as Results;
  return {
    request: { query: SurveyResultsQueryDocument, variables: { surveyId } },
    result: { data: { surveyResults: results } },
  };
}

/** A fetch stand-in for the public REST endpoints: answers by method and path. */
export function publicFetch(
  routes: Record<
    string,
    { status: number; body: unknown } | ((body: unknown) => { status: number; body: unknown })
  >,
) {
  const calls: Array<{ method: string; path: string; body: unknown }> = [];
  const fetchMock = async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = String(input);
    const method = init?.method ?? 'GET';
    const body = init?.body ? (JSON.parse(String(init.body)) as unknown) : undefined;
    calls.push({ method, path, body });
    const route = routes[`${method} ${path}`];
    const answer = typeof route === 'function' ? route(body) : route;
    if (!answer)
      return new Response(JSON.stringify({ error: { message: 'no route' } }), { status: 500 });
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { fetchMock, calls };
}
