import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithMantine } from '../test/render';
import { CalendarDateText, formatCalendarDate } from './CalendarDateText';

describe('CalendarDateText', () => {
  it('shows a calendar date without shifting it through a time zone', () => {
    renderWithMantine(<CalendarDateText value="2024-04-07" />);
    expect(screen.getByText('7 Apr 2024')).toHaveAttribute('datetime', '2024-04-07');
    expect(formatCalendarDate('2025-09-30')).toBe('30 Sep 2025');
    expect(formatCalendarDate('not a date')).toBe('not a date');
    expect(formatCalendarDate('2025-13-01')).toBe('2025-13-01');
  });
});
