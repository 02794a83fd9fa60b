import { Anchor, Box, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { PROGRAMME_STRAND_LABELS } from '@lantern/domain';
import { DescriptionList } from '@lantern/ui';
import { Link } from 'react-router';
import type { ProgrammeSummaryFieldsFragment } from '../../../gql/graphql';
import { DateRangeText } from './DateText';
import { ProgrammeStatusBadge } from './ProgrammeStatusBadge';

// Wide enough for five columns beside the navbar; narrower screens get one card per programme.
const TABLE_QUERY = '(min-width: 62em)';

export interface ProgrammeListProps {
  programmes: ProgrammeSummaryFieldsFragment[];
  /** Id of the heading that names the list. */
  labelledBy: string;
}

function ProgrammeLink({ programme }: { programme: ProgrammeSummaryFieldsFragment }) {
  return (
    <Anchor component={Link} to={`/programmes/${programme.id}`} fw={600} underline="always">
      {programme.name}
    </Anchor>
  );
}

function Lead({ programme }: { programme: ProgrammeSummaryFieldsFragment }) {
  if (programme.lead) {
    return <>{programme.lead.name}</>;
  }
  return (
    <Text component="span" c="dimmed" size="sm">
      No lead yet
    </Text>
  );
}

function ProgrammesTable({ programmes, labelledBy }: ProgrammeListProps) {
  return (
    // Scrolls sideways rather than squashing columns; focusable so keyboard users can scroll it.
    <Box
      role="region"
      aria-label="Programmes table"
      tabIndex={0}
      style={{ overflowX: 'auto', borderRadius: 'var(--mantine-radius-md)' }}
      bd="1px solid var(--mantine-color-gray-3)"
    >
      <Table striped verticalSpacing="sm" miw={760} aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Programme</Table.Th>
            <Table.Th scope="col">Strand</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Dates</Table.Th>
            <Table.Th scope="col">Lead</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {programmes.map((programme) => (
            <Table.Tr key={programme.id} data-programme-id={programme.id}>
              <Table.Th scope="row" style={{ overflowWrap: 'anywhere' }}>
                <ProgrammeLink programme={programme} />
              </Table.Th>
              <Table.Td>{PROGRAMME_STRAND_LABELS[programme.strand]}</Table.Td>
              <Table.Td>
                <ProgrammeStatusBadge status={programme.status} size="sm" />
              </Table.Td>
              <Table.Td>
                <DateRangeText start={programme.startDate} end={programme.endDate} />
              </Table.Td>
              <Table.Td>
                <Lead programme={programme} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}

function ProgrammeCards({ programmes, labelledBy }: ProgrammeListProps) {
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
      {programmes.map((programme) => (
        <Paper
          component="li"
          key={programme.id}
          withBorder
          radius="md"
          p="md"
          data-programme-id={programme.id}
        >
          <Text style={{ overflowWrap: 'anywhere' }}>
            <ProgrammeLink programme={programme} />
          </Text>
          <DescriptionList
            layout="stacked"
            items={[
              { term: 'Strand', value: PROGRAMME_STRAND_LABELS[programme.strand] },
              {
                term: 'Status',
                value: <ProgrammeStatusBadge status={programme.status} size="sm" />,
              },
              {
                term: 'Dates',
                value: <DateRangeText start={programme.startDate} end={programme.endDate} />,
              },
              { term: 'Lead', value: <Lead programme={programme} /> },
            ]}
          />
        </Paper>
      ))}
    </Stack>
  );
}

/** Programmes: a table on wide screens, cards on narrow ones; each name links to its page. */
export function ProgrammeList(props: ProgrammeListProps) {
  const wide = useMediaQuery(TABLE_QUERY, false, { getInitialValueInEffect: false });
  return wide ? <ProgrammesTable {...props} /> : <ProgrammeCards {...props} />;
}
