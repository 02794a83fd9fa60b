import type { MockedResponse } from '@apollo/client/testing';
import { PartnersQueryDocument } from '../features/partners/graphql/partners.operations';
import type { PartnerFieldsFragment, PartnerFilterInput } from '../gql/graphql';

export type TestPartner = PartnerFieldsFragment & { __typename: 'Partner' };

export function buildPartner(overrides: Partial<TestPartner> = {}): TestPartner {
  return {
    __typename: 'Partner',
    id: 'partner-1',
    name: "St Aidan's CE Primary",
    type: 'SCHOOL',
    urn: '100001',
    postcode: 'ZZ1 1AA',
    deprivationDecile: 1,
    deprivationIndex: 'IMD2025',
    notes: null,
    firstEngagement: '2024-04-02',
    lastEngagement: '2025-03-11',
    sessionCount: 6,
    ...overrides,
  };
}

export const HILLCREST = buildPartner({
  id: 'partner-2',
  name: 'Hillcrest Academy',
  urn: '100002',
  postcode: 'ZZ1 2AB',
  deprivationDecile: 2,
  firstEngagement: '2024-04-07',
  lastEngagement: '2024-11-20',
  sessionCount: 3,
});

export const RIVERSIDE_GROUP = buildPartner({
  id: 'partner-3',
  name: 'Riverside Memory Café',
  type: 'COMMUNITY_GROUP',
  urn: null,
  postcode: null,
  deprivationDecile: null,
  deprivationIndex: null,
  firstEngagement: null,
  lastEngagement: null,
  sessionCount: 0,
});

export function partnersMock(
  partners: TestPartner[],
  {
    filter = {},
    after,
    hasNextPage = false,
    totalCount = partners.length,
  }: {
    filter?: PartnerFilterInput;
    after?: string;
    hasNextPage?: boolean;
    totalCount?: number;
  } = {},
): MockedResponse {
  return {
    request: {
      query: PartnersQueryDocument,
      variables: { filter, first: 25, ...(after ? { after } : {}) },
    },
    result: {
      data: {
        __typename: 'Query',
        partners: {
          __typename: 'PartnerConnection',
          edges: partners.map((node) => ({ __typename: 'PartnerEdge', cursor: node.id, node })),
          pageInfo: {
            __typename: 'PageInfo',
            endCursor: partners.at(-1)?.id ?? null,
            hasNextPage,
          },
          totalCount,
        },
      },
    },
  };
}
