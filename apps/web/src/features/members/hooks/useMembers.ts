import { NetworkStatus, useQuery } from '@apollo/client';
import { useCallback } from 'react';
import { InvitationsQueryDocument, MembersQueryDocument } from '../graphql/members.operations';

export function useMembers() {
  const { data, loading, error, refetch, networkStatus } = useQuery(MembersQueryDocument, {
    notifyOnNetworkStatusChange: true,
  });
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return {
    members: data?.members ?? [],
    loading: loading && !data,
    retrying: networkStatus === NetworkStatus.refetch,
    error,
    retry,
  };
}

/** Invitations (admins only: skipped for roles that cannot manage members). */
export function useInvitations({ skip }: { skip: boolean }) {
  const { data, loading, error, refetch, networkStatus } = useQuery(InvitationsQueryDocument, {
    skip,
    notifyOnNetworkStatusChange: true,
  });
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return {
    invitations: data?.invitations ?? [],
    loading: loading && !data,
    retrying: networkStatus === NetworkStatus.refetch,
    error,
    retry,
  };
}
