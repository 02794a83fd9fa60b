import { NetworkStatus, useQuery } from '@apollo/client';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useMemo, useRef } from 'react';
import {
  PartnerOptionsQueryDocument,
  SessionFilterOptionsQueryDocument,
  SessionFormOptionsQueryDocument,
} from '../graphql/sessions.operations';
import type { SessionFormOptions } from '../components/SessionForm';

/** How many partners are loaded up front; a museum with more gets a search as it types. */
export const PARTNER_OPTIONS_PAGE = 100;

type Named = { id: string; name: string };
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en-GB');

type PartnerOption = Named & { type?: string | null };

/**
 * Partners to choose from: the first page by name (enough for most museums, filtered in the
 * browser as people type), plus matches for `search` when the museum has more than that.
 * Every partner seen stays in the list (so one chosen from a search keeps its name), as do
 * those in `keep` (a saved session's or the defaults' partners).
 */
export function usePartnerOptions(search = '', keep: readonly PartnerOption[] = []) {
  const base = useQuery(PartnerOptionsQueryDocument, {
    variables: { first: PARTNER_OPTIONS_PAGE },
  });
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const needsSearch =
    !!base.data &&
    base.data.partners.totalCount > base.data.partners.edges.length &&
    debounced.length >= 2;
  const searched = useQuery(PartnerOptionsQueryDocument, {
    variables: { filter: { search: debounced }, first: 20 },
    skip: !needsSearch,
  });
  const seen = useRef(new Map<string, PartnerOption>());
  const keepKey = keep.map((p) => p.id).join(',');
  const partners = useMemo(() => {
    for (const partner of [
      ...(base.data?.partners.edges.map((edge) => edge.node) ?? []),
      ...(searched.data?.partners.edges.map((edge) => edge.node) ?? []),
      ...keep,
    ]) {
      seen.current.set(partner.id, partner);
    }
    return [...seen.current.values()].sort(byName);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keepKey stands for keep
  }, [base.data, searched.data, keepKey]);
  return { partners, loading: base.loading && !base.data };
}

/** What "Log a session" and the editor offer: programmes, sites, people, frameworks, partners. */
export function useSessionFormOptions({
  partnerSearch = '',
  keepPartners = [],
}: { partnerSearch?: string; keepPartners?: readonly PartnerOption[] } = {}) {
  const { data, loading, error, refetch, networkStatus } = useQuery(
    SessionFormOptionsQueryDocument,
    { notifyOnNetworkStatusChange: true },
  );
  const { partners, loading: partnersLoading } = usePartnerOptions(partnerSearch, keepPartners);
  const options = useMemo<SessionFormOptions | null>(() => {
    if (!data) {
      return null;
    }
    return {
      programmes: data.programmes.edges.map((edge) => edge.node).sort(byName),
      sites: [...data.organisation.sites].sort(byName),
      partners,
      people: data.members
        .map((member) => ({ id: member.user.id, name: member.user.name }))
        .sort(byName),
      frameworks: data.frameworks.map((framework) => ({
        id: framework.id,
        name: framework.name,
        elements: [...framework.elements].sort((a, b) => a.position - b.position),
      })),
    };
  }, [data, partners]);
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return {
    options,
    timeZone: data?.organisation.timeZone ?? null,
    loading: (loading && !data) || partnersLoading,
    retrying: networkStatus === NetworkStatus.refetch,
    error,
    retry,
  };
}

/** What the list's filters offer; empty lists until they load (the filters still work). */
export function useSessionFilterOptions(partnerSearch = '') {
  const { data } = useQuery(SessionFilterOptionsQueryDocument);
  const { partners } = usePartnerOptions(partnerSearch);
  return useMemo(
    () => ({
      programmes: (data?.programmes.edges.map((edge) => edge.node) ?? []).sort(byName),
      sites: [...(data?.organisation.sites ?? [])].sort(byName),
      partners,
    }),
    [data, partners],
  );
}
