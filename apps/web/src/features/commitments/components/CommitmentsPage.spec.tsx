import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildViewer, signedInMocks } from '../../../test/auth.mocks';
import {
  buildCommitment,
  CHARTER,
  commitmentsMock,
  verifyMock,
} from '../../../test/commitments.mocks';
import { renderInRouter } from '../../../test/render';
import { CommitmentsPage } from './CommitmentsPage';

describe('CommitmentsPage', { timeout: 20_000 }, () => {
  it('groups commitments by principle with status and say/do gap warnings', async () => {
    renderInRouter(<CommitmentsPage />, {
      route: '/commitments',
      path: '/commitments',
      mocks: [
        ...signedInMocks(buildViewer({ role: 'TRUSTEE' })),
        commitmentsMock([buildCommitment(), CHARTER]),
      ],
    });
    expect(
      await screen.findByRole('heading', { name: 'MA_LE.2 Social justice' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'MA_LE.7 Partnerships' })).toBeInTheDocument();
    expect(screen.getByText('1 commitment has a say/do gap.')).toBeInTheDocument();
    expect(
      screen.getByText('No action recorded in the last 90 days (the latest was on 2025-06-02)'),
    ).toBeInTheDocument();
    expect(screen.getByText('At risk')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Co-design a partnership charter with community groups' }),
    ).toHaveAttribute('href', '/commitments/commitment-2');
    expect(screen.queryByRole('button', { name: 'Make a commitment' })).not.toBeInTheDocument();
  });

  it('verifies the action log and names a tampered entry', async () => {
    renderInRouter(<CommitmentsPage />, {
      route: '/commitments',
      path: '/commitments',
      mocks: [
        ...signedInMocks(buildViewer({ role: 'HEAD_OF_LEARNING' })),
        commitmentsMock([buildCommitment()]),
        verifyMock({
          ok: false,
          checkedCount: 3,
          firstBreak: {
            sequence: 3,
            entryId: 'entry-3',
            reason: 'CONTENT_CHANGED',
            message: 'The entry was changed after it was recorded',
          },
        }),
      ],
    });
    expect(await screen.findByRole('button', { name: 'Make a commitment' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Verify the action log' }));
    expect(await screen.findByText('The action log has been tampered with')).toBeInTheDocument();
    expect(
      screen.getByText(/^The entry was changed after it was recorded: entry 3 \(checked 3\)/),
    ).toBeInTheDocument();
  });

  it('says so when there are no commitments', async () => {
    renderInRouter(<CommitmentsPage />, {
      route: '/commitments',
      path: '/commitments',
      mocks: [...signedInMocks(buildViewer({ role: 'HEAD_OF_LEARNING' })), commitmentsMock([])],
    });
    expect(await screen.findByText('No commitments yet')).toBeInTheDocument();
  });
});
