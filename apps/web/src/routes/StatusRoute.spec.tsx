import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render';
import { buildWorkerCheck, systemStatusMock, workerChecksMock } from '../test/system-status.mocks';
import { StatusRoute } from './StatusRoute';

describe('StatusRoute', () => {
  it('shows loading placeholders, then the live status and worker checks', async () => {
    renderWithProviders(<StatusRoute />, {
      mocks: [
        systemStatusMock(),
        workerChecksMock({ checks: [buildWorkerCheck({ note: 'Smoke test' })] }),
      ],
    });

    expect(screen.getByRole('heading', { level: 1, name: 'System status' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Loading system status…' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Loading worker checks…' })).toBeInTheDocument();
    expect(document.title).toBe('System status · Lantern');

    expect(await screen.findByText('0.1.0')).toBeInTheDocument();
    expect(screen.getByText('development')).toBeInTheDocument();
    const database = screen.getByRole('article', { name: 'Database' });
    expect(within(database).getByText('Healthy')).toBeInTheDocument();
    expect(within(database).getByText('Responded in 3.2 ms')).toBeInTheDocument();
    const worker = screen.getByRole('article', { name: 'Background worker' });
    expect(within(worker).getByText('Workers online').nextElementSibling).toHaveTextContent('1');
    expect(within(worker).getByText('Jobs failed').nextElementSibling).toHaveTextContent('2');
    expect(screen.queryByText('The background worker is not running')).not.toBeInTheDocument();

    const check = (await screen.findByRole('list', { name: 'Recent checks' })).querySelector('li');
    expect(check).not.toBeNull();
    const card = within(check as HTMLElement);
    expect(card.getByText('Succeeded')).toBeInTheDocument();
    expect(card.getByText('24 Nov 2026, 14:05:09')).toHaveAttribute(
      'dateTime',
      '2026-11-24T14:05:09.000Z',
    );
    expect(card.getByText('37 ms')).toBeInTheDocument();
    expect(card.getByText('worker-7f9c')).toBeInTheDocument();
    expect(card.getByText('PostgreSQL 17.2')).toBeInTheDocument();
    expect(card.getByText('Smoke test')).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: /Loading/ })).not.toBeInTheDocument();

    const headings = screen.getAllByRole('heading').map((heading) => heading.tagName);
    expect(headings.filter((tag) => tag === 'H1')).toHaveLength(1);
  });
});
