import { useQuery } from '@apollo/client';
import { DevMailboxEnabledQueryDocument } from '../graphql/dev-mailbox.operations';

/** Whether the API catches outgoing mail for the local demo (public; false while unknown). */
export function useDevMailboxEnabled() {
  const { data, loading, error, refetch } = useQuery(DevMailboxEnabledQueryDocument);
  return {
    enabled: data?.devMailboxEnabled ?? false,
    loading: loading && !data,
    error,
    retry: () => {
      refetch().catch(() => undefined);
    },
  };
}
