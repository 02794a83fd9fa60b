import { Anchor, Box, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import {
  DELIVERY_MODE_LABELS,
  SESSION_FORMAT_LABELS,
  type DeliveryMode,
  type SessionFormat,
  type SessionStatus,
} from '@lantern/domain';
import { DescriptionList, VisuallyHidden } from '@lantern/ui';
import { Link } from 'react-router';
import { formatCount, formatSessionDate, formatTime } from '../format';
import { SessionStatusBadge } from './SessionStatusBadge';

/** What a row of the list shows (the SessionSummaryFields fragment). */
export interface SessionListItem {
  id: string;
  title?: string | null;
  date: string;
  startTime?: string | null;
  format: SessionFormat;
  deliveryMode: DeliveryMode;
  status: SessionStatus;
  attendanceTotal: number;
  hasEstimates: boolean;
  programme: { id: string; name: string };
  site?: { id: string; name: string } | null;
  partners: ReadonlyArray<{ id: string; name: string }>;
  outreachPostcode?: string | null;
  onlinePlatform?: string | null;
}

// Wide enough for six columns beside the navbar; narrower screens get one card per session.
const TABLE_QUERY = '(min-width: 62em)';

export interface SessionListProps {
  sessions: SessionListItem[];
  /** Id of the heading that names the list. */
  labelledBy: string;
}

function SessionLink({ session }: { session: SessionListItem }) {
  const time = formatTime(session.startTime);
  return (
    <Anchor component={Link} to={`/sessions/${session.id}`} fw={600} underline="always">
      {formatSessionDate(String(session.date))}
      {time ? `, ${time}` : ''}
    </Anchor>
  );
}

/** Where it happened: the site, else the outreach postcode or platform; then the partners. */
function wherePlace(session: SessionListItem): string {
  return (
    session.site?.name ??
    session.outreachPostcode ??
    session.onlinePlatform ??
    DELIVERY_MODE_LABELS[session.deliveryMode]
  );
}

function Where({ session }: { session: SessionListItem }) {
  const partners = session.partners.map((partner) => partner.name).join(', ');
  return (
    <Stack gap={0}>
      <span>{wherePlace(session)}</span>
      {partners ? (
        <Text component="span" size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {partners}
        </Text>
      ) : null}
    </Stack>
  );
}

function Attendance({ session }: { session: SessionListItem }) {
  if (session.status !== 'DELIVERED' && session.attendanceTotal === 0) {
    return (
      <Text component="span" c="dimmed" size="sm">
        <span aria-hidden="true">—</span>
        <VisuallyHidden>None recorded</VisuallyHidden>
      </Text>
    );
  }
  return (
    <>
      {formatCount(session.attendanceTotal)}
      {session.hasEstimates ? (
        <>
          <span aria-hidden="true" title="Includes estimates">
            {' '}
            (est.)
          </span>
          <VisuallyHidden>, includes estimates</VisuallyHidden>
        </>
      ) : null}
    </>
  );
}

function formatText(session: SessionListItem): string {
  return `${SESSION_FORMAT_LABELS[session.format]}${session.title ? `: ${session.title}` : ''}`;
}

function SessionsTable({ sessions, labelledBy }: SessionListProps) {
  return (
    // Scrolls sideways rather than squashing columns; focusable so keyboard users can scroll it.
    <Box
      role="region"
      aria-label="Sessions table"
      tabIndex={0}
      style={{ overflowX: 'auto', borderRadius: 'var(--mantine-radius-md)' }}
      bd="1px solid var(--mantine-color-gray-3)"
    >
      <Table striped verticalSpacing="sm" miw={820} aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Date</Table.Th>
            <Table.Th scope="col">Programme</Table.Th>
            <Table.Th scope="col">Format</Table.Th>
            <Table.Th scope="col">Where and with whom</Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              Attendances
            </Table.Th>
            <Table.Th scope="col">Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((session) => (
            <Table.Tr key={session.id} data-session-id={session.id}>
              <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                <SessionLink session={session} />
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{session.programme.name}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{formatText(session)}</Table.Td>
              <Table.Td>
                <Where session={session} />
              </Table.Td>
              <Table.Td
                style={{
                  textAlign: 'right',
                  fontVariantNumeric: 'tabular-nums',
                  whiteSpace: 'nowrap',
                }}
              >
                <Attendance session={session} />
              </Table.Td>
              <Table.Td>
                <SessionStatusBadge status={session.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}

function SessionCards({ sessions, labelledBy }: SessionListProps) {
  return (
    <Stack
      component="ul"
      role="list"
      aria-labelledby={labelledBy}
      gap="sm"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
    >
      {sessions.map((session) => (
        <Paper
          component="li"
          key={session.id}
          withBorder
          radius="md"
          p="md"
          data-session-id={session.id}
        >
          <Text>
            <SessionLink session={session} />
          </Text>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {session.programme.name}
          </Text>
          <DescriptionList
            layout="stacked"
            items={[
              { term: 'Format', value: formatText(session) },
              { term: 'Where and with whom', value: <Where session={session} /> },
              { term: 'Attendances', value: <Attendance session={session} /> },
              { term: 'Status', value: <SessionStatusBadge status={session.status} /> },
            ]}
          />
        </Paper>
      ))}
    </Stack>
  );
}

/** Sessions: a table on wide screens, cards on narrow ones; each date links to the session. */
export function SessionList(props: SessionListProps) {
  const wide = useMediaQuery(TABLE_QUERY, false, { getInitialValueInEffect: false });
  return wide ? <SessionsTable {...props} /> : <SessionCards {...props} />;
}
