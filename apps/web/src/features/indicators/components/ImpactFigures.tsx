import { Box, NativeSelect, Table, Text } from '@mantine/core';
import { StatusBadge, VisuallyHidden } from '@lantern/ui';
import type {
  Disaggregation,
  IndicatorValueFieldsFragment,
  RagStatus,
  ScopeInput,
} from '../../../gql/graphql';
import {
  formatNumber,
  formatWithUnit,
  scopeFromParam,
  scopeToParam,
  suppressionExplanation,
} from '../format';
import type { ScopeOptions } from '../hooks/useIndicators';
import { DISAGGREGATION_LABELS, RAG_LABELS, RAG_TONES } from '../labels';

/** A traffic light in words, colour and shape (never colour alone). */
export function RagBadge({ rag }: { rag: RagStatus }) {
  return <StatusBadge tone={RAG_TONES[rag]} label={RAG_LABELS[rag]} size="md" />;
}

/** "Suppressed" with why, wherever a small group's figure would have been. */
export function SuppressedText({ threshold }: { threshold: number }) {
  return (
    <span data-suppressed>
      <Text span fw={600}>
        Suppressed
      </Text>{' '}
      <Text span size="sm" c="dimmed">
        ({suppressionExplanation(threshold)})
      </Text>
    </span>
  );
}

/** A figure with its unit, or the reason there is none. */
export function FigureText({
  value,
  unit,
  suppressed = false,
  threshold,
  empty = 'No value yet',
}: {
  value: number | null | undefined;
  unit: string;
  suppressed?: boolean;
  threshold: number;
  empty?: string;
}) {
  if (suppressed) return <SuppressedText threshold={threshold} />;
  if (value === null || value === undefined) {
    return (
      <Text span c="dimmed">
        {empty}
      </Text>
    );
  }
  return <>{formatWithUnit(value, unit)}</>;
}

/** "n = 120", or nothing. */
export function nText(n: number | null | undefined): string | null {
  return n === null || n === undefined ? null : `n = ${formatNumber(n)}`;
}

export interface ScopePickerProps {
  value: ScopeInput;
  onChange: (scope: ScopeInput) => void;
  options: ScopeOptions;
  label?: string;
}

/** The whole museum, one site or one programme. */
export function ScopePicker({ value, onChange, options, label = 'Scope' }: ScopePickerProps) {
  const data = [
    { value: 'MUSEUM', label: `Whole museum (${options.organisationName})` },
    ...(options.sites.length > 0
      ? [
          {
            group: 'Sites',
            items: options.sites.map((site) => ({ value: `SITE:${site.id}`, label: site.name })),
          },
        ]
      : []),
    ...(options.programmes.length > 0
      ? [
          {
            group: 'Programmes',
            items: options.programmes.map((programme) => ({
              value: `PROGRAMME:${programme.id}`,
              label: programme.name,
            })),
          },
        ]
      : []),
  ];
  return (
    <NativeSelect
      label={label}
      name="scope"
      data={data}
      value={scopeToParam(value)}
      onChange={(event) => onChange(scopeFromParam(event.currentTarget.value))}
    />
  );
}

export interface DisaggregationSelectProps {
  allowed: readonly Disaggregation[];
  value: Disaggregation | null;
  onChange: (value: Disaggregation | null) => void;
}

/** "Break down by", limited to the indicator's allowed disaggregations. */
export function DisaggregationSelect({ allowed, value, onChange }: DisaggregationSelectProps) {
  return (
    <NativeSelect
      label="Break down by"
      name="disaggregation"
      data={[
        { value: '', label: 'No breakdown (total only)' },
        ...allowed.map((item) => ({ value: item, label: DISAGGREGATION_LABELS[item] })),
      ]}
      value={value ?? ''}
      onChange={(event) => {
        const next = event.currentTarget.value as Disaggregation | '';
        onChange(next === '' ? null : next);
      }}
    />
  );
}

/** A breakdown's cells as a table: suppressed cells say so and why, never 0 or blank. */
export function CellsTable({
  value,
  unit,
  threshold,
}: {
  value: IndicatorValueFieldsFragment;
  unit: string;
  threshold: number;
}) {
  const by = value.disaggregation ? DISAGGREGATION_LABELS[value.disaggregation] : 'Breakdown';
  const caption = `${by}, ${value.period.label}, ${value.scope.label}`;
  const suppressedCount = value.cells.filter((cell) => cell.suppressed).length;
  return (
    <Box
      role="region"
      aria-label={`Breakdown by ${by.toLowerCase()}`}
      tabIndex={0}
      style={{ position: 'relative', overflowX: 'auto', borderRadius: 'var(--mantine-radius-md)' }}
      bd="1px solid var(--mantine-color-gray-3)"
    >
      <Table verticalSpacing="xs" striped>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left', padding: 8 }}>
          {caption}
          {suppressedCount > 0 ? (
            <Text span size="sm" display="block" c="dimmed">
              {suppressedCount === 1 ? 'One group is' : `${suppressedCount} groups are`} suppressed:{' '}
              {suppressionExplanation(threshold)}.
            </Text>
          ) : null}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{by}</Table.Th>
            <Table.Th scope="col">Value</Table.Th>
            <Table.Th scope="col">n</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {value.cells.map((cell) => (
            <Table.Tr key={cell.key} data-cell-key={cell.key}>
              <Table.Th scope="row" fw={500}>
                {cell.label}
              </Table.Th>
              <Table.Td>
                <FigureText
                  value={cell.value}
                  unit={unit}
                  suppressed={cell.suppressed}
                  threshold={threshold}
                  empty="No data"
                />
              </Table.Td>
              <Table.Td>
                {cell.suppressed ? (
                  <>
                    <span aria-hidden="true">—</span>
                    <VisuallyHidden>suppressed</VisuallyHidden>
                  </>
                ) : (
                  (cell.n ?? '—')
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
