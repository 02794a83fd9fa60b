import type { MockedResponse } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { restErrorFromBody, uploadFile } from '../../../lib/upload';
import { apiErrorResult, buildViewer, signedInMocks } from '../../../test/auth.mocks';
import { buildLookup, lookupsMock } from '../../../test/lookups.mocks';
import { renderWithProviders } from '../../../test/render';
import {
  DeleteDeprivationLookupMutationDocument,
  DeprivationDecileQueryDocument,
  SetDeprivationIndexMutationDocument,
} from '../graphql/lookups.operations';
import { LookupsPage } from './LookupsPage';

vi.mock('../../../lib/upload', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/upload')>()),
  uploadFile: vi.fn(),
}));

const upload = vi.mocked(uploadFile);

const IMD2025 = buildLookup();
const IMD2019 = buildLookup({
  id: 'lookup-imd2019',
  indexVersion: 'IMD2019',
  rowCount: 2_650_000,
  sourceFilename: 'imd2019-postcodes.csv',
  loadedAt: '2026-06-01T09:00:00.000Z',
  active: false,
  loadedBy: null,
});

function renderPage(mocks: MockedResponse[]) {
  return renderWithProviders(<LookupsPage />, {
    route: '/lookups',
    mocks: [...signedInMocks(buildViewer({ role: 'ADMIN' })), ...mocks],
  });
}

function lookupCard(name: string) {
  const list = screen.getByRole('list', { name: 'Loaded lookups' });
  const item = within(list)
    .getAllByRole('listitem')
    .find((element) => element.textContent?.includes(name));
  if (!item) throw new Error(`No card for ${name}`);
  return item;
}

function chooseFile(name = 'deprivation-lookup-SYNTHETIC.csv') {
  const input = document.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('No file input');
  return userEvent.upload(
    input,
    new File(['postcode,area_code,decile\n'], name, { type: 'text/csv' }),
  );
}

// Typing and dialogs are slow in jsdom when the machine is busy: allow for it.
describe('LookupsPage', { timeout: 20_000 }, () => {
  beforeEach(() => {
    upload.mockReset();
  });

  it('lists the loaded versions, which one is in use, and says versions never mix', async () => {
    renderPage([lookupsMock([IMD2019, IMD2025])]);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Deprivation lookups' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Deciles of different index versions are never mixed/),
    ).toHaveTextContent('Lantern ships only a small synthetic demo lookup');

    await screen.findByRole('list', { name: 'Loaded lookups' });
    const imd2025 = lookupCard('IMD 2025 (England)');
    expect(imd2025).toHaveTextContent('Postcodes10');
    expect(imd2025).toHaveTextContent('Filedeprivation-lookup-SYNTHETIC.csv');
    expect(imd2025).toHaveTextContent('Loaded20 Nov 2026, 10:00 by Priya Shah');
    expect(imd2025).toHaveTextContent('Deciles come from this');
    const imd2019 = lookupCard('IMD 2019 (England)');
    expect(imd2019).toHaveTextContent('Postcodes2,650,000');
    expect(imd2019).toHaveTextContent('Not in use');

    const choice = screen.getByRole('radiogroup', { name: 'Take every decile from' });
    expect(
      within(choice).getByRole('radio', {
        name: 'The latest loaded lookup, now IMD 2025 (England)',
      }),
    ).toBeChecked();
  });

  it('loads a lookup file with progress and announces what changed', async () => {
    upload.mockResolvedValue({
      indexVersion: 'IMD2025',
      rowCount: 10,
      sourceFilename: 'deprivation-lookup-SYNTHETIC.csv',
      loadedAt: '2026-11-24T10:00:00.000Z',
      active: true,
      partnersUpdated: 4,
      sessionsUpdated: 30,
      replacedRowCount: null,
    });
    renderPage([lookupsMock([]), lookupsMock([IMD2025])]);
    expect(await screen.findByText('No lookup is loaded.')).toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Load a lookup file' });
    expect(within(form).getByRole('combobox', { name: 'Index version' })).toHaveValue('IMD2025');
    await userEvent.click(within(form).getByRole('button', { name: 'Load lookup' }));
    expect(within(form).getByText('Choose the lookup file to load.')).toBeInTheDocument();

    await chooseFile();
    expect(within(form).getByText('deprivation-lookup-SYNTHETIC.csv')).toBeInTheDocument();
    await userEvent.click(within(form).getByRole('button', { name: 'Load lookup' }));

    expect(upload).toHaveBeenCalledWith(
      '/api/deprivation-lookups/IMD2025',
      expect.objectContaining({ name: 'deprivation-lookup-SYNTHETIC.csv' }),
      expect.anything(),
    );
    expect(
      await screen.findByText(
        'Loaded 10 postcodes for IMD 2025 (England). Deciles now come from it: 4 partners and 30 sessions updated.',
      ),
    ).toBeInTheDocument();
    await screen.findByRole('list', { name: 'Loaded lookups' });
  });

  it("lists the server's row errors when a file is refused", async () => {
    upload.mockRejectedValue(
      restErrorFromBody(400, {
        error: {
          code: 'BAD_USER_INPUT',
          message: 'The file has 2 problems; nothing was loaded.',
          fieldErrors: [
            {
              path: ['row', '4', 'decile'],
              message: '11 is not a decile: a decile is a whole number from 1 to 10',
            },
            { path: ['row', '7', 'postcode'], message: 'ZZ1 is not a UK postcode' },
          ],
          errorCount: 2,
        },
      }),
    );
    renderPage([lookupsMock([IMD2025])]);
    await screen.findByRole('list', { name: 'Loaded lookups' });
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Index version' }),
      'SIMD 2020 (Scotland)',
    );
    await chooseFile('simd.csv');
    await userEvent.click(screen.getByRole('button', { name: 'Load lookup' }));

    expect(upload).toHaveBeenCalledWith(
      '/api/deprivation-lookups/SIMD2020',
      expect.anything(),
      expect.anything(),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file has 2 problems; nothing was loaded.');
    const rows = within(within(alert).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('4Decile11 is not a decile');
    expect(rows[1]).toHaveTextContent('7PostcodeZZ1 is not a UK postcode');
  });

  it('deletes a version after a confirmation naming it', async () => {
    renderPage([
      lookupsMock([IMD2019, IMD2025]),
      {
        request: {
          query: DeleteDeprivationLookupMutationDocument,
          variables: { input: { indexVersion: 'IMD2019' } },
        },
        result: {
          data: {
            __typename: 'Mutation',
            deleteDeprivationLookup: {
              __typename: 'DeprivationLookup',
              id: IMD2019.id,
              indexVersion: 'IMD2019',
            },
          },
        },
      },
      lookupsMock([IMD2025]),
    ]);
    await screen.findByRole('list', { name: 'Loaded lookups' });
    await userEvent.click(screen.getByRole('button', { name: 'Delete IMD 2019 (England)' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete IMD 2019 (England)?' });
    expect(dialog).toHaveTextContent(
      'The 2,650,000 postcodes of IMD 2019 (England) will be removed.',
    );
    expect(dialog).toHaveTextContent('Deciles do not come from it, so none change.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete lookup' }));

    expect(await screen.findByText('IMD 2019 (England) was deleted.')).toBeInTheDocument();
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Loaded lookups' })).getAllByRole('listitem'),
      ).toHaveLength(1),
    );
  });

  it('chooses the index deciles come from', async () => {
    renderPage([
      lookupsMock([IMD2019, IMD2025]),
      {
        request: {
          query: SetDeprivationIndexMutationDocument,
          variables: { input: { indexVersion: 'IMD2019' } },
        },
        result: {
          data: {
            __typename: 'Mutation',
            setDeprivationIndex: {
              __typename: 'Organisation',
              id: 'org-hilltop',
              deprivationIndex: 'IMD2019',
            },
          },
        },
      },
      lookupsMock(
        [
          { ...IMD2019, active: true },
          { ...IMD2025, active: false },
        ],
        'IMD2019',
      ),
    ]);
    const choice = await screen.findByRole('radiogroup', { name: 'Take every decile from' });
    expect(screen.getByRole('button', { name: 'Use this index' })).toBeDisabled();
    await userEvent.click(within(choice).getByRole('radio', { name: 'IMD 2019 (England)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Use this index' }));

    expect(
      await screen.findByText('Deciles now come from IMD 2019 (England).'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(lookupCard('IMD 2019 (England)')).toHaveTextContent('Deciles come from this'),
    );
  });

  it('checks a postcode', async () => {
    renderPage([
      lookupsMock([IMD2025]),
      {
        request: { query: DeprivationDecileQueryDocument, variables: { postcode: 'ZZ1 1AA' } },
        result: {
          data: {
            __typename: 'Query',
            deprivationDecile: {
              __typename: 'PostcodeDecile',
              postcode: 'ZZ1 1AA',
              areaCode: 'Z01000001',
              decile: 1,
              indexVersion: 'IMD2025',
            },
          },
        },
      },
      {
        request: { query: DeprivationDecileQueryDocument, variables: { postcode: 'ZZ9 9ZZ' } },
        result: { data: { __typename: 'Query', deprivationDecile: null } },
      },
      {
        request: { query: DeprivationDecileQueryDocument, variables: { postcode: 'ZZ8 8ZZ' } },
        result: apiErrorResult('Invalid input', { code: 'FORBIDDEN' }),
      },
    ]);
    const form = screen.getByRole('form', { name: 'Check a postcode' });
    const postcode = within(form).getByRole('textbox', { name: 'Postcode' });

    await userEvent.type(postcode, 'not a postcode');
    await userEvent.click(within(form).getByRole('button', { name: 'Check postcode' }));
    expect(postcode).toHaveAccessibleDescription('Enter a UK postcode like SW1A 1AA');

    await userEvent.clear(postcode);
    await userEvent.type(postcode, 'zz11aa');
    await userEvent.click(within(form).getByRole('button', { name: 'Check postcode' }));
    expect(
      await screen.findByText('ZZ1 1AA: decile 1 of 10 in IMD 2025 (England)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Area Z01000001\. Decile 1 is the most deprived 10%/),
    ).toBeInTheDocument();

    await userEvent.clear(postcode);
    await userEvent.type(postcode, 'ZZ9 9ZZ');
    await userEvent.click(within(form).getByRole('button', { name: 'Check postcode' }));
    expect(await screen.findByText('ZZ9 9ZZ is not in the lookup in use.')).toBeInTheDocument();

    await userEvent.clear(postcode);
    await userEvent.type(postcode, 'ZZ8 8ZZ');
    await userEvent.click(within(form).getByRole('button', { name: 'Check postcode' }));
    expect(await screen.findByText(/You do not have permission to do that/)).toBeInTheDocument();
  });
});
