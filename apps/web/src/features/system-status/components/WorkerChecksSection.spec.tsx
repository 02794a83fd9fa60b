import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import {
  buildWorkerCheck,
  buildWorkerChecksPage,
  requestWorkerCheckErrorMock,
  requestWorkerCheckMock,
  workerChecksErrorMock,
  workerChecksMock,
  workerChecksVariables,
} from '../../../test/system-status.mocks';
import { WorkerChecksQueryDocument } from '../graphql/worker-checks.operations';
import { WorkerChecksSection } from './WorkerChecksSection';

function checkCards() {
  return within(screen.getByRole('list', { name: 'Recent checks' })).getAllByRole('listitem');
}

describe('WorkerChecksSection', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows the empty state when there are no checks', async () => {
    renderWithProviders(<WorkerChecksSection />, { mocks: [workerChecksMock({ checks: [] })] });

    expect(await screen.findByText('No worker checks yet.')).toBeInTheDocument();
    expect(
      screen.getByText('Run one to confirm the background worker is processing jobs.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Recent checks' })).not.toBeInTheDocument();
  });

  it('shows an error with a "Try again" button that refetches', async () => {
    renderWithProviders(<WorkerChecksSection />, {
      mocks: [workerChecksErrorMock(), workerChecksMock({ checks: [buildWorkerCheck()] })],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'We could not reach Lantern. Check your connection and try again.',
    );

    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('worker-7f9c')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('adds the requested check at the top as Queued, polls until it finishes, then stops', async () => {
    const older = buildWorkerCheck({ id: 'check-1', workerHost: 'worker-old' });
    const queued = buildWorkerCheck({
      id: 'check-2',
      status: 'QUEUED',
      note: 'After deploy',
      requestedAt: '2026-11-24T15:00:00.000Z',
      startedAt: null,
      completedAt: null,
      roundTripMs: null,
      workerHost: null,
      databaseVersion: null,
    });
    const succeeded = {
      ...queued,
      status: 'SUCCEEDED' as const,
      roundTripMs: 37,
      workerHost: 'worker-new',
    };
    const pollAfterFinished = vi.fn(() => ({
      data: buildWorkerChecksPage({ checks: [succeeded, older] }),
    }));

    renderWithProviders(<WorkerChecksSection />, {
      mocks: [
        workerChecksMock({ checks: [older] }),
        { ...requestWorkerCheckMock('After deploy', queued), delay: 100 },
        workerChecksMock({ checks: [succeeded, older] }),
        {
          request: { query: WorkerChecksQueryDocument, variables: workerChecksVariables() },
          result: pollAfterFinished,
        },
      ],
    });
    expect(await screen.findByText('worker-old')).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Note (optional)'), '  After deploy ');
    const submit = screen.getByRole('button', { name: 'Run a worker check' });
    await userEvent.click(submit);
    expect(submit).toHaveAttribute('data-loading');

    await waitFor(() => expect(checkCards()).toHaveLength(2));
    const [first] = checkCards();
    expect(first).toHaveTextContent('Queued');
    expect(first).toHaveTextContent('After deploy');
    expect(screen.getByText('Showing 2 of 2 checks')).toBeInTheDocument();
    // The form clears once the mutation's promise settles, just after the cache update.
    await waitFor(() => expect(screen.getByLabelText('Note (optional)')).toHaveValue(''));
    expect(submit).not.toHaveAttribute('data-loading');

    const liveRegion = screen.getByRole('status', { name: '' });
    expect(liveRegion).toHaveAttribute('aria-live', 'polite');
    expect(liveRegion).toHaveTextContent(
      'Worker check requested. Waiting for the background worker…',
    );

    // The poll about a second later sees the check finish.
    await waitFor(() => expect(liveRegion).toHaveTextContent('Worker check succeeded in 37 ms'), {
      timeout: 3000,
    });
    expect(checkCards()[0]).toHaveTextContent('Succeeded');
    expect(checkCards()[0]).toHaveTextContent('worker-new');

    // Nothing is queued or running any more: no further poll.
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect(pollAfterFinished).not.toHaveBeenCalled();
  }, 10_000);

  it('shows the server field error under the note field for BAD_USER_INPUT', async () => {
    renderWithProviders(<WorkerChecksSection />, {
      mocks: [
        workerChecksMock({ checks: [] }),
        requestWorkerCheckErrorMock('Line one', {
          code: 'BAD_USER_INPUT',
          fieldErrors: [{ path: ['input', 'note'], message: 'The note cannot contain tabs.' }],
        }),
      ],
    });
    await screen.findByText('No worker checks yet.');

    const note = screen.getByLabelText('Note (optional)');
    await userEvent.type(note, 'Line one');
    await userEvent.click(screen.getByRole('button', { name: 'Run a worker check' }));

    await waitFor(() => expect(note).toHaveAttribute('aria-invalid', 'true'));
    expect(note).toHaveAccessibleDescription(
      expect.stringContaining('The note cannot contain tabs.'),
    );
    expect(note).toHaveFocus();
    expect(note).toHaveValue('Line one');
    expect(screen.getByText('No worker checks yet.')).toBeInTheDocument();
  });

  it('explains a rate limit above the button, with the wait', async () => {
    renderWithProviders(<WorkerChecksSection />, {
      mocks: [
        workerChecksMock({ checks: [] }),
        requestWorkerCheckErrorMock(
          'Again',
          { code: 'RATE_LIMITED', retryAfterSeconds: 12 },
          'Slow down',
        ),
      ],
    });
    await screen.findByText('No worker checks yet.');

    await userEvent.type(screen.getByLabelText('Note (optional)'), 'Again');
    await userEvent.click(screen.getByRole('button', { name: 'Run a worker check' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The check was not queued');
    expect(alert).toHaveTextContent('Please wait 12 seconds and try again.');
  });

  it('loads the next page with "Load more" and hides the button on the last page', async () => {
    const newest = buildWorkerCheck({ id: 'check-2', workerHost: 'worker-page-1' });
    const oldest = buildWorkerCheck({ id: 'check-1', workerHost: 'worker-page-2' });
    renderWithProviders(<WorkerChecksSection />, {
      mocks: [
        workerChecksMock({ checks: [newest], hasNextPage: true, totalCount: 2 }),
        workerChecksMock({ checks: [oldest], after: 'cursor-check-2', totalCount: 2 }),
      ],
    });

    expect(await screen.findByText('worker-page-1')).toBeInTheDocument();
    expect(screen.getByText('Showing 1 of 2 checks')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('worker-page-2')).toBeInTheDocument();
    expect(checkCards()).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('uses a table with column headers on wide screens', async () => {
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) =>
        ({
          matches: query.includes('min-width'),
          media: query,
          onchange: null,
          addListener: vi.fn(),
          removeListener: vi.fn(),
          addEventListener: vi.fn(),
          removeEventListener: vi.fn(),
          dispatchEvent: vi.fn(),
        }) as unknown as MediaQueryList,
    );
    renderWithProviders(<WorkerChecksSection />, {
      mocks: [
        workerChecksMock({
          checks: [
            buildWorkerCheck({ status: 'FAILED', roundTripMs: null, error: 'Worker timed out' }),
          ],
        }),
      ],
    });

    const table = await screen.findByRole('table', { name: 'Recent checks' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual([
      'Status',
      'Requested (UK time)',
      'Round trip',
      'Worker host',
      'Database version',
      'Note',
      'Error',
    ]);
    const cells = within(within(table).getAllByRole('row')[1] as HTMLElement).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      'Failed',
      '24 Nov 2026, 14:05:09',
      '—Not recorded',
      'worker-7f9c',
      'PostgreSQL 17.2',
      '—Not recorded',
      'Worker timed out',
    ]);
  });
});
