import type { MockedResponse } from '@apollo/client/testing';
import { periodFromKey, UK_PERIOD_SETTINGS } from '@lantern/domain';
import {
  IndicatorOptionsQueryDocument,
  IndicatorQueryDocument,
  IndicatorsQueryDocument,
  IndicatorTargetsQueryDocument,
  IndicatorValuesQueryDocument,
  ScopeOptionsQueryDocument,
} from '../features/indicators/graphql/indicators.operations';
import { PeriodSettingsQueryDocument } from '../features/periods/graphql/periods.operations';
import type {
  Disaggregation,
  IndicatorCell,
  IndicatorFieldsFragment,
  IndicatorFilterInput,
  IndicatorValueFieldsFragment,
  ScopeInput,
  TargetFieldsFragment,
} from '../gql/graphql';
import {
  ENJOYMENT,
  GLO,
  MAIN_MUSEUM,
  MANIFESTO,
  MORGAN,
  PARTNERSHIPS,
  SAM,
  SKILLS,
  SOCIAL_JUSTICE,
  uuid,
} from './programmes.mocks';

export { ENJOYMENT, MAIN_MUSEUM, MORGAN, PARTNERSHIPS, SAM, SKILLS, SOCIAL_JUSTICE, uuid };

export type TestIndicator = IndicatorFieldsFragment & { __typename: 'Indicator' };

export function buildIndicator(overrides: Partial<TestIndicator> = {}): TestIndicator {
  return {
    __typename: 'Indicator',
    id: uuid(501),
    code: 'SESSIONS_DELIVERED',
    name: 'Sessions delivered',
    definition: 'Sessions with status delivered whose date falls in the period.',
    type: 'COUNT',
    source: 'BUILT_IN',
    unit: 'sessions',
    direction: 'INCREASE',
    cumulativeClass: 'CUMULATIVE_WITHIN_YEAR',
    allowedDisaggregations: ['DELIVERY_MODE', 'SESSION_FORMAT'],
    frameworkElements: [],
    owner: MORGAN,
    surveyStatistic: null,
    surveyItemCode: null,
    surveyId: null,
    archived: false,
    editable: false,
    ...overrides,
  };
}

export const SESSIONS_DELIVERED = buildIndicator();

export const DECILE_SHARE = buildIndicator({
  id: uuid(502),
  code: 'ATTENDANCES_IMD_1_2_SHARE',
  name: 'Share of attendances from IMD deciles 1-2',
  definition: 'Attendances with a known decile in deciles 1 or 2, as a share of all with one.',
  type: 'PERCENTAGE',
  unit: '%',
  cumulativeClass: 'NON_CUMULATIVE',
  allowedDisaggregations: ['DEPRIVATION_DECILE', 'AGE_BAND'],
  frameworkElements: [SOCIAL_JUSTICE],
});

export const TEACHER_CONFIDENCE = buildIndicator({
  id: uuid(503),
  code: 'TEACHER_CONFIDENCE',
  name: 'Teachers reporting increased confidence',
  definition: 'Teachers who say after CPD that they are more confident using collections.',
  type: 'PERCENTAGE',
  source: 'MANUAL',
  unit: '%',
  cumulativeClass: 'NON_CUMULATIVE',
  allowedDisaggregations: [],
  frameworkElements: [SKILLS],
  owner: SAM,
  editable: true,
});

export const LEARNED_SHARE = buildIndicator({
  id: uuid(504),
  code: 'LEARNED_SOMETHING',
  name: 'Participants who learned something new',
  definition: 'Share agreeing with "I learned something new".',
  type: 'PERCENTAGE',
  source: 'SURVEY',
  unit: '%',
  cumulativeClass: 'NON_CUMULATIVE',
  allowedDisaggregations: ['AUDIENCE_TYPE'],
  frameworkElements: [ENJOYMENT],
  surveyStatistic: 'SHARE_AGREEING',
  surveyItemCode: 'LO_KNOWLEDGE',
  editable: true,
  owner: null,
});

export const GALLERY_MILESTONE = buildIndicator({
  id: uuid(505),
  code: 'COMMUNITY_GALLERY_OPEN',
  name: 'Community co-curated gallery opened',
  definition: 'The co-curated gallery opens to the public (1 when open).',
  type: 'MILESTONE',
  source: 'MILESTONE',
  unit: 'milestone',
  direction: 'INCREASE',
  cumulativeClass: 'LIFETIME_CUMULATIVE',
  allowedDisaggregations: [],
  editable: true,
});

export function indicatorsMock(
  indicators: TestIndicator[],
  filter: IndicatorFilterInput = {},
): MockedResponse {
  return {
    request: { query: IndicatorsQueryDocument, variables: { filter } },
    result: { data: { __typename: 'Query', indicators } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function indicatorMock(indicator: TestIndicator): MockedResponse {
  return {
    request: { query: IndicatorQueryDocument, variables: { id: indicator.id } },
    result: { data: { __typename: 'Query', indicator } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export const ALDER_PROGRAMME = {
  __typename: 'Programme' as const,
  id: uuid(601),
  name: 'Alder schools',
};

export function indicatorOptionsMock(): MockedResponse {
  return {
    request: { query: IndicatorOptionsQueryDocument },
    result: {
      data: {
        __typename: 'Query',
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

/** The scope picker's choices, for roles that read programmes and for those that do not. */
export function scopeOptionsMocks(): MockedResponse[] {
  return [true, false].map((withProgrammes) => ({
    request: { query: ScopeOptionsQueryDocument, variables: { withProgrammes } },
    result: {
      data: {
        __typename: 'Query',
        organisation: {
          __typename: 'Organisation',
          id: 'org-hilltop',
          name: 'Hilltop Museum',
          sites: [MAIN_MUSEUM],
        },
        ...(withProgrammes
          ? {
              programmes: {
                __typename: 'ProgrammeConnection',
                edges: [{ __typename: 'ProgrammeEdge', node: ALDER_PROGRAMME }],
              },
            }
          : {}),
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  }));
}

/** The museum's period settings: UK years, London time, a small-cell threshold of 5. */
export function periodSettingsMock(smallCellThreshold = 5): MockedResponse {
  return {
    request: { query: PeriodSettingsQueryDocument },
    result: {
      data: {
        __typename: 'Query',
        organisation: {
          __typename: 'Organisation',
          id: 'org-hilltop',
          financialYearStartMonth: 4,
          academicYearStartMonth: 9,
          timeZone: 'Europe/London',
          smallCellThreshold,
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function testPeriod(key: string) {
  const period = periodFromKey(key, UK_PERIOD_SETTINGS);
  if (!period) throw new Error(`Not a period: ${key}`);
  return { __typename: 'Period' as const, ...period, type: period.type };
}

export const MUSEUM_SCOPE = {
  __typename: 'Scope' as const,
  kind: 'MUSEUM' as const,
  id: null,
  label: 'Hilltop Museum',
};

export type TestTarget = TargetFieldsFragment & { __typename: 'Target' };

export function buildTarget(overrides: Partial<TestTarget> = {}): TestTarget {
  return {
    __typename: 'Target',
    id: uuid(701),
    scope: MUSEUM_SCOPE,
    period: testPeriod('FY2025'),
    targetValue: 120,
    baselineValue: 100,
    baselineLabel: '2024/25 actual',
    greenThreshold: 120,
    amberThreshold: 100,
    note: null,
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

export function targetsMock(indicatorId: string, targets: TestTarget[]): MockedResponse {
  return {
    request: { query: IndicatorTargetsQueryDocument, variables: { indicatorId } },
    result: { data: { __typename: 'Query', targets } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export type TestValue = IndicatorValueFieldsFragment & { __typename: 'IndicatorValue' };

export function buildValue(
  indicator: TestIndicator,
  periodKey: string,
  overrides: Partial<TestValue> = {},
): TestValue {
  return {
    __typename: 'IndicatorValue',
    indicator: { __typename: 'Indicator', id: indicator.id },
    period: testPeriod(periodKey),
    scope: MUSEUM_SCOPE,
    value: null,
    n: null,
    ciLow: null,
    ciHigh: null,
    benchmark: null,
    disaggregation: null,
    cells: [],
    target: null,
    rag: null,
    note: null,
    ...overrides,
  };
}

export function cell(
  key: string,
  label: string,
  value: number | null,
  n: number | null,
  suppressed = false,
): IndicatorCell & { __typename: 'IndicatorCell' } {
  return { __typename: 'IndicatorCell', key, label, value, n, suppressed };
}

export function valuesMock(
  {
    periodKey,
    scope = { kind: 'MUSEUM' },
    indicatorIds,
    disaggregation = null,
  }: {
    periodKey: string;
    scope?: ScopeInput;
    indicatorIds: string[];
    disaggregation?: Disaggregation | null;
  },
  values: TestValue[],
): MockedResponse {
  return {
    request: {
      query: IndicatorValuesQueryDocument,
      variables: { period: { key: periodKey }, scope, indicatorIds, disaggregation },
    },
    result: { data: { __typename: 'Query', indicatorValues: values } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
