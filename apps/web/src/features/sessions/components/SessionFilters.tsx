import { Button, Group, NativeSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import {
  DELIVERY_MODE_LABELS,
  DELIVERY_MODES,
  SESSION_FORMAT_LABELS,
  SESSION_FORMATS,
  SESSION_STATUS_LABELS,
  SESSION_STATUSES,
} from '@lantern/domain';
import { useState, type FormEvent } from 'react';
import { optionsFrom } from '../../../lib/labels';
import {
  checkSessionFilters,
  EMPTY_SESSION_FILTERS,
  hasSessionFilters,
  type SessionFilterValues,
} from '../filters';

export interface SessionFilterOptions {
  programmes: Array<{ id: string; name: string }>;
  sites: Array<{ id: string; name: string }>;
  partners: Array<{ id: string; name: string }>;
}

export interface SessionFiltersProps {
  /** The filters in force (from the address bar). */
  values: SessionFilterValues;
  options: SessionFilterOptions;
  onApply: (values: SessionFilterValues) => void;
  /** What is typed in the partner search, for museums with more partners than are loaded. */
  onPartnerSearchChange?: (search: string) => void;
}

const FORMAT_OPTIONS = [
  { value: '', label: 'All formats' },
  ...optionsFrom(SESSION_FORMATS, SESSION_FORMAT_LABELS),
];
const MODE_OPTIONS = [
  { value: '', label: 'Any delivery' },
  ...optionsFrom(DELIVERY_MODES, DELIVERY_MODE_LABELS),
];
const STATUS_OPTIONS = [
  { value: '', label: 'Any status' },
  ...optionsFrom(SESSION_STATUSES, SESSION_STATUS_LABELS),
];

/** Mantine hides a select's clear button from keyboards and screen readers: show it to them. */
const KEYBOARD_CLEAR = { 'aria-hidden': false, tabIndex: 0 } as const;

/** An id from the address that is not among the options still shows, rather than vanishing. */
function withCurrent(
  items: Array<{ value: string; label: string }>,
  current: string,
  label: string,
): Array<{ value: string; label: string }> {
  return current && !items.some((item) => item.value === current)
    ? [...items, { value: current, label }]
    : items;
}

/** Filters for the session list; applying them puts them in the address, so they can be shared. */
export function SessionFilters({
  values,
  options,
  onApply,
  onPartnerSearchChange,
}: SessionFiltersProps) {
  const [draft, setDraft] = useState<SessionFilterValues>(values);
  const [dateError, setDateError] = useState<string | null>(null);

  const update = (field: keyof SessionFilterValues, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    if (field === 'from' || field === 'to') {
      setDateError(null);
    }
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = checkSessionFilters(draft);
    if (problem) {
      setDateError(problem);
      return;
    }
    onApply(draft);
  };

  const programmeOptions = withCurrent(
    options.programmes.map((p) => ({ value: p.id, label: p.name })),
    draft.programmeId,
    'A programme no longer listed',
  );
  const partnerOptions = withCurrent(
    options.partners.map((p) => ({ value: p.id, label: p.name })),
    draft.partnerId,
    'A partner no longer listed',
  );
  const siteOptions = [
    { value: '', label: 'All sites' },
    ...withCurrent(
      options.sites.map((s) => ({ value: s.id, label: s.name })),
      draft.siteId,
      'A site no longer listed',
    ),
  ];

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Filter sessions">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
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
          <Select
            name="programmeId"
            label="Programme"
            placeholder="All programmes"
            data={programmeOptions}
            value={draft.programmeId || null}
            onChange={(value) => update('programmeId', value ?? '')}
            searchable
            clearable
            selectFirstOptionOnChange
            clearButtonProps={{ ...KEYBOARD_CLEAR, 'aria-label': 'Clear programme' }}
            nothingFoundMessage="No programme has that name"
          />
          <NativeSelect
            name="siteId"
            label="Site"
            data={siteOptions}
            value={draft.siteId}
            onChange={(event) => update('siteId', event.currentTarget.value)}
          />
          <NativeSelect
            name="format"
            label="Format"
            data={FORMAT_OPTIONS}
            value={draft.format}
            onChange={(event) => update('format', event.currentTarget.value)}
          />
          <NativeSelect
            name="deliveryMode"
            label="Delivery"
            data={MODE_OPTIONS}
            value={draft.deliveryMode}
            onChange={(event) => update('deliveryMode', event.currentTarget.value)}
          />
          <Select
            name="partnerId"
            label="Partner"
            placeholder="All partners"
            data={partnerOptions}
            value={draft.partnerId || null}
            onChange={(value) => update('partnerId', value ?? '')}
            onSearchChange={onPartnerSearchChange}
            searchable
            clearable
            selectFirstOptionOnChange
            clearButtonProps={{ ...KEYBOARD_CLEAR, 'aria-label': 'Clear partner' }}
            nothingFoundMessage="No partner has that name"
          />
          <NativeSelect
            name="status"
            label="Status"
            data={STATUS_OPTIONS}
            value={draft.status}
            onChange={(event) => update('status', event.currentTarget.value)}
          />
        </SimpleGrid>
        <Group gap="sm">
          <Button type="submit">Apply filters</Button>
          {hasSessionFilters(values) ? (
            <Button
              variant="default"
              onClick={() => {
                setDraft(EMPTY_SESSION_FILTERS);
                setDateError(null);
                onApply(EMPTY_SESSION_FILTERS);
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
