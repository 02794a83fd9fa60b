import { Box, Button, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { DEPRIVATION_INDEX_LABELS, type DeprivationIndex } from '@lantern/domain';
import { DateTimeText, DescriptionList, StatusBadge } from '@lantern/ui';
import type { DeprivationLookupFieldsFragment } from '../../../gql/graphql';

const TABLE_QUERY = '(min-width: 62em)';

export interface LookupListProps {
  lookups: readonly DeprivationLookupFieldsFragment[];
  onDelete: (lookup: DeprivationLookupFieldsFragment) => void;
  labelledBy: string;
}

export const indexLabel = (index: string) =>
  DEPRIVATION_INDEX_LABELS[index as DeprivationIndex] ?? index;

const rows = new Intl.NumberFormat('en-GB');

function Loaded({ lookup }: { lookup: DeprivationLookupFieldsFragment }) {
  return (
    <>
      <DateTimeText value={lookup.loadedAt} withSeconds={false} />
      {lookup.loadedBy ? ` by ${lookup.loadedBy.name}` : ''}
    </>
  );
}

function ActiveBadge({ active }: { active: boolean }) {
  return active ? (
    <StatusBadge tone="success" size="md" label="Deciles come from this" />
  ) : (
    <StatusBadge tone="neutral" size="md" label="Not in use" />
  );
}

function DeleteButton({
  lookup,
  onDelete,
}: Pick<LookupListProps, 'onDelete'> & {
  lookup: DeprivationLookupFieldsFragment;
}) {
  return (
    <Button
      variant="default"
      color="red"
      size="sm"
      onClick={() => onDelete(lookup)}
      aria-label={`Delete ${indexLabel(lookup.indexVersion)}`}
    >
      Delete
    </Button>
  );
}

/** The loaded index versions: a table on wide screens, cards on narrow ones. */
export function LookupList({ lookups, onDelete, labelledBy }: LookupListProps) {
  const wide = useMediaQuery(TABLE_QUERY, false, { getInitialValueInEffect: false });
  if (!wide) {
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
        {lookups.map((lookup) => (
          <Paper
            component="li"
            key={lookup.id}
            withBorder
            radius="md"
            p="md"
            data-lookup={lookup.indexVersion}
          >
            <Text fw={600}>{indexLabel(lookup.indexVersion)}</Text>
            <DescriptionList
              layout="stacked"
              items={[
                { term: 'Postcodes', value: rows.format(lookup.rowCount) },
                { term: 'File', value: lookup.sourceFilename ?? 'Not recorded' },
                { term: 'Loaded', value: <Loaded lookup={lookup} /> },
                { term: 'In use', value: <ActiveBadge active={lookup.active} /> },
              ]}
            />
            <Box mt="sm">
              <DeleteButton lookup={lookup} onDelete={onDelete} />
            </Box>
          </Paper>
        ))}
      </Stack>
    );
  }
  return (
    <Box
      role="region"
      aria-label="Loaded lookups table"
      tabIndex={0}
      // position: relative keeps visually hidden text in the cells inside the scrolling box.
      style={{ position: 'relative', overflowX: 'auto', borderRadius: 'var(--mantine-radius-md)' }}
      bd="1px solid var(--mantine-color-gray-3)"
    >
      <Table striped verticalSpacing="sm" miw={760} aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Index</Table.Th>
            <Table.Th scope="col" ta="right">
              Postcodes
            </Table.Th>
            <Table.Th scope="col">File</Table.Th>
            <Table.Th scope="col">Loaded</Table.Th>
            <Table.Th scope="col">In use</Table.Th>
            <Table.Th scope="col">Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lookups.map((lookup) => (
            <Table.Tr key={lookup.id} data-lookup={lookup.indexVersion}>
              <Table.Th scope="row" fw={600}>
                {indexLabel(lookup.indexVersion)}
              </Table.Th>
              <Table.Td ta="right">{rows.format(lookup.rowCount)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                {lookup.sourceFilename ?? 'Not recorded'}
              </Table.Td>
              <Table.Td>
                <Loaded lookup={lookup} />
              </Table.Td>
              <Table.Td>
                <ActiveBadge active={lookup.active} />
              </Table.Td>
              <Table.Td>
                <DeleteButton lookup={lookup} onDelete={onDelete} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
