import { Button, Fieldset, Group, SimpleGrid, TextInput } from '@mantine/core';
import type { ChangeEvent } from 'react';
import type { FunderRow } from '../form';

export type FunderField = Exclude<keyof FunderRow, 'key'>;

/** The error key for a funder's field: the amount is typed in pounds but stored in pence. */
export function funderErrorKey(index: number, field: FunderField): string {
  return `funders.${index}.${field === 'amount' ? 'amountPence' : field}`;
}

export interface FunderFieldsProps {
  row: FunderRow;
  index: number;
  errors: Record<string, string>;
  onChange: (index: number, field: FunderField, value: string) => void;
  onRemove: (index: number) => void;
}

/** One funder: name, grant reference, amount in pounds and the grant's period. */
export function FunderFields({ row, index, errors, onChange, onRemove }: FunderFieldsProps) {
  const number = index + 1;
  const field = (name: FunderField) => ({
    id: `${row.key}-${name}`,
    'data-field': funderErrorKey(index, name),
    value: row[name],
    error: errors[funderErrorKey(index, name)],
    onChange: (event: ChangeEvent<HTMLInputElement>) =>
      onChange(index, name, event.currentTarget.value),
  });
  return (
    <Fieldset legend={`Funder ${number}`} radius="md" data-funder-row={number}>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput label="Funder name" autoComplete="off" {...field('name')} />
        <TextInput
          label="Grant reference (optional)"
          autoComplete="off"
          {...field('grantReference')}
        />
        <TextInput
          label="Amount in £ (optional)"
          description="Pounds and pence, such as 12500 or 12500.50"
          inputMode="decimal"
          autoComplete="off"
          {...field('amount')}
        />
        <TextInput type="date" label="Grant starts (optional)" {...field('periodStart')} />
        <TextInput type="date" label="Grant ends (optional)" {...field('periodEnd')} />
      </SimpleGrid>
      <Group mt="sm">
        <Button variant="default" color="red" size="sm" onClick={() => onRemove(index)}>
          Remove funder {number}
        </Button>
      </Group>
    </Fieldset>
  );
}
