import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildViewer, devMailboxEnabledMock, meMock } from '../../../test/auth.mocks';
import { buildOrganisationSettings } from '../../../test/organisation.mocks';
import { renderApp } from '../../../test/render';
import { OrganisationSettingsQueryDocument } from '../../organisation/graphql/organisation.operations';

describe('RequireAuth', () => {
  it('sends a signed-out person to the sign-in page, coming back here afterwards', async () => {
    const { router } = renderApp({
      route: '/audit?action=site.created',
      mocks: [meMock(null), devMailboxEnabledMock(false)],
    });

    expect(screen.getByRole('status', { name: 'Loading Lantern…' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe(
      '/audit?action=site.created',
    );
    expect(document.title).toBe('Sign in · Lantern');
    // The public layout: no app navigation.
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
  });

  it('sends the home page to /sign-in without a next', async () => {
    const { router } = renderApp({ route: '/', mocks: [meMock(null), devMailboxEnabledMock()] });

    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe('/sign-in');
  });

  it('lands a signed-in person without members.read on the settings page', async () => {
    const { router } = renderApp({
      route: '/',
      mocks: [
        meMock(buildViewer({ role: 'TRUSTEE' })),
        devMailboxEnabledMock(),
        {
          request: { query: OrganisationSettingsQueryDocument },
          result: { data: { __typename: 'Query', organisation: buildOrganisationSettings() } },
        },
      ],
    });

    await waitFor(() => expect(router.state.location.pathname).toBe('/settings'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
  });
});

describe('RequirePermission', () => {
  it('shows a trustee that the members page is not for their role', async () => {
    renderApp({
      route: '/members',
      mocks: [meMock(buildViewer({ role: 'TRUSTEE' })), devMailboxEnabledMock()],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: "You don't have permission" }),
    ).toBeInTheDocument();
    expect(document.title).toBe("You don't have permission · Lantern");
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  });

  it('keeps the system status page for admins only', async () => {
    renderApp({
      route: '/status',
      mocks: [meMock(buildViewer({ role: 'HEAD_OF_LEARNING' })), devMailboxEnabledMock()],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: "You don't have permission" }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'System status' })).not.toBeInTheDocument();
  });
});
