import { Anchor, Box, Button, List, Stack, Table, Text, Title } from '@mantine/core';
import {
  AGE_BAND_LABELS,
  AUDIENCE_TYPE_LABELS,
  COUNT_KIND_LABELS,
  DELIVERY_MODE_LABELS,
  DEPRIVATION_INDEX_LABELS,
  FACILITATOR_TYPE_LABELS,
  KEY_STAGE_LABELS,
  PARTICIPATION_DEPTH_LABELS,
  SESSION_FORMAT_LABELS,
} from '@lantern/domain';
import {
  Announcement,
  ConfirmDialog,
  DescriptionList,
  LoadingState,
  PageHeader,
  visuallyHiddenStyle,
} from '@lantern/ui';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import type { SessionFieldsFragment } from '../../../gql/graphql';
import { actionMessage, toUserError } from '../../../lib/errors';
import { QueryErrorState, useViewer } from '../../auth';
import {
  attendancesText,
  formatCount,
  formatDuration,
  formatSessionDate,
  formatTime,
  sessionHeading,
} from '../format';
import { useSession } from '../hooks/useSession';
import { useSessionActions } from '../hooks/useSessionActions';
import { announcementFrom, type SessionNavigationState } from '../navigation';
import { SessionNotFound } from './SessionNotFound';
import { SessionStatusBadge } from './SessionStatusBadge';

type Cell = SessionFieldsFragment['attendance'][number];

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack component="section" aria-labelledby={id} gap="sm">
      <Title order={2} id={id} size="h3">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Nothing({ children }: { children: ReactNode }) {
  return (
    <Text component="span" c="dimmed" fw={400}>
      {children}
    </Text>
  );
}

/** "Pupils, KS2", "Adults, age 35–44", "Teachers". */
function ageOrStage(cell: Cell): string {
  if (cell.keyStage) return KEY_STAGE_LABELS[cell.keyStage];
  if (cell.ageBand)
    return cell.ageBand === 'UNKNOWN' ? 'Age unknown' : `Age ${AGE_BAND_LABELS[cell.ageBand]}`;
  return 'Not recorded';
}

function cellNotes(cell: Cell): string {
  const parts: string[] = [];
  if (cell.firstTime === true) parts.push('First visit');
  if (cell.firstTime === false) parts.push('Returning');
  if (cell.send === true) parts.push('SEND');
  if (cell.deprivationDecile !== null && cell.deprivationDecile !== undefined) {
    parts.push(
      `Decile ${cell.deprivationDecile}${cell.deprivationIndex ? ` (${DEPRIVATION_INDEX_LABELS[cell.deprivationIndex]})` : ''}`,
    );
  }
  return parts.join(', ');
}

function AttendanceTable({ session }: { session: SessionFieldsFragment }) {
  const numeric = { textAlign: 'right' as const, fontVariantNumeric: 'tabular-nums' };
  return (
    <Box
      role="region"
      aria-label="Attendance table"
      tabIndex={0}
      style={{ overflowX: 'auto', borderRadius: 'var(--mantine-radius-md)' }}
      bd="1px solid var(--mantine-color-gray-3)"
    >
      <Table verticalSpacing="xs" miw={480}>
        <caption style={visuallyHiddenStyle}>Who came</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Who came</Table.Th>
            <Table.Th scope="col">Age or key stage</Table.Th>
            <Table.Th scope="col" style={numeric}>
              Count
            </Table.Th>
            <Table.Th scope="col">Counted by</Table.Th>
            <Table.Th scope="col">Notes</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {session.attendance.map((cell, index) => (
            <Table.Tr key={cell.id ?? index}>
              <Table.Th scope="row" fw={500}>
                {AUDIENCE_TYPE_LABELS[cell.audienceType]}
              </Table.Th>
              <Table.Td>{ageOrStage(cell)}</Table.Td>
              <Table.Td style={numeric}>{formatCount(cell.count)}</Table.Td>
              <Table.Td>{COUNT_KIND_LABELS[cell.countKind]}</Table.Td>
              <Table.Td>{cellNotes(cell)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row" colSpan={2}>
              Total
            </Table.Th>
            <Table.Td style={{ ...numeric, fontWeight: 700 }}>
              {formatCount(session.attendanceTotal)}
            </Table.Td>
            <Table.Td colSpan={2}>{session.hasEstimates ? 'Includes estimates' : ''}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Box>
  );
}

export interface SessionDetailPageProps {
  id: string;
}

/**
 * Everything about one session and who came; Edit and Delete for those with `sessions.write`.
 * Deleting asks first, then returns to the list.
 */
export function SessionDetailPage({ id }: SessionDetailPageProps) {
  const { can } = useViewer();
  const canWrite = can('sessions.write');
  const location = useLocation();
  const navigate = useNavigate();
  const { session, loading, notFound, error, retry, retrying } = useSession(id);
  const actions = useSessionActions();
  const [deleteOpen, setDeleteOpen] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  if (notFound) {
    return <SessionNotFound />;
  }
  if (loading) {
    return <LoadingState label="Loading the session…" rows={6} />;
  }
  if (!session) {
    return (
      <>
        <PageHeader title="Session" />
        <QueryErrorState error={error} onRetry={retry} retrying={retrying} />
      </>
    );
  }

  const heading = sessionHeading(session);
  const handleDelete = async () => {
    setDeleteError(null);
    try {
      await actions.remove(session.id);
      const state: SessionNavigationState = { announcement: `The session ${heading} was deleted.` };
      navigate('/sessions', { state });
    } catch (caught) {
      setDeleteError(actionMessage(toUserError(caught)));
    }
  };

  const time = formatTime(session.startTime);
  const duration = formatDuration(session.durationMinutes);

  return (
    <>
      <PageHeader
        title={heading}
        description={
          <>
            <Anchor component={Link} to={`/programmes/${session.programme.id}`} inherit>
              {session.programme.name}
            </Anchor>
            {session.status === 'DELIVERED'
              ? `: ${attendancesText(session.attendanceTotal)}${session.hasEstimates ? ' (includes estimates)' : ''}`
              : ''}
          </>
        }
        actions={
          canWrite ? (
            <>
              <Button component={Link} to={`/sessions/${session.id}/edit`}>
                Edit
              </Button>
              <Button
                variant="default"
                color="red"
                onClick={() => {
                  setDeleteError(null);
                  setDeleteOpen(true);
                }}
              >
                Delete
              </Button>
            </>
          ) : null
        }
      />
      <Announcement message={announcementFrom(location.state)} />
      <Stack gap={40}>
        <Section id="session-overview" title="Overview">
          <DescriptionList
            items={[
              { term: 'Status', value: <SessionStatusBadge status={session.status} /> },
              { term: 'Date', value: formatSessionDate(String(session.date)) },
              { term: 'Start time', value: time ?? <Nothing>Not recorded</Nothing> },
              { term: 'Duration', value: duration ?? <Nothing>Not recorded</Nothing> },
              { term: 'Format', value: SESSION_FORMAT_LABELS[session.format] },
              { term: 'Delivery', value: DELIVERY_MODE_LABELS[session.deliveryMode] },
              { term: 'Site', value: session.site?.name ?? <Nothing>No site</Nothing> },
              ...(session.outreachPostcode
                ? [{ term: 'Outreach postcode', value: session.outreachPostcode }]
                : []),
              ...(session.onlinePlatform
                ? [{ term: 'Online platform', value: session.onlinePlatform }]
                : []),
              {
                term: 'Partners',
                value:
                  session.partners.length > 0 ? (
                    session.partners.map((partner) => partner.name).join(', ')
                  ) : (
                    <Nothing>None</Nothing>
                  ),
              },
              {
                term: 'Facilitators',
                value:
                  session.facilitators.length > 0 ? (
                    session.facilitators
                      .map((f) => `${f.name} (${FACILITATOR_TYPE_LABELS[f.type].toLowerCase()})`)
                      .join(', ')
                  ) : (
                    <Nothing>Not recorded</Nothing>
                  ),
              },
              {
                term: 'Co-designed',
                value: `${session.coDesigned ? 'Yes' : 'No'}${
                  session.participationDepth
                    ? `; participation: ${PARTICIPATION_DEPTH_LABELS[session.participationDepth].toLowerCase()}`
                    : ''
                }`,
              },
              {
                term: 'Deprivation of the area reached',
                value:
                  session.deprivationDecile !== null && session.deprivationDecile !== undefined ? (
                    `Decile ${session.deprivationDecile}${
                      session.deprivationIndex
                        ? ` (${DEPRIVATION_INDEX_LABELS[session.deprivationIndex]})`
                        : ''
                    }`
                  ) : (
                    <Nothing>Unknown</Nothing>
                  ),
              },
              {
                term: 'Logged by',
                value: session.createdBy?.name ?? <Nothing>Imported or a former member</Nothing>,
              },
            ]}
          />
        </Section>

        <Section id="session-attendance" title="Who came">
          {session.attendance.length > 0 ? (
            <AttendanceTable session={session} />
          ) : (
            <Text c="dimmed">
              {session.status === 'DELIVERED'
                ? 'No attendance recorded.'
                : session.status === 'PLANNED'
                  ? 'Planned: attendance is recorded once the session is delivered.'
                  : 'Cancelled: no attendance.'}
            </Text>
          )}
        </Section>

        <Section id="session-notes" title="Objects and notes">
          <DescriptionList
            layout="stacked"
            items={[
              {
                term: 'Objects or collections used',
                value: session.objectsUsed ? (
                  <span style={{ whiteSpace: 'pre-wrap' }}>{session.objectsUsed}</span>
                ) : (
                  <Nothing>Not recorded</Nothing>
                ),
              },
              {
                term: 'Notes',
                value: session.notes ? (
                  <span style={{ whiteSpace: 'pre-wrap' }}>{session.notes}</span>
                ) : (
                  <Nothing>No notes</Nothing>
                ),
              },
            ]}
          />
        </Section>

        <Section id="session-frameworks" title="Framework links">
          {session.frameworkElements.length > 0 ? (
            <List spacing={4}>
              {[...session.frameworkElements]
                .sort((a, b) => a.code.localeCompare(b.code, 'en-GB'))
                .map((element) => (
                  <List.Item key={element.id}>
                    {element.label}{' '}
                    <Text component="span" size="sm" c="dimmed">
                      ({element.code})
                    </Text>
                  </List.Item>
                ))}
            </List>
          ) : (
            <Text c="dimmed">Not linked to any framework elements.</Text>
          )}
        </Section>
      </Stack>
      <ConfirmDialog
        opened={deleteOpen}
        title="Delete this session?"
        confirmLabel="Delete session"
        destructive
        pending={actions.deleting}
        error={deleteError}
        onClose={() => setDeleteOpen(false)}
        onConfirm={() => void handleDelete()}
      >
        {`${heading} (${session.programme.name}) and its attendance will be deleted. This cannot be undone.`}
      </ConfirmDialog>
    </>
  );
}
