import type { MockedResponse } from '@apollo/client/testing';
import { localDateIn } from '@lantern/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiErrorResult, signedInMocks } from '../../../test/auth.mocks';
import { renderInRouter } from '../../../test/render';
import {
  buildDefaults,
  buildSession,
  HILLCREST,
  logSessionMock,
  MAIN_SITE,
  MEADOW,
  partnerOptionsMock,
  ROMANS,
  SAM,
  sessionDefaultsMock,
  sessionFormOptionsMock,
} from '../../../test/sessions.mocks';
import { LogSessionPage } from './LogSessionPage';

function row(number: number) {
  return screen.getByRole('group', { name: `Row ${number}` });
}

function count(number: number) {
  return within(row(number)).getByLabelText('Count');
}

function renderLogPage(route: string, mocks: MockedResponse[] = []) {
  return renderInRouter(<LogSessionPage />, {
    path: '/sessions/log',
    route,
    mocks: [...signedInMocks(), sessionFormOptionsMock(), partnerOptionsMock(), ...mocks],
  });
}

const today = () => localDateIn(new Date(), 'Europe/London');

describe('LogSessionPage', { timeout: 60_000 }, () => {
  it('pre-selects the programme from the address and fills the form from its defaults', async () => {
    renderLogPage(`/sessions/log?programmeId=${ROMANS.id}`, [sessionDefaultsMock()]);

    expect(
      await screen.findByText(
        'Filled in from Schools - KS2 Romans and your last session in it. Check and change anything that differs.',
      ),
    ).toBeInTheDocument();
    const programme = screen.getByRole('textbox', { name: 'Programme' });
    expect(programme).toHaveValue(ROMANS.name);
    // What the defaults did is the programme field's description, announced politely.
    expect(programme).toHaveAccessibleDescription(/^Filled in from Schools - KS2 Romans/);
    expect(screen.getByText(/^Filled in from/).closest('[aria-live]')).toHaveAttribute(
      'aria-live',
      'polite',
    );
    expect(screen.getByLabelText('Date')).toHaveValue(today());
    expect(screen.getByLabelText('Start time (optional)')).toHaveValue('10:00');
    expect(screen.getByLabelText('Duration in minutes (optional)')).toHaveValue('90');
    expect(screen.getByRole('combobox', { name: 'Format' })).toHaveValue('SCHOOL_WORKSHOP');
    expect(screen.getByRole('combobox', { name: 'Delivery' })).toHaveValue('ONSITE');
    expect(screen.getByRole('combobox', { name: 'Site' })).toHaveValue(MAIN_SITE.id);
    expect(screen.getByText('Meadow Lane Primary (School)')).toBeInTheDocument();

    expect(within(row(1)).getByRole('combobox', { name: 'Who came' })).toHaveValue('PUPIL');
    expect(within(row(1)).getByRole('combobox', { name: 'Age or key stage' })).toHaveValue(
      'KS:KS2',
    );
    expect(count(1)).toHaveValue('0');
    expect(within(row(2)).getByRole('combobox', { name: 'Who came' })).toHaveValue('TEACHER');
    expect(screen.getByText('Total: 0 attendances')).toBeInTheDocument();

    // Less common fields wait under "More details", the defaults' facilitator among them.
    const more = screen.getByRole('button', { name: 'More details' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByLabelText('Notes (optional)')).not.toBeVisible();
    await userEvent.setup({ delay: null }).click(more);
    expect(screen.getByLabelText('Notes (optional)')).toBeVisible();
    expect(
      within(screen.getByRole('group', { name: 'Facilitator 1' })).getByRole('textbox', {
        name: 'Name',
      }),
    ).toHaveValue(SAM.name);
  });

  it('fetches the defaults once the programme is chosen by typing', async () => {
    const user = userEvent.setup({ delay: null });
    renderLogPage('/sessions/log', [sessionDefaultsMock()]);

    const programme = await screen.findByRole('textbox', { name: 'Programme' });
    expect(screen.getByLabelText('Date')).toHaveValue(today());
    await user.click(programme);
    await user.type(programme, 'Romans');
    await user.keyboard('{Enter}');

    expect(await screen.findByText(/^Filled in from Schools - KS2 Romans/)).toBeInTheDocument();
    expect(programme).toHaveValue(ROMANS.name);
    expect(screen.getByRole('combobox', { name: 'Format' })).toHaveValue('SCHOOL_WORKSHOP');
    expect(screen.getAllByRole('group', { name: /^Row / })).toHaveLength(2);
  });

  it('logs the session with the counts typed, then offers to view it or log another', async () => {
    const user = userEvent.setup({ delay: null });
    const sent: Array<Record<string, unknown>> = [];
    const logged = buildSession({ date: today() });
    const { router } = renderLogPage(`/sessions/log?programmeId=${ROMANS.id}`, [
      sessionDefaultsMock(),
      logSessionMock(logged, sent),
      // "Log another" asks afresh: the last session is now the one just logged.
      sessionDefaultsMock(buildDefaults({ partnerIds: [HILLCREST.id], partners: [HILLCREST] })),
    ]);
    await screen.findByText(/^Filled in from/);

    await user.clear(count(1));
    await user.type(count(1), '28');
    await user.clear(count(2));
    await user.type(count(2), '4');
    expect(screen.getByText('Total: 32 attendances')).toBeInTheDocument();
    await user.keyboard('{Enter}');

    const heading = await screen.findByRole('heading', { name: 'Session logged' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(
      screen.getByText(`Schools - KS2 Romans, ${formatToday()}: 32 attendances.`),
    ).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual({
      programmeId: ROMANS.id,
      title: null,
      date: today(),
      startTime: '10:00',
      durationMinutes: 90,
      format: 'SCHOOL_WORKSHOP',
      deliveryMode: 'ONSITE',
      siteId: MAIN_SITE.id,
      outreachPostcode: null,
      onlinePlatform: null,
      partnerIds: [MEADOW.id],
      facilitators: [{ type: 'STAFF', userId: SAM.id, name: SAM.name }],
      coDesigned: false,
      participationDepth: null,
      objectsUsed: null,
      notes: null,
      frameworkElementIds: [],
      attendance: [
        {
          audienceType: 'PUPIL',
          ageBand: null,
          keyStage: 'KS2',
          count: 28,
          countKind: 'HEADCOUNT',
          firstTime: null,
          send: null,
          deprivationDecile: null,
          deprivationIndex: null,
        },
        {
          audienceType: 'TEACHER',
          ageBand: null,
          keyStage: null,
          count: 4,
          countKind: 'HEADCOUNT',
          firstTime: null,
          send: null,
          deprivationDecile: null,
          deprivationIndex: null,
        },
      ],
    });
    expect(screen.getByRole('link', { name: 'View session' })).toHaveAttribute(
      'href',
      `/sessions/${logged.id}`,
    );

    await user.click(screen.getByRole('button', { name: 'Log another' }));
    await waitFor(() => expect(screen.getByLabelText('Date')).toHaveFocus());
    expect(screen.getByRole('textbox', { name: 'Programme' })).toHaveValue(ROMANS.name);
    expect(await screen.findByText('Hillcrest Academy (School)')).toBeInTheDocument();
    expect(count(1)).toHaveValue('0');
    expect(router.state.location.pathname).toBe('/sessions/log');
  });

  it('puts the API’s field errors on the right fields, attendance on the row it came from', async () => {
    const user = userEvent.setup({ delay: null });
    renderLogPage(`/sessions/log?programmeId=${ROMANS.id}`, [
      sessionDefaultsMock(),
      logSessionMock(
        apiErrorResult('Invalid input', {
          code: 'BAD_USER_INPUT',
          fieldErrors: [
            { path: ['input', 'date'], message: 'A delivered session cannot be in the future' },
            { path: ['input', 'attendance', '1', 'count'], message: 'Must be at most 100,000' },
          ],
        }),
      ),
    ]);
    await screen.findByText(/^Filled in from/);

    // Row 2 stays at 0 (not sent), so the API's cell 1 is the grid's row 3.
    await user.clear(count(1));
    await user.type(count(1), '28');
    await user.click(screen.getByRole('button', { name: 'Add a row' }));
    await user.selectOptions(within(row(3)).getByRole('combobox', { name: 'Who came' }), 'Carers');
    await user.type(count(3), '5');
    await user.click(screen.getByRole('button', { name: 'Log session' }));

    expect(
      await screen.findByText('Please correct the 2 fields marked below.'),
    ).toBeInTheDocument();
    const date = screen.getByLabelText('Date');
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription('A delivered session cannot be in the future');
    await waitFor(() => expect(date).toHaveFocus());
    expect(count(3)).toHaveAttribute('aria-invalid', 'true');
    expect(count(3)).toHaveAccessibleDescription('Must be at most 100,000');
    expect(count(2)).not.toHaveAttribute('aria-invalid', 'true');

    // Typing in the row clears its error.
    await user.type(count(3), '0');
    expect(count(3)).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('checks in the browser first, with the API’s own messages', async () => {
    const user = userEvent.setup({ delay: null });
    renderLogPage('/sessions/log', []);
    await user.click(await screen.findByRole('button', { name: 'Log session' }));

    expect(await screen.findByText('Choose the programme')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Programme' })).toHaveFocus());
    expect(screen.getByRole('combobox', { name: 'Format' })).toHaveAccessibleDescription(
      'Choose a format',
    );
  });
});

function formatToday(): string {
  const [year, month, day] = today().split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][date.getUTCDay()];
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  return `${weekday} ${day} ${months[month - 1]} ${year}`;
}
