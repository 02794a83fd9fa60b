import type { MockedResponse } from '@apollo/client/testing';
import { ResultsPageQueryDocument } from '../features/results/graphql/results.operations';
import type { PeriodLockFieldsFragment, ResultFieldsFragment, ScopeInput } from '../gql/graphql';
import {
  buildValue,
  MUSEUM_SCOPE,
  SAM,
  testPeriod,
  uuid,
  type TestIndicator,
  type TestValue,
} from './indicators.mocks';

export type TestResult = ResultFieldsFragment & { __typename: 'IndicatorResult' };
export type TestLock = PeriodLockFieldsFragment & { __typename: 'PeriodLock' };

export function buildResult(
  indicator: TestIndicator,
  periodKey: string,
  overrides: Partial<TestResult> = {},
): TestResult {
  const period = testPeriod(periodKey);
  return {
    __typename: 'IndicatorResult',
    id: uuid(801),
    indicator: { __typename: 'Indicator', id: indicator.id },
    scope: MUSEUM_SCOPE,
    period: { __typename: 'Period', key: period.key, label: period.label },
    disaggregation: null,
    cellKey: null,
    cellLabel: null,
    value: 10,
    n: 100,
    suppressed: false,
    status: 'DRAFT',
    commentary: null,
    enteredBy: SAM,
    approvedBy: null,
    approvedAt: null,
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

export function buildLock(periodKey: string, overrides: Partial<TestLock> = {}): TestLock {
  return {
    __typename: 'PeriodLock',
    id: uuid(901),
    period: testPeriod(periodKey),
    reason: 'Signed off for the trustee pack',
    lockedBy: SAM,
    lockedAt: '2025-07-03T09:30:00.000Z',
    ...overrides,
  };
}

/** A row of the results page: an indicator's value with the whole indicator. */
export function resultsRow(
  indicator: TestIndicator,
  periodKey: string,
  overrides: Partial<TestValue> = {},
) {
  return { ...buildValue(indicator, periodKey, overrides), indicator };
}

export function resultsPageMock(
  {
    periodKey,
    scope = { kind: 'MUSEUM' },
    rows,
    results,
    locks = [],
  }: {
    periodKey: string;
    scope?: ScopeInput;
    rows: ReturnType<typeof resultsRow>[];
    results: TestResult[];
    locks?: TestLock[];
  },
  { once = false }: { once?: boolean } = {},
): MockedResponse {
  return {
    request: { query: ResultsPageQueryDocument, variables: { period: { key: periodKey }, scope } },
    result: {
      data: {
        __typename: 'Query',
        indicatorValues: rows,
        results,
        periodLocks: locks,
      },
    },
    ...(once ? {} : { maxUsageCount: Number.POSITIVE_INFINITY }),
  };
}
