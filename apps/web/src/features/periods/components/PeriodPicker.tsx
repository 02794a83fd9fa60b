import {
  periodFromKey,
  periodOf,
  type Period,
  type PeriodSettings,
  type PeriodType,
} from '@lantern/domain';
import { Group, NativeSelect } from '@mantine/core';
import { useMemo } from 'react';
import { PERIOD_TYPE_LABELS, periodOptions, PICKER_PERIOD_TYPES } from '../period-options';

export interface PeriodPickerProps {
  /** The chosen period's key, e.g. FQ2025-1. */
  value: Period;
  onChange: (key: string) => void;
  settings: PeriodSettings;
  /** Today in the museum's time zone (YYYY-MM-DD): the lists centre on it. */
  today: string;
  /** Limit the types offered (all by default). */
  types?: readonly PeriodType[];
  /** Label of the period select; "Period" by default. */
  label?: string;
}

/**
 * Choose a reporting period: first its type (quarter, financial year, term...), then one of
 * that type. Two native selects, so it works with a keyboard, a screen reader and a phone's
 * own picker. Changing the type keeps the date: it picks the period of the new type that
 * contains the old one's start.
 */
export function PeriodPicker({
  value,
  onChange,
  settings,
  today,
  types = PICKER_PERIOD_TYPES,
  label = 'Period',
}: PeriodPickerProps) {
  const type: PeriodType = value.type === 'CUSTOM' ? (types[0] as PeriodType) : value.type;
  const options = useMemo(() => {
    const list = periodOptions(type, today, settings);
    if (value.type !== 'CUSTOM' && !list.some((p) => p.key === value.key)) list.push(value);
    return list.map((p) => ({ value: p.key, label: p.label }));
  }, [type, today, settings, value]);

  function changeType(nextType: PeriodType) {
    onChange(periodOf(nextType, value.start, settings).key);
  }

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <NativeSelect
        label={`${label} type`}
        name="periodType"
        data={types.map((t) => ({ value: t, label: PERIOD_TYPE_LABELS[t] }))}
        value={type}
        onChange={(event) => changeType(event.currentTarget.value as PeriodType)}
      />
      <NativeSelect
        label={label}
        name="period"
        data={options}
        value={value.key}
        onChange={(event) => {
          const key = event.currentTarget.value;
          if (periodFromKey(key, settings)) onChange(key);
        }}
      />
    </Group>
  );
}
