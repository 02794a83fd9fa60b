import { ApolloClient } from '@apollo/client';
import type { MockedResponse } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  SignOutEverywhereMutationDocument,
  SignOutMutationDocument,
  SwitchOrganisationMutationDocument,
} from '../features/auth/graphql/auth.operations';
import { OrganisationSettingsQueryDocument } from '../features/organisation/graphql/organisation.operations';
import {
  buildViewer,
  devMailboxEnabledMock,
  HILLTOP,
  meMock,
  meOnceMock,
  RIVERSIDE,
} from '../test/auth.mocks';
import { buildOrganisationSettings } from '../test/organisation.mocks';
import { renderApp } from '../test/render';

function settingsMock(name: string, id: string): MockedResponse {
  return {
    request: { query: OrganisationSettingsQueryDocument },
    result: {
      data: { __typename: 'Query', organisation: buildOrganisationSettings({ id, name }) },
    },
  };
}

describe('organisation switcher', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('switches organisation, resets the store and lands on the new home page', async () => {
    const resetStore = vi.spyOn(ApolloClient.prototype, 'resetStore');
    const atHilltop = buildViewer({
      role: 'ADMIN',
      otherMemberships: [{ ...RIVERSIDE, role: 'TRUSTEE' }],
    });
    const atRiverside = buildViewer({
      role: 'TRUSTEE',
      organisation: RIVERSIDE,
      otherMemberships: [{ ...HILLTOP, role: 'ADMIN' }],
    });
    const { router } = renderApp({
      route: '/settings',
      mocks: [
        meOnceMock(atHilltop),
        devMailboxEnabledMock(),
        settingsMock(HILLTOP.name, HILLTOP.id),
        {
          request: {
            query: SwitchOrganisationMutationDocument,
            variables: { input: { organisationId: RIVERSIDE.id } },
          },
          result: { data: { __typename: 'Mutation', switchOrganisation: atRiverside } },
        },
        meOnceMock(atRiverside),
        settingsMock(RIVERSIDE.name, RIVERSIDE.id),
      ],
    });
    expect(await screen.findByRole('textbox', { name: 'Organisation name' })).toHaveValue(
      'Hilltop Museum',
    );

    await userEvent.click(
      screen.getByRole('button', { name: 'Current organisation: Hilltop Museum' }),
    );
    const menu = screen.getByRole('menu');
    expect(within(menu).getByRole('menuitem', { name: /Hilltop Museum/ })).toBeDisabled();
    await userEvent.click(within(menu).getByRole('menuitem', { name: /Riverside Gallery/ }));

    expect(
      await within(screen.getByRole('banner')).findByRole('button', {
        name: 'Current organisation: Riverside Gallery',
      }),
    ).toBeInTheDocument();
    expect(resetStore).toHaveBeenCalledTimes(1);
    // Riverside's settings, read-only for a trustee: nothing of Hilltop's is left on screen.
    expect(await screen.findByText('Only admins can change these settings.')).toBeInTheDocument();
    expect(screen.getByText('Riverside Gallery', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.queryByText('Hilltop Museum', { selector: 'dd' })).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/settings');
  });

  it('shows the organisation as plain text when there is only one', async () => {
    renderApp({
      route: '/settings',
      mocks: [
        meMock(buildViewer()),
        devMailboxEnabledMock(),
        settingsMock(HILLTOP.name, HILLTOP.id),
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Settings' });

    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('Current organisation:')).toBeInTheDocument();
    expect(within(banner).getByText('Hilltop Museum')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Current organisation/ })).not.toBeInTheDocument();
  });
});

describe('account menu', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('signs out, clears the store and goes to the sign-in page', async () => {
    const clearStore = vi.spyOn(ApolloClient.prototype, 'clearStore');
    const { router } = renderApp({
      route: '/settings',
      mocks: [
        meMock(buildViewer()),
        devMailboxEnabledMock(),
        settingsMock(HILLTOP.name, HILLTOP.id),
        {
          request: { query: SignOutMutationDocument },
          result: { data: { __typename: 'Mutation', signOut: true } },
        },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Settings' });

    await userEvent.click(screen.getByRole('button', { name: 'Account: Priya Shah' }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe('/sign-in');
    expect(clearStore).toHaveBeenCalled();
  });

  it('asks before signing out everywhere', async () => {
    const { router } = renderApp({
      route: '/settings',
      mocks: [
        meMock(buildViewer()),
        devMailboxEnabledMock(),
        settingsMock(HILLTOP.name, HILLTOP.id),
        {
          request: { query: SignOutEverywhereMutationDocument },
          result: { data: { __typename: 'Mutation', signOutEverywhere: true } },
        },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Settings' });

    await userEvent.click(screen.getByRole('button', { name: 'Account: Priya Shah' }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Sign out everywhere' }));
    const dialog = screen.getByRole('dialog', { name: 'Sign out everywhere?' });
    expect(dialog).toHaveTextContent('This signs you out on every device, including this one.');
    expect(router.state.location.pathname).toBe('/settings');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Sign out everywhere' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
  });
});
