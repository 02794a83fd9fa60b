import type { MockedResponse } from '@apollo/client/testing';
import { HILLTOP } from './auth.mocks';
import {
  DeleteSessionMutationDocument,
  LogSessionMutationDocument,
  PartnerOptionsQueryDocument,
  SessionDefaultsQueryDocument,
  SessionFilterOptionsQueryDocument,
  SessionFormOptionsQueryDocument,
  SessionQueryDocument,
  SessionsQueryDocument,
  UpdateSessionMutationDocument,
} from '../features/sessions/graphql/sessions.operations';
import { PARTNER_OPTIONS_PAGE } from '../features/sessions/hooks/useSessionFormOptions';
import { SESSIONS_PAGE_SIZE } from '../features/sessions/hooks/useSessions';
import type {
  SessionDefaultsQuery,
  SessionFieldsFragment,
  SessionFilterInput,
  SessionSummaryFieldsFragment,
} from '../gql/graphql';

/** Ids shaped like the API's (the shared schema checks that ids look like UUIDs). */
export function sid(n: number): string {
  return `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`;
}

export const ROMANS = {
  __typename: 'Programme' as const,
  id: sid(1),
  name: 'Schools - KS2 Romans',
};
export const FAMILIES = { __typename: 'Programme' as const, id: sid(2), name: 'Family Saturdays' };
export const MAIN_SITE = { __typename: 'Site' as const, id: sid(11), name: 'Main museum' };
export const STORE = { __typename: 'Site' as const, id: sid(12), name: 'Collections store' };
export const HILLCREST = {
  __typename: 'Partner' as const,
  id: sid(21),
  name: 'Hillcrest Academy',
  type: 'SCHOOL' as const,
};
export const MEADOW = {
  __typename: 'Partner' as const,
  id: sid(22),
  name: 'Meadow Lane Primary',
  type: 'SCHOOL' as const,
};
export const SAM = { __typename: 'User' as const, id: sid(31), name: 'Sam Lee' };

type Cell = SessionFieldsFragment['attendance'][number];

export function buildCell(overrides: Partial<Cell> = {}): Cell {
  return {
    __typename: 'AttendanceCell',
    id: sid(500),
    audienceType: 'PUPIL',
    ageBand: null,
    keyStage: 'KS2',
    count: 28,
    countKind: 'HEADCOUNT',
    firstTime: null,
    send: null,
    deprivationDecile: null,
    deprivationIndex: null,
    ...overrides,
  };
}

export type TestSession = SessionFieldsFragment & { __typename: 'Session' };

export function buildSession(overrides: Partial<TestSession> = {}): TestSession {
  return {
    __typename: 'Session',
    id: sid(100),
    title: null,
    date: '2026-11-24',
    startTime: '10:00',
    durationMinutes: 90,
    format: 'SCHOOL_WORKSHOP',
    deliveryMode: 'ONSITE',
    status: 'DELIVERED',
    attendanceTotal: 32,
    hasEstimates: false,
    outreachPostcode: null,
    onlinePlatform: null,
    programme: ROMANS,
    site: MAIN_SITE,
    partners: [HILLCREST],
    coDesigned: false,
    participationDepth: null,
    objectsUsed: null,
    notes: null,
    deprivationDecile: 2,
    deprivationIndex: 'IMD2025',
    createdAt: '2026-11-24T15:00:00.000Z',
    updatedAt: '2026-11-24T15:00:00.000Z',
    createdBy: SAM,
    facilitators: [],
    frameworkElements: [],
    attendance: [
      buildCell(),
      buildCell({ id: sid(501), audienceType: 'TEACHER', keyStage: null, count: 4 }),
    ],
    ...overrides,
  };
}

type Summary = SessionSummaryFieldsFragment & { __typename: 'Session' };

export function buildSessionSummary(overrides: Partial<Summary> = {}): Summary {
  const {
    id,
    title,
    date,
    startTime,
    format,
    deliveryMode,
    status,
    attendanceTotal,
    hasEstimates,
    outreachPostcode,
    onlinePlatform,
    programme,
    site,
  } = buildSession();
  return {
    __typename: 'Session',
    id,
    title,
    date,
    startTime,
    format,
    deliveryMode,
    status,
    attendanceTotal,
    hasEstimates,
    outreachPostcode,
    onlinePlatform,
    programme,
    site,
    partners: [{ __typename: 'Partner', id: HILLCREST.id, name: HILLCREST.name }],
    ...overrides,
  };
}

export function sessionsMock(
  filter: SessionFilterInput,
  sessions: Summary[],
  {
    after,
    hasNextPage = false,
    totalCount = sessions.length,
    totalAttendance = sessions.reduce((sum, s) => sum + s.attendanceTotal, 0),
  }: { after?: string; hasNextPage?: boolean; totalCount?: number; totalAttendance?: number } = {},
): MockedResponse {
  return {
    request: {
      query: SessionsQueryDocument,
      variables: after
        ? { filter, first: SESSIONS_PAGE_SIZE, after }
        : { filter, first: SESSIONS_PAGE_SIZE },
    },
    result: {
      data: {
        __typename: 'Query',
        sessions: {
          __typename: 'SessionConnection',
          totalCount,
          totalAttendance,
          pageInfo: {
            __typename: 'PageInfo',
            endCursor: sessions.at(-1)?.id ?? null,
            hasNextPage,
          },
          edges: sessions.map((node) => ({ __typename: 'SessionEdge', node })),
        },
      },
    },
  };
}

export function sessionMock(session: TestSession): MockedResponse {
  return {
    request: { query: SessionQueryDocument, variables: { id: session.id } },
    result: { data: { __typename: 'Query', session } },
  };
}

const PROGRAMME_NODES = [ROMANS, FAMILIES].map((programme) => ({
  __typename: 'ProgrammeEdge' as const,
  node: { ...programme, status: 'ACTIVE' as const },
}));

export function sessionFormOptionsMock(): MockedResponse {
  return {
    request: { query: SessionFormOptionsQueryDocument },
    result: {
      data: {
        __typename: 'Query',
        organisation: {
          __typename: 'Organisation',
          id: HILLTOP.id,
          timeZone: 'Europe/London',
          sites: [MAIN_SITE, STORE],
        },
        programmes: {
          __typename: 'ProgrammeConnection',
          totalCount: PROGRAMME_NODES.length,
          edges: PROGRAMME_NODES,
        },
        members: [{ __typename: 'Member', id: sid(41), user: SAM }],
        frameworks: [
          {
            __typename: 'Framework',
            id: sid(51),
            code: 'MA_LE_2020',
            name: 'Learning and Engagement Manifesto',
            elements: [
              {
                __typename: 'FrameworkElement',
                id: sid(52),
                code: 'MA_LE.2',
                label: 'Social justice',
                position: 2,
              },
            ],
          },
        ],
      },
    },
  };
}

export function sessionFilterOptionsMock(): MockedResponse {
  return {
    request: { query: SessionFilterOptionsQueryDocument },
    result: {
      data: {
        __typename: 'Query',
        organisation: { __typename: 'Organisation', id: HILLTOP.id, sites: [MAIN_SITE, STORE] },
        programmes: { __typename: 'ProgrammeConnection', edges: PROGRAMME_NODES },
      },
    },
  };
}

export function partnerOptionsMock(partners = [HILLCREST, MEADOW]): MockedResponse {
  return {
    request: { query: PartnerOptionsQueryDocument, variables: { first: PARTNER_OPTIONS_PAGE } },
    result: {
      data: {
        __typename: 'Query',
        partners: {
          __typename: 'PartnerConnection',
          totalCount: partners.length,
          edges: partners.map((node) => ({ __typename: 'PartnerEdge', node })),
        },
      },
    },
  };
}

type Defaults = SessionDefaultsQuery['sessionDefaults'];

/** What the API pre-fills for the Romans workshops after the person's last one. */
export function buildDefaults(overrides: Partial<Defaults> = {}): Defaults {
  return {
    __typename: 'SessionDefaults',
    programmeId: ROMANS.id,
    date: '2026-11-24',
    startTime: '10:00',
    durationMinutes: 90,
    format: 'SCHOOL_WORKSHOP',
    deliveryMode: 'ONSITE',
    siteId: MAIN_SITE.id,
    partnerIds: [MEADOW.id],
    partners: [MEADOW],
    fromSessionId: sid(99),
    facilitators: [{ __typename: 'SessionFacilitator', type: 'STAFF', name: SAM.name, user: SAM }],
    attendance: [
      {
        __typename: 'AttendanceCell',
        audienceType: 'PUPIL',
        ageBand: null,
        keyStage: 'KS2',
        count: 0,
        countKind: 'HEADCOUNT',
        firstTime: null,
        send: null,
        deprivationDecile: null,
        deprivationIndex: null,
      },
      {
        __typename: 'AttendanceCell',
        audienceType: 'TEACHER',
        ageBand: null,
        keyStage: null,
        count: 0,
        countKind: 'HEADCOUNT',
        firstTime: null,
        send: null,
        deprivationDecile: null,
        deprivationIndex: null,
      },
    ],
    ...overrides,
  };
}

export function sessionDefaultsMock(defaults: Defaults = buildDefaults()): MockedResponse {
  return {
    request: {
      query: SessionDefaultsQueryDocument,
      variables: { programmeId: defaults.programmeId },
    },
    result: { data: { __typename: 'Query', sessionDefaults: defaults } },
  };
}

/**
 * `logSession`, answered with `result` (a logged session or an error), recording the input
 * it was sent in `sent`.
 */
export function logSessionMock(
  result: MockedResponse['result'] | TestSession,
  sent: Array<Record<string, unknown>> = [],
): MockedResponse {
  return {
    request: { query: LogSessionMutationDocument },
    variableMatcher: (variables: Record<string, unknown> | undefined) => {
      sent.push((variables?.['input'] ?? {}) as Record<string, unknown>);
      return true;
    },
    result:
      result && '__typename' in result && result.__typename === 'Session'
        ? { data: { __typename: 'Mutation', logSession: result } }
        : (result as MockedResponse['result']),
  };
}

export function updateSessionMock(
  session: TestSession,
  sent: Array<Record<string, unknown>> = [],
): MockedResponse {
  return {
    request: { query: UpdateSessionMutationDocument },
    variableMatcher: (variables: Record<string, unknown> | undefined) => {
      sent.push((variables?.['input'] ?? {}) as Record<string, unknown>);
      return true;
    },
    result: { data: { __typename: 'Mutation', updateSession: session } },
  };
}

export function deleteSessionMock(session: TestSession): MockedResponse {
  return {
    request: { query: DeleteSessionMutationDocument, variables: { input: { id: session.id } } },
    result: {
      data: {
        __typename: 'Mutation',
        deleteSession: {
          __typename: 'Session',
          id: session.id,
          date: session.date,
          programme: session.programme,
        },
      },
    },
  };
}
