import { NetworkStatus, useQuery } from '@apollo/client';
import { useCallback } from 'react';
import { SystemStatusQueryDocument } from '../graphql/system-status.operations';

/** The API's health: version, environment, database, Redis and queue. */
export function useSystemStatus() {
  const { data, loading, error, refetch, networkStatus } = useQuery(SystemStatusQueryDocument, {
    notifyOnNetworkStatusChange: true,
  });

  const handleRefetch = useCallback(() => {
    // A failure shows through `error`; the rejected promise needs no second handler.
    refetch().catch(() => undefined);
  }, [refetch]);

  return {
    status: data?.systemStatus,
    /** True only for the first load; refreshes keep the current figures on screen. */
    loading: loading && !data,
    refreshing: networkStatus === NetworkStatus.refetch,
    error,
    refetch: handleRefetch,
  };
}
