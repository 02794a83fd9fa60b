import { Box, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { DateTimeText, DescriptionList, LoadMoreFooter } from '@lantern/ui';
import type { WorkerCheckFieldsFragment } from '../../../gql/graphql';
import { formatMilliseconds } from '../format';
import { NotRecorded } from './NotRecorded';
import { WorkerCheckStatusBadge } from './WorkerCheckStatusBadge';

// Wide enough for seven columns beside the navbar; narrower screens get one card per check.
const TABLE_QUERY = '(min-width: 62em)';

export interface WorkerCheckListProps {
  checks: WorkerCheckFieldsFragment[];
  totalCount: number;
  hasNextPage: boolean;
  loadingMore: boolean;
  loadMoreError: string | null;
  onLoadMore: () => void;
  /** Id of the heading that names the list. */
  labelledBy: string;
}

function RoundTrip({ ms }: { ms: number | null | undefined }) {
  return ms === null || ms === undefined ? <NotRecorded /> : <>{formatMilliseconds(ms)}</>;
}

function Optional({ value }: { value: string | null | undefined }) {
  return value ? <>{value}</> : <NotRecorded />;
}

function ChecksTable({ checks, labelledBy }: Pick<WorkerCheckListProps, 'checks' | 'labelledBy'>) {
  return (
    // Scrolls sideways rather than squashing columns; focusable so keyboard users can scroll it.
    <Box
      role="region"
      aria-labelledby={labelledBy}
      tabIndex={0}
      style={{ overflowX: 'auto', borderRadius: 'var(--mantine-radius-md)' }}
      bd="1px solid var(--mantine-color-gray-3)"
    >
      <Table striped highlightOnHover verticalSpacing="sm" miw={880} aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Requested (UK time)</Table.Th>
            <Table.Th scope="col">Round trip</Table.Th>
            <Table.Th scope="col">Worker host</Table.Th>
            <Table.Th scope="col">Database version</Table.Th>
            <Table.Th scope="col">Note</Table.Th>
            <Table.Th scope="col">Error</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {checks.map((check) => (
            <Table.Tr key={check.id} data-check-id={check.id}>
              <Table.Td>
                <WorkerCheckStatusBadge status={check.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <DateTimeText value={check.requestedAt} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <RoundTrip ms={check.roundTripMs} />
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <Optional value={check.workerHost} />
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere', maxWidth: 240 }}>
                <Optional value={check.databaseVersion} />
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere', maxWidth: 220 }}>
                <Optional value={check.note} />
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere', maxWidth: 240 }}>
                {check.error ? (
                  <Text size="sm" c="red.7">
                    {check.error}
                  </Text>
                ) : (
                  <NotRecorded label="None" />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}

function ChecksCards({ checks, labelledBy }: Pick<WorkerCheckListProps, 'checks' | 'labelledBy'>) {
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
      {checks.map((check) => (
        <Paper component="li" key={check.id} withBorder radius="md" p="md" data-check-id={check.id}>
          <Group justify="space-between" align="center" gap="xs" mb="xs" wrap="wrap">
            <WorkerCheckStatusBadge status={check.status} />
            <Text size="sm">
              <DateTimeText value={check.requestedAt} />
            </Text>
          </Group>
          <DescriptionList
            layout="stacked"
            items={[
              { term: 'Round trip', value: <RoundTrip ms={check.roundTripMs} /> },
              { term: 'Worker host', value: <Optional value={check.workerHost} /> },
              { term: 'Database version', value: <Optional value={check.databaseVersion} /> },
              ...(check.note ? [{ term: 'Note', value: check.note }] : []),
              ...(check.error ? [{ term: 'Error', value: check.error }] : []),
            ]}
          />
        </Paper>
      ))}
    </Stack>
  );
}

/** Worker checks, newest first: a table on wide screens, cards on narrow ones. */
export function WorkerCheckList({
  checks,
  totalCount,
  hasNextPage,
  loadingMore,
  loadMoreError,
  onLoadMore,
  labelledBy,
}: WorkerCheckListProps) {
  const wide = useMediaQuery(TABLE_QUERY, false, { getInitialValueInEffect: false });

  return (
    <Stack gap="sm">
      {wide ? (
        <ChecksTable checks={checks} labelledBy={labelledBy} />
      ) : (
        <ChecksCards checks={checks} labelledBy={labelledBy} />
      )}
      <LoadMoreFooter
        shown={checks.length}
        total={totalCount}
        noun="check"
        hasNextPage={hasNextPage}
        onLoadMore={onLoadMore}
        loadingMore={loadingMore}
        error={loadMoreError}
      />
    </Stack>
  );
}
