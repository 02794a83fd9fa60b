import {
  Alert,
  Box,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import {
  AGE_BANDS,
  AGE_BAND_LABELS,
  AUDIENCE_TYPES,
  AUDIENCE_TYPE_LABELS,
  DEPRIVATION_INDEX_LABELS,
  KEY_STAGES,
  KEY_STAGE_LABELS,
  type AudienceType,
} from '@lantern/domain';
import { LiveRegion } from '@lantern/ui';
import { useEffect, useRef, useState } from 'react';
import { attendanceTotalsOf, emptyAttendanceRow, type AttendanceRow } from '../form';
import { formatCount } from '../format';

const AUDIENCE_OPTIONS = [
  { value: '', label: 'Choose…' },
  ...AUDIENCE_TYPES.map((value) => ({ value, label: AUDIENCE_TYPE_LABELS[value] })),
];

const AGE_OR_STAGE_OPTIONS = [
  { value: '', label: 'Not recorded' },
  {
    group: 'Key stage',
    items: KEY_STAGES.map((value) => ({ value: `KS:${value}`, label: KEY_STAGE_LABELS[value] })),
  },
  {
    group: 'Age band',
    items: AGE_BANDS.map((value) => ({
      value: `AGE:${value}`,
      label: value === 'UNKNOWN' ? 'Age unknown' : `Age ${AGE_BAND_LABELS[value]}`,
    })),
  },
];

type RowField = 'audienceType' | 'ageOrStage' | 'count' | 'estimate' | 'firstTime' | 'send';

const FIRST_TIME_OPTIONS = [
  { value: '', label: 'Not recorded' },
  { value: 'yes', label: 'First visit' },
  { value: 'no', label: 'Returning' },
];

const SEND_OPTIONS = [
  { value: '', label: 'Not recorded' },
  { value: 'yes', label: 'SEND' },
  { value: 'no', label: 'Not SEND' },
];

function fromTriState(value: string): boolean | null {
  return value === 'yes' ? true : value === 'no' ? false : null;
}

function toTriState(value: boolean | null): string {
  return value === true ? 'yes' : value === false ? 'no' : '';
}

/**
 * What a row also records that the grid does not show as fields: the decile (from a saved
 * session or an import) and, while first visits and SEND are hidden, those.
 */
function rowExtras(row: AttendanceRow, detailsShown: boolean): string | null {
  const parts: string[] = [];
  if (!detailsShown && row.firstTime === true) parts.push('First visit');
  if (!detailsShown && row.firstTime === false) parts.push('Returning');
  if (!detailsShown && row.send === true) parts.push('SEND');
  if (row.deprivationDecile !== null) {
    parts.push(
      `Deprivation decile ${row.deprivationDecile}${
        row.deprivationIndex ? ` (${DEPRIVATION_INDEX_LABELS[row.deprivationIndex]})` : ''
      }`,
    );
  }
  return parts.length > 0 ? parts.join(' · ') : null;
}

function rowName(row: AttendanceRow, index: number): string {
  const audience = AUDIENCE_TYPE_LABELS[row.audienceType as AudienceType] as string | undefined;
  return audience ? `row ${index + 1} (${audience})` : `row ${index + 1}`;
}

export interface AttendanceGridProps {
  rows: AttendanceRow[];
  onChange: (rows: AttendanceRow[]) => void;
  /** Errors keyed like "attendance.1.count"; "attendance" for the grid as a whole. */
  errors: Record<string, string>;
}

/**
 * Who came: one row per audience and age band or key stage, with a count and whether it is an
 * estimate. The total (attendances, not unique people) updates as counts are typed and is
 * announced politely. Rows left at 0 are not saved.
 */
export function AttendanceGrid({ rows, onChange, errors }: AttendanceGridProps) {
  const { total, hasEstimates } = attendanceTotalsOf(rows);
  const containerRef = useRef<HTMLDivElement>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  // After adding or removing a row, where focus goes: a row's first field or the add button.
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  // First visits and SEND are optional: their fields show when asked for, or when recorded.
  const [detailsShown, setDetailsShown] = useState(() =>
    rows.some((row) => row.firstTime !== null || row.send !== null),
  );

  useEffect(() => {
    if (focusTarget === null) {
      return;
    }
    if (focusTarget === 'add') {
      addButtonRef.current?.focus();
    } else {
      containerRef.current
        ?.querySelector<HTMLElement>(`[id="${CSS.escape(`${focusTarget}-audienceType`)}"]`)
        ?.focus();
    }
    setFocusTarget(null);
  }, [focusTarget]);

  const update = (index: number, field: RowField, value: string | boolean | null) => {
    onChange(rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)));
  };

  const handleAdd = () => {
    const row = emptyAttendanceRow();
    onChange([...rows, row]);
    setFocusTarget(row.key);
  };

  const handleRemove = (index: number) => {
    const next = rows.filter((_, i) => i !== index);
    onChange(next);
    setFocusTarget(next[index]?.key ?? 'add');
  };

  const gridError = errors['attendance'];

  return (
    <Stack gap="sm" ref={containerRef}>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No rows yet. Add a row for each group who came, such as pupils in KS2 and their teachers.
        </Text>
      ) : null}
      {rows.map((row, index) => {
        const extras = rowExtras(row, detailsShown);
        const field = (name: RowField) => ({
          id: `${row.key}-${name}`,
          'data-field': `attendance.${index}.${name}`,
        });
        const audienceError =
          errors[`attendance.${index}.audienceType`] ?? errors[`attendance.${index}`];
        return (
          <Fieldset
            key={row.key}
            legend={`Row ${index + 1}`}
            radius="md"
            p="sm"
            data-attendance-row={index + 1}
            styles={{ legend: { fontSize: 'var(--mantine-font-size-sm)', fontWeight: 600 } }}
          >
            <Group align="flex-start" gap="sm" wrap="wrap">
              <NativeSelect
                {...field('audienceType')}
                label="Who came"
                data={AUDIENCE_OPTIONS}
                value={row.audienceType}
                error={audienceError}
                onChange={(event) => update(index, 'audienceType', event.currentTarget.value)}
                style={{ flex: '1 1 11rem', minWidth: 0 }}
              />
              <NativeSelect
                {...field('ageOrStage')}
                label="Age or key stage"
                data={AGE_OR_STAGE_OPTIONS}
                value={row.ageOrStage}
                error={errors[`attendance.${index}.ageOrStage`]}
                onChange={(event) => update(index, 'ageOrStage', event.currentTarget.value)}
                style={{ flex: '1 1 9rem', minWidth: 0 }}
              />
              <TextInput
                {...field('count')}
                label="Count"
                inputMode="numeric"
                autoComplete="off"
                value={row.count}
                error={errors[`attendance.${index}.count`]}
                onFocus={(event) => event.currentTarget.select()}
                onChange={(event) => update(index, 'count', event.currentTarget.value)}
                style={{ flex: '0 1 7rem', minWidth: '6rem' }}
              />
              <Box pt={{ base: 0, xs: 30 }} style={{ flex: '0 0 auto' }}>
                <Checkbox
                  {...field('estimate')}
                  label="Estimate"
                  checked={row.estimate}
                  error={errors[`attendance.${index}.estimate`]}
                  onChange={(event) => update(index, 'estimate', event.currentTarget.checked)}
                />
              </Box>
              {detailsShown ? (
                <>
                  <NativeSelect
                    {...field('firstTime')}
                    label="First visit?"
                    data={FIRST_TIME_OPTIONS}
                    value={toTriState(row.firstTime)}
                    onChange={(event) =>
                      update(index, 'firstTime', fromTriState(event.currentTarget.value))
                    }
                    style={{ flex: '0 1 9rem', minWidth: '8rem' }}
                  />
                  <NativeSelect
                    {...field('send')}
                    label="SEND"
                    data={SEND_OPTIONS}
                    value={toTriState(row.send)}
                    onChange={(event) =>
                      update(index, 'send', fromTriState(event.currentTarget.value))
                    }
                    style={{ flex: '0 1 9rem', minWidth: '8rem' }}
                  />
                </>
              ) : null}
              <Box pt={{ base: 0, xs: 24 }} style={{ flex: '0 0 auto' }}>
                <Button
                  variant="subtle"
                  color="red"
                  size="compact-sm"
                  onClick={() => handleRemove(index)}
                  aria-label={`Remove ${rowName(row, index)}`}
                >
                  Remove
                </Button>
              </Box>
            </Group>
            {extras ? (
              <Text size="xs" c="dimmed" mt={6}>
                {extras}
              </Text>
            ) : null}
          </Fieldset>
        );
      })}
      {gridError ? (
        <Alert
          color="red"
          variant="light"
          data-field="attendance"
          tabIndex={-1}
          title="Attendance"
          id="attendance-error"
        >
          {gridError}
        </Alert>
      ) : null}
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Group gap="md" align="center">
          <Button ref={addButtonRef} variant="default" onClick={handleAdd}>
            Add a row
          </Button>
          <Checkbox
            label="Record first visits and SEND"
            checked={detailsShown}
            onChange={(event) => setDetailsShown(event.currentTarget.checked)}
          />
        </Group>
        <LiveRegion visuallyHidden={false}>
          <Text fw={700} data-attendance-total>
            Total: {formatCount(total)} {total === 1 ? 'attendance' : 'attendances'}
            {hasEstimates ? ' (includes estimates)' : ''}
          </Text>
        </LiveRegion>
      </Group>
    </Stack>
  );
}
