import { Button, Fieldset, Group, SimpleGrid, TextInput } from '@mantine/core';
import type { ChangeEvent } from 'react';
import type { PlanRow } from '../form';
import { describePeriod } from '../periods';

export type PlanField = Exclude<keyof PlanRow, 'key'>;

export interface PlanFieldsProps {
  row: PlanRow;
  index: number;
  financialYearStartMonth: number;
  errors: Record<string, string>;
  onChange: (index: number, field: PlanField, value: string) => void;
  onRemove: (index: number) => void;
}

/** One period of the plan: its dates, and the sessions and reach planned in it. */
export function PlanFields({
  row,
  index,
  financialYearStartMonth,
  errors,
  onChange,
  onRemove,
}: PlanFieldsProps) {
  const number = index + 1;
  const name = describePeriod(row.periodStart, row.periodEnd, financialYearStartMonth);
  const field = (key: PlanField) => ({
    id: `${row.key}-${key}`,
    'data-field': `plan.${index}.${key}`,
    value: row[key],
    error: errors[`plan.${index}.${key}`],
    onChange: (event: ChangeEvent<HTMLInputElement>) =>
      onChange(index, key, event.currentTarget.value),
  });
  return (
    <Fieldset
      legend={name ? `Period ${number}: ${name}` : `Period ${number}`}
      radius="md"
      data-plan-row={number}
    >
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <TextInput type="date" label="Starts" {...field('periodStart')} />
        <TextInput type="date" label="Ends" {...field('periodEnd')} />
        <TextInput
          label="Planned sessions"
          inputMode="numeric"
          autoComplete="off"
          {...field('plannedSessions')}
        />
        <TextInput
          label="Planned reach"
          inputMode="numeric"
          autoComplete="off"
          {...field('plannedReach')}
        />
      </SimpleGrid>
      <Group mt="sm">
        <Button variant="default" color="red" size="sm" onClick={() => onRemove(index)}>
          Remove period {number}
        </Button>
      </Group>
    </Fieldset>
  );
}
