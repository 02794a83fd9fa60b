import { NetworkStatus, useQuery } from '@apollo/client';
import { useCallback } from 'react';
import { toUserError } from '../../../lib/errors';
import { SessionQueryDocument } from '../graphql/sessions.operations';

/** One session with everything the detail page and the editor show. */
export function useSession(id: string) {
  const { data, loading, error, refetch, networkStatus } = useQuery(SessionQueryDocument, {
    variables: { id },
    notifyOnNetworkStatusChange: true,
  });
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  const notFound = !!error && toUserError(error).code === 'NOT_FOUND';
  return {
    session: data?.session ?? null,
    loading: loading && !data,
    retrying: networkStatus === NetworkStatus.refetch,
    notFound,
    error: notFound ? undefined : error,
    retry,
  };
}
