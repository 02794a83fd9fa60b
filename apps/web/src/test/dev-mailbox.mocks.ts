import type { MockedResponse } from '@apollo/client/testing';
import { DevMailboxQueryDocument } from '../features/dev-mailbox/graphql/dev-mailbox.operations';
import type { DevMailboxQuery } from '../gql/graphql';

type DevMail = DevMailboxQuery['devMailbox'][number] & { __typename: 'DevMail' };

export function buildDevMail(overrides: Partial<DevMail> = {}): DevMail {
  return {
    __typename: 'DevMail',
    id: 'mail-1',
    to: 'sam@hilltop.example',
    subject: 'Priya Shah invited you to Hilltop Museum on Lantern',
    text: 'Priya Shah invited you to join Hilltop Museum as Learning officer.\n\nAccept: http://localhost:5173/accept-invitation?token=abc123abc123abc123abc123\n',
    links: ['http://localhost:5173/accept-invitation?token=abc123abc123abc123abc123'],
    receivedAt: '2026-11-24T14:05:09.000Z',
    ...overrides,
  };
}

export function devMailboxMock(mails: DevMail[], { times = 1 } = {}): MockedResponse {
  return {
    request: { query: DevMailboxQueryDocument, variables: { first: 50 } },
    result: { data: { __typename: 'Query', devMailbox: mails } },
    maxUsageCount: times,
  };
}
