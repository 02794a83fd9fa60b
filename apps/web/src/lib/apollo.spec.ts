import { afterEach, describe, expect, it, vi } from 'vitest';
import { SystemStatusQueryDocument } from '../features/system-status/graphql/system-status.operations';
import { WorkerChecksQueryDocument } from '../features/system-status/graphql/worker-checks.operations';
import type { WorkerChecksQuery } from '../gql/graphql';
import {
  buildSystemStatus,
  buildWorkerCheck,
  buildWorkerChecksPage,
} from '../test/system-status.mocks';
import { createApolloClient, createCache } from './apollo';

function page(ids: string[], endCursor: string | null, hasNextPage: boolean, totalCount = 99) {
  return buildWorkerChecksPage({
    checks: ids.map((id) => buildWorkerCheck({ id })),
    endCursor,
    hasNextPage,
    totalCount,
  });
}

function idsIn(data: WorkerChecksQuery | null) {
  return data?.workerChecks.edges.map((edge) => edge.node.id);
}

describe('workerChecks cache policy', () => {
  it('appends a page fetched with "after", without duplicates', () => {
    const cache = createCache();
    const query = WorkerChecksQueryDocument;
    cache.writeQuery({ query, variables: { first: 2 }, data: page(['c', 'b'], 'b', true) });
    cache.writeQuery({
      query,
      variables: { first: 2, after: 'b' },
      data: page(['b', 'a'], 'a', false),
    });

    const data = cache.readQuery({ query, variables: { first: 2 } });
    expect(idsIn(data)).toEqual(['c', 'b', 'a']);
    expect(data?.workerChecks.pageInfo).toMatchObject({ endCursor: 'a', hasNextPage: false });
  });

  it('a refreshed first page updates the head and keeps pages loaded later', () => {
    const cache = createCache();
    const query = WorkerChecksQueryDocument;
    cache.writeQuery({ query, variables: { first: 2 }, data: page(['c', 'b'], 'b', true) });
    cache.writeQuery({ query, variables: { first: 2, after: 'b' }, data: page(['a'], 'a', false) });
    // A poll: a new check "d" arrived at the top.
    cache.writeQuery({ query, variables: { first: 2 }, data: page(['d', 'c'], 'c', true, 4) });

    const data = cache.readQuery({ query, variables: { first: 2 } });
    expect(idsIn(data)).toEqual(['d', 'c', 'b', 'a']);
    expect(data?.workerChecks.pageInfo).toMatchObject({ endCursor: 'a', hasNextPage: false });
    expect(data?.workerChecks.totalCount).toBe(4);
  });
});

describe('createApolloClient', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('posts to /graphql with same-origin credentials and the CSRF preflight header', async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response(JSON.stringify({ data: buildSystemStatus() }), {
          headers: { 'content-type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);

    const client = createApolloClient();
    const result = await client.query({ query: SystemStatusQueryDocument });

    expect(result.data.systemStatus.version).toBe('0.1.0');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.credentials).toBe('same-origin');
    expect(new Headers(init.headers).get('apollo-require-preflight')).toBe('true');
  });
});
