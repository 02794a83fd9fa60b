import type { MockedResponse } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PeriodSettingsQueryDocument } from '../../periods/graphql/periods.operations';
import { buildViewer, signedInMocks } from '../../../test/auth.mocks';
import { renderInRouter } from '../../../test/render';
import { ManifestoCoverageQueryDocument } from '../graphql/coverage.operations';
import { CoveragePage } from './CoveragePage';

const settingsMock: MockedResponse = {
  request: { query: PeriodSettingsQueryDocument },
  result: {
    data: {
      __typename: 'Query',
      organisation: {
        __typename: 'Organisation',
        id: 'org-hilltop',
        financialYearStartMonth: 4,
        academicYearStartMonth: 9,
        timeZone: 'Europe/London',
        smallCellThreshold: 5,
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function coverageMock(key: string, label: string, actions: number): MockedResponse {
  return {
    request: { query: ManifestoCoverageQueryDocument, variables: { period: { key } } },
    result: {
      data: {
        __typename: 'Query',
        manifestoCoverage: {
          __typename: 'ManifestoCoverage',
          period: { __typename: 'Period', key, label, start: '2024-04-01', end: '2025-03-31' },
          actionsFrom: '2025-01-01',
          actionsUntil: '2025-03-31',
          principles: [
            {
              __typename: 'PrincipleCoverage',
              principle: {
                __typename: 'FrameworkElement',
                id: 'e1',
                code: 'MA_LE.1',
                label: 'Cultural rights and cultural democracy',
              },
              activeCommitments: 2,
              actionsLast90Days: actions,
              programmesTagged: 3,
              sessionsTagged: 41,
              evidenceItems: 5,
              indicatorsWithResults: 0,
            },
          ],
        },
      },
    },
  };
}

describe('CoveragePage', { timeout: 20_000 }, () => {
  it('shows a table per principle for the period in the address, and follows the picker', async () => {
    const { router } = renderInRouter(<CoveragePage />, {
      route: '/coverage?period=FY2024',
      path: '/coverage',
      mocks: [
        ...signedInMocks(buildViewer({ role: 'TRUSTEE' })),
        settingsMock,
        coverageMock('FY2024', '2024/25', 4),
        coverageMock('FY2023', '2023/24', 1),
      ],
    });
    const table = await screen.findByRole('table', { name: 'Coverage in 2024/25' });
    const row = within(table).getByRole('row', { name: /MA_LE\.1/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '4', '3', '41', '0', '5']);
    expect(
      within(table).getByRole('columnheader', { name: 'Actions, last 90 days' }),
    ).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'FY2023');
    expect(await screen.findByRole('table', { name: 'Coverage in 2023/24' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?period=FY2023');
  });
});
