import type { MockedResponse } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildViewer, signedInMocks } from '../../../test/auth.mocks';
import {
  buildEvidence,
  CLAY_PHOTO,
  evidenceItemsMock,
  evidenceTagOptionsMock,
  PANEL_NOTES,
} from '../../../test/evidence.mocks';
import { renderInRouter } from '../../../test/render';
import { EvidencePage } from './EvidencePage';

function renderPage(
  role: 'LEARNING_OFFICER' | 'TRUSTEE',
  mocks: MockedResponse[],
  route = '/evidence',
) {
  return renderInRouter(<EvidencePage />, {
    route,
    path: '/evidence',
    mocks: [...signedInMocks(buildViewer({ role })), ...mocks],
  });
}

function card(title: string) {
  const list = screen.getByRole('list', { name: /evidence/i });
  const item = within(list)
    .getAllByRole('listitem')
    .find((element) => element.textContent?.includes(title));
  if (!item) throw new Error(`No card for ${title}`);
  return item;
}

describe('EvidencePage', { timeout: 20_000 }, () => {
  it('shows the library with images, drafts marked, consent and tags', async () => {
    renderPage('LEARNING_OFFICER', [
      evidenceItemsMock([buildEvidence(), CLAY_PHOTO, PANEL_NOTES]),
      evidenceTagOptionsMock(),
    ]);
    expect(screen.getByRole('heading', { level: 1, name: 'Evidence' })).toBeInTheDocument();
    await screen.findByText('Grandmother at the family day');
    expect(card('Grandmother at the family day')).toHaveTextContent(
      '“I never thought this place was for people like us.”',
    );
    expect(card('Grandmother at the family day')).toHaveTextContent(
      'Consent: Obtained (The participant)',
    );
    expect(card('Grandmother at the family day')).toHaveTextContent(
      'Tagged: MA_LE.1 Cultural rights',
    );
    const image = within(card('Clay workshop tables')).getByRole('img');
    expect(image).toHaveAttribute('src', '/api/evidence/evidence-2/file');
    expect(image).toHaveAttribute(
      'alt',
      'Clay workshop tables: Year 4 pupils modelling Roman lamps',
    );
    expect(card('Notes from the youth panel')).toHaveTextContent('Draft: not publishable');
    expect(card('Clay workshop tables')).toHaveTextContent('Publishable');
    expect(screen.getByRole('button', { name: 'Add evidence' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Publishable' })).toBeInTheDocument();
    expect(screen.getByText('Showing 3 of 3 items')).toBeInTheDocument();
  });

  it('asks before deleting', async () => {
    renderPage('LEARNING_OFFICER', [evidenceItemsMock([CLAY_PHOTO]), evidenceTagOptionsMock()]);
    await screen.findByText('Clay workshop tables');
    await userEvent.click(
      within(card('Clay workshop tables')).getByRole('button', { name: 'Delete' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Delete Clay workshop tables?' });
    expect(dialog).toHaveTextContent('and its file tables.png will be deleted for good');
  });

  it('gives trustees a read-only library without the drafts filter', async () => {
    renderPage('TRUSTEE', [evidenceItemsMock([CLAY_PHOTO])]);
    await screen.findByText('Clay workshop tables');
    expect(screen.queryByRole('button', { name: 'Add evidence' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Publishable' })).not.toBeInTheDocument();
  });

  it('says so when there is no evidence yet', async () => {
    renderPage('TRUSTEE', [evidenceItemsMock([])]);
    expect(await screen.findByText('No evidence yet')).toBeInTheDocument();
  });
});
