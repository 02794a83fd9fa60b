import { useQuery } from '@apollo/client';
import { useCallback } from 'react';
import type { SessionFilterInput, SessionSummaryFieldsFragment } from '../../../gql/graphql';
import { useConnectionPaging } from '../../../lib/use-connection-paging';
import { SessionsQueryDocument } from '../graphql/sessions.operations';

export const SESSIONS_PAGE_SIZE = 25;

/** Sessions matching `filter`, newest first, with the filter's totals and "Load more" paging. */
export function useSessions(filter: SessionFilterInput) {
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(
    SessionsQueryDocument,
    {
      variables: { filter, first: SESSIONS_PAGE_SIZE },
      notifyOnNetworkStatusChange: true,
      // A session logged or edited elsewhere shows when the list is opened again.
      fetchPolicy: 'cache-and-network',
    },
  );
  const paging = useConnectionPaging(data?.sessions, {
    hasData: !!data,
    loading,
    networkStatus,
    fetchMore: useCallback((after: string) => fetchMore({ variables: { after } }), [fetchMore]),
    refetch,
  });
  const sessions: SessionSummaryFieldsFragment[] = paging.nodes;

  return {
    sessions,
    totalCount: paging.totalCount,
    totalAttendance: data?.sessions.totalAttendance ?? 0,
    hasNextPage: paging.hasNextPage,
    loading: paging.loading,
    retrying: paging.retrying,
    loadingMore: paging.loadingMore,
    error,
    loadMoreError: paging.loadMoreError,
    loadMore: paging.loadMore,
    retry: paging.retry,
  };
}
