import { NetworkStatus, useQuery } from '@apollo/client';
import { useCallback, useEffect } from 'react';
import type { ActivityImportFieldsFragment } from '../../../gql/graphql';
import { ActivityImportQueryDocument } from '../graphql/imports.operations';
import { isImportWorking } from '../steps';

export const IMPORT_POLL_INTERVAL_MS = 750;

/**
 * One import. Polls about every 750 ms while the worker checks or commits it, and stops as soon
 * as it is done (and while the tab is hidden).
 */
export function useActivityImport(id: string) {
  const { data, loading, error, refetch, networkStatus, startPolling, stopPolling } = useQuery(
    ActivityImportQueryDocument,
    {
      variables: { id },
      notifyOnNetworkStatusChange: true,
      skipPollAttempt: () => document.visibilityState === 'hidden',
    },
  );
  const activityImport: ActivityImportFieldsFragment | null = data?.activityImport ?? null;
  const working = activityImport ? isImportWorking(activityImport.status) : false;

  useEffect(() => {
    if (working) startPolling(IMPORT_POLL_INTERVAL_MS);
    else stopPolling();
  }, [working, startPolling, stopPolling]);

  // Never leave a poll running after the page has gone.
  useEffect(() => stopPolling, [stopPolling]);

  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);

  return {
    activityImport,
    loading: loading && !data,
    retrying: networkStatus === NetworkStatus.refetch,
    error,
    retry,
  };
}
