import { NetworkStatus, useMutation, useQuery } from '@apollo/client';
import { useCallback } from 'react';
import type { DeprivationIndex } from '../../../gql/graphql';
import {
  DeleteDeprivationLookupMutationDocument,
  DeprivationLookupsQueryDocument,
  SetDeprivationIndexMutationDocument,
} from '../graphql/lookups.operations';

/** The loaded lookups and the index the museum chose (null: the latest loaded one). */
export function useLookups() {
  const { data, loading, error, refetch, networkStatus } = useQuery(
    DeprivationLookupsQueryDocument,
    { notifyOnNetworkStatusChange: true },
  );
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return {
    lookups: data?.deprivationLookups ?? [],
    chosenIndex: data?.organisation.deprivationIndex ?? null,
    loading: loading && !data,
    retrying: networkStatus === NetworkStatus.refetch,
    error,
    retry,
    refetch,
  };
}

/**
 * Deleting a lookup and choosing the index in use. Both re-derive deciles on the server, so
 * the list is fetched again afterwards (which version is active may have changed).
 */
export function useLookupActions() {
  const refetchQueries = [DeprivationLookupsQueryDocument];
  const [deleteMutation, deleteState] = useMutation(DeleteDeprivationLookupMutationDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const [chooseMutation, chooseState] = useMutation(SetDeprivationIndexMutationDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });

  const remove = useCallback(
    async (indexVersion: DeprivationIndex) => {
      await deleteMutation({ variables: { input: { indexVersion } } });
    },
    [deleteMutation],
  );
  const choose = useCallback(
    async (indexVersion: DeprivationIndex | null) => {
      await chooseMutation({ variables: { input: { indexVersion } } });
    },
    [chooseMutation],
  );

  return { remove, removing: deleteState.loading, choose, choosing: chooseState.loading };
}
