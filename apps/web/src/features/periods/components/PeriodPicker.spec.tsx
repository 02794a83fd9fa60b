import { periodFromKey, UK_PERIOD_SETTINGS } from '@lantern/domain';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { periodOptions } from '../period-options';
import { PeriodPicker } from './PeriodPicker';

function Harness({ initial }: { initial: string }) {
  const [key, setKey] = useState(initial);
  const period = periodFromKey(key, UK_PERIOD_SETTINGS);
  if (!period) throw new Error(`bad key ${key}`);
  return (
    <>
      <PeriodPicker
        value={period}
        onChange={setKey}
        settings={UK_PERIOD_SETTINGS}
        today="2026-11-24"
      />
      <output>{key}</output>
    </>
  );
}

describe('PeriodPicker', () => {
  it('lists periods of the chosen type with their labels, newest first', async () => {
    renderWithProviders(<Harness initial="FQ2026-3" />);
    const period = screen.getByLabelText('Period') as HTMLSelectElement;
    expect(period.value).toBe('FQ2026-3');
    const labels = [...period.options].map((o) => o.textContent);
    expect(labels.slice(0, 3)).toEqual(['Q4 2026/27', 'Q3 2026/27', 'Q2 2026/27']);
    await userEvent.selectOptions(period, 'FQ2025-1');
    expect(screen.getByText('FQ2025-1')).toBeTruthy();
  });

  it('keeps the date when the type changes', async () => {
    renderWithProviders(<Harness initial="FQ2025-1" />);
    await userEvent.selectOptions(screen.getByLabelText('Period type'), 'ACADEMIC_YEAR');
    // Q1 2025/26 starts in April 2025, which is in the academic year 2024/25.
    expect(screen.getByText('AY2024')).toBeTruthy();
    expect((screen.getByLabelText('Period') as HTMLSelectElement).value).toBe('AY2024');
  });
});

describe('periodOptions', () => {
  it('offers the next period, the current one and the history, each once', () => {
    const options = periodOptions('FINANCIAL_YEAR', '2026-11-24');
    expect(options.map((p) => p.label)).toEqual([
      '2027/28',
      '2026/27',
      '2025/26',
      '2024/25',
      '2023/24',
      '2022/23',
      '2021/22',
      '2020/21',
    ]);
  });
});
