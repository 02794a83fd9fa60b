import type { MockedResponse } from '@apollo/client/testing';
import type { ProgrammeInput } from '@lantern/domain';
import {
  CreateProgrammeMutationDocument,
  DeleteProgrammeMutationDocument,
  ProgrammeContextQueryDocument,
  ProgrammeFormOptionsQueryDocument,
  ProgrammeQueryDocument,
  ProgrammesQueryDocument,
  UpdateProgrammeMutationDocument,
} from '../features/programmes/graphql/programmes.operations';
import { PROGRAMMES_PAGE_SIZE } from '../features/programmes/hooks/useProgrammes';
import type {
  ProgrammeFieldsFragment,
  ProgrammeFilterInput,
  ProgrammeSummaryFieldsFragment,
} from '../gql/graphql';

export type TestProgramme = ProgrammeFieldsFragment & { __typename: 'Programme' };
type TestSummary = ProgrammeSummaryFieldsFragment & { __typename: 'Programme' };

/** Ids shaped like the API's (the shared schema checks that ids look like UUIDs). */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export const PROGRAMME_ID = uuid(1);
export const MORGAN = { __typename: 'User' as const, id: uuid(101), name: 'Morgan Ellis' };
export const SAM = { __typename: 'User' as const, id: uuid(102), name: 'Sam Lee' };
export const MAIN_MUSEUM = { __typename: 'Site' as const, id: uuid(201), name: 'Main museum' };
export const RIVERSIDE_GALLERY = {
  __typename: 'Site' as const,
  id: uuid(202),
  name: 'Riverside Gallery',
};
export const MANIFESTO = {
  id: uuid(301),
  code: 'MA_LE_2020',
  name: 'Learning and Engagement Manifesto',
};
export const GLO = { id: uuid(302), code: 'GLO', name: 'Generic Learning Outcomes' };

function element(n: number, frameworkId: string, code: string, label: string, position: number) {
  return {
    __typename: 'FrameworkElement' as const,
    id: uuid(n),
    code,
    label,
    frameworkId,
    position,
  };
}

export const SOCIAL_JUSTICE = element(401, MANIFESTO.id, 'MA_LE.2', 'Social justice', 2);
export const PARTNERSHIPS = element(402, MANIFESTO.id, 'MA_LE.7', 'Partnerships', 7);
export const SKILLS = element(411, GLO.id, 'GLO.SKILLS', 'Skills', 2);
export const ENJOYMENT = element(
  412,
  GLO.id,
  'GLO.ENJOYMENT',
  'Enjoyment, inspiration, creativity',
  4,
);

export function buildProgramme(overrides: Partial<TestProgramme> = {}): TestProgramme {
  return {
    __typename: 'Programme',
    id: PROGRAMME_ID,
    name: 'Schools on the river',
    strand: 'SCHOOLS',
    status: 'ACTIVE',
    startDate: '2025-04-01',
    endDate: '2026-03-31',
    lead: MORGAN,
    aims: 'Bring every primary school in the borough to the river gallery.',
    targetAudiences: ['PUPIL', 'TEACHER'],
    updatedAt: '2026-11-20T10:00:00.000Z',
    sites: [MAIN_MUSEUM],
    frameworkElements: [PARTNERSHIPS, SKILLS, SOCIAL_JUSTICE],
    funders: [
      {
        __typename: 'Funder',
        name: 'Arts Council England',
        grantReference: 'ACE-2025-114',
        amountPence: 1250050,
        periodStart: '2025-04-01',
        periodEnd: '2026-03-31',
      },
      {
        __typename: 'Funder',
        name: 'Friends of the Museum',
        grantReference: null,
        amountPence: 250000,
        periodStart: null,
        periodEnd: null,
      },
    ],
    plan: [
      {
        __typename: 'PlanPeriod',
        periodStart: '2025-04-01',
        periodEnd: '2025-06-30',
        plannedSessions: 12,
        plannedReach: 360,
      },
      {
        __typename: 'PlanPeriod',
        periodStart: '2025-07-01',
        periodEnd: '2025-09-30',
        plannedSessions: 8,
        plannedReach: 1240,
      },
    ],
    ...overrides,
  };
}

export function buildProgrammeSummary(overrides: Partial<TestSummary> = {}): TestSummary {
  const { id, name, strand, status, startDate, endDate, lead } = buildProgramme();
  return {
    __typename: 'Programme',
    id,
    name,
    strand,
    status,
    startDate,
    endDate,
    lead,
    ...overrides,
  };
}

export function programmesMock(
  filter: ProgrammeFilterInput,
  programmes: TestSummary[],
  {
    after,
    hasNextPage = false,
    totalCount = programmes.length,
  }: { after?: string; hasNextPage?: boolean; totalCount?: number } = {},
): MockedResponse {
  return {
    request: {
      query: ProgrammesQueryDocument,
      variables: after
        ? { filter, first: PROGRAMMES_PAGE_SIZE, after }
        : { filter, first: PROGRAMMES_PAGE_SIZE },
    },
    result: {
      data: {
        __typename: 'Query',
        programmes: {
          __typename: 'ProgrammeConnection',
          totalCount,
          pageInfo: {
            __typename: 'PageInfo',
            endCursor: programmes.at(-1)?.id ?? null,
            hasNextPage,
          },
          edges: programmes.map((node) => ({ __typename: 'ProgrammeEdge', node })),
        },
      },
    },
  };
}

/** `programme(id)`: the programme, or an API error (e.g. NOT_FOUND) as `result`. */
export function programmeMock(
  programme: TestProgramme,
  result?: MockedResponse['result'],
): MockedResponse {
  return {
    request: { query: ProgrammeQueryDocument, variables: { id: programme.id } },
    result: result ?? { data: { __typename: 'Query', programme } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function programmeContextMock(financialYearStartMonth = 4): MockedResponse {
  return {
    request: { query: ProgrammeContextQueryDocument },
    result: {
      data: {
        __typename: 'Query',
        organisation: { __typename: 'Organisation', id: 'org-hilltop', financialYearStartMonth },
        frameworks: [MANIFESTO, GLO].map((framework) => ({
          __typename: 'Framework',
          ...framework,
        })),
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function programmeFormOptionsMock(): MockedResponse {
  return {
    request: { query: ProgrammeFormOptionsQueryDocument },
    result: {
      data: {
        __typename: 'Query',
        organisation: {
          __typename: 'Organisation',
          id: 'org-hilltop',
          financialYearStartMonth: 4,
          sites: [RIVERSIDE_GALLERY, MAIN_MUSEUM],
        },
        members: [SAM, MORGAN].map((user, index) => ({
          __typename: 'Member',
          id: uuid(150 + index),
          user,
        })),
        frameworks: [
          { __typename: 'Framework', ...MANIFESTO, elements: [PARTNERSHIPS, SOCIAL_JUSTICE] },
          { __typename: 'Framework', ...GLO, elements: [SKILLS, ENJOYMENT] },
        ],
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function createProgrammeMock(
  input: ProgrammeInput,
  result: MockedResponse['result'],
): MockedResponse {
  return { request: { query: CreateProgrammeMutationDocument, variables: { input } }, result };
}

export function updateProgrammeMock(
  input: ProgrammeInput & { id: string },
  result: MockedResponse['result'],
): MockedResponse {
  return { request: { query: UpdateProgrammeMutationDocument, variables: { input } }, result };
}

export function deleteProgrammeMock(
  programme: TestProgramme,
  result?: MockedResponse['result'],
): MockedResponse {
  return {
    request: { query: DeleteProgrammeMutationDocument, variables: { input: { id: programme.id } } },
    result: result ?? {
      data: {
        __typename: 'Mutation',
        deleteProgramme: { __typename: 'Programme', id: programme.id, name: programme.name },
      },
    },
  };
}
