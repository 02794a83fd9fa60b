import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ConfirmDialogProps {
  opened: boolean;
  /** A question naming what will happen, e.g. "Remove Sam Lee?". Also the dialog's name. */
  title: string;
  /** What the action does and what it means for people. */
  children: ReactNode;
  /** The confirming button's text, naming the action ("Remove member"). */
  confirmLabel: string;
  cancelLabel?: string;
  /** Red for actions that take something away. */
  destructive?: boolean;
  /** Shows the confirming button as busy. */
  pending?: boolean;
  /** Why the action failed, shown inside the dialog so the person can decide what to do. */
  error?: ReactNode;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * A modal that asks before doing something hard to undo. Focus moves into it, stays there and
 * returns to the button that opened it; Escape or "Cancel" close it.
 */
export function ConfirmDialog({
  opened,
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  destructive = false,
  pending = false,
  error,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  return (
    <Modal
      opened={opened}
      onClose={pending ? () => undefined : onClose}
      title={title}
      centered
      closeButtonProps={{ 'aria-label': 'Close' }}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <Stack gap="md">
        {typeof children === 'string' ? <Text>{children}</Text> : children}
        {error ? (
          <Alert color="red" variant="light" title="That did not work">
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={pending}>
            {cancelLabel}
          </Button>
          <Button color={destructive ? 'red' : undefined} onClick={onConfirm} loading={pending}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
