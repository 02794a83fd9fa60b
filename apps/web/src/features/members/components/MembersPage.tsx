import { Stack, Text, Title } from '@mantine/core';
import type { Role } from '@lantern/domain';
import { Announcement, ConfirmDialog, EmptyState, LoadingState, PageHeader } from '@lantern/ui';
import { useState } from 'react';
import type { InvitationFieldsFragment, MemberFieldsFragment } from '../../../gql/graphql';
import { actionMessage, toUserError } from '../../../lib/errors';
import { QueryErrorState, useViewer } from '../../auth';
import { useMemberActions } from '../hooks/useMemberActions';
import { useInvitations, useMembers } from '../hooks/useMembers';
import { roleLabel } from '../roles';
import { ChangeRoleDialog } from './ChangeRoleDialog';
import { InvitationList } from './InvitationList';
import { InviteMemberForm } from './InviteMemberForm';
import { MemberList } from './MemberList';

const MEMBERS_HEADING_ID = 'members-list-heading';
const INVITATIONS_HEADING_ID = 'invitations-heading';

/** After the control that opened a dialog has gone (a removed row), keep focus on the section. */
function focusHeadingSoon(id: string) {
  window.setTimeout(() => document.getElementById(id)?.focus(), 0);
}

function InvitationsSection({ onAnnounce }: { onAnnounce: (message: string) => void }) {
  const { invitations, loading, error, retry, retrying } = useInvitations({ skip: false });
  const actions = useMemberActions();
  const [resendingId, setResendingId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  // The target outlives the dialog's closing animation, so its title does not change mid-close.
  const [revoking, setRevoking] = useState<InvitationFieldsFragment | null>(null);
  const [revokeOpen, setRevokeOpen] = useState(false);
  const [revokeError, setRevokeError] = useState<string | null>(null);

  const handleResend = async (invitation: InvitationFieldsFragment) => {
    setResendingId(invitation.id);
    setActionError(null);
    try {
      await actions.resend(invitation.id);
      onAnnounce(`Invitation sent again to ${invitation.email}.`);
    } catch (caught) {
      setActionError(actionMessage(toUserError(caught)));
    } finally {
      setResendingId(null);
    }
  };

  const handleRevoke = async () => {
    if (!revoking) {
      return;
    }
    setRevokeError(null);
    try {
      await actions.revoke(revoking.id);
      onAnnounce(`The invitation to ${revoking.email} was revoked.`);
      setRevokeOpen(false);
      focusHeadingSoon(INVITATIONS_HEADING_ID);
    } catch (caught) {
      setRevokeError(actionMessage(toUserError(caught)));
    }
  };

  let content;
  if (loading) {
    content = <LoadingState label="Loading invitations…" rows={3} />;
  } else if (error && invitations.length === 0) {
    content = <QueryErrorState error={error} onRetry={retry} retrying={retrying} />;
  } else if (invitations.length === 0) {
    content = (
      <EmptyState
        title="No invitations."
        description="Invitations you send appear here until they are accepted, so you can resend or revoke them."
      />
    );
  } else {
    content = (
      <InvitationList
        invitations={invitations}
        labelledBy={INVITATIONS_HEADING_ID}
        resendingId={resendingId}
        onResend={(invitation) => void handleResend(invitation)}
        onRevoke={(invitation) => {
          setRevokeError(null);
          setRevoking(invitation);
          setRevokeOpen(true);
        }}
      />
    );
  }

  return (
    <Stack component="section" aria-labelledby={INVITATIONS_HEADING_ID} gap="md">
      <Title order={2} id={INVITATIONS_HEADING_ID} tabIndex={-1}>
        Invitations
      </Title>
      {actionError ? (
        <Text c="red.7" size="sm" role="alert">
          {actionError}
        </Text>
      ) : null}
      {content}
      <ConfirmDialog
        opened={revokeOpen}
        title={`Revoke the invitation to ${revoking?.email ?? ''}?`}
        confirmLabel="Revoke invitation"
        destructive
        pending={actions.revoking}
        error={revokeError}
        onClose={() => setRevokeOpen(false)}
        onConfirm={() => void handleRevoke()}
      >
        The link in the email will stop working. You can invite them again later.
      </ConfirmDialog>
    </Stack>
  );
}

/**
 * The members page: who belongs to the organisation and in which role; for admins, changing
 * roles, removing people, inviting and following up invitations.
 */
export function MembersPage() {
  const { viewer, can } = useViewer();
  const canManage = can('members.manage');
  const { members, loading, error, retry, retrying } = useMembers();
  const actions = useMemberActions();
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [changing, setChanging] = useState<MemberFieldsFragment | null>(null);
  const [removing, setRemoving] = useState<MemberFieldsFragment | null>(null);
  const [removeOpen, setRemoveOpen] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const adminCount = members.filter((member) => member.role === 'ADMIN').length;

  const handleChangeRole = async (role: Role) => {
    if (!changing) {
      return;
    }
    const updated = await actions.changeRole(changing.id, role);
    setAnnouncement(
      updated?.isYou
        ? `Your role is now ${roleLabel(role)}.`
        : `${changing.user.name} is now ${roleLabel(role)}.`,
    );
    setChanging(null);
  };

  const handleRemove = async () => {
    if (!removing) {
      return;
    }
    setRemoveError(null);
    try {
      await actions.remove(removing.id);
      setAnnouncement(`${removing.user.name} was removed.`);
      setRemoveOpen(false);
      focusHeadingSoon(MEMBERS_HEADING_ID);
    } catch (caught) {
      setRemoveError(actionMessage(toUserError(caught)));
    }
  };

  let list;
  if (loading) {
    list = <LoadingState label="Loading members…" rows={4} />;
  } else if (error && members.length === 0) {
    list = <QueryErrorState error={error} onRetry={retry} retrying={retrying} />;
  } else {
    list = (
      <MemberList
        members={members}
        canManage={canManage}
        onChangeRole={setChanging}
        onRemove={(member) => {
          setRemoveError(null);
          setRemoving(member);
          setRemoveOpen(true);
        }}
        labelledBy={MEMBERS_HEADING_ID}
      />
    );
  }

  return (
    <>
      <PageHeader
        title="Members"
        description={`Everyone who can sign in to ${viewer?.organisation?.name ?? 'this organisation'}, and their role.`}
      />
      <Announcement message={announcement} />
      <Stack gap={48}>
        <Stack component="section" aria-labelledby={MEMBERS_HEADING_ID} gap="md">
          <Title order={2} id={MEMBERS_HEADING_ID} tabIndex={-1}>
            People
          </Title>
          {list}
        </Stack>
        {canManage ? (
          <>
            <InviteMemberForm
              pending={actions.inviting}
              onInvite={actions.invite}
              onInvited={(email) => setAnnouncement(`Invitation sent to ${email}.`)}
            />
            <InvitationsSection onAnnounce={setAnnouncement} />
          </>
        ) : null}
      </Stack>
      {changing ? (
        <ChangeRoleDialog
          member={changing}
          adminCount={adminCount}
          pending={actions.changingRole}
          onSave={handleChangeRole}
          onClose={() => setChanging(null)}
        />
      ) : null}
      <ConfirmDialog
        opened={removeOpen}
        title={`Remove ${removing?.user.name ?? ''}?`}
        confirmLabel="Remove member"
        destructive
        pending={actions.removing}
        error={removeError}
        onClose={() => setRemoveOpen(false)}
        onConfirm={() => void handleRemove()}
      >
        {removing
          ? `${removing.user.name} (${removing.user.email}) will lose access to ${viewer?.organisation?.name ?? 'this organisation'} straight away. What they recorded stays in Lantern.`
          : ''}
      </ConfirmDialog>
    </>
  );
}
