import type { MockedResponse } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { SystemStatusQueryDocument } from '../features/system-status/graphql/system-status.operations';
import {
  RequestWorkerCheckMutationDocument,
  WorkerChecksQueryDocument,
} from '../features/system-status/graphql/worker-checks.operations';
import type {
  SystemStatusQuery,
  WorkerCheckFieldsFragment,
  WorkerChecksQuery,
} from '../gql/graphql';

type WorkerCheck = WorkerCheckFieldsFragment & { __typename: 'WorkerCheck' };

export function buildWorkerCheck(overrides: Partial<WorkerCheck> = {}): WorkerCheck {
  return {
    __typename: 'WorkerCheck',
    id: 'check-1',
    status: 'SUCCEEDED',
    note: null,
    requestedAt: '2026-11-24T14:05:09.000Z',
    startedAt: '2026-11-24T14:05:09.012Z',
    completedAt: '2026-11-24T14:05:09.037Z',
    roundTripMs: 37,
    workerHost: 'worker-7f9c',
    databaseVersion: 'PostgreSQL 17.2',
    error: null,
    ...overrides,
  };
}

export function buildSystemStatus(
  overrides: Partial<SystemStatusQuery['systemStatus']> = {},
): SystemStatusQuery {
  return {
    __typename: 'Query',
    systemStatus: {
      __typename: 'SystemStatus',
      version: '0.1.0',
      environment: 'development',
      database: { __typename: 'ServiceHealth', ok: true, latencyMs: 3.2 },
      redis: { __typename: 'ServiceHealth', ok: true, latencyMs: 0.8 },
      queue: {
        __typename: 'QueueHealth',
        waiting: 0,
        active: 0,
        failed: 2,
        delayed: 0,
        workers: 1,
      },
      ...overrides,
    },
  };
}

export function systemStatusMock(data: SystemStatusQuery = buildSystemStatus()): MockedResponse {
  return { request: { query: SystemStatusQueryDocument }, result: { data } };
}

export interface WorkerChecksPage {
  checks: WorkerCheck[];
  after?: string;
  hasNextPage?: boolean;
  endCursor?: string | null;
  totalCount?: number;
}

export function buildWorkerChecksPage({
  checks,
  hasNextPage = false,
  endCursor = checks.length > 0 ? `cursor-${checks.at(-1)?.id}` : null,
  totalCount = checks.length,
}: WorkerChecksPage): WorkerChecksQuery {
  return {
    __typename: 'Query',
    workerChecks: {
      __typename: 'WorkerCheckConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage },
      edges: checks.map((node) => ({ __typename: 'WorkerCheckEdge', node })),
    },
  };
}

export function workerChecksVariables(after?: string) {
  return after ? { first: 20, after } : { first: 20 };
}

export function workerChecksMock(page: WorkerChecksPage): MockedResponse {
  return {
    request: { query: WorkerChecksQueryDocument, variables: workerChecksVariables(page.after) },
    result: { data: buildWorkerChecksPage(page) },
  };
}

export function workerChecksErrorMock(error: Error = new Error('Failed to fetch')): MockedResponse {
  return {
    request: { query: WorkerChecksQueryDocument, variables: workerChecksVariables() },
    error,
  };
}

export function requestWorkerCheckMock(
  note: string | undefined,
  check: WorkerCheck,
): MockedResponse {
  return {
    request: {
      query: RequestWorkerCheckMutationDocument,
      variables: { input: note === undefined ? {} : { note } },
    },
    result: { data: { __typename: 'Mutation', requestWorkerCheck: check } },
  };
}

export function requestWorkerCheckErrorMock(
  note: string,
  extensions: Record<string, unknown>,
  message = 'Invalid input',
): MockedResponse {
  return {
    request: { query: RequestWorkerCheckMutationDocument, variables: { input: { note } } },
    result: { errors: [new GraphQLError(message, { extensions })] },
  };
}
