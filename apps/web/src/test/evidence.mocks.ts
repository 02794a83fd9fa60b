import type { MockedResponse } from '@apollo/client/testing';
import {
  EvidenceItemsQueryDocument,
  EvidenceTagOptionsQueryDocument,
} from '../features/evidence/graphql/evidence.operations';
import type { EvidenceFieldsFragment, EvidenceFilterInput } from '../gql/graphql';

export type TestEvidence = EvidenceFieldsFragment & { __typename: 'Evidence' };

export function buildEvidence(overrides: Partial<TestEvidence> = {}): TestEvidence {
  return {
    __typename: 'Evidence',
    id: 'evidence-1',
    kind: 'QUOTE',
    title: 'Grandmother at the family day',
    body: 'I never thought this place was for people like us.',
    occurredOn: '2025-06-14',
    consentStatus: 'OBTAINED',
    consentGivenBy: 'The participant',
    consentGivenOn: '2025-06-14',
    consentNote: null,
    publishable: true,
    isDraft: false,
    file: null,
    frameworkElements: [
      {
        __typename: 'FrameworkElement',
        id: 'element-1',
        code: 'MA_LE.1',
        label: 'Cultural rights',
      },
    ],
    programmes: [],
    sessions: [],
    ...overrides,
  };
}

export const CLAY_PHOTO = buildEvidence({
  id: 'evidence-2',
  kind: 'PHOTO',
  title: 'Clay workshop tables',
  body: 'Year 4 pupils modelling Roman lamps',
  consentStatus: 'NOT_NEEDED',
  consentGivenBy: null,
  consentGivenOn: null,
  file: {
    __typename: 'EvidenceFile',
    name: 'tables.png',
    contentType: 'image/png',
    byteSize: 2048,
    url: '/api/evidence/evidence-2/file',
    isImage: true,
  },
  frameworkElements: [],
});

export const PANEL_NOTES = buildEvidence({
  id: 'evidence-3',
  kind: 'OBSERVATION',
  title: 'Notes from the youth panel',
  body: 'Quiet at first; by the end they were running it.',
  consentStatus: 'NOT_OBTAINED',
  consentGivenBy: null,
  consentGivenOn: null,
  publishable: false,
  isDraft: true,
  frameworkElements: [],
});

export function evidenceItemsMock(
  items: TestEvidence[],
  {
    filter = { kind: null, frameworkElementId: null, publishable: null },
  }: { filter?: EvidenceFilterInput } = {},
): MockedResponse {
  return {
    request: { query: EvidenceItemsQueryDocument, variables: { filter, first: 24 } },
    result: {
      data: {
        __typename: 'Query',
        evidenceItems: {
          __typename: 'EvidenceConnection',
          edges: items.map((node) => ({ __typename: 'EvidenceEdge', cursor: node.id, node })),
          pageInfo: {
            __typename: 'PageInfo',
            endCursor: items.at(-1)?.id ?? null,
            hasNextPage: false,
          },
          totalCount: items.length,
        },
      },
    },
  };
}

export function evidenceTagOptionsMock(): MockedResponse {
  return {
    request: { query: EvidenceTagOptionsQueryDocument },
    result: {
      data: {
        __typename: 'Query',
        frameworks: [
          {
            __typename: 'Framework',
            id: 'framework-1',
            code: 'MA_LE_2020',
            name: 'MA Learning & Engagement Manifesto',
            elements: [
              {
                __typename: 'FrameworkElement',
                id: 'element-1',
                code: 'MA_LE.1',
                label: 'Cultural rights',
              },
              {
                __typename: 'FrameworkElement',
                id: 'element-2',
                code: 'MA_LE.2',
                label: 'Social justice',
              },
            ],
          },
        ],
        programmes: {
          __typename: 'ProgrammeConnection',
          edges: [
            {
              __typename: 'ProgrammeEdge',
              node: { __typename: 'Programme', id: 'programme-1', name: 'Family days' },
            },
          ],
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
