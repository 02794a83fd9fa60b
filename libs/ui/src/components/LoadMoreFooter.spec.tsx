import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '../test/render';
import { LoadMoreFooter } from './LoadMoreFooter';

describe('LoadMoreFooter', () => {
  it('says how many are shown and loads more on request', async () => {
    const onLoadMore = vi.fn();
    renderWithMantine(
      <LoadMoreFooter
        shown={20}
        total={1234}
        noun="session"
        hasNextPage
        onLoadMore={onLoadMore}
        loadingMore={false}
        formatCount={(n) => n.toLocaleString('en-GB')}
      />,
    );
    expect(screen.getByText('Showing 20 of 1,234 sessions')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(onLoadMore).toHaveBeenCalledOnce();
  });

  it('uses the singular for one, hides the button on the last page and shows a failure', () => {
    renderWithMantine(
      <LoadMoreFooter
        shown={1}
        total={1}
        noun="entry"
        nounPlural="entries"
        hasNextPage={false}
        onLoadMore={() => undefined}
        loadingMore={false}
        error="Could not load more entries."
      />,
    );
    expect(screen.getByText('Showing 1 of 1 entry')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load more entries.');
  });
});
