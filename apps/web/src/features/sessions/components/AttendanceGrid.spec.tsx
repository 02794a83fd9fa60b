import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { emptyAttendanceRow, type AttendanceRow } from '../form';
import { AttendanceGrid } from './AttendanceGrid';

function Grid({
  initial,
  errors = {},
}: {
  initial: AttendanceRow[];
  errors?: Record<string, string>;
}) {
  const [rows, setRows] = useState(initial);
  return <AttendanceGrid rows={rows} onChange={setRows} errors={errors} />;
}

function defaultRows(): AttendanceRow[] {
  return [
    { ...emptyAttendanceRow(), audienceType: 'PUPIL', ageOrStage: 'KS:KS2', count: '0' },
    { ...emptyAttendanceRow(), audienceType: 'TEACHER', count: '0' },
  ];
}

function row(number: number) {
  return screen.getByRole('group', { name: `Row ${number}` });
}

function total() {
  return screen.getByText(/^Total:/);
}

describe('AttendanceGrid', { timeout: 60_000 }, () => {
  it('records first visits and SEND per row when asked to, and keeps them in the rows', async () => {
    const user = userEvent.setup({ delay: null });
    let latest: AttendanceRow[] = [];
    function Spy() {
      const [rows, setRows] = useState(defaultRows());
      latest = rows;
      return <AttendanceGrid rows={rows} onChange={setRows} errors={{}} />;
    }
    renderWithProviders(<Spy />);

    expect(within(row(1)).queryByRole('combobox', { name: 'First visit?' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Record first visits and SEND' }));
    await user.selectOptions(
      within(row(1)).getByRole('combobox', { name: 'First visit?' }),
      'First visit',
    );
    await user.selectOptions(within(row(1)).getByRole('combobox', { name: 'SEND' }), 'SEND');
    await user.selectOptions(
      within(row(2)).getByRole('combobox', { name: 'First visit?' }),
      'Returning',
    );
    expect(latest.map((r) => [r.firstTime, r.send])).toEqual([
      [true, true],
      [false, null],
    ]);
  });

  it('shows the first-visit and SEND fields at once when a row already records them', () => {
    renderWithProviders(
      <Grid initial={[{ ...defaultRows()[0]!, firstTime: false, send: null }]} />,
    );
    expect(within(row(1)).getByRole('combobox', { name: 'First visit?' })).toHaveValue('no');
    expect(screen.getByRole('checkbox', { name: 'Record first visits and SEND' })).toBeChecked();
  });

  it('totals the counts as they are typed, in a polite live region', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<Grid initial={defaultRows()} />);

    expect(total()).toHaveTextContent('Total: 0 attendances');
    expect(total().closest('[aria-live]')).toHaveAttribute('aria-live', 'polite');

    await user.clear(within(row(1)).getByLabelText('Count'));
    await user.type(within(row(1)).getByLabelText('Count'), '28');
    expect(total()).toHaveTextContent('Total: 28 attendances');

    await user.clear(within(row(2)).getByLabelText('Count'));
    await user.type(within(row(2)).getByLabelText('Count'), '3');
    expect(total()).toHaveTextContent('Total: 31 attendances');
    expect(total()).not.toHaveTextContent('estimates');

    await user.click(within(row(2)).getByRole('checkbox', { name: 'Estimate' }));
    expect(total()).toHaveTextContent('Total: 31 attendances (includes estimates)');
  });

  it('shows each row’s audience and age or key stage, and changes them by keyboard', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<Grid initial={defaultRows()} />);

    expect(within(row(1)).getByRole('combobox', { name: 'Who came' })).toHaveValue('PUPIL');
    expect(within(row(1)).getByRole('combobox', { name: 'Age or key stage' })).toHaveValue(
      'KS:KS2',
    );
    expect(within(row(2)).getByRole('combobox', { name: 'Age or key stage' })).toHaveValue('');

    await user.selectOptions(
      within(row(2)).getByRole('combobox', { name: 'Age or key stage' }),
      'Age 25–34',
    );
    expect(within(row(2)).getByRole('combobox', { name: 'Age or key stage' })).toHaveValue(
      'AGE:AGE_25_34',
    );
  });

  it('adds a row and moves focus to it; removing one moves focus on', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<Grid initial={defaultRows()} />);

    await user.click(screen.getByRole('button', { name: 'Add a row' }));
    expect(within(row(3)).getByRole('combobox', { name: 'Who came' })).toHaveFocus();
    await user.selectOptions(within(row(3)).getByRole('combobox', { name: 'Who came' }), 'Carers');
    await user.type(within(row(3)).getByLabelText('Count'), '4');
    expect(total()).toHaveTextContent('Total: 4 attendances');

    await user.click(screen.getByRole('button', { name: 'Remove row 1 (Pupils)' }));
    expect(screen.getAllByRole('group', { name: /^Row / })).toHaveLength(2);
    // Focus goes to the row that took its place.
    expect(within(row(1)).getByRole('combobox', { name: 'Who came' })).toHaveValue('TEACHER');
    expect(within(row(1)).getByRole('combobox', { name: 'Who came' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Remove row 2 (Carers)' }));
    expect(screen.getByRole('button', { name: 'Add a row' })).toHaveFocus();
    expect(total()).toHaveTextContent('Total: 0 attendances');
  });

  it('shows errors beside the fields they name, linked for assistive technology', () => {
    renderWithProviders(
      <Grid
        initial={defaultRows()}
        errors={{
          'attendance.1.count': 'Enter how many came',
          'attendance.0': 'Repeats row 2',
          attendance: 'A cancelled session has no attendance',
        }}
      />,
    );
    const count = within(row(2)).getByLabelText('Count');
    expect(count).toHaveAttribute('aria-invalid', 'true');
    expect(count).toHaveAccessibleDescription('Enter how many came');
    expect(within(row(1)).getByRole('combobox', { name: 'Who came' })).toHaveAccessibleDescription(
      'Repeats row 2',
    );
    expect(screen.getByText('A cancelled session has no attendance')).toBeInTheDocument();
  });

  it('shows recorded first visits and SEND as fields, and the decile it keeps as text', () => {
    renderWithProviders(
      <Grid
        initial={[
          {
            ...emptyAttendanceRow(),
            audienceType: 'PUPIL',
            count: '12',
            firstTime: true,
            send: true,
            deprivationDecile: 2,
            deprivationIndex: 'IMD2025',
          },
        ]}
      />,
    );
    expect(within(row(1)).getByRole('combobox', { name: 'First visit?' })).toHaveValue('yes');
    expect(within(row(1)).getByRole('combobox', { name: 'SEND' })).toHaveValue('yes');
    expect(
      within(row(1)).getByText('Deprivation decile 2 (IMD 2025 (England))'),
    ).toBeInTheDocument();
  });
});
