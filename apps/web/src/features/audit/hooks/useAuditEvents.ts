import { useQuery } from '@apollo/client';
import { useCallback } from 'react';
import type { AuditEventFieldsFragment, AuditEventFilter } from '../../../gql/graphql';
import { useConnectionPaging } from '../../../lib/use-connection-paging';
import { AuditActionsQueryDocument, AuditEventsQueryDocument } from '../graphql/audit.operations';

export const AUDIT_PAGE_SIZE = 25;

/** Audit events matching `filter`, newest first, with "Load more" paging. */
export function useAuditEvents(filter: AuditEventFilter) {
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(
    AuditEventsQueryDocument,
    {
      variables: { filter, first: AUDIT_PAGE_SIZE },
      notifyOnNetworkStatusChange: true,
    },
  );
  const paging = useConnectionPaging(data?.auditEvents, {
    hasData: !!data,
    loading,
    networkStatus,
    fetchMore: useCallback((after: string) => fetchMore({ variables: { after } }), [fetchMore]),
    refetch,
  });
  const events: AuditEventFieldsFragment[] = paging.nodes;

  return {
    events,
    totalCount: paging.totalCount,
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

/** The actions that appear in this organisation's log, for the filter. */
export function useAuditActions(): string[] {
  const { data } = useQuery(AuditActionsQueryDocument);
  return data?.auditActions ?? [];
}
