import type { MockedResponse } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiErrorResult, signedInMocks } from '../../../test/auth.mocks';
import { renderInRouter } from '../../../test/render';
import {
  buildSessionSummary,
  FAMILIES,
  partnerOptionsMock,
  ROMANS,
  sessionFilterOptionsMock,
  sessionsMock,
  sid,
} from '../../../test/sessions.mocks';
import { SESSIONS_PAGE_SIZE } from '../hooks/useSessions';
import { SessionsQueryDocument } from '../graphql/sessions.operations';
import { SessionsPage } from './SessionsPage';

function sessionItems() {
  return within(screen.getByRole('list', { name: /sessions$/ })).getAllByRole('listitem');
}

function renderList(route: string, mocks: MockedResponse[] = []) {
  return renderInRouter(<SessionsPage />, {
    path: '/sessions',
    route,
    mocks: [...signedInMocks(), sessionFilterOptionsMock(), partnerOptionsMock(), ...mocks],
  });
}

describe('SessionsPage', { timeout: 60_000 }, () => {
  it('reads its filters from the address and writes new ones back, exports included', async () => {
    const user = userEvent.setup({ delay: null });
    const workshop = buildSessionSummary();
    const familyDay = buildSessionSummary({
      id: sid(101),
      date: '2026-11-21',
      startTime: '11:00',
      format: 'FAMILY_DROP_IN',
      programme: FAMILIES,
      partners: [],
      attendanceTotal: 85,
      hasEstimates: true,
    });
    const { router } = renderList(
      `/sessions?from=2026-04-01&programmeId=${ROMANS.id}&format=SCHOOL_WORKSHOP`,
      [
        sessionsMock(
          { from: '2026-04-01', programmeId: ROMANS.id, format: 'SCHOOL_WORKSHOP' },
          [workshop],
          { totalCount: 1, totalAttendance: 32 },
        ),
        sessionsMock({ from: '2026-04-01', to: '2026-11-30', format: 'FAMILY_DROP_IN' }, [
          familyDay,
        ]),
      ],
    );

    expect(await screen.findByText('1 session, 32 attendances')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Matching sessions' }),
    ).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Filter sessions' });
    expect(within(form).getByLabelText('From')).toHaveValue('2026-04-01');
    expect(within(form).getByRole('combobox', { name: 'Format' })).toHaveValue('SCHOOL_WORKSHOP');
    await waitFor(() =>
      expect(within(form).getByRole('textbox', { name: 'Programme' })).toHaveValue(ROMANS.name),
    );
    expect(sessionItems()).toHaveLength(1);
    expect(sessionItems()[0]).toHaveTextContent('Tue 24 Nov 2026, 10:00');
    expect(sessionItems()[0]).toHaveTextContent('Hillcrest Academy');
    expect(screen.getByRole('link', { name: 'Tue 24 Nov 2026, 10:00' })).toHaveAttribute(
      'href',
      `/sessions/${workshop.id}`,
    );
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      `/api/exports/sessions.csv?from=2026-04-01&programmeId=${ROMANS.id}&format=SCHOOL_WORKSHOP`,
    );

    // New filters: another format, an end date, and no programme.
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Format' }),
      'Family drop-in',
    );
    await user.type(within(form).getByLabelText('To'), '2026-11-30');
    await user.click(within(form).getByRole('button', { name: 'Clear programme' }));
    await user.click(within(form).getByRole('button', { name: 'Apply filters' }));

    await waitFor(() =>
      expect(router.state.location.search).toBe(
        '?from=2026-04-01&to=2026-11-30&format=FAMILY_DROP_IN',
      ),
    );
    expect(await screen.findByText('1 session, 85 attendances')).toBeInTheDocument();
    expect(sessionItems()[0]).toHaveTextContent('Family Saturdays');
    // The estimate marker says what it means to screen readers too.
    expect(sessionItems()[0]).toHaveTextContent('85 (est.), includes estimates');
    expect(screen.getByRole('link', { name: 'Download XLSX' })).toHaveAttribute(
      'href',
      '/api/exports/sessions.xlsx?from=2026-04-01&to=2026-11-30&format=FAMILY_DROP_IN',
    );
  });

  it('refuses a period that ends before it starts, without touching the address', async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = renderList('/sessions', [sessionsMock({}, [buildSessionSummary()])]);
    const form = await screen.findByRole('form', { name: 'Filter sessions' });
    await user.type(within(form).getByLabelText('From'), '2026-05-01');
    await user.type(within(form).getByLabelText('To'), '2026-04-01');
    await user.click(within(form).getByRole('button', { name: 'Apply filters' }));
    expect(within(form).getByLabelText('To')).toHaveAccessibleDescription(
      'The "to" date must be on or after the "from" date',
    );
    expect(router.state.location.search).toBe('');
  });

  it('loads the next page with "Load more" and offers "Log a session"', async () => {
    const user = userEvent.setup({ delay: null });
    renderList('/sessions', [
      sessionsMock({}, [buildSessionSummary({ id: sid(102) })], {
        hasNextPage: true,
        totalCount: 2,
        totalAttendance: 60,
      }),
      sessionsMock(
        {},
        [buildSessionSummary({ id: sid(103), date: '2026-11-17', attendanceTotal: 28 })],
        { after: sid(102), totalCount: 2, totalAttendance: 60 },
      ),
    ]);

    expect(await screen.findByText('Showing 1 of 2 sessions')).toBeInTheDocument();
    expect(screen.getByText('2 sessions, 60 attendances')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Log a session' })).toHaveAttribute(
      'href',
      '/sessions/log',
    );
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Tue 17 Nov 2026, 10:00')).toBeInTheDocument();
    expect(sessionItems()).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('says when nothing matches, and clears the filters', async () => {
    const user = userEvent.setup({ delay: null });
    const { router } = renderList('/sessions?status=CANCELLED', [
      sessionsMock({ status: 'CANCELLED' }, []),
      sessionsMock({}, [buildSessionSummary()]),
    ]);
    expect(await screen.findByText('No sessions match these filters.')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByText('1 session, 32 attendances')).toBeInTheDocument();
  });

  it('shows a load failure with a retry', async () => {
    renderList('/sessions', [
      {
        request: {
          query: SessionsQueryDocument,
          variables: { filter: {}, first: SESSIONS_PAGE_SIZE },
        },
        result: apiErrorResult('Boom', { code: 'INTERNAL', correlationId: 'ref-123' }),
      },
    ]);
    expect(await screen.findByText(/quote reference ref-123/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /try again|retry/i })).toBeInTheDocument();
  });
});
