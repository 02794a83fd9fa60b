import { Box, Table, Text } from '@mantine/core';
import {
  DELIVERY_MODE_LABELS,
  KEY_STAGE_LABELS,
  SESSION_FORMAT_LABELS,
  type DeliveryMode,
  type KeyStage,
  type SessionFormat,
} from '@lantern/domain';
import { CalendarDateText, StatusBadge, VisuallyHidden, visuallyHiddenStyle } from '@lantern/ui';
import { formatCount } from '../format';

/** One row of a checked file, as the API flattens it for the preview. */
export interface ImportPreviewRowView {
  row: number;
  date: string;
  programme: string;
  sessionType: string;
  format: string;
  deliveryMode: string;
  venue?: string | null;
  partner?: string | null;
  keyStage?: string | null;
  pupils?: number | null;
  adults?: number | null;
  otherParticipants?: number | null;
  estimated: boolean;
  attendances: number;
  duplicate: boolean;
}

function Blank() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <VisuallyHidden>none</VisuallyHidden>
    </>
  );
}

function Count({ value }: { value: number | null | undefined }) {
  return value === null || value === undefined ? <Blank /> : <>{formatCount(value)}</>;
}

/** The first rows of the file as Lantern read them, before anything is written. */
export function ImportPreviewTable({
  rows,
  caption,
}: {
  rows: readonly ImportPreviewRowView[];
  caption: string;
}) {
  return (
    <Box
      role="region"
      aria-label="Preview of the first rows"
      tabIndex={0}
      // position: relative keeps visually hidden text in the cells inside the scrolling box.
      style={{ position: 'relative', overflowX: 'auto', borderRadius: 'var(--mantine-radius-md)' }}
      bd="1px solid var(--mantine-color-gray-3)"
    >
      <Table striped verticalSpacing="xs" miw={1120} fz="sm">
        <caption style={visuallyHiddenStyle}>{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Row</Table.Th>
            <Table.Th scope="col">Date</Table.Th>
            <Table.Th scope="col">Programme</Table.Th>
            <Table.Th scope="col">Session</Table.Th>
            <Table.Th scope="col">Venue</Table.Th>
            <Table.Th scope="col">School or group</Table.Th>
            <Table.Th scope="col">Key stage</Table.Th>
            <Table.Th scope="col" ta="right">
              Pupils
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Adults
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Others
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Attendances
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.row} data-preview-row={row.row}>
              <Table.Th scope="row" fw={600}>
                {row.row}
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <CalendarDateText value={row.date} />
              </Table.Td>
              <Table.Td>{row.programme}</Table.Td>
              <Table.Td>
                {SESSION_FORMAT_LABELS[row.format as SessionFormat] ?? row.sessionType}
                <Text size="xs" c="dimmed">
                  {DELIVERY_MODE_LABELS[row.deliveryMode as DeliveryMode] ?? row.deliveryMode}
                  {row.duplicate ? (
                    <>
                      {' · '}
                      <StatusBadge tone="neutral" size="sm" label="Already imported: skipped" />
                    </>
                  ) : null}
                </Text>
              </Table.Td>
              <Table.Td>{row.venue || <Blank />}</Table.Td>
              <Table.Td>{row.partner || <Blank />}</Table.Td>
              <Table.Td>
                {row.keyStage ? (
                  (KEY_STAGE_LABELS[row.keyStage as KeyStage] ?? row.keyStage)
                ) : (
                  <Blank />
                )}
              </Table.Td>
              <Table.Td ta="right">
                <Count value={row.pupils} />
              </Table.Td>
              <Table.Td ta="right">
                <Count value={row.adults} />
              </Table.Td>
              <Table.Td ta="right">
                <Count value={row.otherParticipants} />
              </Table.Td>
              <Table.Td ta="right" fw={600}>
                {formatCount(row.attendances)}
                {row.estimated ? (
                  <Text span size="xs" c="dimmed" fw={400}>
                    {' '}
                    (estimate)
                  </Text>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
