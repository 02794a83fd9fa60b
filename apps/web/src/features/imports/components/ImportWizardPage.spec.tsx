import type { MockedResponse } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiErrorResult, buildViewer, signedInMocks } from '../../../test/auth.mocks';
import {
  activityImportMock,
  buildImport,
  buildPreviewRow,
  buildSummary,
  LOG_COLUMNS,
  type TestImport,
} from '../../../test/imports.mocks';
import { renderInRouter } from '../../../test/render';
import {
  ActivityImportQueryDocument,
  CommitImportMutationDocument,
  DiscardImportMutationDocument,
  SetImportMappingMutationDocument,
} from '../graphql/imports.operations';
import { ImportWizardPage } from './ImportWizardPage';

function renderWizard(first: TestImport, extra: MockedResponse[] = []) {
  return renderInRouter(<ImportWizardPage importId={first.id} />, {
    route: `/imports/${first.id}`,
    path: '/imports/:importId',
    mocks: [
      ...signedInMocks(buildViewer({ role: 'LEARNING_OFFICER' })),
      activityImportMock(first),
      ...extra,
    ],
  });
}

function currentStep() {
  return within(screen.getByRole('list', { name: 'Import steps' }))
    .getAllByRole('listitem')
    .find((item) => item.getAttribute('aria-current') === 'step');
}

const ROW_ERRORS = [4, 6, 8, 10, 12].map((row, index) => ({
  __typename: 'ImportRowError' as const,
  row,
  column: ['Date', 'No. pupils', 'Programme', 'No. adults', 'Postcode'][index]!,
  field: (['DATE', 'PUPILS', 'PROGRAMME', 'ADULTS', 'POSTCODE'] as const)[index]!,
  value: ['31/02/2025', '-3', '', 'lots', 'ZZ1 XXX'][index]!,
  message: [
    '31/02/2025 is not a date',
    'A count cannot be negative',
    'The programme is missing',
    'lots is not a number',
    'Enter a UK postcode like SW1A 1AA',
  ][index]!,
}));

// Selects, dialogs and polling are slow in jsdom when the machine is busy: allow for it.
describe('ImportWizardPage', { timeout: 20_000 }, () => {
  it('matches columns, marks remembered suggestions and checks the mapping before sending it', async () => {
    const uploaded = buildImport({
      columns: buildImport().columns.map((column) =>
        column.column === 'Venue' ? { ...column, remembered: true } : column,
      ),
    });
    const validating = buildImport({ status: 'VALIDATING', totalRows: 74, processedRows: 0 });
    renderWizard(uploaded, [
      {
        request: {
          query: SetImportMappingMutationDocument,
          variables: {
            input: {
              importId: 'import-1',
              columns: LOG_COLUMNS.map(([column, field]) => ({
                column,
                field: column === 'Notes' ? null : field,
              })),
            },
          },
        },
        result: { data: { __typename: 'Mutation', setImportMapping: validating } },
      },
      activityImportMock(
        buildImport({ status: 'VALIDATING', totalRows: 74, processedRows: 37, progress: 50 }),
        Number.POSITIVE_INFINITY,
      ),
    ]);

    const form = await screen.findByRole('form', {
      name: 'Match your columns to Lantern’s fields',
    });
    expect(currentStep()).toHaveTextContent('Match columns');
    const date = within(form).getByRole('combobox', { name: 'Date' });
    expect(date).toHaveValue('date');
    expect(within(date).getByRole('option', { name: 'Date (required)' })).toBeInTheDocument();
    expect(within(form).getByRole('combobox', { name: /Venue/ })).toHaveValue('venue');
    expect(within(form).getByText('Remembered from your last import')).toBeInTheDocument();
    expect(within(form).getAllByText('Remembered from your last import')).toHaveLength(1);

    // A required field with no column is named before anything is sent.
    await userEvent.selectOptions(date, 'Not imported');
    await userEvent.click(within(form).getByRole('button', { name: 'Continue' }));
    const problems = within(form).getByRole('alert');
    expect(problems).toHaveTextContent('Choose the column that holds Date');
    expect(problems.closest('[data-mapping-problems]')).toHaveFocus();

    // A field chosen twice is shown beside both columns.
    await userEvent.selectOptions(
      within(form).getByRole('combobox', { name: 'Notes' }),
      'Programme (required)',
    );
    expect(within(form).getByRole('combobox', { name: 'Notes' })).toHaveAccessibleDescription(
      /Programme is also chosen for Programme/,
    );

    await userEvent.selectOptions(date, 'Date (required)');
    await userEvent.selectOptions(
      within(form).getByRole('combobox', { name: 'Notes' }),
      'Not imported',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Continue' }));

    const bar = await screen.findByRole('progressbar', { name: 'Rows checked' });
    expect(currentStep()).toHaveTextContent('Check');
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuetext', '37 of about 74 rows'), {
      timeout: 3000,
    });
    expect(bar).toHaveAttribute('aria-valuenow', '50');
  });

  it('lists every problem when the file is invalid and offers a fix', async () => {
    renderWizard(
      buildImport({
        filename: 'activity-log-with-errors.csv',
        status: 'INVALID',
        errorCount: 5,
        errors: ROW_ERRORS,
        progress: 100,
      }),
    );

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Nothing was imported' }),
    ).toBeInTheDocument();
    expect(currentStep()).toHaveTextContent('Review: current step, needs attention');
    expect(screen.getByText('5 problems in activity-log-with-errors.csv')).toBeInTheDocument();
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      '4',
      '6',
      '8',
      '10',
      '12',
    ]);
    expect(rows[0]).toHaveTextContent('Date31/02/202531/02/2025 is not a date');
    expect(rows[2]).toHaveTextContent(/blank/);
    expect(screen.getByRole('button', { name: 'Upload a corrected file' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Match columns again' }));
    expect(
      screen.getByRole('form', { name: 'Match your columns to Lantern’s fields' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Keep the current matching' }));
    expect(screen.getByRole('heading', { name: 'Nothing was imported' })).toBeInTheDocument();
  });

  it('pages through a long list of problems', async () => {
    const errors = Array.from({ length: 30 }, (_, index) => ({
      ...ROW_ERRORS[0]!,
      row: index + 2,
    }));
    renderWizard(buildImport({ status: 'INVALID', errorCount: 1200, errors }));

    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(26);
    expect(screen.getByText(/1170 more not listed/)).toHaveTextContent('Problems 1 to 25 of 30');
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
  });

  it('previews a valid file, asks with the counts, commits and links to the sessions', async () => {
    const summary = buildSummary({ duplicates: 2, sessions: 74 });
    const ready = buildImport({
      status: 'READY',
      summary,
      progress: 100,
      preview: [
        buildPreviewRow(),
        buildPreviewRow({
          row: 3,
          programme: 'Family Saturdays',
          format: 'FAMILY_DROP_IN',
          partner: null,
          keyStage: null,
          pupils: null,
          adults: 25,
          otherParticipants: 38,
          attendances: 63,
          estimated: true,
          duplicate: true,
        }),
      ],
    });
    renderWizard(ready, [
      {
        request: {
          query: CommitImportMutationDocument,
          variables: { input: { importId: 'import-1' } },
        },
        result: {
          data: {
            __typename: 'Mutation',
            commitImport: { ...ready, status: 'COMMITTING', progress: 0, processedRows: 0 },
          },
        },
      },
      activityImportMock(
        {
          ...ready,
          status: 'COMMITTED',
          summary: { ...summary, sessionsCreated: 72, attendancesCreated: 2400 },
        },
        Number.POSITIVE_INFINITY,
      ),
    ]);

    expect(await screen.findByRole('heading', { name: 'Ready to import' })).toBeInTheDocument();
    const figures = screen.getByRole('heading', { name: 'What will be imported' }).parentElement!;
    expect(figures).toHaveTextContent('Sessions74');
    expect(figures).toHaveTextContent('Already imported (will be skipped)2');
    expect(figures).toHaveTextContent('New partners14');
    expect(figures).toHaveTextContent('Dates2 Apr 2024 to 28 Mar 2025');

    const preview = screen.getByRole('table', { name: /The first 2 rows/ });
    const [first, second] = within(preview).getAllByRole('row').slice(1);
    expect(first).toHaveTextContent('2 Apr 2024Schools - KS2 RomansSchool workshop');
    expect(first).toHaveTextContent("St Aidan's CE Primary");
    expect(second).toHaveTextContent('Already imported: skipped');
    expect(second).toHaveTextContent('63 (estimate)');

    await userEvent.click(screen.getByRole('button', { name: 'Import 72 sessions' }));
    const dialog = screen.getByRole('dialog', { name: 'Import 72 sessions?' });
    expect(dialog).toHaveTextContent(
      'This adds 72 sessions with 2,480 attendances (150 attendance counts), 6 new programmes, 14 new partners and 2 new sites. 2 already imported will be skipped.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Import sessions' }));

    expect(
      await screen.findByRole('heading', { name: 'Imported' }, { timeout: 3000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('72 sessions added')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the imported sessions' })).toHaveAttribute(
      'href',
      '/sessions?from=2024-04-02&to=2025-03-28',
    );
    expect(screen.queryByRole('button', { name: 'Discard import' })).not.toBeInTheDocument();
    expect(
      screen
        .getAllByRole('status')
        .some((region) => region.textContent === 'Imported 72 sessions.'),
    ).toBe(true);
  });

  it('says why a commit failed', async () => {
    renderWizard(
      buildImport({
        status: 'FAILED',
        failureMessage:
          'The import was stopped: the programme "Young Curators" was deleted meanwhile.',
      }),
    );
    expect(await screen.findByRole('heading', { name: 'The import failed' })).toBeInTheDocument();
    expect(screen.getByText(/the programme "Young Curators" was deleted/)).toBeInTheDocument();
    // It failed before a summary existed: the check is the step that stopped.
    expect(currentStep()).toHaveTextContent('Check: current step, needs attention');
    expect(
      screen.getByRole('button', { name: 'Match columns and check again' }),
    ).toBeInTheDocument();
  });

  it('discards an import after asking, and goes back to the imports page', async () => {
    const { router } = renderWizard(buildImport(), [
      {
        request: {
          query: DiscardImportMutationDocument,
          variables: { input: { importId: 'import-1' } },
        },
        result: {
          data: {
            __typename: 'Mutation',
            discardImport: {
              __typename: 'ActivityImport',
              id: 'import-1',
              filename: 'activity-log-2024-25.csv',
            },
          },
        },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Discard import' }));
    const dialog = screen.getByRole('dialog', { name: 'Discard activity-log-2024-25.csv?' });
    expect(dialog).toHaveTextContent('Nothing from this file has been imported.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Discard import' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/imports'));
    expect(router.state.location.state).toEqual({
      announcement: 'activity-log-2024-25.csv was discarded. Nothing was imported.',
    });
  });

  it('shows an import that cannot be found', async () => {
    renderInRouter(<ImportWizardPage importId="nope" />, {
      route: '/imports/nope',
      path: '/imports/:importId',
      mocks: [
        ...signedInMocks(buildViewer({ role: 'LEARNING_OFFICER' })),
        {
          request: { query: ActivityImportQueryDocument, variables: { id: 'nope' } },
          result: apiErrorResult('Activity import not found', { code: 'NOT_FOUND' }),
        },
      ],
    });
    expect(await screen.findByText(/We could not find that/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to imports' })).toHaveAttribute(
      'href',
      '/imports',
    );
  });
});
