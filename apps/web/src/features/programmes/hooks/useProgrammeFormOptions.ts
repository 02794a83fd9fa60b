import { NetworkStatus, useQuery } from '@apollo/client';
import { useCallback, useMemo } from 'react';
import { ProgrammeFormOptionsQueryDocument } from '../graphql/programmes.operations';

export interface ProgrammeFormOptions {
  financialYearStartMonth: number;
  sites: Array<{ id: string; name: string }>;
  /** Members of the organisation, by name: who may lead a programme. */
  people: Array<{ id: string; name: string }>;
  frameworks: Array<{
    id: string;
    code: string;
    name: string;
    elements: Array<{ id: string; code: string; label: string; position: number }>;
  }>;
}

/** What the editor lets people choose from: sites, people, frameworks and their elements. */
export function useProgrammeFormOptions() {
  const { data, loading, error, refetch, networkStatus } = useQuery(
    ProgrammeFormOptionsQueryDocument,
    { notifyOnNetworkStatusChange: true },
  );
  const options = useMemo<ProgrammeFormOptions | null>(() => {
    if (!data) {
      return null;
    }
    const byName = (a: { name: string }, b: { name: string }) =>
      a.name.localeCompare(b.name, 'en-GB');
    return {
      financialYearStartMonth: data.organisation.financialYearStartMonth,
      sites: [...data.organisation.sites].sort(byName),
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
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return {
    options,
    loading: loading && !data,
    retrying: networkStatus === NetworkStatus.refetch,
    error,
    retry,
  };
}
