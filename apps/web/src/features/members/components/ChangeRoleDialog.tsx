import { Alert, Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import type { Role } from '@lantern/domain';
import { useState } from 'react';
import type { MemberFieldsFragment } from '../../../gql/graphql';
import { actionMessage, toUserError } from '../../../lib/errors';
import { ROLE_DESCRIPTIONS, ROLE_OPTIONS, roleLabel } from '../roles';

export interface ChangeRoleDialogProps {
  member: MemberFieldsFragment;
  /** How many admins the organisation has, to warn before demoting the last one. */
  adminCount: number;
  pending: boolean;
  onSave: (role: Role) => Promise<void>;
  onClose: () => void;
}

/**
 * Changes one member's role. Choosing a role and saving are separate steps (a select that acted
 * on change would act on every arrow key), and demoting yourself or the last admin is explained
 * first. A refusal from the API (CONFLICT for the last admin) is shown here, in its words.
 */
export function ChangeRoleDialog({
  member,
  adminCount,
  pending,
  onSave,
  onClose,
}: ChangeRoleDialogProps) {
  const currentRole = member.role as Role;
  const [role, setRole] = useState<Role>(currentRole);
  const [error, setError] = useState<string | null>(null);
  const name = member.user.name;
  const demotingAdmin = currentRole === 'ADMIN' && role !== 'ADMIN';
  const demotingYourself = member.isYou && demotingAdmin;
  const lastAdmin = demotingAdmin && adminCount <= 1;

  const handleSave = async () => {
    setError(null);
    try {
      await onSave(role);
    } catch (caught) {
      const userError = toUserError(caught);
      setError(actionMessage(userError));
    }
  };

  return (
    <Modal
      opened
      onClose={pending ? () => undefined : onClose}
      title={member.isYou ? 'Change your role' : `Change ${name}'s role`}
      centered
      closeButtonProps={{ 'aria-label': 'Close' }}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void handleSave();
        }}
        noValidate
      >
        <Stack gap="md">
          <Text size="sm">
            {member.isYou ? 'You are' : `${name} is`} currently{' '}
            {currentRole === 'ADMIN' ? 'an' : 'a'} {roleLabel(currentRole)}.
          </Text>
          <NativeSelect
            label="Role"
            data={ROLE_OPTIONS}
            value={role}
            onChange={(event) => {
              setRole(event.currentTarget.value as Role);
              setError(null);
            }}
            description={ROLE_DESCRIPTIONS[role]}
          />
          {demotingYourself ? (
            <Alert
              color="yellow"
              variant="light"
              title="You will stop being an admin"
              role="status"
            >
              You will no longer be able to manage people, sites or settings. Only another admin can
              give you the role back.
            </Alert>
          ) : null}
          {lastAdmin && !demotingYourself ? (
            <Alert color="yellow" variant="light" title={`${name} is the only admin`} role="status">
              An organisation needs at least one admin. Make someone else an admin first.
            </Alert>
          ) : null}
          {lastAdmin && demotingYourself ? (
            <Text size="sm">
              You are the only admin: Lantern will refuse until someone else is an admin.
            </Text>
          ) : null}
          {error ? (
            <Alert color="red" variant="light" title="The role was not changed">
              {error}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" loading={pending} disabled={role === currentRole}>
              {demotingYourself ? 'Change my role' : 'Save role'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
