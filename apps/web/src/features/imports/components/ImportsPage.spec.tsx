import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildViewer, signedInMocks } from '../../../test/auth.mocks';
import { activityImportsMock, buildImportListItem } from '../../../test/imports.mocks';
import { renderInRouter } from '../../../test/render';
import { restErrorFromBody, uploadFile, type UploadOptions } from '../../../lib/upload';
import { ImportsPage } from './ImportsPage';

vi.mock('../../../lib/upload', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/upload')>()),
  uploadFile: vi.fn(),
}));

const upload = vi.mocked(uploadFile);

function csvFile(name = 'activity-log-2024-25.csv', bytes = 24_900) {
  return new File(['x'.repeat(bytes)], name, { type: 'text/csv' });
}

function fileInput(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('No file input');
  return input;
}

function renderPage() {
  return renderInRouter(<ImportsPage />, {
    route: '/imports',
    path: '/imports',
    mocks: [
      ...signedInMocks(buildViewer({ role: 'LEARNING_OFFICER' })),
      activityImportsMock([
        buildImportListItem(),
        buildImportListItem({
          id: 'import-9',
          filename: 'summer-term.csv',
          status: 'INVALID',
          summary: null,
        }),
      ]),
    ],
  });
}

// Uploads and dialogs are slow in jsdom when the machine is busy: allow for it.
describe('ImportsPage', { timeout: 20_000 }, () => {
  beforeEach(() => {
    upload.mockReset();
  });
  afterEach(() => vi.useRealTimers());

  it('starts the wizard at "Choose a file" and lists past imports with their status', async () => {
    renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Import activity' })).toBeInTheDocument();
    const steps = screen.getByRole('list', { name: 'Import steps' });
    const current = within(steps)
      .getAllByRole('listitem')
      .find((item) => item.getAttribute('aria-current') === 'step');
    expect(current).toHaveTextContent('Choose a file: current step');
    expect(within(steps).getAllByRole('listitem')).toHaveLength(5);

    const past = await screen.findByRole('list', { name: 'Past imports' });
    const [committed, invalid] = within(past).getAllByRole('listitem');
    expect(committed).toHaveTextContent('activity-log-2023-24.xlsx');
    expect(committed).toHaveTextContent('Imported');
    expect(committed).toHaveTextContent('64 sessions, 3 Apr 2023 to 27 Mar 2024');
    expect(committed).toHaveTextContent('by Sam Lee');
    expect(
      within(committed!).getByRole('link', { name: 'activity-log-2023-24.xlsx' }),
    ).toHaveAttribute('href', '/imports/import-0');
    expect(invalid).toHaveTextContent('Has problems');
  });

  it('shows the chosen file with its size and refuses files it cannot read', async () => {
    renderPage();
    await userEvent.upload(fileInput(), csvFile());
    expect(screen.getByText('activity-log-2024-25.csv')).toBeInTheDocument();
    expect(screen.getByText('24.3 KB')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upload and continue' })).toBeEnabled();

    // The picker's accept list lets "All files" through: an old .xls is refused with a reason.
    await userEvent.upload(fileInput(), new File(['x'], 'old.xls'), { applyAccept: false });
    expect(screen.getByText(/Older Excel files \(\.xls\) cannot be read/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upload and continue' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Choose another file' })).toHaveAccessibleDescription(
      /Older Excel files/,
    );
  });

  it('uploads with a progress bar, then opens the new import', async () => {
    let progress: UploadOptions['onProgress'];
    let finish: (value: unknown) => void = () => undefined;
    upload.mockImplementation((_url, _file, options) => {
      progress = options?.onProgress;
      return new Promise((resolve) => {
        finish = resolve;
      });
    });
    const { router } = renderPage();

    await userEvent.upload(fileInput(), csvFile());
    await userEvent.click(screen.getByRole('button', { name: 'Upload and continue' }));
    expect(upload).toHaveBeenCalledWith(
      '/api/imports',
      expect.objectContaining({ name: 'activity-log-2024-25.csv' }),
      expect.anything(),
    );
    progress?.({ loaded: 12_450, total: 24_900, percent: 50 });
    const bar = await screen.findByRole('progressbar', {
      name: 'Uploading activity-log-2024-25.csv',
    });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '50'));
    expect(bar).toHaveAttribute('aria-valuetext', '12.2 KB of 24.3 KB');
    expect(screen.getByRole('button', { name: 'Cancel upload' })).toBeInTheDocument();

    finish({ id: 'import-1' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/imports/import-1'));
  });

  it('cancels an upload in flight', async () => {
    upload.mockImplementation(
      (_url, _file, options) =>
        new Promise((_resolve, reject) => {
          options?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
        }),
    );
    renderPage();
    await userEvent.upload(fileInput(), csvFile());
    await userEvent.click(screen.getByRole('button', { name: 'Upload and continue' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel upload' }));

    expect(await screen.findByText(/The upload was cancelled/)).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upload and continue' })).toBeInTheDocument();
  });

  it("shows the API's reason when the upload is refused", async () => {
    upload.mockRejectedValue(
      restErrorFromBody(400, {
        error: {
          code: 'BAD_USER_INPUT',
          message: 'The file has no header row: the first row must name the columns',
        },
      }),
    );
    renderPage();
    await userEvent.upload(fileInput(), csvFile());
    await userEvent.click(screen.getByRole('button', { name: 'Upload and continue' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file was not uploaded');
    expect(alert).toHaveTextContent('The file has no header row');
  });
});
