import { Box, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import {
  DEPRIVATION_INDEX_LABELS,
  PARTNER_TYPE_LABELS,
  type DeprivationIndex,
  type PartnerType,
} from '@lantern/domain';
import { CalendarDateText, DescriptionList, VisuallyHidden } from '@lantern/ui';
import type { ReactNode } from 'react';
import type { PartnerFieldsFragment } from '../../../gql/graphql';

// Nine columns need room; narrower screens get one card per partner.
const TABLE_QUERY = '(min-width: 75em)';

export interface PartnerListProps {
  partners: readonly PartnerFieldsFragment[];
  /** Show "Edit" and "Delete" (sessions.write). */
  canWrite: boolean;
  onEdit: (partner: PartnerFieldsFragment) => void;
  onDelete: (partner: PartnerFieldsFragment) => void;
  labelledBy: string;
}

export const partnerTypeLabel = (type: string) => PARTNER_TYPE_LABELS[type as PartnerType] ?? type;

/** The index's short name ("IMD 2025"), without the nation. */
function indexShortName(index: string): string {
  const label = DEPRIVATION_INDEX_LABELS[index as DeprivationIndex];
  return label ? label.replace(/\s*\(.*\)$/, '') : index;
}

function NotRecorded({ words = 'not recorded' }: { words?: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <VisuallyHidden>{words}</VisuallyHidden>
    </>
  );
}

/** "3 (IMD 2025)": a decile is never shown without the index it comes from. */
export function DecileText({ partner }: { partner: PartnerFieldsFragment }) {
  if (partner.deprivationDecile === null || partner.deprivationDecile === undefined) {
    return <NotRecorded words={partner.postcode ? 'not in the lookup' : 'no postcode'} />;
  }
  return (
    <>
      {partner.deprivationDecile}{' '}
      <Text span size="xs" c="dimmed">
        ({partner.deprivationIndex ? indexShortName(partner.deprivationIndex) : 'index unknown'})
      </Text>
    </>
  );
}

function DateOrDash({ value }: { value: string | null | undefined }): ReactNode {
  return value ? <CalendarDateText value={value} /> : <NotRecorded words="no sessions yet" />;
}

function PartnerActions({
  partner,
  onEdit,
  onDelete,
}: Pick<PartnerListProps, 'onEdit' | 'onDelete'> & { partner: PartnerFieldsFragment }) {
  return (
    <Group gap="xs" wrap="wrap">
      <Button
        variant="default"
        size="sm"
        onClick={() => onEdit(partner)}
        aria-label={`Edit ${partner.name}`}
      >
        Edit
      </Button>
      <Button
        variant="default"
        color="red"
        size="sm"
        onClick={() => onDelete(partner)}
        aria-label={`Delete ${partner.name}`}
      >
        Delete
      </Button>
    </Group>
  );
}

function PartnersTable({ partners, canWrite, onEdit, onDelete, labelledBy }: PartnerListProps) {
  return (
    <Box
      role="region"
      aria-label="Partners table"
      tabIndex={0}
      // position: relative keeps visually hidden text in the cells inside the scrolling box.
      style={{ position: 'relative', overflowX: 'auto', borderRadius: 'var(--mantine-radius-md)' }}
      bd="1px solid var(--mantine-color-gray-3)"
    >
      <Table striped verticalSpacing="sm" miw={1000} aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Type</Table.Th>
            <Table.Th scope="col">URN</Table.Th>
            <Table.Th scope="col">Postcode</Table.Th>
            <Table.Th scope="col">Deprivation decile</Table.Th>
            <Table.Th scope="col">First engagement</Table.Th>
            <Table.Th scope="col">Last engagement</Table.Th>
            <Table.Th scope="col" ta="right">
              Sessions
            </Table.Th>
            {canWrite ? <Table.Th scope="col">Actions</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {partners.map((partner) => (
            <Table.Tr key={partner.id} data-partner-id={partner.id}>
              <Table.Th scope="row" fw={600} style={{ overflowWrap: 'anywhere' }}>
                {partner.name}
              </Table.Th>
              <Table.Td>{partnerTypeLabel(partner.type)}</Table.Td>
              <Table.Td>{partner.urn ?? <NotRecorded />}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {partner.postcode ?? <NotRecorded />}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <DecileText partner={partner} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <DateOrDash value={partner.firstEngagement} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <DateOrDash value={partner.lastEngagement} />
              </Table.Td>
              <Table.Td ta="right">{partner.sessionCount}</Table.Td>
              {canWrite ? (
                <Table.Td>
                  <PartnerActions partner={partner} onEdit={onEdit} onDelete={onDelete} />
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}

function PartnerCards({ partners, canWrite, onEdit, onDelete, labelledBy }: PartnerListProps) {
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
      {partners.map((partner) => (
        <Paper
          component="li"
          key={partner.id}
          withBorder
          radius="md"
          p="md"
          data-partner-id={partner.id}
        >
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {partner.name}
          </Text>
          <Text size="sm" c="dimmed">
            {partnerTypeLabel(partner.type)}
          </Text>
          <DescriptionList
            items={[
              { term: 'URN', value: partner.urn ?? <NotRecorded /> },
              { term: 'Postcode', value: partner.postcode ?? <NotRecorded /> },
              { term: 'Deprivation decile', value: <DecileText partner={partner} /> },
              { term: 'First engagement', value: <DateOrDash value={partner.firstEngagement} /> },
              { term: 'Last engagement', value: <DateOrDash value={partner.lastEngagement} /> },
              { term: 'Sessions', value: partner.sessionCount },
            ]}
          />
          {canWrite ? (
            <Box mt="sm">
              <PartnerActions partner={partner} onEdit={onEdit} onDelete={onDelete} />
            </Box>
          ) : null}
        </Paper>
      ))}
    </Stack>
  );
}

/** Partners: a table on wide screens, cards on narrow ones. */
export function PartnerList(props: PartnerListProps) {
  const wide = useMediaQuery(TABLE_QUERY, false, { getInitialValueInEffect: false });
  return wide ? <PartnersTable {...props} /> : <PartnerCards {...props} />;
}
