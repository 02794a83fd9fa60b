import { NetworkStatus, useQuery } from '@apollo/client';
import { useCallback } from 'react';
import { OrganisationSettingsQueryDocument } from '../graphql/organisation.operations';

export function useOrganisationSettings() {
  const { data, loading, error, refetch, networkStatus } = useQuery(
    OrganisationSettingsQueryDocument,
    { notifyOnNetworkStatusChange: true },
  );
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return {
    organisation: data?.organisation ?? null,
    loading: loading && !data,
    retrying: networkStatus === NetworkStatus.refetch,
    error,
    retry,
  };
}
