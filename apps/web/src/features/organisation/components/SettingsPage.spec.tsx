import type { MockedResponse } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiErrorResult, buildViewer, signedInMocks } from '../../../test/auth.mocks';
import { buildOrganisationSettings, buildSite } from '../../../test/organisation.mocks';
import { renderWithProviders } from '../../../test/render';
import {
  CreateSiteMutationDocument,
  DeleteSiteMutationDocument,
  OrganisationSettingsQueryDocument,
  UpdateOrganisationMutationDocument,
} from '../graphql/organisation.operations';
import { SettingsPage } from './SettingsPage';

const organisation = buildOrganisationSettings({ nation: 'SCOTLAND', academicYearStartMonth: 8 });

const settingsMock: MockedResponse = {
  request: { query: OrganisationSettingsQueryDocument },
  result: { data: { __typename: 'Query', organisation } },
};

function renderAs(role: 'ADMIN' | 'TRUSTEE', extra: MockedResponse[] = []) {
  return renderWithProviders(<SettingsPage />, {
    route: '/settings',
    mocks: [...signedInMocks(buildViewer({ role })), settingsMock, ...extra],
  });
}

function valueOf(term: string) {
  return screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
}

describe('SettingsPage', () => {
  it('is read-only for a trustee: values, no form, no site controls', async () => {
    renderAs('TRUSTEE');

    expect(await screen.findByText('Only admins can change these settings.')).toBeInTheDocument();
    expect(valueOf('Organisation name')).toBe('Hilltop Museum');
    expect(valueOf('Nation')).toBe('Scotland');
    expect(valueOf('Financial year starts in')).toBe('April');
    expect(valueOf('Academic year starts in')).toBe('August');
    expect(valueOf('Small-cell threshold')).toBe('5');
    expect(valueOf('Time zone')).toBe('Europe/London');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save settings' })).not.toBeInTheDocument();

    const sites = screen.getByRole('list', { name: 'Sites' });
    expect(within(sites).getByRole('listitem')).toHaveTextContent('Main building');
    expect(within(sites).getByRole('listitem')).toHaveTextContent('Museum · SW1A 1AA');
    expect(screen.queryByRole('button', { name: 'Add a site' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Edit|Delete/ })).not.toBeInTheDocument();
  });

  it('gives an admin the form, with the small-cell explanation', async () => {
    renderAs('ADMIN', [
      {
        request: {
          query: UpdateOrganisationMutationDocument,
          variables: {
            input: {
              name: 'Hilltop Museum',
              kind: 'MUSEUM',
              nation: 'SCOTLAND',
              financialYearStartMonth: 4,
              academicYearStartMonth: 8,
              smallCellThreshold: 10,
              timeZone: 'Europe/London',
            },
          },
        },
        result: {
          data: {
            __typename: 'Mutation',
            updateOrganisation: { ...organisation, smallCellThreshold: 10 },
          },
        },
      },
    ]);

    const name = await screen.findByRole('textbox', { name: 'Organisation name' });
    expect(name).toHaveValue('Hilltop Museum');
    expect(screen.getByRole('combobox', { name: /Academic year starts in/ })).toHaveValue('8');
    expect(
      screen.getByRole('combobox', { name: /Academic year starts in/ }),
    ).toHaveAccessibleDescription('Usually September. Scotland usually starts in August.');
    const threshold = screen.getByRole('spinbutton', { name: 'Small-cell threshold' });
    expect(threshold).toHaveAccessibleDescription(
      expect.stringContaining(
        'Figures based on fewer people than this are hidden in dashboards, exports and reports',
      ),
    );

    await userEvent.clear(threshold);
    await userEvent.type(threshold, '60');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(threshold).toHaveAttribute('aria-invalid', 'true');
    expect(threshold).toHaveFocus();

    await userEvent.clear(threshold);
    await userEvent.type(threshold, '10');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
  });

  it("shows the API's field errors beside the field", async () => {
    renderAs('ADMIN', [
      {
        request: {
          query: UpdateOrganisationMutationDocument,
          variables: {
            input: {
              name: 'Hilltop Museum',
              kind: 'MUSEUM',
              nation: 'SCOTLAND',
              financialYearStartMonth: 4,
              academicYearStartMonth: 8,
              smallCellThreshold: 5,
              timeZone: 'Europe/London',
            },
          },
        },
        result: apiErrorResult('input.name: taken', {
          code: 'BAD_USER_INPUT',
          fieldErrors: [{ path: ['input', 'name'], message: 'That name is already used.' }],
        }),
      },
    ]);
    const name = await screen.findByRole('textbox', { name: 'Organisation name' });
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    await waitFor(() => expect(name).toHaveAccessibleDescription('That name is already used.'));
  });

  it('adds a site with a normalised postcode, and deletes one after asking', async () => {
    const added = buildSite({
      id: 'site-2',
      name: 'Learning centre',
      type: 'LEARNING_CENTRE',
      postcode: 'EH1 1YZ',
    });
    renderAs('ADMIN', [
      {
        request: {
          query: CreateSiteMutationDocument,
          variables: {
            input: { name: 'Learning centre', type: 'LEARNING_CENTRE', postcode: 'EH1 1YZ' },
          },
        },
        result: { data: { __typename: 'Mutation', createSite: added } },
      },
      {
        request: { query: DeleteSiteMutationDocument, variables: { input: { id: 'site-1' } } },
        result: {
          data: { __typename: 'Mutation', deleteSite: { __typename: 'Site', id: 'site-1' } },
        },
      },
    ]);
    await screen.findByRole('list', { name: 'Sites' });

    await userEvent.click(screen.getByRole('button', { name: 'Add a site' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a site' });
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Site name' }),
      'Learning centre',
    );
    await userEvent.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Type of site' }),
      'Learning centre',
    );
    const postcode = within(dialog).getByRole('textbox', { name: 'Postcode (optional)' });
    await userEvent.type(postcode, '12345');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add site' }));
    expect(postcode).toHaveAccessibleDescription(
      expect.stringContaining('Enter a UK postcode like SW1A 1AA'),
    );

    await userEvent.clear(postcode);
    await userEvent.type(postcode, 'eh11yz');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add site' }));

    const sites = screen.getByRole('list', { name: 'Sites' });
    await waitFor(() => expect(within(sites).getAllByRole('listitem')).toHaveLength(2));
    expect(within(sites).getAllByRole('listitem')[1]).toHaveTextContent(
      'Learning centre · EH1 1YZ',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Delete Main building' }));
    const confirm = screen.getByRole('dialog', { name: 'Delete Main building?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Delete site' }));

    await waitFor(() => expect(within(sites).getAllByRole('listitem')).toHaveLength(1));
    expect(screen.getByText('Main building was deleted.')).toBeInTheDocument();
  });
});
