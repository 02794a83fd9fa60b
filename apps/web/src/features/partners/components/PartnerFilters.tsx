import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { PARTNER_TYPE_LABELS, PARTNER_TYPES } from '@lantern/domain';
import { useState, type FormEvent } from 'react';
import { optionsFrom } from '../../../lib/labels';
import { EMPTY_PARTNER_FILTERS, hasPartnerFilters, type PartnerFilterValues } from '../filters';

const TYPE_OPTIONS = [
  { value: '', label: 'Any type' },
  ...optionsFrom(PARTNER_TYPES, PARTNER_TYPE_LABELS),
];

export interface PartnerFiltersProps {
  /** The filters in force (from the address bar). */
  values: PartnerFilterValues;
  onApply: (values: PartnerFilterValues) => void;
}

/** Search and type filter for the partner list; applying them puts them in the address. */
export function PartnerFilters({ values, onApply }: PartnerFiltersProps) {
  const [draft, setDraft] = useState<PartnerFilterValues>(values);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({ ...draft, search: draft.search.trim() });
  };

  return (
    <form onSubmit={handleSubmit} noValidate role="search" aria-label="Find partners">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" maw={720}>
          <TextInput
            name="search"
            type="search"
            label="Name, URN or postcode"
            autoComplete="off"
            value={draft.search}
            onChange={(event) => {
              const search = event.currentTarget.value;
              setDraft((current) => ({ ...current, search }));
            }}
          />
          <NativeSelect
            name="type"
            label="Type"
            data={TYPE_OPTIONS}
            value={draft.type}
            onChange={(event) => {
              const type = event.currentTarget.value;
              setDraft((current) => ({ ...current, type }));
            }}
          />
        </SimpleGrid>
        <Group gap="sm">
          <Button type="submit">Apply filters</Button>
          {hasPartnerFilters(values) ? (
            <Button
              variant="default"
              onClick={() => {
                setDraft(EMPTY_PARTNER_FILTERS);
                onApply(EMPTY_PARTNER_FILTERS);
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
