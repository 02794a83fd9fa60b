import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import {
  PROGRAMME_STATUS_LABELS,
  PROGRAMME_STATUSES,
  PROGRAMME_STRAND_LABELS,
  PROGRAMME_STRANDS,
} from '@lantern/domain';
import { useState, type FormEvent } from 'react';
import { optionsFrom } from '../../../lib/labels';
import {
  EMPTY_PROGRAMME_FILTERS,
  hasProgrammeFilters,
  type ProgrammeFilterValues,
} from '../filters';

const STATUS_OPTIONS = [
  { value: '', label: 'Any status' },
  ...optionsFrom(PROGRAMME_STATUSES, PROGRAMME_STATUS_LABELS),
];
const STRAND_OPTIONS = [
  { value: '', label: 'Any strand' },
  ...optionsFrom(PROGRAMME_STRANDS, PROGRAMME_STRAND_LABELS),
];

export interface ProgrammeFiltersProps {
  /** The filters in force (from the address bar). */
  values: ProgrammeFilterValues;
  onApply: (values: ProgrammeFilterValues) => void;
}

/** Search and filters for the programme list; applying them puts them in the address. */
export function ProgrammeFilters({ values, onApply }: ProgrammeFiltersProps) {
  const [draft, setDraft] = useState<ProgrammeFilterValues>(values);

  const update = (field: keyof ProgrammeFilterValues, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({ ...draft, search: draft.search.trim() });
  };

  return (
    <form onSubmit={handleSubmit} noValidate role="search" aria-label="Find programmes">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <TextInput
            name="search"
            type="search"
            label="Name contains"
            autoComplete="off"
            value={draft.search}
            onChange={(event) => update('search', event.currentTarget.value)}
          />
          <NativeSelect
            name="status"
            label="Status"
            data={STATUS_OPTIONS}
            value={draft.status}
            onChange={(event) => update('status', event.currentTarget.value)}
          />
          <NativeSelect
            name="strand"
            label="Strand"
            data={STRAND_OPTIONS}
            value={draft.strand}
            onChange={(event) => update('strand', event.currentTarget.value)}
          />
        </SimpleGrid>
        <Group gap="sm">
          <Button type="submit">Apply filters</Button>
          {hasProgrammeFilters(values) ? (
            <Button
              variant="default"
              onClick={() => {
                setDraft(EMPTY_PROGRAMME_FILTERS);
                onApply(EMPTY_PROGRAMME_FILTERS);
              }}
            >
              Clear filters
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
