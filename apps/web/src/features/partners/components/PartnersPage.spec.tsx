import type { MockedResponse } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiErrorResult, buildViewer, signedInMocks } from '../../../test/auth.mocks';
import {
  buildPartner,
  HILLCREST,
  partnersMock,
  RIVERSIDE_GROUP,
} from '../../../test/partners.mocks';
import { renderInRouter } from '../../../test/render';
import {
  CreatePartnerMutationDocument,
  DeletePartnerMutationDocument,
  UpdatePartnerMutationDocument,
} from '../graphql/partners.operations';
import { PartnersPage } from './PartnersPage';

const ST_AIDANS = buildPartner();

function renderPage(mocks: MockedResponse[], route = '/partners') {
  return renderInRouter(<PartnersPage />, {
    route,
    path: '/partners',
    mocks: [...signedInMocks(buildViewer({ role: 'LEARNING_OFFICER' })), ...mocks],
  });
}

function card(name: string) {
  const list = screen.getByRole('list', { name: /partners/ });
  const item = within(list)
    .getAllByRole('listitem')
    .find((element) => element.textContent?.includes(name));
  if (!item) throw new Error(`No card for ${name}`);
  return item;
}

// Typing and dialogs are slow in jsdom when the machine is busy: allow for it.
describe('PartnersPage', { timeout: 20_000 }, () => {
  it('lists partners with their decile and its index, engagement dates and sessions', async () => {
    renderPage([
      partnersMock([ST_AIDANS, HILLCREST], { hasNextPage: true, totalCount: 3 }),
      partnersMock([RIVERSIDE_GROUP], { after: 'partner-2', totalCount: 3 }),
    ]);

    expect(screen.getByRole('heading', { level: 1, name: 'Partners' })).toBeInTheDocument();
    await screen.findByText("St Aidan's CE Primary");
    const aidans = card("St Aidan's CE Primary");
    expect(aidans).toHaveTextContent('School');
    expect(aidans).toHaveTextContent('URN100001');
    expect(aidans).toHaveTextContent('PostcodeZZ1 1AA');
    expect(aidans).toHaveTextContent('Deprivation decile1 (IMD 2025)');
    expect(aidans).toHaveTextContent('First engagement2 Apr 2024');
    expect(aidans).toHaveTextContent('Last engagement11 Mar 2025');
    expect(aidans).toHaveTextContent('Sessions6');
    expect(screen.getByText('Showing 2 of 3 partners')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByText('Riverside Memory Café');
    const group = card('Riverside Memory Café');
    expect(group).toHaveTextContent('Community group');
    expect(group).toHaveTextContent('Deprivation decile—no postcode');
    expect(group).toHaveTextContent('First engagement—no sessions yet');
    expect(screen.getByText('Showing 3 of 3 partners')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('reads its filters from the address and puts new ones there', async () => {
    const { router } = renderPage(
      [
        partnersMock([HILLCREST], { filter: { search: 'hill', type: 'SCHOOL' } }),
        partnersMock([], { filter: { search: 'memory' } }),
      ],
      '/partners?search=hill&type=SCHOOL',
    );
    const search = screen.getByRole('searchbox', { name: 'Name, URN or postcode' });
    expect(search).toHaveValue('hill');
    expect(screen.getByRole('combobox', { name: 'Type' })).toHaveValue('SCHOOL');
    expect(await screen.findByRole('heading', { name: 'Matching partners' })).toBeInTheDocument();
    await screen.findByText('Hillcrest Academy');

    await userEvent.clear(search);
    await userEvent.type(search, 'memory');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Any type');
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(router.state.location.search).toBe('?search=memory'));
    expect(await screen.findByText('No partners match these filters.')).toBeInTheDocument();
  });

  it('checks a new partner in the browser, then shows the server’s field errors beside the fields', async () => {
    renderPage([
      partnersMock([ST_AIDANS]),
      {
        request: {
          query: CreatePartnerMutationDocument,
          variables: {
            input: {
              name: 'Oakfield Youth Club',
              type: 'COMMUNITY_GROUP',
              urn: null,
              postcode: 'ZZ9 9ZZ',
              notes: null,
            },
          },
        },
        result: apiErrorResult('Invalid input', {
          code: 'BAD_USER_INPUT',
          fieldErrors: [{ path: ['input', 'postcode'], message: 'That postcode is not in use' }],
        }),
      },
    ]);
    await screen.findByText("St Aidan's CE Primary");

    await userEvent.click(screen.getByRole('button', { name: 'Add a partner' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a partner' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add partner' }));
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    expect(name).toHaveAccessibleDescription('Enter the partner name');
    expect(name).toHaveFocus();

    await userEvent.type(name, 'Oakfield Youth Club');
    await userEvent.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Type' }),
      'Community group',
    );
    const urn = within(dialog).getByRole('textbox', { name: 'URN (optional)' });
    await userEvent.type(urn, '12345');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add partner' }));
    expect(urn).toHaveAccessibleDescription(/A URN has six digits/);

    await userEvent.clear(urn);
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Postcode (optional)' }),
      'zz99zz',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add partner' }));
    const postcode = within(dialog).getByRole('textbox', { name: 'Postcode (optional)' });
    await waitFor(() =>
      expect(postcode).toHaveAccessibleDescription(/That postcode is not in use/),
    );
    expect(postcode).toHaveFocus();
  });

  it('edits a partner in place', async () => {
    renderPage([
      partnersMock([ST_AIDANS]),
      {
        request: {
          query: UpdatePartnerMutationDocument,
          variables: {
            input: {
              id: ST_AIDANS.id,
              name: "St Aidan's CE Primary School",
              type: 'SCHOOL',
              urn: '100001',
              postcode: 'ZZ1 1AA',
              notes: null,
            },
          },
        },
        result: {
          data: {
            __typename: 'Mutation',
            updatePartner: { ...ST_AIDANS, name: "St Aidan's CE Primary School" },
          },
        },
      },
    ]);
    await screen.findByText("St Aidan's CE Primary");
    await userEvent.click(screen.getByRole('button', { name: "Edit St Aidan's CE Primary" }));
    const dialog = screen.getByRole('dialog', { name: "Edit St Aidan's CE Primary" });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Name' }), ' School');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save partner' }));

    expect(await screen.findByText("St Aidan's CE Primary School was saved.")).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(card("St Aidan's CE Primary School")).toBeInTheDocument();
  });

  it("asks before deleting, and shows the API's sentence when sessions use the partner", async () => {
    const inUse = 'Hillcrest Academy is named in 3 sessions: remove it from them first.';
    renderPage([
      partnersMock([ST_AIDANS, HILLCREST]),
      {
        request: {
          query: DeletePartnerMutationDocument,
          variables: { input: { id: HILLCREST.id } },
        },
        result: apiErrorResult(inUse, { code: 'CONFLICT', sessionCount: 3 }),
      },
      {
        request: {
          query: DeletePartnerMutationDocument,
          variables: { input: { id: ST_AIDANS.id } },
        },
        result: {
          data: {
            __typename: 'Mutation',
            deletePartner: { __typename: 'Partner', id: ST_AIDANS.id, name: ST_AIDANS.name },
          },
        },
      },
    ]);
    await screen.findByText('Hillcrest Academy');

    await userEvent.click(screen.getByRole('button', { name: 'Delete Hillcrest Academy' }));
    let dialog = screen.getByRole('dialog', { name: 'Delete Hillcrest Academy?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete partner' }));
    expect(await within(dialog).findByText(inUse)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await userEvent.click(screen.getByRole('button', { name: "Delete St Aidan's CE Primary" }));
    dialog = screen.getByRole('dialog', { name: "Delete St Aidan's CE Primary?" });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete partner' }));
    expect(await screen.findByText("St Aidan's CE Primary was deleted.")).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: /partners/ })).getAllByRole('listitem'),
    ).toHaveLength(1);
    expect(screen.getByText('Showing 1 of 1 partner')).toBeInTheDocument();
  });
});
