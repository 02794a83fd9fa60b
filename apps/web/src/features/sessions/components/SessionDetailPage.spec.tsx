import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildViewer, signedInMocks } from '../../../test/auth.mocks';
import { renderInRouter } from '../../../test/render';
import {
  buildCell,
  buildSession,
  deleteSessionMock,
  HILLCREST,
  partnerOptionsMock,
  sessionFormOptionsMock,
  sessionMock,
  updateSessionMock,
} from '../../../test/sessions.mocks';
import { EditSessionPage } from './EditSessionPage';
import { SessionDetailPage } from './SessionDetailPage';

describe('SessionDetailPage', { timeout: 60_000 }, () => {
  it('shows the session and who came, with the total and its estimates', async () => {
    const session = buildSession({
      hasEstimates: true,
      attendanceTotal: 33,
      attendance: [
        buildCell({ firstTime: true }),
        buildCell({
          id: 'cell-2',
          audienceType: 'TEACHER',
          keyStage: null,
          count: 5,
          countKind: 'ESTIMATE',
        }),
      ],
    });
    renderInRouter(<SessionDetailPage id={session.id} />, {
      path: '/sessions/:id',
      route: `/sessions/${session.id}`,
      mocks: [...signedInMocks(buildViewer({ role: 'LEARNING_OFFICER' })), sessionMock(session)],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'School workshop, Tue 24 Nov 2026' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(': 33 attendances (includes estimates)', { exact: false }),
    ).toBeInTheDocument();
    expect(screen.getByText(HILLCREST.name)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Who came' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'Who cameAge or key stageCountCounted byNotes',
      'PupilsKS228HeadcountFirst visit',
      'TeachersNot recorded5Estimate',
      'Total33Includes estimates',
    ]);
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute(
      'href',
      `/sessions/${session.id}/edit`,
    );
  });

  it('deletes after asking, then returns to the list', async () => {
    const user = userEvent.setup({ delay: null });
    const session = buildSession();
    const { router } = renderInRouter(<SessionDetailPage id={session.id} />, {
      path: '/sessions/:id',
      route: `/sessions/${session.id}`,
      mocks: [...signedInMocks(), sessionMock(session), deleteSessionMock(session)],
    });

    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this session?' });
    expect(dialog).toHaveTextContent(
      'School workshop, Tue 24 Nov 2026 (Schools - KS2 Romans) and its attendance will be deleted.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Delete session' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/sessions'));
    expect(router.state.location.state).toEqual({
      announcement: 'The session School workshop, Tue 24 Nov 2026 was deleted.',
    });
  });
});

describe('EditSessionPage', { timeout: 60_000 }, () => {
  it('edits in the same form; a cancelled session is saved without attendance', async () => {
    const user = userEvent.setup({ delay: null });
    const session = buildSession();
    const sent: Array<Record<string, unknown>> = [];
    const { router } = renderInRouter(<EditSessionPage id={session.id} />, {
      path: '/sessions/:id/edit',
      route: `/sessions/${session.id}/edit`,
      mocks: [
        ...signedInMocks(),
        sessionMock(session),
        sessionFormOptionsMock(),
        partnerOptionsMock(),
        updateSessionMock(
          buildSession({ status: 'CANCELLED', attendance: [], attendanceTotal: 0 }),
          sent,
        ),
      ],
    });

    const status = await screen.findByRole('combobox', { name: 'Status' });
    expect(status).toHaveValue('DELIVERED');
    expect(screen.getByText('Total: 32 attendances')).toBeInTheDocument();
    expect(screen.getByText('Hillcrest Academy (School)')).toBeInTheDocument();

    await user.selectOptions(status, 'Cancelled');
    expect(screen.queryByRole('group', { name: 'Row 1' })).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'A cancelled session has no attendance. Saving it like this removes the attendance recorded for it.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/sessions/${session.id}`));
    expect(sent[0]).toMatchObject({ id: session.id, status: 'CANCELLED', attendance: [] });
    expect(router.state.location.state).toEqual({ announcement: 'Your changes were saved.' });
  });
});
