import { Button, Checkbox, Group, NativeSelect, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { IndicatorFilterValues } from '../filters';
import { INDICATOR_SOURCE_SHORT, INDICATOR_SOURCES } from '../labels';

const SOURCE_OPTIONS = [
  { value: '', label: 'Any source' },
  ...INDICATOR_SOURCES.map((value) => ({ value, label: INDICATOR_SOURCE_SHORT[value] })),
];

/** Search, source and "show archived": applied together, kept in the address. */
export function IndicatorFilters({
  values,
  onApply,
}: {
  values: IndicatorFilterValues;
  onApply: (values: IndicatorFilterValues) => void;
}) {
  const [draft, setDraft] = useState(values);
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form role="search" aria-label="Filter indicators" onSubmit={handleSubmit}>
      <Group align="flex-end" gap="md" wrap="wrap">
        <TextInput
          type="search"
          name="search"
          label="Name or code"
          value={draft.search}
          onChange={(event) => setDraft({ ...draft, search: event.currentTarget.value })}
          w={260}
          maw="100%"
        />
        <NativeSelect
          name="source"
          label="Source"
          data={SOURCE_OPTIONS}
          value={draft.source}
          onChange={(event) => setDraft({ ...draft, source: event.currentTarget.value })}
        />
        <Checkbox
          name="archived"
          label="Show archived"
          checked={draft.archived}
          onChange={(event) => setDraft({ ...draft, archived: event.currentTarget.checked })}
          mb={10}
        />
        <Button type="submit" variant="default">
          Apply filters
        </Button>
      </Group>
    </form>
  );
}
