import { Box, Button, Code, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { DateTimeText, VisuallyHidden, visuallyHiddenStyle } from '@lantern/ui';
import { useId, useState } from 'react';
import type { AuditEventFieldsFragment } from '../../../gql/graphql';
import { describeAction } from '../filters';

type Change = AuditEventFieldsFragment['changes'][number];

/** A before/after value: JSON from the API, shown plainly (text as text, objects as JSON). */
function ChangeValue({ json }: { json: string | null | undefined }) {
  if (json === null || json === undefined) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <VisuallyHidden>Not set</VisuallyHidden>
      </>
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = json;
  }
  if (value === null) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <VisuallyHidden>Not set</VisuallyHidden>
      </>
    );
  }
  if (typeof value === 'object') {
    return (
      <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {JSON.stringify(value, null, 2)}
      </Code>
    );
  }
  return <>{String(value)}</>;
}

function ChangesTable({ changes, caption }: { changes: Change[]; caption: string }) {
  return (
    <Box style={{ overflowX: 'auto' }}>
      <Table verticalSpacing="xs" withTableBorder>
        <caption style={visuallyHiddenStyle}>{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Field</Table.Th>
            <Table.Th scope="col">Before</Table.Th>
            <Table.Th scope="col">After</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change) => (
            <Table.Tr key={change.field}>
              <Table.Th scope="row" fw={600} style={{ overflowWrap: 'anywhere' }}>
                {change.field}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <ChangeValue json={change.before} />
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <ChangeValue json={change.after} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}

function AuditEventItem({ event }: { event: AuditEventFieldsFragment }) {
  const [open, setOpen] = useState(false);
  const changesId = useId();
  const count = event.changes.length;
  return (
    <Paper component="li" withBorder radius="md" p="md" data-event-id={event.id}>
      <Stack gap={6}>
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {event.summary}
        </Text>
        <Text size="sm" c="dimmed">
          <DateTimeText value={event.createdAt} />
          <span aria-hidden="true"> · </span>
          <VisuallyHidden>, </VisuallyHidden>
          By {event.actor ? event.actor.name : 'Lantern'}
          <span aria-hidden="true"> · </span>
          <VisuallyHidden>, </VisuallyHidden>
          {describeAction(event.action)}
        </Text>
        {count > 0 ? (
          <>
            <Group>
              <Button
                variant="subtle"
                size="compact-sm"
                px={4}
                aria-expanded={open}
                aria-controls={changesId}
                onClick={() => setOpen((shown) => !shown)}
              >
                {open ? 'Hide changes' : `Show changes (${count})`}
              </Button>
            </Group>
            <div id={changesId} hidden={!open}>
              {open ? (
                <ChangesTable changes={event.changes} caption={`Changes: ${event.summary}`} />
              ) : null}
            </div>
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}

export interface AuditEventListProps {
  events: AuditEventFieldsFragment[];
  labelledBy: string;
}

/** Audit events as a list of cards, newest first, each with its changes on request. */
export function AuditEventList({ events, labelledBy }: AuditEventListProps) {
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
      {events.map((event) => (
        <AuditEventItem key={event.id} event={event} />
      ))}
    </Stack>
  );
}
