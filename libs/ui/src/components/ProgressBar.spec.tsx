import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithMantine } from '../test/render';
import { ProgressBar } from './ProgressBar';

describe('ProgressBar', () => {
  it('is a named progress bar with its value in words', () => {
    renderWithMantine(<ProgressBar label="Checking rows" value={54.2} valueText="40 of 74 rows" />);
    const bar = screen.getByRole('progressbar', { name: 'Checking rows' });
    expect(bar).toHaveAttribute('aria-valuenow', '54');
    expect(bar).toHaveAttribute('aria-valuetext', '40 of 74 rows');
  });

  it('has no value while the total is unknown', () => {
    renderWithMantine(<ProgressBar label="Starting" value={null} />);
    expect(screen.getByRole('progressbar', { name: 'Starting' })).not.toHaveAttribute(
      'aria-valuenow',
    );
  });
});
