import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithMantine } from '../test/render';
import { DateTimeText, formatDateTime } from './DateTimeText';

describe('formatDateTime', () => {
  it('formats winter times in GMT', () => {
    expect(formatDateTime('2026-11-24T14:05:09Z')).toBe('24 Nov 2026, 14:05:09');
  });

  it('formats summer times in BST (an hour ahead of UTC)', () => {
    expect(formatDateTime('2026-07-01T23:30:00.000Z')).toBe('2 Jul 2026, 00:30:00');
  });

  it('uses "Sep" for September and can leave out seconds', () => {
    expect(formatDateTime('2026-09-03T08:00:59Z', { withSeconds: false })).toBe(
      '3 Sep 2026, 09:00',
    );
  });

  it('can give the UK date alone', () => {
    expect(formatDateTime('2026-07-01T23:30:00.000Z', { withTime: false })).toBe('2 Jul 2026');
  });

  it('returns null for a value that is not a date', () => {
    expect(formatDateTime('not a date')).toBeNull();
  });
});

describe('DateTimeText', () => {
  it('renders a <time> element with the machine-readable value', () => {
    renderWithMantine(<DateTimeText value="2026-11-24T14:05:09Z" />);

    const time = screen.getByText('24 Nov 2026, 14:05:09');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('dateTime', '2026-11-24T14:05:09Z');
  });

  it('shows the fallback for an invalid value', () => {
    renderWithMantine(<DateTimeText value="" fallback="Not recorded" />);

    expect(screen.getByText('Not recorded')).toBeInTheDocument();
  });
});
