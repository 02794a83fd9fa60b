import { Box, Button, Group, Stack, Table, Text } from '@mantine/core';
import { ACTIVITY_IMPORT_FIELD_DEFINITIONS, type TargetField } from '@lantern/domain';
import { VisuallyHidden, visuallyHiddenStyle } from '@lantern/ui';
import { useState } from 'react';

export interface ImportRowProblem {
  row: number;
  column: string;
  field: string;
  value: string;
  message: string;
}

export interface ImportErrorsTableProps {
  errors: readonly ImportRowProblem[];
  /** Every problem found; the API keeps only the first ones to show. */
  errorCount: number;
  pageSize?: number;
}

const fieldLabel = (field: string) =>
  ACTIVITY_IMPORT_FIELD_DEFINITIONS[field as TargetField]?.label ?? field;

function EmptyValue() {
  return (
    <>
      <span aria-hidden="true">(blank)</span>
      <VisuallyHidden>blank</VisuallyHidden>
    </>
  );
}

/**
 * Every problem in the file: row, column, the value as written and what is wrong with it, a page
 * at a time so a file with thousands of problems stays quick. Scrolls sideways on narrow screens.
 */
export function ImportErrorsTable({ errors, errorCount, pageSize = 25 }: ImportErrorsTableProps) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(errors.length / pageSize));
  const current = Math.min(page, pages - 1);
  const first = current * pageSize;
  const shown = errors.slice(first, first + pageSize);
  const range =
    errors.length === 0
      ? 'No problems listed'
      : `Problems ${first + 1} to ${first + shown.length} of ${errors.length}`;

  return (
    <Stack gap="sm">
      <Box
        role="region"
        aria-label="Problems found"
        tabIndex={0}
        // position: relative keeps visually hidden text in the cells inside the scrolling box.
        style={{
          position: 'relative',
          overflowX: 'auto',
          borderRadius: 'var(--mantine-radius-md)',
        }}
        bd="1px solid var(--mantine-color-gray-3)"
      >
        <Table striped verticalSpacing="sm" miw={560}>
          <caption style={visuallyHiddenStyle}>{range}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Row</Table.Th>
              <Table.Th scope="col">Column</Table.Th>
              <Table.Th scope="col">Value</Table.Th>
              <Table.Th scope="col">What’s wrong</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((error, index) => (
              <Table.Tr
                key={`${error.row}-${error.field}-${first + index}`}
                data-error-row={error.row}
              >
                <Table.Th scope="row" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {error.row}
                </Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {error.column || (
                    <Text span c="dimmed" size="sm">
                      No column for {fieldLabel(error.field)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {error.value === '' ? <EmptyValue /> : error.value}
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{error.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm" c="dimmed" aria-live="polite">
          {range}
          {errorCount > errors.length
            ? `. ${errorCount - errors.length} more not listed: fix these and check again.`
            : ''}
        </Text>
        {pages > 1 ? (
          <Group gap="xs" role="group" aria-label="Pages of problems">
            <Button
              variant="default"
              size="sm"
              disabled={current === 0}
              onClick={() => setPage(current - 1)}
            >
              Previous
            </Button>
            <Text size="sm" aria-hidden="true">
              Page {current + 1} of {pages}
            </Text>
            <Button
              variant="default"
              size="sm"
              disabled={current >= pages - 1}
              onClick={() => setPage(current + 1)}
            >
              Next
            </Button>
          </Group>
        ) : null}
      </Group>
    </Stack>
  );
}
