import type { MockedResponse } from '@apollo/client/testing';
import { permissionsFor, type Role } from '@lantern/domain';
import { GraphQLError } from 'graphql';
import { MeQueryDocument } from '../features/auth';
import { DevMailboxEnabledQueryDocument } from '../features/dev-mailbox/graphql/dev-mailbox.operations';
import type { ViewerFieldsFragment } from '../gql/graphql';

export type TestViewer = ViewerFieldsFragment & { __typename: 'Viewer' };

export interface ViewerOptions {
  role?: Role;
  name?: string;
  email?: string;
  organisation?: { id: string; name: string } | null;
  /** Other organisations the person belongs to, besides the current one. */
  otherMemberships?: { id: string; name: string; role: Role }[];
}

export const HILLTOP = { id: 'org-hilltop', name: 'Hilltop Museum' };
export const RIVERSIDE = { id: 'org-riverside', name: 'Riverside Gallery' };

/** A signed-in viewer whose permissions are exactly what libs/domain gives the role. */
export function buildViewer({
  role = 'ADMIN',
  name = 'Priya Shah',
  email = 'priya@hilltop.example',
  organisation = HILLTOP,
  otherMemberships = [],
}: ViewerOptions = {}): TestViewer {
  const memberships = [
    ...(organisation ? [{ id: organisation.id, name: organisation.name, role }] : []),
    ...otherMemberships,
  ];
  return {
    __typename: 'Viewer',
    user: { __typename: 'User', id: 'user-priya', name, email },
    memberships: memberships.map((membership) => ({
      __typename: 'Membership',
      role: membership.role,
      organisation: {
        __typename: 'OrganisationSummary',
        id: membership.id,
        name: membership.name,
      },
    })),
    organisation: organisation ? { __typename: 'Organisation', ...organisation } : null,
    role: organisation ? role : null,
    permissions: organisation ? permissionsFor(role) : [],
  };
}

/** `me`, answered as often as asked (every page checks it). */
export function meMock(viewer: TestViewer | null): MockedResponse {
  return {
    request: { query: MeQueryDocument },
    result: { data: { __typename: 'Query', me: viewer } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** `me` answered once: for tests where the viewer changes (sign-in, switching). */
export function meOnceMock(viewer: TestViewer | null): MockedResponse {
  return {
    request: { query: MeQueryDocument },
    result: { data: { __typename: 'Query', me: viewer } },
  };
}

export function devMailboxEnabledMock(enabled = false): MockedResponse {
  return {
    request: { query: DevMailboxEnabledQueryDocument },
    result: { data: { __typename: 'Query', devMailboxEnabled: enabled } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** The mocks every signed-in page needs: `me` and the dev mailbox switch. */
export function signedInMocks(viewer: TestViewer = buildViewer()): MockedResponse[] {
  return [meMock(viewer), devMailboxEnabledMock(false)];
}

/** A GraphQL error answer with the API's extensions. */
export function apiErrorResult(
  message: string,
  extensions: Record<string, unknown>,
): MockedResponse['result'] {
  return { errors: [new GraphQLError(message, { extensions })] };
}
