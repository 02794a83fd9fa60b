import { useApolloClient, useMutation } from '@apollo/client';
import type { Role } from '@lantern/domain';
import { useCallback } from 'react';
import { MeQueryDocument } from '../../auth';
import {
  ChangeMemberRoleMutationDocument,
  InvitationsQueryDocument,
  InviteMemberMutationDocument,
  RemoveMemberMutationDocument,
  ResendInvitationMutationDocument,
  RevokeInvitationMutationDocument,
} from '../graphql/members.operations';

/**
 * The member and invitation mutations, each keeping the cache in step so lists update at once.
 * Each rejects with the ApolloError when the API refuses (e.g. CONFLICT for the last admin).
 */
export function useMemberActions() {
  const client = useApolloClient();

  const [changeRoleMutation, changeRoleState] = useMutation(ChangeMemberRoleMutationDocument);
  const [removeMutation, removeState] = useMutation(RemoveMemberMutationDocument, {
    update(cache, { data }) {
      if (data) {
        cache.evict({ id: cache.identify({ __typename: 'Member', id: data.removeMember.id }) });
        cache.gc();
      }
    },
  });
  const [inviteMutation, inviteState] = useMutation(InviteMemberMutationDocument, {
    update(cache, { data }) {
      const invitation = data?.inviteMember;
      if (!invitation) {
        return;
      }
      cache.updateQuery({ query: InvitationsQueryDocument }, (current) =>
        current
          ? {
              ...current,
              invitations: [
                invitation,
                ...current.invitations.filter((existing) => existing.id !== invitation.id),
              ],
            }
          : undefined,
      );
    },
  });
  const [resendMutation, resendState] = useMutation(ResendInvitationMutationDocument);
  const [revokeMutation, revokeState] = useMutation(RevokeInvitationMutationDocument);

  const changeRole = useCallback(
    async (id: string, role: Role) => {
      const { data } = await changeRoleMutation({ variables: { input: { id, role } } });
      // Your own role changed: what you may see and do has changed too.
      if (data?.changeMemberRole.isYou) {
        await client.refetchQueries({ include: [MeQueryDocument] });
      }
      return data?.changeMemberRole ?? null;
    },
    [changeRoleMutation, client],
  );

  const remove = useCallback(
    async (id: string) => {
      await removeMutation({ variables: { input: { id } } });
    },
    [removeMutation],
  );

  const invite = useCallback(
    async (email: string, role: Role) => {
      const { data } = await inviteMutation({ variables: { input: { email, role } } });
      return data?.inviteMember ?? null;
    },
    [inviteMutation],
  );

  const resend = useCallback(
    async (id: string) => {
      await resendMutation({ variables: { input: { id } } });
    },
    [resendMutation],
  );

  const revoke = useCallback(
    async (id: string) => {
      await revokeMutation({ variables: { input: { id } } });
    },
    [revokeMutation],
  );

  return {
    changeRole,
    changingRole: changeRoleState.loading,
    remove,
    removing: removeState.loading,
    invite,
    inviting: inviteState.loading,
    resend,
    resending: resendState.loading,
    revoke,
    revoking: revokeState.loading,
  };
}
