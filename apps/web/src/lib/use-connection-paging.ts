import { NetworkStatus } from '@apollo/client';
import { useCallback, useMemo, useState } from 'react';
import { toUserError } from './errors';

interface Connection<T> {
  edges: ReadonlyArray<{ node: T }>;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  totalCount: number;
}

interface PagedQuery {
  hasData: boolean;
  loading: boolean;
  networkStatus: NetworkStatus;
  /** Fetches the page after `after` (Apollo's fetchMore with that variable). */
  fetchMore: (after: string) => Promise<unknown>;
  refetch: () => Promise<unknown>;
}

/**
 * "Load more" paging over a cursor connection: the nodes so far, the totals, and the
 * loading, retrying and load-more states with their errors.
 */
export function useConnectionPaging<T>(connection: Connection<T> | undefined, query: PagedQuery) {
  const [loadMoreError, setLoadMoreError] = useState<string | null>(null);
  const nodes: T[] = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const endCursor = connection?.pageInfo.endCursor ?? null;
  const { fetchMore, refetch } = query;

  const loadMore = useCallback(() => {
    if (!endCursor) {
      return;
    }
    setLoadMoreError(null);
    fetchMore(endCursor).catch((fetchError: unknown) => {
      setLoadMoreError(toUserError(fetchError).message);
    });
  }, [endCursor, fetchMore]);

  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);

  return {
    nodes,
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    /** True only for the first load, not for polls or refetches. */
    loading: query.loading && !query.hasData,
    retrying: query.networkStatus === NetworkStatus.refetch,
    loadingMore: query.networkStatus === NetworkStatus.fetchMore,
    loadMoreError,
    loadMore,
    retry,
  };
}
