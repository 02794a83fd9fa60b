import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithMantine } from '../test/render';
import { PasswordField } from './PasswordField';

describe('PasswordField', () => {
  it('hides the password until "Show" is pressed, by mouse or keyboard', async () => {
    renderWithMantine(
      <PasswordField
        label="Password"
        description="At least 12 characters"
        autoComplete="new-password"
      />,
    );

    const input = screen.getByLabelText('Password');
    expect(input).toHaveAttribute('type', 'password');
    expect(input).toHaveAttribute('autocomplete', 'new-password');
    expect(input).toHaveAccessibleDescription('At least 12 characters');

    await userEvent.click(screen.getByRole('button', { name: 'Show password' }));
    expect(input).toHaveAttribute('type', 'text');

    const hide = screen.getByRole('button', { name: 'Hide password' });
    hide.focus();
    await userEvent.keyboard('{Enter}');
    expect(input).toHaveAttribute('type', 'password');
    expect(screen.getByRole('button', { name: 'Show password' })).toHaveAttribute('type', 'button');
  });

  it('names the toggle after its own label', () => {
    renderWithMantine(<PasswordField label="Confirm new password" autoComplete="new-password" />);

    expect(screen.getByRole('button', { name: 'Show confirm new password' })).toBeInTheDocument();
  });
});
