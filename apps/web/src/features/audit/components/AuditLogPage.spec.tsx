import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { auditActionsMock, auditEventsMock, buildAuditEvent } from '../../../test/audit.mocks';
import { signedInMocks } from '../../../test/auth.mocks';
import { renderInRouter } from '../../../test/render';
import { AuditLogPage } from './AuditLogPage';

const ACTIONS = ['member.role_changed', 'site.created'];

function events() {
  return within(screen.getByRole('list', { name: 'Events' })).getAllByRole('listitem');
}

describe('AuditLogPage', () => {
  it('reads its filters from the address and writes new ones back to it', async () => {
    const roleChange = buildAuditEvent({
      id: 'event-9',
      action: 'member.role_changed',
      entityType: 'membership',
      summary: "Priya Shah changed Sam Lee's role from Learning officer to Head of learning",
      changes: [
        {
          __typename: 'AuditChange',
          field: 'role',
          before: '"LEARNING_OFFICER"',
          after: '"HEAD_OF_LEARNING"',
        },
      ],
    });
    const { router } = renderInRouter(<AuditLogPage />, {
      path: '/audit',
      route: '/audit?action=site.created&from=2026-07-01',
      mocks: [
        ...signedInMocks(),
        auditActionsMock(ACTIONS),
        auditEventsMock({ action: 'site.created', from: '2026-06-30T23:00:00.000Z' }, [
          buildAuditEvent(),
        ]),
        auditEventsMock({ action: 'member.role_changed', entityType: 'membership' }, [roleChange]),
      ],
    });

    expect(await screen.findByText('Priya Shah added the site Main building')).toBeInTheDocument();
    const action = screen.getByRole('combobox', { name: 'Action' });
    await waitFor(() => expect(action).toHaveValue('site.created'));
    expect(screen.getByLabelText('From')).toHaveValue('2026-07-01');

    await userEvent.selectOptions(action, 'Member role changed');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Type of record' }),
      'Membership',
    );
    await userEvent.clear(screen.getByLabelText('From'));
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() =>
      expect(router.state.location.search).toBe(
        '?action=member.role_changed&entityType=membership',
      ),
    );
    expect(
      await screen.findByText(
        "Priya Shah changed Sam Lee's role from Learning officer to Head of learning",
      ),
    ).toBeInTheDocument();
    expect(events()).toHaveLength(1);

    // The changes, on request.
    const toggle = screen.getByRole('button', { name: 'Show changes (1)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    const table = screen.getByRole('table', { name: /Changes/ });
    const cells = within(within(table).getAllByRole('row')[1] as HTMLElement).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual(['LEARNING_OFFICER', 'HEAD_OF_LEARNING']);
  });

  it('loads the next page with "Load more"', async () => {
    renderInRouter(<AuditLogPage />, {
      path: '/audit',
      route: '/audit',
      mocks: [
        ...signedInMocks(),
        auditActionsMock(ACTIONS),
        auditEventsMock({}, [buildAuditEvent({ id: 'event-2', summary: 'Newest event' })], {
          hasNextPage: true,
          totalCount: 2,
        }),
        auditEventsMock({}, [buildAuditEvent({ id: 'event-1', summary: 'Oldest event' })], {
          after: 'event-2',
          totalCount: 2,
        }),
      ],
    });

    expect(await screen.findByText('Newest event')).toBeInTheDocument();
    expect(screen.getByText('Showing 1 of 2 events')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('Oldest event')).toBeInTheDocument();
    expect(events()).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('says when nothing matches, and clears the filters', async () => {
    const { router } = renderInRouter(<AuditLogPage />, {
      path: '/audit',
      route: '/audit?entityType=site',
      mocks: [
        ...signedInMocks(),
        auditActionsMock(ACTIONS),
        auditEventsMock({ entityType: 'site' }, []),
        auditEventsMock({}, [buildAuditEvent()]),
      ],
    });

    expect(await screen.findByText('No audit events match these filters.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));

    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByText('Priya Shah added the site Main building')).toBeInTheDocument();
  });
});
