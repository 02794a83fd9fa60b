import type { MockedResponse } from '@apollo/client/testing';
import {
  CommitmentQueryDocument,
  CommitmentsQueryDocument,
  VerifyActionLogQueryDocument,
} from '../features/commitments/graphql/commitments.operations';
import type { ActionEntryFieldsFragment, CommitmentFieldsFragment } from '../gql/graphql';

export type TestCommitment = CommitmentFieldsFragment & { __typename: 'Commitment' };
export type TestActionEntry = ActionEntryFieldsFragment & { __typename: 'ActionEntry' };

const SOCIAL_JUSTICE = {
  __typename: 'FrameworkElement' as const,
  id: 'element-2',
  code: 'MA_LE.2',
  label: 'Social justice',
};

export function buildCommitment(overrides: Partial<TestCommitment> = {}): TestCommitment {
  return {
    __typename: 'Commitment',
    id: 'commitment-1',
    title: 'Double KS2 visits from schools in IMD deciles 1-2 by 2026/27',
    description: null,
    status: 'ACTIVE',
    reviewDate: '2026-03-31',
    reviewWindowDays: 90,
    indicatorIds: [],
    indicators: [],
    ownerId: 'user-hana',
    owner: { __typename: 'CommitmentOwner', id: 'user-hana', name: 'Hana Head' },
    frameworkElement: SOCIAL_JUSTICE,
    sayDoGap: null,
    lastActionOn: '2025-11-01',
    actionCount: 1,
    ...overrides,
  };
}

export const CHARTER = buildCommitment({
  id: 'commitment-2',
  title: 'Co-design a partnership charter with community groups',
  status: 'AT_RISK',
  frameworkElement: { ...SOCIAL_JUSTICE, id: 'element-7', code: 'MA_LE.7', label: 'Partnerships' },
  sayDoGap: {
    __typename: 'SayDoGap',
    reason: 'NO_RECENT_ACTION',
    message: 'No action recorded in the last 90 days (the latest was on 2025-06-02)',
  },
  lastActionOn: '2025-06-02',
});

export function buildEntry(overrides: Partial<TestActionEntry> = {}): TestActionEntry {
  return {
    __typename: 'ActionEntry',
    id: 'entry-1',
    sequence: 1,
    occurredOn: '2025-10-20',
    whatWasDone: 'Met three head teachers at Hill Street',
    withWhom: 'Hill Street Primary',
    observedEffect: null,
    nextStep: 'Book taster sessions',
    amendsId: null,
    amendedById: null,
    authorName: 'Olu Officer',
    recordedAt: '2025-10-20T15:00:00.000Z',
    evidenceIds: [],
    evidence: [],
    ...overrides,
  };
}

export function commitmentsMock(commitments: TestCommitment[]): MockedResponse {
  return {
    request: { query: CommitmentsQueryDocument },
    result: { data: { __typename: 'Query', commitments } },
  };
}

export function commitmentMock(
  commitment: TestCommitment,
  actions: TestActionEntry[],
): MockedResponse {
  return {
    request: { query: CommitmentQueryDocument, variables: { id: commitment.id } },
    result: { data: { __typename: 'Query', commitment: { ...commitment, actions } } },
  };
}

export function verifyMock(result: {
  ok: boolean;
  checkedCount: number;
  firstBreak?: {
    sequence: number;
    entryId: string;
    reason: 'CONTENT_CHANGED';
    message: string;
  } | null;
}): MockedResponse {
  return {
    request: { query: VerifyActionLogQueryDocument },
    result: {
      data: {
        __typename: 'Query',
        verifyActionLog: {
          __typename: 'ActionLogVerification',
          ok: result.ok,
          checkedCount: result.checkedCount,
          verifiedAt: '2025-11-20T12:00:00.000Z',
          firstBreak: result.firstBreak
            ? { __typename: 'ActionLogBreakDetail', ...result.firstBreak }
            : null,
        },
      },
    },
  };
}
