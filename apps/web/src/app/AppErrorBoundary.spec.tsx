import { ApolloError } from '@apollo/client';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppErrorBoundary } from './AppErrorBoundary';
import { theme } from './theme';

function Thrower({ error }: { error: unknown }): never {
  throw error;
}

function renderBoundary(error: unknown, onReload = vi.fn()) {
  render(
    <MantineProvider theme={theme} env="test">
      <AppErrorBoundary onReload={onReload}>
        <Thrower error={error} />
      </AppErrorBoundary>
    </MantineProvider>,
  );
  return onReload;
}

describe('AppErrorBoundary', () => {
  beforeEach(() => {
    // React reports caught render errors on the console; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows a friendly message, technical details on request and a Reload button', async () => {
    const onReload = renderBoundary(new Error('Cannot read properties of undefined'));

    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Cannot read properties/)).not.toBeInTheDocument();

    const toggle = screen.getByRole('button', { name: 'Show technical details' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('Hide technical details');
    expect(screen.getByText('Error: Cannot read properties of undefined')).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('shows the correlation id of an INTERNAL API error as a reference', async () => {
    renderBoundary(
      new ApolloError({
        graphQLErrors: [
          new GraphQLError('boom', { extensions: { code: 'INTERNAL', correlationId: 'req-8812' } }),
        ],
      }),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Show technical details' }));
    expect(screen.getByText('req-8812')).toBeVisible();
  });

  it('renders its children when nothing throws', () => {
    render(
      <MantineProvider theme={theme} env="test">
        <AppErrorBoundary>
          <p>All well</p>
        </AppErrorBoundary>
      </MantineProvider>,
    );
    expect(screen.getByText('All well')).toBeInTheDocument();
  });
});
