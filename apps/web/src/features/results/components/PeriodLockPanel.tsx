import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { ConfirmDialog, formatDateTime } from '@lantern/ui';
import { useState, type FormEvent } from 'react';
import type { PeriodLockFieldsFragment } from '../../../gql/graphql';
import { actionMessage, toUserError } from '../../../lib/errors';

/** "Q1 2025/26 is locked by Sam Lee on 3 Jul 2025: …". */
export function lockSentence(lock: PeriodLockFieldsFragment): string {
  const by = lock.lockedBy ? ` by ${lock.lockedBy.name}` : '';
  const on = formatDateTime(lock.lockedAt, { withTime: false });
  return `${lock.period.label} is locked${by}${on ? ` on ${on}` : ''}: sessions, attendance and results in it cannot change.`;
}

/** The banner shown across a locked period's page. */
export function PeriodLockBanner({
  lock,
  canUnlock,
  onUnlock,
}: {
  lock: PeriodLockFieldsFragment;
  canUnlock: boolean;
  onUnlock: () => void;
}) {
  return (
    <Alert
      color="blue"
      variant="light"
      title="This period is locked"
      role="status"
      data-period-lock
    >
      <Stack gap="xs">
        <Text size="sm">{lockSentence(lock)}</Text>
        {lock.reason ? <Text size="sm">Reason: {lock.reason}</Text> : null}
        {canUnlock ? (
          <Group>
            <Button variant="default" size="sm" onClick={onUnlock}>
              Unlock {lock.period.label}
            </Button>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            A head of learning can unlock it if something must change.
          </Text>
        )}
      </Stack>
    </Alert>
  );
}

/** Asks before locking: what locking does, with an optional reason; CONFLICT shown plainly. */
export function LockPeriodDialog({
  opened,
  periodLabel,
  pending,
  onLock,
  onClose,
}: {
  opened: boolean;
  periodLabel: string;
  pending: boolean;
  onLock: (reason: string | null) => Promise<unknown>;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setError(null);
    try {
      await onLock(reason.trim() || null);
      setReason('');
    } catch (caught) {
      setError(actionMessage(toUserError(caught)));
    }
  };
  return (
    <ConfirmDialog
      opened={opened}
      title={`Lock ${periodLabel}?`}
      confirmLabel={`Lock ${periodLabel}`}
      pending={pending}
      error={error}
      onClose={() => {
        setError(null);
        onClose();
      }}
      onConfirm={() => void confirm()}
    >
      <Stack gap="sm">
        <Text size="sm">
          Locking freezes {periodLabel}: its approved results become locked, and nobody can log,
          change or delete sessions, attendance or results dated in it until a head of learning
          unlocks it. Every draft result must be approved first.
        </Text>
        <Textarea
          label="Reason (optional)"
          description="For example: figures signed off for the quarterly trustee pack."
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
      </Stack>
    </ConfirmDialog>
  );
}

/** Unlocking needs a reason: it is written to the audit log. */
export function UnlockPeriodDialog({
  opened,
  periodLabel,
  pending,
  onUnlock,
  onClose,
}: {
  opened: boolean;
  periodLabel: string;
  pending: boolean;
  onUnlock: (reason: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    if (!reason.trim()) {
      setFieldError('Enter why the period is being unlocked');
      document.getElementById('unlock-reason')?.focus();
      return;
    }
    try {
      await onUnlock(reason.trim());
      setReason('');
    } catch (caught) {
      const userError = toUserError(caught);
      const message = userError.fieldErrors['input.reason'];
      if (message) setFieldError(message);
      else setError(actionMessage(userError));
    }
  };
  return (
    <Modal
      opened={opened}
      onClose={pending ? () => undefined : onClose}
      title={`Unlock ${periodLabel}?`}
      centered
      closeButtonProps={{ 'aria-label': 'Close' }}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-label="Unlock period">
        <Stack gap="md">
          {error ? (
            <Alert color="red" variant="light" title="The period was not unlocked">
              {error}
            </Alert>
          ) : null}
          <Text size="sm">
            Unlocking lets people change sessions, attendance and results in {periodLabel} again.
            Its locked results go back to approved. Your reason is kept in the audit log.
          </Text>
          <Textarea
            id="unlock-reason"
            label="Reason"
            autosize
            minRows={2}
            data-autofocus
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setFieldError(null);
            }}
            error={fieldError}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" loading={pending}>
              Unlock {periodLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
