import { NetworkStatus, useQuery } from '@apollo/client';
import { useCallback } from 'react';
import { DevMailboxQueryDocument } from '../graphql/dev-mailbox.operations';

export const DEV_MAILBOX_PAGE_SIZE = 50;
export const DEV_MAILBOX_POLL_INTERVAL_MS = 3000;

/** Caught mail, newest first, polled every 3 seconds while the page is open and visible. */
export function useDevMailbox({ enabled }: { enabled: boolean }) {
  const { data, loading, error, refetch, networkStatus } = useQuery(DevMailboxQueryDocument, {
    variables: { first: DEV_MAILBOX_PAGE_SIZE },
    skip: !enabled,
    pollInterval: DEV_MAILBOX_POLL_INTERVAL_MS,
    notifyOnNetworkStatusChange: true,
    skipPollAttempt: () => document.visibilityState === 'hidden',
  });

  const refresh = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);

  return {
    mails: data?.devMailbox ?? [],
    loading: loading && !data,
    refreshing: networkStatus === NetworkStatus.refetch,
    error,
    refresh,
  };
}
