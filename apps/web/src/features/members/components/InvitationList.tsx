import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { Role } from '@lantern/domain';
import { DateTimeText, DescriptionList, VisuallyHidden } from '@lantern/ui';
import type { InvitationFieldsFragment } from '../../../gql/graphql';
import { roleLabel } from '../roles';
import { InvitationStatusBadge } from './InvitationStatusBadge';

export interface InvitationListProps {
  invitations: InvitationFieldsFragment[];
  labelledBy: string;
  /** The invitation whose resend is in flight. */
  resendingId: string | null;
  onResend: (invitation: InvitationFieldsFragment) => void;
  onRevoke: (invitation: InvitationFieldsFragment) => void;
}

function NotRecorded() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <VisuallyHidden>Not recorded</VisuallyHidden>
    </>
  );
}

/** Invitations as cards: email, role, status, dates, and Resend / Revoke while they are open. */
export function InvitationList({
  invitations,
  labelledBy,
  resendingId,
  onResend,
  onRevoke,
}: InvitationListProps) {
  return (
    <Stack
      component="ul"
      role="list"
      aria-labelledby={labelledBy}
      gap="sm"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
    >
      {invitations.map((invitation) => {
        const open = invitation.status === 'PENDING' || invitation.status === 'EXPIRED';
        return (
          <Paper
            component="li"
            key={invitation.id}
            withBorder
            radius="md"
            p="md"
            data-invitation-id={invitation.id}
          >
            <Group justify="space-between" align="flex-start" gap="xs" mb="xs" wrap="wrap">
              <Text fw={600} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
                {invitation.email}
              </Text>
              <InvitationStatusBadge status={invitation.status} />
            </Group>
            <DescriptionList
              items={[
                { term: 'Role', value: roleLabel(invitation.role as Role) },
                {
                  term: invitation.status === 'EXPIRED' ? 'Expired' : 'Expires',
                  value: <DateTimeText value={invitation.expiresAt} withSeconds={false} />,
                },
                {
                  term: 'Invited by',
                  value: invitation.invitedBy ? invitation.invitedBy.name : <NotRecorded />,
                },
                {
                  term: 'Last sent',
                  value: <DateTimeText value={invitation.lastSentAt} withSeconds={false} />,
                },
              ]}
            />
            {open ? (
              <Group gap="xs" mt="sm">
                <Button
                  variant="default"
                  size="sm"
                  onClick={() => onResend(invitation)}
                  loading={resendingId === invitation.id}
                  aria-label={`Resend invitation to ${invitation.email}`}
                >
                  Resend
                </Button>
                {invitation.status === 'PENDING' ? (
                  <Button
                    variant="default"
                    color="red"
                    size="sm"
                    onClick={() => onRevoke(invitation)}
                    aria-label={`Revoke invitation to ${invitation.email}`}
                  >
                    Revoke
                  </Button>
                ) : null}
              </Group>
            ) : null}
          </Paper>
        );
      })}
    </Stack>
  );
}
