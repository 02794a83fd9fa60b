import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { buildSystemStatus, systemStatusMock } from '../../../test/system-status.mocks';
import { SystemStatusQueryDocument } from '../graphql/system-status.operations';
import { SystemHealthSection } from './SystemHealthSection';

describe('SystemHealthSection', () => {
  it('says plainly when no background worker is running', async () => {
    const status = buildSystemStatus();
    renderWithProviders(<SystemHealthSection />, {
      mocks: [
        systemStatusMock(
          buildSystemStatus({ queue: { ...status.systemStatus.queue, waiting: 4, workers: 0 } }),
        ),
      ],
    });

    expect(await screen.findByText('The background worker is not running')).toBeInTheDocument();
    const worker = screen.getByRole('article', { name: 'Background worker' });
    expect(within(worker).getByText('Not running')).toBeInTheDocument();
    expect(within(worker).getByText('Jobs waiting').nextElementSibling).toHaveTextContent('4');
  });

  it('marks an unavailable service in words, not only colour', async () => {
    renderWithProviders(<SystemHealthSection />, {
      mocks: [
        systemStatusMock(
          buildSystemStatus({ redis: { __typename: 'ServiceHealth', ok: false, latencyMs: null } }),
        ),
      ],
    });

    const redis = await screen.findByRole('article', { name: 'Redis' });
    expect(within(redis).getByText('Unavailable')).toBeInTheDocument();
    expect(within(redis).getByText('Response time not measured')).toBeInTheDocument();
    expect(screen.queryByText('The background worker is not running')).not.toBeInTheDocument();
  });

  it('shows the error and tries again', async () => {
    renderWithProviders(<SystemHealthSection />, {
      mocks: [
        { request: { query: SystemStatusQueryDocument }, error: new Error('Failed to fetch') },
        systemStatusMock(),
      ],
    });

    const alert = await screen.findByRole('alert');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('0.1.0')).toBeInTheDocument();
  });
});
