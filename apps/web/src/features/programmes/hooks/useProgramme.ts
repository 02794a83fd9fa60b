import { NetworkStatus, useQuery } from '@apollo/client';
import { useCallback, useMemo } from 'react';
import { toUserError } from '../../../lib/errors';
import {
  ProgrammeContextQueryDocument,
  ProgrammeQueryDocument,
} from '../graphql/programmes.operations';

/** One programme; `notFound` when the API says there is no such programme (or not yours). */
export function useProgramme(id: string) {
  const { data, loading, error, refetch, networkStatus } = useQuery(ProgrammeQueryDocument, {
    variables: { id },
    notifyOnNetworkStatusChange: true,
  });
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  const notFound = !!error && toUserError(error).code === 'NOT_FOUND';
  return {
    programme: data?.programme ?? null,
    loading: loading && !data,
    retrying: networkStatus === NetworkStatus.refetch,
    notFound,
    error: notFound ? undefined : error,
    retry,
  };
}

/**
 * What a programme's page needs besides the programme: framework names by id (empty until
 * loaded) and the month the organisation's financial year starts (April until loaded).
 */
export function useProgrammeContext() {
  const { data } = useQuery(ProgrammeContextQueryDocument);
  const frameworks = useMemo(() => {
    const names = new Map<string, { code: string; name: string }>();
    for (const framework of data?.frameworks ?? []) {
      names.set(framework.id, { code: framework.code, name: framework.name });
    }
    return names;
  }, [data]);
  return {
    frameworks,
    financialYearStartMonth: data?.organisation.financialYearStartMonth ?? 4,
  };
}

/** The document title for a programme's pages, from its name once known (null until then). */
export function useProgrammeTitle(id: string, titleFor: (name: string | null) => string): string {
  const { programme, notFound } = useProgramme(id);
  return notFound ? 'Programme not found' : titleFor(programme?.name ?? null);
}
