import { NetworkStatus, useQuery } from '@apollo/client';
import { useCallback, useMemo, useState } from 'react';
import type { AuditEventFieldsFragment, AuditEventFilter } from '../../../gql/graphql';
import { toUserError } from '../../../lib/errors';
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
  const [loadMoreError, setLoadMoreError] = useState<string | null>(null);
  const connection = data?.auditEvents;
  const events: AuditEventFieldsFragment[] = useMemo(
    () => connection?.edges.map((edge) => edge.node) ?? [],
    [connection],
  );

  const endCursor = connection?.pageInfo.endCursor ?? null;
  const loadMore = useCallback(() => {
    if (!endCursor) {
      return;
    }
    setLoadMoreError(null);
    fetchMore({ variables: { after: endCursor } }).catch((fetchError: unknown) => {
      setLoadMoreError(toUserError(fetchError).message);
    });
  }, [endCursor, fetchMore]);

  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);

  return {
    events,
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loading: loading && !data,
    retrying: networkStatus === NetworkStatus.refetch,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    loadMoreError,
    loadMore,
    retry,
  };
}

/** The actions that appear in this organisation's log, for the filter. */
export function useAuditActions(): string[] {
  const { data } = useQuery(AuditActionsQueryDocument);
  return data?.auditActions ?? [];
}
