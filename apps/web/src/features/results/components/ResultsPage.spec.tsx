import type { MockedResponse } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiErrorResult, buildViewer, signedInMocks } from '../../../test/auth.mocks';
import {
  buildTarget,
  GALLERY_MILESTONE,
  periodSettingsMock,
  scopeOptionsMocks,
  SESSIONS_DELIVERED,
  TEACHER_CONFIDENCE,
  testPeriod,
} from '../../../test/indicators.mocks';
import { renderInRouter } from '../../../test/render';
import { buildLock, buildResult, resultsPageMock, resultsRow } from '../../../test/results.mocks';
import {
  ApproveResultsMutationDocument,
  LockPeriodMutationDocument,
  RecordComputedResultsMutationDocument,
  SaveResultMutationDocument,
  UnlockPeriodMutationDocument,
} from '../graphql/results.operations';
import { ResultsPage } from './ResultsPage';

const Q1 = 'FQ2025-1';
const ROWS = [
  resultsRow(SESSIONS_DELIVERED, Q1, {
    value: 42,
    n: 42,
    target: buildTarget({
      period: testPeriod(Q1),
      targetValue: 40,
      greenThreshold: 40,
      amberThreshold: 30,
    }),
    rag: 'GREEN',
  }),
  resultsRow(TEACHER_CONFIDENCE, Q1, { note: 'Enter results for manual indicators' }),
  resultsRow(GALLERY_MILESTONE, Q1),
];
const SESSIONS_DRAFT = buildResult(SESSIONS_DELIVERED, Q1, {
  id: 'result-sessions-total',
  value: 42,
  n: 42,
  commentary: 'Two school workshops cancelled for snow.',
});
const SESSIONS_CELL = buildResult(SESSIONS_DELIVERED, Q1, {
  id: 'result-sessions-online',
  disaggregation: 'DELIVERY_MODE',
  cellKey: 'ONLINE',
  cellLabel: 'Online',
  value: null,
  n: null,
  suppressed: true,
  status: 'APPROVED',
  approvedBy: { __typename: 'User', id: 'user-morgan', name: 'Morgan Ellis' },
});
const TEACHERS_APPROVED = buildResult(TEACHER_CONFIDENCE, Q1, {
  id: 'result-teachers',
  value: 64,
  n: 25,
  status: 'APPROVED',
  commentary: 'From the CPD follow-up form.',
});

function renderPage(
  mocks: MockedResponse[],
  role: 'HEAD_OF_LEARNING' | 'TRUSTEE' | 'LEARNING_OFFICER' = 'HEAD_OF_LEARNING',
) {
  return renderInRouter(<ResultsPage />, {
    path: '/results',
    route: `/results?period=${Q1}`,
    mocks: [
      ...signedInMocks(buildViewer({ role })),
      periodSettingsMock(5),
      ...scopeOptionsMocks(),
      ...mocks,
    ],
  });
}

function indicatorCard(name: string) {
  const heading = screen.getByRole('heading', { name });
  const item = heading.closest('li');
  if (!item) throw new Error(`No card for ${name}`);
  return item;
}

describe('ResultsPage', { timeout: 30_000 }, () => {
  it('shows each indicator against its target with results, status badges, commentary and suppressed cells', async () => {
    renderPage([
      resultsPageMock({
        periodKey: Q1,
        rows: ROWS,
        results: [SESSIONS_DRAFT, SESSIONS_CELL, TEACHERS_APPROVED],
      }),
    ]);
    const sessions = await waitFor(() => indicatorCard('Sessions delivered'));
    expect(sessions).toHaveTextContent('Actual: 42 sessions (n = 42)');
    expect(sessions).toHaveTextContent('Target: 40 sessions');
    expect(within(sessions).getByText('Green: on track')).toBeInTheDocument();
    const table = within(sessions).getByRole('table', { name: 'Results for Sessions delivered' });
    const total = within(table).getByRole('row', { name: /Total/ });
    expect(total).toHaveTextContent('42 sessions');
    expect(within(total).getByText('Draft')).toBeInTheDocument();
    expect(total).toHaveTextContent('Two school workshops cancelled for snow.');
    const online = within(table).getByRole('row', { name: /Delivery mode: Online/ });
    expect(online).toHaveTextContent('Suppressed (fewer than 5 people: hidden to protect privacy)');
    expect(within(online).getByText('Approved')).toBeInTheDocument();

    const teachers = indicatorCard('Teachers reporting increased confidence');
    expect(teachers).toHaveTextContent('Actual: No value yet');
    expect(teachers).toHaveTextContent('Enter results for manual indicators');
    expect(
      within(teachers).getByRole('button', {
        name: 'Enter a result for Teachers reporting increased confidence',
      }),
    ).toBeInTheDocument();
    // Built-ins are computed: no entry button.
    expect(
      within(sessions).queryByRole('button', { name: /^Enter a result/ }),
    ).not.toBeInTheDocument();
  });

  it('approves the selected drafts and announces it', async () => {
    renderPage([
      resultsPageMock({ periodKey: Q1, rows: ROWS, results: [SESSIONS_DRAFT] }, { once: true }),
      {
        request: {
          query: ApproveResultsMutationDocument,
          variables: { input: { ids: [SESSIONS_DRAFT.id] } },
        },
        result: {
          data: {
            __typename: 'Mutation',
            approveResults: [{ ...SESSIONS_DRAFT, status: 'APPROVED' }],
          },
        },
      },
      resultsPageMock({
        periodKey: Q1,
        rows: ROWS,
        results: [{ ...SESSIONS_DRAFT, status: 'APPROVED' }],
      }),
    ]);
    const approve = await screen.findByRole('button', { name: 'Approve selected' });
    expect(approve).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Select all 1 draft' }));
    expect(
      screen.getByRole('checkbox', { name: 'Select Sessions delivered, Total for approval' }),
    ).toBeChecked();
    const box = screen.getByRole('checkbox', {
      name: 'Select Sessions delivered, Total for approval',
    });
    await userEvent.click(box);
    expect(screen.getByRole('button', { name: 'Approve selected' })).toBeDisabled();
    await userEvent.click(box);
    await userEvent.click(screen.getByRole('button', { name: 'Approve 1 selected' }));
    expect(await screen.findByText('Approved 1 result.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Results for Sessions delivered' });
    await waitFor(() => expect(within(table).getByText('Approved')).toBeInTheDocument());
    expect(screen.queryByRole('checkbox', { name: /for approval/ })).not.toBeInTheDocument();
  });

  it('records computed results as drafts, and enters a manual result after checking it', async () => {
    renderPage([
      resultsPageMock({ periodKey: Q1, rows: ROWS, results: [] }),
      {
        request: {
          query: RecordComputedResultsMutationDocument,
          variables: { input: { period: { key: Q1 }, scope: { kind: 'MUSEUM' } } },
        },
        result: {
          data: {
            __typename: 'Mutation',
            recordComputedResults: [SESSIONS_DRAFT, { ...SESSIONS_DRAFT, id: 'x2' }],
          },
        },
      },
      {
        request: {
          query: SaveResultMutationDocument,
          variables: {
            input: {
              indicatorId: TEACHER_CONFIDENCE.id,
              scope: { kind: 'MUSEUM' },
              period: { key: Q1 },
              disaggregation: null,
              cellKey: null,
              value: 64,
              n: 25,
              commentary: 'From the CPD follow-up form.',
            },
          },
        },
        result: {
          data: { __typename: 'Mutation', saveResult: { ...TEACHERS_APPROVED, status: 'DRAFT' } },
        },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Record computed results' }));
    expect(
      await screen.findByText('Recorded 2 computed results for Q1 2025/26 as drafts.'),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', {
        name: 'Enter a result for Teachers reporting increased confidence',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Teachers reporting increased confidence: Q1 2025/26',
    });
    await userEvent.type(within(dialog).getByLabelText(/^n \(optional\)/), 'many');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save as draft' }));
    expect(within(dialog).getByLabelText('Value (%)')).toHaveAccessibleDescription(
      'Enter the value',
    );
    expect(within(dialog).getByLabelText('Value (%)')).toHaveFocus();
    expect(within(dialog).getByLabelText(/^n \(optional\)/)).toHaveAccessibleDescription(
      /^Enter n as a whole number/,
    );
    await userEvent.type(within(dialog).getByLabelText('Value (%)'), '64');
    await userEvent.clear(within(dialog).getByLabelText(/^n \(optional\)/));
    await userEvent.type(within(dialog).getByLabelText(/^n \(optional\)/), '25');
    await userEvent.type(
      within(dialog).getByLabelText(/^Commentary/),
      'From the CPD follow-up form.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save as draft' }));
    expect(
      await screen.findByText('Saved Teachers reporting increased confidence as a draft.'),
    ).toBeInTheDocument();
  });

  it('asks before locking, says what locking does, and shows the conflict when drafts remain', async () => {
    renderPage([
      resultsPageMock({ periodKey: Q1, rows: ROWS, results: [SESSIONS_DRAFT] }),
      {
        request: {
          query: LockPeriodMutationDocument,
          variables: { input: { period: { key: Q1 }, reason: null } },
        },
        result: apiErrorResult(
          'Q1 2025/26 has 1 draft result: approve or delete it before locking',
          {
            code: 'CONFLICT',
          },
        ),
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Lock Q1 2025/26' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lock Q1 2025/26?' });
    expect(dialog).toHaveTextContent(
      /nobody can log, change or delete sessions, attendance or results/,
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lock Q1 2025/26' }));
    expect(
      await within(dialog).findByText(
        'Q1 2025/26 has 1 draft result: approve or delete it before locking',
      ),
    ).toBeInTheDocument();
  });

  it('shows a locked period’s banner, hides edit controls, and unlocks only with a reason', async () => {
    const lock = buildLock(Q1);
    renderPage([
      resultsPageMock(
        {
          periodKey: Q1,
          rows: ROWS,
          results: [{ ...TEACHERS_APPROVED, status: 'LOCKED' }],
          locks: [lock],
        },
        { once: true },
      ),
      {
        request: {
          query: UnlockPeriodMutationDocument,
          variables: { input: { id: lock.id, reason: 'Correcting a miscounted workshop' } },
        },
        result: { data: { __typename: 'Mutation', unlockPeriod: lock } },
      },
      resultsPageMock({ periodKey: Q1, rows: ROWS, results: [TEACHERS_APPROVED] }),
    ]);
    expect(
      await screen.findByText(
        'Q1 2025/26 is locked by Sam Lee on 3 Jul 2025: sessions, attendance and results in it cannot change.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Locked')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Record computed results' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Enter a result/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Change/ })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Unlock Q1 2025/26' }));
    const dialog = await screen.findByRole('dialog', { name: 'Unlock Q1 2025/26?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Unlock Q1 2025/26' }));
    const reason = within(dialog).getByLabelText('Reason');
    expect(reason).toHaveAccessibleDescription('Enter why the period is being unlocked');
    expect(reason).toHaveFocus();
    await userEvent.type(reason, 'Correcting a miscounted workshop');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Unlock Q1 2025/26' }));
    expect(await screen.findByText('Q1 2025/26 is unlocked.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/is locked by/)).not.toBeInTheDocument());
  });

  it('shows trustees approved and locked results only, with no edit controls', async () => {
    renderPage(
      [
        resultsPageMock({
          periodKey: Q1,
          rows: ROWS,
          results: [SESSIONS_DRAFT, TEACHERS_APPROVED],
        }),
      ],
      'TRUSTEE',
    );
    const teachers = await waitFor(() => indicatorCard('Teachers reporting increased confidence'));
    expect(within(teachers).getByText('Approved')).toBeInTheDocument();
    expect(screen.queryByText('Draft')).not.toBeInTheDocument();
    expect(screen.queryByText('Two school workshops cancelled for snow.')).not.toBeInTheDocument();
    expect(indicatorCard('Sessions delivered')).toHaveTextContent(
      'No approved results for this period yet.',
    );
    for (const name of [
      /Record computed results/,
      /^Approve/,
      /^Lock/,
      /^Enter a result/,
      /^Change/,
      /^Delete/,
    ]) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('changes an approved manual result, warning that it goes back to draft', async () => {
    renderPage(
      [
        resultsPageMock({ periodKey: Q1, rows: ROWS, results: [TEACHERS_APPROVED] }),
        {
          request: {
            query: SaveResultMutationDocument,
            variables: {
              input: {
                indicatorId: TEACHER_CONFIDENCE.id,
                scope: { kind: 'MUSEUM' },
                period: { key: Q1 },
                disaggregation: null,
                cellKey: null,
                value: 66,
                n: 25,
                commentary: 'From the CPD follow-up form.',
              },
            },
          },
          result: {
            data: {
              __typename: 'Mutation',
              saveResult: { ...TEACHERS_APPROVED, value: 66, status: 'DRAFT' },
            },
          },
        },
      ],
      'LEARNING_OFFICER',
    );
    const change = await screen.findByRole('button', {
      name: 'Change Teachers reporting increased confidence, Total',
    });
    // Learning officers enter results but do not approve or lock.
    expect(screen.queryByRole('button', { name: /^Approve/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Lock/ })).not.toBeInTheDocument();
    await userEvent.click(change);
    const dialog = await screen.findByRole('dialog', {
      name: 'Teachers reporting increased confidence: Q1 2025/26',
    });
    expect(dialog).toHaveTextContent('Saving a change returns it to draft');
    const value = within(dialog).getByLabelText('Value (%)');
    expect(value).toHaveValue('64');
    await userEvent.clear(value);
    await userEvent.type(value, '66');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save as draft' }));
    expect(
      await screen.findByText('Saved Teachers reporting increased confidence as a draft.'),
    ).toBeInTheDocument();
  });
});
