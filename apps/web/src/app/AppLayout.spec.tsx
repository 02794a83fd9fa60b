import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render';
import { systemStatusMock, workerChecksMock } from '../test/system-status.mocks';

const statusMocks = () => [systemStatusMock(), workerChecksMock({ checks: [] })];

describe('app shell and routes', () => {
  it('redirects / to the system status page and marks its link as the current page', async () => {
    const { router } = renderApp({ route: '/', mocks: statusMocks() });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'System status' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/status');
    expect(document.title).toBe('System status · Lantern');

    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'System status' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('banner')).toHaveTextContent('Lantern');
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
    renderApp({ route: '/no-such-page' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Page not found · Lantern');
    expect(screen.getByRole('link', { name: 'Go to system status' })).toHaveAttribute(
      'href',
      '/status',
    );
    expect(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', {
        name: 'System status',
      }),
    ).not.toHaveAttribute('aria-current');
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
});
