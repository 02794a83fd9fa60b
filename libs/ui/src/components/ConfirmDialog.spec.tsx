import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '../test/render';
import { ConfirmDialog } from './ConfirmDialog';

describe('ConfirmDialog', () => {
  it('is a named dialog that confirms or cancels', async () => {
    const onConfirm = vi.fn();
    const onClose = vi.fn();
    renderWithMantine(
      <ConfirmDialog
        opened
        title="Remove Sam Lee?"
        confirmLabel="Remove member"
        destructive
        onConfirm={onConfirm}
        onClose={onClose}
      >
        Sam Lee will lose access straight away.
      </ConfirmDialog>,
    );

    const dialog = screen.getByRole('dialog', { name: 'Remove Sam Lee?' });
    expect(dialog).toHaveTextContent('Sam Lee will lose access straight away.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove member' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('shows why the action failed inside the dialog', () => {
    renderWithMantine(
      <ConfirmDialog
        opened
        title="Remove Sam Lee?"
        confirmLabel="Remove member"
        error="An organisation needs at least one admin."
        onConfirm={vi.fn()}
        onClose={vi.fn()}
      >
        Sure?
      </ConfirmDialog>,
    );

    expect(screen.getByRole('alert')).toHaveTextContent(
      'An organisation needs at least one admin.',
    );
  });

  it('renders nothing while closed', () => {
    renderWithMantine(
      <ConfirmDialog
        opened={false}
        title="Remove Sam Lee?"
        confirmLabel="Remove member"
        onConfirm={vi.fn()}
        onClose={vi.fn()}
      >
        Sure?
      </ConfirmDialog>,
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
