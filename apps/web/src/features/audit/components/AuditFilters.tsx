import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  describeAction,
  EMPTY_FILTERS,
  ENTITY_TYPE_LABELS,
  hasFilters,
  type AuditFilterValues,
} from '../filters';

export interface AuditFiltersProps {
  /** The filters in force (from the address bar). */
  values: AuditFilterValues;
  actions: string[];
  onApply: (values: AuditFilterValues) => void;
}

/** Filters for the audit log; applying them puts them in the address, so they can be shared. */
export function AuditFilters({ values, actions, onApply }: AuditFiltersProps) {
  const [draft, setDraft] = useState<AuditFilterValues>(values);
  const [dateError, setDateError] = useState<string | null>(null);

  const actionOptions = [
    { value: '', label: 'All actions' },
    ...[...new Set([...actions, ...(draft.action ? [draft.action] : [])])].map((action) => ({
      value: action,
      label: describeAction(action),
    })),
  ];
  const entityOptions = [
    { value: '', label: 'All types' },
    ...Object.entries(ENTITY_TYPE_LABELS).map(([value, label]) => ({ value, label })),
    ...(draft.entityType && !(draft.entityType in ENTITY_TYPE_LABELS)
      ? [{ value: draft.entityType, label: draft.entityType }]
      : []),
  ];

  const update = (field: keyof AuditFilterValues, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    if (field === 'from' || field === 'to') {
      setDateError(null);
    }
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (draft.from && draft.to && draft.from > draft.to) {
      setDateError('The "to" date must be on or after the "from" date');
      return;
    }
    onApply(draft);
  };

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Filter audit events">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="sm">
          <NativeSelect
            name="action"
            label="Action"
            data={actionOptions}
            value={draft.action}
            onChange={(event) => update('action', event.currentTarget.value)}
          />
          <NativeSelect
            name="entityType"
            label="Type of record"
            data={entityOptions}
            value={draft.entityType}
            onChange={(event) => update('entityType', event.currentTarget.value)}
          />
          <TextInput
            name="from"
            type="date"
            label="From"
            value={draft.from}
            onChange={(event) => update('from', event.currentTarget.value)}
          />
          <TextInput
            name="to"
            type="date"
            label="To"
            value={draft.to}
            onChange={(event) => update('to', event.currentTarget.value)}
            error={dateError}
          />
        </SimpleGrid>
        <Group gap="sm">
          <Button type="submit">Apply filters</Button>
          {hasFilters(values) ? (
            <Button
              variant="default"
              onClick={() => {
                setDraft(EMPTY_FILTERS);
                setDateError(null);
                onApply(EMPTY_FILTERS);
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
