import { NetworkStatus, useQuery } from '@apollo/client';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { WorkerCheckFieldsFragment, WorkerCheckStatus } from '../../../gql/graphql';
import { toUserError } from '../../../lib/errors';
import { WorkerChecksQueryDocument } from '../graphql/worker-checks.operations';

export const WORKER_CHECKS_PAGE_SIZE = 20;
export const WORKER_CHECK_POLL_INTERVAL_MS = 1000;

/** A check the worker has not finished yet: the page polls while any is on screen. */
export function isWorkerCheckInProgress(status: WorkerCheckStatus): boolean {
  return status === 'QUEUED' || status === 'RUNNING';
}

/**
 * The newest worker checks, with "Load more" paging. Polls about once a second while any
 * check on screen is queued or running, and stops as soon as none is.
 */
export function useWorkerChecks() {
  const { data, loading, error, refetch, fetchMore, networkStatus, startPolling, stopPolling } =
    useQuery(WorkerChecksQueryDocument, {
      variables: { first: WORKER_CHECKS_PAGE_SIZE },
      notifyOnNetworkStatusChange: true,
      // No point polling a tab nobody is looking at; polling resumes when it is shown again.
      skipPollAttempt: () => document.visibilityState === 'hidden',
    });
  const [loadMoreError, setLoadMoreError] = useState<string | null>(null);

  const connection = data?.workerChecks;
  const checks: WorkerCheckFieldsFragment[] = useMemo(
    () => connection?.edges.map((edge) => edge.node) ?? [],
    [connection],
  );
  const inProgress = checks.some((check) => isWorkerCheckInProgress(check.status));

  useEffect(() => {
    if (inProgress) {
      startPolling(WORKER_CHECK_POLL_INTERVAL_MS);
    } else {
      stopPolling();
    }
  }, [inProgress, startPolling, stopPolling]);

  // Never leave a poll running after the page has gone.
  useEffect(() => stopPolling, [stopPolling]);

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
    checks,
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    /** True only for the first load, not for polls or refetches. */
    loading: loading && !data,
    retrying: networkStatus === NetworkStatus.refetch,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    inProgress,
    error,
    loadMoreError,
    loadMore,
    retry,
  };
}
