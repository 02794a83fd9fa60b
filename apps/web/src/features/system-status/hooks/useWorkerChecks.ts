import { useQuery } from '@apollo/client';
import { useCallback, useEffect } from 'react';
import type { WorkerCheckFieldsFragment, WorkerCheckStatus } from '../../../gql/graphql';
import { useConnectionPaging } from '../../../lib/use-connection-paging';
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
  const paging = useConnectionPaging(data?.workerChecks, {
    hasData: !!data,
    loading,
    networkStatus,
    fetchMore: useCallback((after: string) => fetchMore({ variables: { after } }), [fetchMore]),
    refetch,
  });
  const checks: WorkerCheckFieldsFragment[] = paging.nodes;
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

  return {
    checks,
    totalCount: paging.totalCount,
    hasNextPage: paging.hasNextPage,
    /** True only for the first load, not for polls or refetches. */
    loading: paging.loading,
    retrying: paging.retrying,
    loadingMore: paging.loadingMore,
    inProgress,
    error,
    loadMoreError: paging.loadMoreError,
    loadMore: paging.loadMore,
    retry: paging.retry,
  };
}
