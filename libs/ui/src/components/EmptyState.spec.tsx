import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithMantine } from '../test/render';
import { EmptyState } from './EmptyState';

describe('EmptyState', () => {
  it('shows what is missing, what to do and the action', () => {
    renderWithMantine(
      <EmptyState
        title="No worker checks yet."
        description="Run one to confirm the background worker is processing jobs."
        action={<button type="button">Run a check</button>}
      />,
    );

    expect(screen.getByText('No worker checks yet.')).toBeInTheDocument();
    expect(
      screen.getByText('Run one to confirm the background worker is processing jobs.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Run a check' })).toBeInTheDocument();
  });

  it('does not add a heading (the page keeps its heading order)', () => {
    renderWithMantine(<EmptyState title="Nothing here" />);

    expect(screen.getByText('Nothing here')).toBeInTheDocument();
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
  });
});
