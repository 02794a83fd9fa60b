import { NetworkStatus, useMutation, useQuery } from '@apollo/client';
import { useCallback } from 'react';
import type { PeriodInput, SaveResultInput, ScopeInput } from '../../../gql/graphql';
import {
  ApproveResultsMutationDocument,
  DeleteResultMutationDocument,
  LockPeriodMutationDocument,
  RecordComputedResultsMutationDocument,
  ResultsPageQueryDocument,
  SaveResultMutationDocument,
  UnlockPeriodMutationDocument,
} from '../graphql/results.operations';

/** One period's indicators, results and the museum's period locks. */
export function useResultsPage(period: PeriodInput, scope: ScopeInput) {
  const { data, loading, error, refetch, networkStatus } = useQuery(ResultsPageQueryDocument, {
    variables: { period, scope },
    notifyOnNetworkStatusChange: true,
  });
  return {
    data: data ?? null,
    loading: loading && !data,
    error,
    retry: useCallback(() => {
      refetch().catch(() => undefined);
    }, [refetch]),
    retrying: networkStatus === NetworkStatus.refetch,
  };
}

/** Entering, recording, approving and deleting results; locking and unlocking the period. */
export function useResultActions() {
  const refetch = { refetchQueries: [ResultsPageQueryDocument], awaitRefetchQueries: true };
  const [saveMutation, saveState] = useMutation(SaveResultMutationDocument, refetch);
  const [recordMutation, recordState] = useMutation(RecordComputedResultsMutationDocument, refetch);
  const [approveMutation, approveState] = useMutation(ApproveResultsMutationDocument, refetch);
  const [deleteMutation, deleteState] = useMutation(DeleteResultMutationDocument, refetch);
  const [lockMutation, lockState] = useMutation(LockPeriodMutationDocument, refetch);
  const [unlockMutation, unlockState] = useMutation(UnlockPeriodMutationDocument, refetch);

  const save = useCallback(
    async (input: SaveResultInput) =>
      (await saveMutation({ variables: { input } })).data?.saveResult ?? null,
    [saveMutation],
  );
  const record = useCallback(
    async (period: PeriodInput, scope: ScopeInput) =>
      (await recordMutation({ variables: { input: { period, scope } } })).data
        ?.recordComputedResults ?? [],
    [recordMutation],
  );
  const approve = useCallback(
    async (ids: string[]) =>
      (await approveMutation({ variables: { input: { ids } } })).data?.approveResults ?? [],
    [approveMutation],
  );
  const remove = useCallback(
    async (id: string) => {
      await deleteMutation({ variables: { input: { id } } });
    },
    [deleteMutation],
  );
  const lock = useCallback(
    async (period: PeriodInput, reason: string | null) =>
      (await lockMutation({ variables: { input: { period, reason } } })).data?.lockPeriod ?? null,
    [lockMutation],
  );
  const unlock = useCallback(
    async (id: string, reason: string) =>
      (await unlockMutation({ variables: { input: { id, reason } } })).data?.unlockPeriod ?? null,
    [unlockMutation],
  );
  return {
    save,
    record,
    approve,
    remove,
    lock,
    unlock,
    saving: saveState.loading,
    recording: recordState.loading,
    approving: approveState.loading,
    removing: deleteState.loading,
    locking: lockState.loading || unlockState.loading,
  };
}
