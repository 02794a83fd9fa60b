import { NetworkStatus, useMutation, useQuery } from '@apollo/client';
import { useCallback, useMemo } from 'react';
import type {
  CreateIndicatorInput,
  IndicatorFilterInput,
  SetTargetInput,
  UpdateIndicatorInput,
} from '../../../gql/graphql';
import { toUserError } from '../../../lib/errors';
import { useViewer } from '../../auth';
import {
  ArchiveIndicatorMutationDocument,
  CreateIndicatorMutationDocument,
  DeleteIndicatorMutationDocument,
  DeleteTargetMutationDocument,
  IndicatorOptionsQueryDocument,
  IndicatorQueryDocument,
  IndicatorsQueryDocument,
  IndicatorTargetsQueryDocument,
  IndicatorValuesQueryDocument,
  RestoreIndicatorMutationDocument,
  ScopeOptionsQueryDocument,
  SetTargetMutationDocument,
  UpdateIndicatorMutationDocument,
} from '../graphql/indicators.operations';

function useRetry(refetch: () => Promise<unknown>) {
  return useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
}

/** The indicator library, filtered. */
export function useIndicators(filter: IndicatorFilterInput) {
  const { data, loading, error, refetch, networkStatus } = useQuery(IndicatorsQueryDocument, {
    variables: { filter },
    notifyOnNetworkStatusChange: true,
  });
  return {
    indicators: data?.indicators ?? [],
    loading: loading && !data,
    error,
    retry: useRetry(refetch),
    retrying: networkStatus === NetworkStatus.refetch,
  };
}

/** One indicator; `notFound` when the API says there is none (or it is another museum's). */
export function useIndicator(id: string) {
  const { data, loading, error, refetch, networkStatus } = useQuery(IndicatorQueryDocument, {
    variables: { id },
    notifyOnNetworkStatusChange: true,
  });
  return {
    indicator: data?.indicator ?? null,
    loading: loading && !data,
    error,
    notFound: !!error && toUserError(error).code === 'NOT_FOUND',
    retry: useRetry(refetch),
    retrying: networkStatus === NetworkStatus.refetch,
  };
}

export interface IndicatorOptions {
  people: Array<{ id: string; name: string }>;
  frameworks: Array<{
    id: string;
    code: string;
    name: string;
    elements: Array<{ id: string; code: string; label: string; position: number }>;
  }>;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en-GB');

/** People and frameworks: what the editor offers (for roles that manage indicators). */
export function useIndicatorOptions() {
  const { data, loading, error, refetch, networkStatus } = useQuery(IndicatorOptionsQueryDocument, {
    notifyOnNetworkStatusChange: true,
  });
  const options = useMemo<IndicatorOptions | null>(() => {
    if (!data) return null;
    return {
      people: data.members
        .map((member) => ({ id: member.user.id, name: member.user.name }))
        .sort(byName),
      frameworks: data.frameworks.map((framework) => ({
        id: framework.id,
        code: framework.code,
        name: framework.name,
        elements: [...framework.elements].sort((a, b) => a.position - b.position),
      })),
    };
  }, [data]);
  return {
    options,
    loading: loading && !data,
    error,
    retry: useRetry(refetch),
    retrying: networkStatus === NetworkStatus.refetch,
  };
}

export interface ScopeOptions {
  organisationName: string;
  sites: Array<{ id: string; name: string }>;
  programmes: Array<{ id: string; name: string }>;
}

/** The museum, its sites, and its programmes when the viewer may read them. */
export function useScopeOptions() {
  const { can } = useViewer();
  const { data } = useQuery(ScopeOptionsQueryDocument, {
    variables: { withProgrammes: can('programmes.read') },
  });
  return useMemo<ScopeOptions | null>(() => {
    if (!data) return null;
    return {
      organisationName: data.organisation.name,
      sites: [...data.organisation.sites].sort(byName),
      programmes: (data.programmes?.edges ?? []).map((edge) => edge.node).sort(byName),
    };
  }, [data]);
}

/** Creating, editing, archiving, restoring and deleting indicators. */
export function useIndicatorActions() {
  const refetch = { refetchQueries: [IndicatorsQueryDocument], awaitRefetchQueries: true };
  const [createMutation, createState] = useMutation(CreateIndicatorMutationDocument, refetch);
  const [updateMutation, updateState] = useMutation(UpdateIndicatorMutationDocument);
  const [archiveMutation, archiveState] = useMutation(ArchiveIndicatorMutationDocument, refetch);
  const [restoreMutation, restoreState] = useMutation(RestoreIndicatorMutationDocument, refetch);
  const [deleteMutation, deleteState] = useMutation(DeleteIndicatorMutationDocument, {
    update(cache, { data }) {
      if (!data) return;
      cache.evict({ id: cache.identify({ __typename: 'Indicator', id: data.deleteIndicator.id }) });
      cache.gc();
    },
  });

  const create = useCallback(
    async (input: CreateIndicatorInput) =>
      (await createMutation({ variables: { input } })).data?.createIndicator ?? null,
    [createMutation],
  );
  const update = useCallback(
    async (input: UpdateIndicatorInput) =>
      (await updateMutation({ variables: { input } })).data?.updateIndicator ?? null,
    [updateMutation],
  );
  const archive = useCallback(
    async (id: string) =>
      (await archiveMutation({ variables: { input: { id } } })).data?.archiveIndicator ?? null,
    [archiveMutation],
  );
  const restore = useCallback(
    async (id: string) =>
      (await restoreMutation({ variables: { input: { id } } })).data?.restoreIndicator ?? null,
    [restoreMutation],
  );
  const remove = useCallback(
    async (id: string) => {
      await deleteMutation({ variables: { input: { id } } });
    },
    [deleteMutation],
  );
  return {
    create,
    update,
    archive,
    restore,
    remove,
    saving: createState.loading || updateState.loading,
    archiving: archiveState.loading || restoreState.loading,
    removing: deleteState.loading,
  };
}

/** An indicator's targets, every period and scope. */
export function useIndicatorTargets(indicatorId: string) {
  const { data, loading, error, refetch, networkStatus } = useQuery(IndicatorTargetsQueryDocument, {
    variables: { indicatorId },
    notifyOnNetworkStatusChange: true,
  });
  return {
    targets: data?.targets ?? [],
    loading: loading && !data,
    error,
    retry: useRetry(refetch),
    retrying: networkStatus === NetworkStatus.refetch,
  };
}

/** Setting (upserting) and deleting targets; lists and values on screen are fetched again. */
export function useTargetActions() {
  const refetch = {
    refetchQueries: [IndicatorTargetsQueryDocument, IndicatorValuesQueryDocument],
    awaitRefetchQueries: true,
  };
  const [setMutation, setState] = useMutation(SetTargetMutationDocument, refetch);
  const [deleteMutation, deleteState] = useMutation(DeleteTargetMutationDocument, refetch);
  const save = useCallback(
    async (input: SetTargetInput) =>
      (await setMutation({ variables: { input } })).data?.setTarget ?? null,
    [setMutation],
  );
  const remove = useCallback(
    async (id: string) => {
      await deleteMutation({ variables: { input: { id } } });
    },
    [deleteMutation],
  );
  return { save, remove, saving: setState.loading, removing: deleteState.loading };
}
