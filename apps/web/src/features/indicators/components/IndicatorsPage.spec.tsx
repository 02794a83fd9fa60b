import type { MockedResponse } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PERMISSION_DENIED_TITLE } from '../../auth';
import { buildViewer, signedInMocks } from '../../../test/auth.mocks';
import {
  DECILE_SHARE,
  indicatorsMock,
  LEARNED_SHARE,
  SESSIONS_DELIVERED,
  TEACHER_CONFIDENCE,
} from '../../../test/indicators.mocks';
import { renderApp, renderInRouter } from '../../../test/render';
import { IndicatorsPage } from './IndicatorsPage';

function renderPage(
  mocks: MockedResponse[],
  role: 'HEAD_OF_LEARNING' | 'TRUSTEE' = 'HEAD_OF_LEARNING',
  route = '/indicators',
) {
  return renderInRouter(<IndicatorsPage />, {
    route,
    path: '/indicators',
    mocks: [...signedInMocks(buildViewer({ role })), ...mocks],
  });
}

function card(name: string) {
  const link = screen.getByRole('link', { name });
  const item = link.closest('li');
  if (!item) throw new Error(`No card for ${name}`);
  return item;
}

describe('IndicatorsPage', { timeout: 20_000 }, () => {
  it('lists built-in and custom indicators with type, unit, direction, owner and framework elements', async () => {
    renderPage([
      indicatorsMock([SESSIONS_DELIVERED, DECILE_SHARE, TEACHER_CONFIDENCE, LEARNED_SHARE]),
    ]);

    expect(screen.getByRole('status', { name: 'Loading indicators…' })).toBeInTheDocument();
    await screen.findByRole('link', { name: 'Sessions delivered' });
    const builtIn = screen.getByRole('list', { name: 'Built-in indicators (2)' });
    expect(within(builtIn).getAllByRole('listitem')).toHaveLength(2);
    const custom = screen.getByRole('list', { name: 'Your indicators (2)' });
    expect(within(custom).getAllByRole('listitem')).toHaveLength(2);

    const sessions = card('Sessions delivered');
    expect(sessions).toHaveTextContent('SESSIONS_DELIVERED');
    expect(sessions).toHaveTextContent('Built-in');
    expect(sessions).toHaveTextContent('TypeCount');
    expect(sessions).toHaveTextContent('Unitsessions');
    expect(sessions).toHaveTextContent('DirectionIncrease');
    expect(sessions).toHaveTextContent('OwnerMorgan Ellis');
    expect(sessions).toHaveTextContent('Framework elementsNone linked');
    expect(card('Share of attendances from IMD deciles 1-2')).toHaveTextContent(
      'Framework elementsSocial justice',
    );
    expect(card('Participants who learned something new')).toHaveTextContent('OwnerNo owner yet');
    expect(card('Teachers reporting increased confidence')).toHaveTextContent('Manual');
    expect(screen.getByRole('link', { name: 'New indicator' })).toHaveAttribute(
      'href',
      '/indicators/new',
    );
  });

  it('reads search, source and the archived toggle from the address and puts new ones there', async () => {
    const { router } = renderPage(
      [
        indicatorsMock([TEACHER_CONFIDENCE], { search: 'teach', source: 'MANUAL' }),
        indicatorsMock([], { search: 'zzz', includeArchived: true }),
        indicatorsMock([SESSIONS_DELIVERED]),
      ],
      'HEAD_OF_LEARNING',
      '/indicators?search=teach&source=MANUAL',
    );
    const search = screen.getByRole('searchbox', { name: 'Name or code' });
    expect(search).toHaveValue('teach');
    expect(screen.getByRole('combobox', { name: 'Source' })).toHaveValue('MANUAL');
    await screen.findByRole('link', { name: 'Teachers reporting increased confidence' });
    expect(screen.getByRole('heading', { name: 'Matching indicators' })).toBeInTheDocument();

    await userEvent.clear(search);
    await userEvent.type(search, 'zzz');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Source' }), 'Any source');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(router.state.location.search).toBe('?search=zzz&archived=1'));
    expect(await screen.findByText('No indicators match these filters.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByRole('link', { name: 'Sessions delivered' })).toBeInTheDocument();
  });

  it('shows trustees the library without "New indicator", and an empty state that fits them', async () => {
    renderPage([indicatorsMock([])], 'TRUSTEE');
    expect(
      await screen.findByText('When your head of learning sets up indicators, they appear here.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New indicator' })).not.toBeInTheDocument();
  });

  it('is in the app at /indicators, and its editor is refused to trustees', async () => {
    renderApp({
      route: '/indicators/new',
      mocks: [...signedInMocks(buildViewer({ role: 'TRUSTEE' }))],
    });
    expect(
      await screen.findByRole('heading', { name: PERMISSION_DENIED_TITLE }),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Code')).not.toBeInTheDocument();
  });

  it('titles the page and lists indicators when opened from the app', async () => {
    renderApp({
      route: '/indicators',
      mocks: [
        ...signedInMocks(buildViewer({ role: 'LEARNING_OFFICER' })),
        indicatorsMock([SESSIONS_DELIVERED]),
      ],
    });
    expect(await screen.findByRole('link', { name: 'Sessions delivered' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Indicators · Lantern'));
    // Learning officers read indicators but do not manage them.
    expect(screen.queryByRole('link', { name: 'New indicator' })).not.toBeInTheDocument();
  });
});
