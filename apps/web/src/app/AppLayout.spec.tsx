import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildViewer, devMailboxEnabledMock, meMock, signedInMocks } from '../test/auth.mocks';
import { devMailboxMock } from '../test/dev-mailbox.mocks';
import { renderApp } from '../test/render';
import { systemStatusMock, workerChecksMock } from '../test/system-status.mocks';

const statusMocks = () => [
  ...signedInMocks(),
  systemStatusMock(),
  workerChecksMock({ checks: [] }),
];

function navLinks() {
  const nav = screen.getByRole('navigation', { name: 'Main', hidden: true });
  return within(nav)
    .queryAllByRole('link', { hidden: true })
    .map((link) => link.textContent);
}

describe('app shell and routes', () => {
  it('shows the system status page to an admin and marks its link as the current page', async () => {
    renderApp({ route: '/status', mocks: statusMocks() });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'System status' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('System status · Lantern');

    const nav = screen.getByRole('navigation', { name: 'Main', hidden: true });
    expect(within(nav).getByRole('link', { name: 'System status', hidden: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('banner')).toHaveTextContent('Lantern');
    expect(screen.getByRole('banner')).toHaveTextContent('Hilltop Museum');
    expect(screen.getByRole('banner')).toHaveTextContent('Priya Shah');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
  });

  it('puts "Skip to main content" first in the tab order', async () => {
    renderApp({ route: '/status', mocks: statusMocks() });
    await screen.findByRole('heading', { level: 1, name: 'System status' });

    await userEvent.tab();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveFocus();
    expect(skip).toHaveAttribute('href', '#main');
  });

  it('shows a not-found page for unknown addresses', async () => {
    renderApp({ route: '/no-such-page', mocks: signedInMocks() });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Page not found · Lantern');
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  });

  it('opens and closes the navigation with the burger on small screens', async () => {
    renderApp({ route: '/status', mocks: statusMocks() });
    await screen.findByRole('heading', { level: 1, name: 'System status' });

    const nav = screen.getByRole('navigation', { name: 'Main', hidden: true });
    const burger = screen.getByRole('button', { name: 'Open navigation' });
    expect(burger).toHaveAttribute('aria-expanded', 'false');
    expect(burger).toHaveAttribute('aria-controls', nav.id);
    expect(nav).toHaveAttribute('inert');

    await userEvent.click(burger);
    expect(burger).toHaveAttribute('aria-expanded', 'true');
    expect(burger).toHaveAccessibleName('Close navigation');
    expect(nav).not.toHaveAttribute('inert');

    await userEvent.keyboard('{Escape}');
    expect(burger).toHaveAttribute('aria-expanded', 'true');
    within(nav).getByRole('link', { name: 'System status' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(burger).toHaveAttribute('aria-expanded', 'false');
    expect(burger).toHaveFocus();
  });

  it('moves focus to the new page heading after following a link', async () => {
    renderApp({
      route: '/status',
      mocks: [
        meMock(buildViewer()),
        devMailboxEnabledMock(true),
        systemStatusMock(),
        workerChecksMock({ checks: [] }),
        devMailboxMock([]),
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'System status' });

    await userEvent.click(screen.getByRole('button', { name: 'Open navigation' }));
    await userEvent.click(await screen.findByRole('link', { name: 'Dev mailbox' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Dev mailbox' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(document.title).toBe('Dev mailbox · Lantern');
  });
});

describe('navigation by permission', () => {
  it.each([
    [
      'ADMIN',
      true,
      [
        'Log a session',
        'Programmes',
        'Sessions',
        'Partners',
        'Import',
        'Indicators',
        'Results',
        'Surveys',
        'Evidence',
        'Commitments',
        'Coverage',
        'Members',
        'Settings',
        'Lookups',
        'Audit log',
        'System status',
        'Dev mailbox',
      ],
    ],
    [
      'ADMIN',
      false,
      [
        'Log a session',
        'Programmes',
        'Sessions',
        'Partners',
        'Import',
        'Indicators',
        'Results',
        'Surveys',
        'Evidence',
        'Commitments',
        'Coverage',
        'Members',
        'Settings',
        'Lookups',
        'Audit log',
        'System status',
      ],
    ],
    [
      'HEAD_OF_LEARNING',
      false,
      [
        'Log a session',
        'Programmes',
        'Sessions',
        'Partners',
        'Import',
        'Indicators',
        'Results',
        'Surveys',
        'Evidence',
        'Commitments',
        'Coverage',
        'Members',
        'Settings',
      ],
    ],
    [
      'LEARNING_OFFICER',
      true,
      [
        'Log a session',
        'Programmes',
        'Sessions',
        'Partners',
        'Import',
        'Indicators',
        'Results',
        'Surveys',
        'Evidence',
        'Commitments',
        'Coverage',
        'Members',
        'Settings',
        'Dev mailbox',
      ],
    ],
    [
      'TRUSTEE',
      false,
      ['Indicators', 'Results', 'Evidence', 'Commitments', 'Coverage', 'Settings'],
    ],
  ] as const)('%s (dev mailbox %s) sees %j', async (role, devMailbox, expected) => {
    renderApp({
      route: '/no-such-page',
      mocks: [meMock(buildViewer({ role })), devMailboxEnabledMock(devMailbox)],
    });
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });

    await waitFor(() => expect(navLinks()).toEqual(expected));
  });
});
