import type { MockedResponse } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildViewer, signedInMocks } from '../../../test/auth.mocks';
import {
  buildTarget,
  buildValue,
  cell,
  DECILE_SHARE,
  indicatorMock,
  MAIN_MUSEUM,
  periodSettingsMock,
  scopeOptionsMocks,
  targetsMock,
  testPeriod,
  valuesMock,
} from '../../../test/indicators.mocks';
import { renderInRouter } from '../../../test/render';
import {
  DeleteTargetMutationDocument,
  SetTargetMutationDocument,
} from '../graphql/indicators.operations';
import { IndicatorDetailPage } from './IndicatorDetailPage';

const TARGET = buildTarget({
  period: testPeriod('FY2025'),
  targetValue: 35,
  baselineValue: 28,
  baselineLabel: '2024/25 actual',
  greenThreshold: 35,
  amberThreshold: 30,
});

function renderPage(
  mocks: MockedResponse[],
  {
    role = 'HEAD_OF_LEARNING',
    route = `/indicators/${DECILE_SHARE.id}?period=FY2025`,
  }: { role?: 'HEAD_OF_LEARNING' | 'TRUSTEE'; route?: string } = {},
) {
  return renderInRouter(<IndicatorDetailPage id={DECILE_SHARE.id} />, {
    path: '/indicators/:id',
    route,
    mocks: [
      ...signedInMocks(buildViewer({ role })),
      periodSettingsMock(5),
      ...scopeOptionsMocks(),
      indicatorMock(DECILE_SHARE),
      ...mocks,
    ],
  });
}

const TOTAL = buildValue(DECILE_SHARE, 'FY2025', {
  value: 31.5,
  n: 1200,
  ciLow: 28.9,
  ciHigh: 34.1,
  benchmark: 20,
  target: TARGET,
  rag: 'AMBER',
});

describe('IndicatorDetailPage', { timeout: 30_000 }, () => {
  it('shows the value with unit, n, CI, benchmark, target and RAG in words, and what the indicator is', async () => {
    renderPage([
      valuesMock({ periodKey: 'FY2025', indicatorIds: [DECILE_SHARE.id] }, [TOTAL]),
      targetsMock(DECILE_SHARE.id, [TARGET]),
    ]);
    expect(
      await screen.findByRole('heading', { level: 1, name: DECILE_SHARE.name }),
    ).toBeInTheDocument();
    const about = screen.getByRole('region', { name: 'About this indicator' });
    expect(about).toHaveTextContent('CodeATTENDANCES_IMD_1_2_SHARE');
    expect(about).toHaveTextContent('SourceBuilt-in (from logged sessions)');
    expect(about).toHaveTextContent('Allowed disaggregationsDeprivation decile, Age band');
    expect(about).toHaveTextContent('Framework elementsSocial justice');

    const values = screen.getByRole('region', { name: 'Values' });
    await within(values).findByText('31.5%');
    expect(values).toHaveTextContent('n = 1,200');
    expect(values).toHaveTextContent('95% confidence interval28.9 to 34.1');
    expect(values).toHaveTextContent('BenchmarkNational 20%');
    expect(values).toHaveTextContent('Target35%');
    expect(within(values).getByText('Amber: close to target')).toBeInTheDocument();
    expect(screen.getByLabelText('Period')).toHaveValue('FY2025');
    const scope = screen.getByLabelText('Scope') as HTMLSelectElement;
    expect([...scope.options].map((o) => o.textContent)).toEqual([
      'Whole museum (Hilltop Museum)',
      'Main museum',
      'Alder schools',
    ]);
  });

  it('breaks down by an allowed disaggregation in a table, with suppressed cells explained, never 0', async () => {
    const { router } = renderPage([
      valuesMock({ periodKey: 'FY2025', indicatorIds: [DECILE_SHARE.id] }, [TOTAL]),
      valuesMock(
        {
          periodKey: 'FY2025',
          indicatorIds: [DECILE_SHARE.id],
          disaggregation: 'DEPRIVATION_DECILE',
        },
        [
          {
            ...TOTAL,
            disaggregation: 'DEPRIVATION_DECILE',
            cells: [
              cell('1', 'Decile 1 (most deprived)', 18.2, 220),
              cell('2', 'Decile 2', null, null, true),
              cell('UNKNOWN', 'Unknown', null, null, true),
            ],
          },
        ],
      ),
      targetsMock(DECILE_SHARE.id, []),
    ]);
    const by = await screen.findByLabelText('Break down by');
    expect([...(by as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
      'No breakdown (total only)',
      'Deprivation decile',
      'Age band',
    ]);
    await userEvent.selectOptions(by, 'Deprivation decile');
    await waitFor(() => expect(router.state.location.search).toContain('by=DEPRIVATION_DECILE'));

    const table = await screen.findByRole('table', { name: /Deprivation decile, 2025\/26/ });
    expect(table).toHaveTextContent(
      '2 groups are suppressed: fewer than 5 people: hidden to protect privacy.',
    );
    const row = within(table).getByRole('row', { name: /Decile 2/ });
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Decile 2');
    expect(row).toHaveTextContent('Suppressed');
    expect(row).toHaveTextContent('fewer than 5 people: hidden to protect privacy');
    expect(row).not.toHaveTextContent(/\b0\b/);
    expect(within(table).getByRole('row', { name: /Decile 1/ })).toHaveTextContent('18.2%220');
    expect(
      screen.getByRole('region', { name: 'Breakdown by deprivation decile' }),
    ).toBeInTheDocument();
  });

  it('sets a target with a plain-language preview of the rule, and deletes one after asking', async () => {
    const input = {
      indicatorId: DECILE_SHARE.id,
      scope: { kind: 'SITE', id: MAIN_MUSEUM.id },
      period: { key: 'FY2025' },
      targetValue: 35,
      baselineValue: 28,
      baselineLabel: '2024/25 actual',
      greenThreshold: 35,
      amberThreshold: 30,
      note: null,
    };
    renderPage([
      valuesMock({ periodKey: 'FY2025', indicatorIds: [DECILE_SHARE.id] }, [TOTAL]),
      targetsMock(DECILE_SHARE.id, [TARGET]),
      {
        request: { query: SetTargetMutationDocument, variables: { input } },
        result: {
          data: {
            __typename: 'Mutation',
            setTarget: buildTarget({
              ...TARGET,
              id: 'target-2',
              scope: {
                __typename: 'Scope',
                kind: 'SITE',
                id: MAIN_MUSEUM.id,
                label: 'Main museum',
              },
            }),
          },
        },
      },
      {
        request: { query: DeleteTargetMutationDocument, variables: { input: { id: TARGET.id } } },
        result: {
          data: { __typename: 'Mutation', deleteTarget: { __typename: 'Target', id: TARGET.id } },
        },
      },
    ]);
    const targets = await screen.findByRole('table', { name: /Targets for/ });
    const row = within(targets).getByRole('row', { name: /2025\/26/ });
    expect(row).toHaveTextContent('Hilltop Museum');
    expect(row).toHaveTextContent('35%');
    expect(row).toHaveTextContent('28% (2024/25 actual)');
    expect(row).toHaveTextContent(
      'Green at 35% or more; amber from 30% up to just under 35%; red below 30%.',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Set a target' }));
    const dialog = await screen.findByRole('dialog', { name: 'Set a target' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save target' }));
    expect(within(dialog).getByLabelText('Target (%)')).toHaveAccessibleDescription(
      'Enter the target',
    );
    expect(within(dialog).getByLabelText('Target (%)')).toHaveFocus();
    expect(within(dialog).getByLabelText('Green threshold')).toHaveAccessibleDescription(
      'Enter the green threshold',
    );
    await userEvent.selectOptions(within(dialog).getByLabelText('Scope'), 'Main museum');
    await userEvent.type(within(dialog).getByLabelText('Target (%)'), '35');
    await userEvent.type(within(dialog).getByLabelText('Baseline (optional)'), '28');
    await userEvent.type(
      within(dialog).getByLabelText('Baseline label (optional)'),
      '2024/25 actual',
    );
    await userEvent.type(within(dialog).getByLabelText('Green threshold'), '35');
    await userEvent.type(within(dialog).getByLabelText('Amber threshold'), '40');
    expect(
      within(dialog).getByText(/The amber threshold must not be above the green one/),
    ).toBeInTheDocument();
    await userEvent.clear(within(dialog).getByLabelText('Amber threshold'));
    await userEvent.type(within(dialog).getByLabelText('Amber threshold'), '30');
    expect(dialog).toHaveTextContent(
      'The rule: Green at 35% or more; amber from 30% up to just under 35%; red below 30%.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save target' }));
    expect(
      await screen.findByText('The target for 2025/26, Main museum was saved.'),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Delete the target for 2025/26, Hilltop Museum' }),
    );
    const confirm = await screen.findByRole('dialog', { name: 'Delete the target for 2025/26?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Delete target' }));
    expect(
      await screen.findByText('The target for 2025/26, Hilltop Museum was deleted.'),
    ).toBeInTheDocument();
  });

  it('shows trustees values and targets with no edit controls', async () => {
    renderPage(
      [
        valuesMock({ periodKey: 'FY2025', indicatorIds: [DECILE_SHARE.id] }, [TOTAL]),
        targetsMock(DECILE_SHARE.id, [TARGET]),
      ],
      { role: 'TRUSTEE' },
    );
    await screen.findByRole('table', { name: /Targets for/ });
    expect(screen.queryByRole('link', { name: 'Edit indicator' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Set a target' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Delete the target/ })).not.toBeInTheDocument();
    expect(screen.getByText('Amber: close to target')).toBeInTheDocument();
    // Trustees do not read programmes: the scope picker offers the museum and its sites.
    const scope = await screen.findByLabelText('Scope');
    expect([...(scope as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
      'Whole museum (Hilltop Museum)',
      'Main museum',
    ]);
  });
});
