import { describe, expect, it } from 'vitest';
import {
  formatDateRange,
  formatIsoDate,
  formatPence,
  penceToPoundsText,
  poundsTextToPence,
  wholeNumberFromText,
} from './format';

describe('programme formats', () => {
  it('writes calendar dates the British way, without time zones getting involved', () => {
    expect(formatIsoDate('2025-04-01')).toBe('1 Apr 2025');
    expect(formatIsoDate('2026-09-30')).toBe('30 Sep 2026');
    expect(formatIsoDate('2025-02-30')).toBe('2025-02-30');
    expect(formatDateRange('2025-04-01', '2026-03-31')).toBe('1 Apr 2025 to 31 Mar 2026');
    expect(formatDateRange('2025-04-01', null)).toBe('From 1 Apr 2025');
  });

  it('shows pence as pounds', () => {
    expect(formatPence(1250050)).toBe('£12,500.50');
    expect(formatPence(0)).toBe('£0.00');
    expect(formatPence(5)).toBe('£0.05');
  });

  it('turns pounds as typed into whole pence exactly, and back', () => {
    expect(poundsTextToPence('12500')).toBe(1250000);
    expect(poundsTextToPence(' £12,500.50 ')).toBe(1250050);
    expect(poundsTextToPence('0.1')).toBe(10);
    // 1.15 * 100 is 114.99999999999999 in floating point: the text is read digit by digit.
    expect(poundsTextToPence('1.15')).toBe(115);
    expect(poundsTextToPence('')).toBeNull();
    for (const bad of ['lots', '12.345', '-5', '1,25', '£', '12 500']) {
      expect(poundsTextToPence(bad), bad).toBeNaN();
    }
    expect(penceToPoundsText(1250050)).toBe('12500.50');
    expect(penceToPoundsText(1250000)).toBe('12500');
    expect(penceToPoundsText(5)).toBe('0.05');
    expect(penceToPoundsText(null)).toBe('');
  });

  it('reads whole numbers as typed', () => {
    expect(wholeNumberFromText('12')).toBe(12);
    expect(wholeNumberFromText('1,250')).toBe(1250);
    expect(wholeNumberFromText('-3')).toBe(-3);
    expect(wholeNumberFromText('')).toBeNull();
    expect(wholeNumberFromText('2.5')).toBeNaN();
    expect(wholeNumberFromText('ten')).toBeNaN();
  });
});
