import type { MockedResponse } from '@apollo/client/testing';
import {
  AuditActionsQueryDocument,
  AuditEventsQueryDocument,
} from '../features/audit/graphql/audit.operations';
import type { AuditEventFieldsFragment, AuditEventFilter } from '../gql/graphql';

type AuditEvent = AuditEventFieldsFragment & { __typename: 'AuditEvent' };

export function buildAuditEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    __typename: 'AuditEvent',
    id: 'event-1',
    action: 'site.created',
    createdAt: '2026-11-24T14:05:09.000Z',
    entityId: 'site-1',
    entityType: 'site',
    summary: 'Priya Shah added the site Main building',
    actor: { __typename: 'User', id: 'user-priya', name: 'Priya Shah' },
    changes: [
      { __typename: 'AuditChange', field: 'name', before: null, after: '"Main building"' },
      { __typename: 'AuditChange', field: 'postcode', before: null, after: '"SW1A 1AA"' },
    ],
    ...overrides,
  };
}

export function auditActionsMock(actions: string[]): MockedResponse {
  return {
    request: { query: AuditActionsQueryDocument },
    result: { data: { __typename: 'Query', auditActions: actions } },
  };
}

export function auditEventsMock(
  filter: AuditEventFilter,
  events: AuditEvent[],
  {
    after,
    hasNextPage = false,
    totalCount = events.length,
  }: { after?: string; hasNextPage?: boolean; totalCount?: number } = {},
): MockedResponse {
  return {
    request: {
      query: AuditEventsQueryDocument,
      variables: after ? { filter, first: 25, after } : { filter, first: 25 },
    },
    result: {
      data: {
        __typename: 'Query',
        auditEvents: {
          __typename: 'AuditEventConnection',
          totalCount,
          pageInfo: {
            __typename: 'PageInfo',
            endCursor: events.at(-1)?.id ?? null,
            hasNextPage,
          },
          edges: events.map((node) => ({ __typename: 'AuditEventEdge', node })),
        },
      },
    },
  };
}
