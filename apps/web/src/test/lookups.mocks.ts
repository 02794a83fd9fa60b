import type { MockedResponse } from '@apollo/client/testing';
import { DeprivationLookupsQueryDocument } from '../features/lookups/graphql/lookups.operations';
import type { DeprivationIndex, DeprivationLookupFieldsFragment } from '../gql/graphql';

export type TestLookup = DeprivationLookupFieldsFragment & { __typename: 'DeprivationLookup' };

export function buildLookup(overrides: Partial<TestLookup> = {}): TestLookup {
  return {
    __typename: 'DeprivationLookup',
    id: 'lookup-imd2025',
    indexVersion: 'IMD2025',
    rowCount: 10,
    sourceFilename: 'deprivation-lookup-SYNTHETIC.csv',
    loadedAt: '2026-11-20T10:00:00.000Z',
    active: true,
    loadedBy: { __typename: 'User', id: 'user-priya', name: 'Priya Shah' },
    ...overrides,
  };
}

export function lookupsMock(
  lookups: TestLookup[],
  chosen: DeprivationIndex | null = null,
): MockedResponse {
  return {
    request: { query: DeprivationLookupsQueryDocument },
    result: {
      data: {
        __typename: 'Query',
        deprivationLookups: lookups,
        organisation: { __typename: 'Organisation', id: 'org-hilltop', deprivationIndex: chosen },
      },
    },
  };
}
