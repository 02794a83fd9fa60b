import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildViewer, signedInMocks } from '../../../test/auth.mocks';
import { buildEntry, CHARTER, commitmentMock } from '../../../test/commitments.mocks';
import { renderInRouter } from '../../../test/render';
import { CommitmentPage } from './CommitmentPage';

const ORIGINAL = buildEntry({ amendedById: 'entry-2' });
const CORRECTION = buildEntry({
  id: 'entry-2',
  sequence: 2,
  whatWasDone: 'Met four head teachers at Hill Street',
  amendsId: 'entry-1',
});
const LATER = buildEntry({
  id: 'entry-3',
  sequence: 3,
  occurredOn: '2025-11-02',
  whatWasDone: 'Ran a taster session',
  evidenceIds: ['evidence-1'],
  evidence: [
    { __typename: 'Evidence', id: 'evidence-1', title: 'Teacher feedback', kind: 'QUOTE' },
  ],
});

describe('CommitmentPage', { timeout: 20_000 }, () => {
  it('shows the gap, and the timeline with the corrected entry struck through beside its correction', async () => {
    renderInRouter(<CommitmentPage commitmentId="commitment-2" />, {
      route: '/commitments/commitment-2',
      path: '/commitments/:commitmentId',
      mocks: [
        ...signedInMocks(buildViewer({ role: 'LEARNING_OFFICER' })),
        commitmentMock(
          {
            ...CHARTER,
            indicatorIds: ['indicator-1'],
            indicators: [
              {
                __typename: 'Indicator',
                id: 'indicator-1',
                code: 'DEPRIVED_SHARE',
                name: 'Attendances from the most deprived areas',
              },
            ],
          },
          [LATER, CORRECTION, ORIGINAL],
        ),
      ],
    });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Co-design a partnership charter with community groups',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'No action recorded in the last 90 days (the latest was on 2025-06-02)',
    );
    expect(
      screen.getByRole('link', { name: 'Attendances from the most deprived areas' }),
    ).toHaveAttribute('href', '/indicators/indicator-1');
    const timeline = screen.getByRole('list', { name: 'Action timeline' });
    const items = within(timeline).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Ran a taster session'),
      expect.stringContaining('Corrects entry 1'),
      expect.stringContaining('Corrected by entry 2'),
    ]);
    const struck = items[2]!.querySelector('del');
    expect(struck).toHaveTextContent('Met three head teachers at Hill Street');
    expect(within(items[2]!).queryByRole('button', { name: 'Correct entry 1' })).toBeNull();
    expect(within(items[1]!).getByRole('button', { name: 'Correct entry 2' })).toBeInTheDocument();
    expect(within(items[0]!).getByRole('link', { name: 'Teacher feedback' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Record an action' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
  });
});
