import { NetworkStatus, useQuery } from '@apollo/client';
import { useCallback } from 'react';
import { SessionDefaultsQueryDocument } from '../graphql/sessions.operations';

/**
 * What "Log a session" pre-fills for a programme, from the API: nothing until a programme is
 * chosen; `refresh` asks again (after logging one, the person's last session has changed).
 */
export function useSessionDefaults(programmeId: string) {
  const { data, loading, error, refetch, networkStatus } = useQuery(SessionDefaultsQueryDocument, {
    variables: { programmeId },
    skip: programmeId === '',
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const refresh = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  const busy = loading || networkStatus === NetworkStatus.refetch;
  const defaults = data?.sessionDefaults;
  return {
    // Never stale ones: not while a fresh answer is on its way, never another programme's.
    defaults: !busy && defaults && defaults.programmeId === programmeId ? defaults : null,
    loading: busy && programmeId !== '',
    error: programmeId === '' ? undefined : error,
    refresh,
  };
}
