import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithMantine } from '../test/render';
import { LoadingState } from './LoadingState';

describe('LoadingState', () => {
  it('is a polite status region named "Loading…" with hidden skeleton rows', () => {
    const { container } = renderWithMantine(<LoadingState rows={4} />);

    const region = screen.getByRole('status', { name: 'Loading…' });
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent('Loading…');
    expect(container.querySelectorAll('[aria-hidden="true"] > *')).toHaveLength(4);
  });

  it('uses a custom label', () => {
    renderWithMantine(<LoadingState label="Loading worker checks…" />);

    expect(screen.getByRole('status', { name: 'Loading worker checks…' })).toBeInTheDocument();
  });
});
