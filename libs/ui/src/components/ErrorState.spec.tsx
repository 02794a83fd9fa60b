import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '../test/render';
import { ErrorState } from './ErrorState';

describe('ErrorState', () => {
  it('shows the message in an alert and retries when asked', async () => {
    const onRetry = vi.fn();
    renderWithMantine(<ErrorState message="We could not reach Lantern." onRetry={onRetry} />);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong');
    expect(alert).toHaveTextContent('We could not reach Lantern.');

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('has no retry button without onRetry, and uses a custom title', () => {
    renderWithMantine(<ErrorState title="Not allowed" message="Ask an admin." />);

    expect(screen.getByRole('alert')).toHaveTextContent('Not allowed');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
