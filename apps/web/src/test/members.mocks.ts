import type { MockedResponse } from '@apollo/client/testing';
import type { Role } from '@lantern/domain';
import {
  InvitationsQueryDocument,
  MembersQueryDocument,
} from '../features/members/graphql/members.operations';
import type { InvitationFieldsFragment, MemberFieldsFragment } from '../gql/graphql';

type Member = MemberFieldsFragment & { __typename: 'Member' };
type Invitation = InvitationFieldsFragment & { __typename: 'Invitation' };

export function buildMember(
  id: string,
  name: string,
  role: Role,
  { isYou = false, email }: { isYou?: boolean; email?: string } = {},
): Member {
  return {
    __typename: 'Member',
    id,
    isYou,
    joinedAt: '2026-04-01T09:00:00.000Z',
    role,
    user: {
      __typename: 'User',
      id: `user-${id}`,
      name,
      email: email ?? `${name.split(' ')[0]?.toLowerCase()}@hilltop.example`,
    },
  };
}

export const PRIYA = buildMember('m-priya', 'Priya Shah', 'ADMIN', { isYou: true });
export const SAM = buildMember('m-sam', 'Sam Lee', 'LEARNING_OFFICER');

export function buildInvitation(overrides: Partial<Invitation> = {}): Invitation {
  return {
    __typename: 'Invitation',
    id: 'inv-1',
    email: 'alex@hilltop.example',
    role: 'TRUSTEE',
    status: 'PENDING',
    createdAt: '2026-11-20T10:00:00.000Z',
    expiresAt: '2026-11-27T10:00:00.000Z',
    lastSentAt: '2026-11-20T10:00:00.000Z',
    invitedBy: { __typename: 'User', id: 'user-m-priya', name: 'Priya Shah' },
    ...overrides,
  };
}

export function membersMock(members: Member[] = [PRIYA, SAM]): MockedResponse {
  return {
    request: { query: MembersQueryDocument },
    result: { data: { __typename: 'Query', members } },
  };
}

export function invitationsMock(invitations: Invitation[] = []): MockedResponse {
  return {
    request: { query: InvitationsQueryDocument },
    result: { data: { __typename: 'Query', invitations } },
  };
}
