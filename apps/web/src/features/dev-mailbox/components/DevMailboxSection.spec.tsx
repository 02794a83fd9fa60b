import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { devMailboxEnabledMock } from '../../../test/auth.mocks';
import { buildDevMail, devMailboxMock } from '../../../test/dev-mailbox.mocks';
import { renderWithProviders } from '../../../test/render';
import { DevMailboxSection } from './DevMailboxSection';

describe('DevMailboxSection', () => {
  it('lists caught mail; each opens to its text and clickable links', async () => {
    renderWithProviders(<DevMailboxSection />, {
      mocks: [devMailboxEnabledMock(true), devMailboxMock([buildDevMail()])],
    });

    const list = await screen.findByRole('list', { name: 'Caught emails' });
    const mail = within(list).getByRole('listitem');
    expect(mail).toHaveTextContent('Priya Shah invited you to Hilltop Museum on Lantern');
    expect(mail).toHaveTextContent('To: sam@hilltop.example');
    expect(mail).toHaveTextContent('24 Nov 2026, 14:05:09');
    expect(within(mail).queryByRole('link')).not.toBeInTheDocument();

    const toggle = within(mail).getByRole('button', { name: 'Show message' });
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(
      within(mail).getByRole('link', { name: /accept-invitation\?token=abc123/ }),
    ).toHaveAttribute(
      'href',
      'http://localhost:5173/accept-invitation?token=abc123abc123abc123abc123',
    );
    expect(mail).toHaveTextContent(
      'Priya Shah invited you to join Hilltop Museum as Learning officer.',
    );
    expect(screen.getByRole('button', { name: 'Refresh' })).toBeInTheDocument();
  });

  it('never links anything but http(s)', async () => {
    renderWithProviders(<DevMailboxSection />, {
      mocks: [
        devMailboxEnabledMock(true),
        devMailboxMock([
          buildDevMail({ links: ['javascript:alert(1)', 'https://lantern.example/x'] }),
        ]),
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Show message' }));

    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      'https://lantern.example/x',
    ]);
  });

  it('explains an empty mailbox', async () => {
    renderWithProviders(<DevMailboxSection />, {
      mocks: [devMailboxEnabledMock(true), devMailboxMock([])],
    });
    expect(await screen.findByText('No emails yet.')).toBeInTheDocument();
  });

  it('says it is turned off outside the local demo, without asking for mail', async () => {
    renderWithProviders(<DevMailboxSection />, { mocks: [devMailboxEnabledMock(false)] });
    expect(await screen.findByText('The dev mailbox is turned off.')).toBeInTheDocument();
  });
});
