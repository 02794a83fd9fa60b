import { Box, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { Role } from '@lantern/domain';
import { DateTimeText, DescriptionList } from '@lantern/ui';
import type { MemberFieldsFragment } from '../../../gql/graphql';
import { roleLabel } from '../roles';

// Wide enough for five columns beside the navbar; narrower screens get one card per member.
const TABLE_QUERY = '(min-width: 62em)';

export interface MemberListProps {
  members: MemberFieldsFragment[];
  /** Show "Change role" and "Remove" (members.manage). */
  canManage: boolean;
  onChangeRole: (member: MemberFieldsFragment) => void;
  onRemove: (member: MemberFieldsFragment) => void;
  /** Id of the heading that names the list. */
  labelledBy: string;
}

function MemberName({ member }: { member: MemberFieldsFragment }) {
  return (
    <>
      {member.user.name}
      {member.isYou ? (
        <Text component="span" c="dimmed" fw={400}>
          {' '}
          (you)
        </Text>
      ) : null}
    </>
  );
}

function MemberActions({
  member,
  onChangeRole,
  onRemove,
}: Pick<MemberListProps, 'onChangeRole' | 'onRemove'> & { member: MemberFieldsFragment }) {
  return (
    <Group gap="xs" wrap="wrap">
      <Button
        variant="default"
        size="sm"
        onClick={() => onChangeRole(member)}
        aria-label={`Change role for ${member.user.name}`}
      >
        Change role
      </Button>
      {member.isYou ? null : (
        <Button
          variant="default"
          color="red"
          size="sm"
          onClick={() => onRemove(member)}
          aria-label={`Remove ${member.user.name}`}
        >
          Remove
        </Button>
      )}
    </Group>
  );
}

function MembersTable({ members, canManage, onChangeRole, onRemove, labelledBy }: MemberListProps) {
  return (
    // Scrolls sideways rather than squashing columns; focusable so keyboard users can scroll it.
    <Box
      role="region"
      aria-label="Members table"
      tabIndex={0}
      style={{ overflowX: 'auto', borderRadius: 'var(--mantine-radius-md)' }}
      bd="1px solid var(--mantine-color-gray-3)"
    >
      <Table striped verticalSpacing="sm" miw={760} aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Email</Table.Th>
            <Table.Th scope="col">Role</Table.Th>
            <Table.Th scope="col">Joined</Table.Th>
            {canManage ? <Table.Th scope="col">Actions</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <Table.Tr key={member.id} data-member-id={member.id}>
              <Table.Th scope="row" fw={600}>
                <MemberName member={member} />
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{member.user.email}</Table.Td>
              <Table.Td>{roleLabel(member.role as Role)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <DateTimeText value={member.joinedAt} withTime={false} />
              </Table.Td>
              {canManage ? (
                <Table.Td>
                  <MemberActions member={member} onChangeRole={onChangeRole} onRemove={onRemove} />
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}

function MemberCards({ members, canManage, onChangeRole, onRemove, labelledBy }: MemberListProps) {
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
      {members.map((member) => (
        <Paper
          component="li"
          key={member.id}
          withBorder
          radius="md"
          p="md"
          data-member-id={member.id}
        >
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            <MemberName member={member} />
          </Text>
          <DescriptionList
            layout="stacked"
            items={[
              { term: 'Email', value: member.user.email },
              { term: 'Role', value: roleLabel(member.role as Role) },
              {
                term: 'Joined',
                value: <DateTimeText value={member.joinedAt} withTime={false} />,
              },
            ]}
          />
          {canManage ? (
            <Box mt="sm">
              <MemberActions member={member} onChangeRole={onChangeRole} onRemove={onRemove} />
            </Box>
          ) : null}
        </Paper>
      ))}
    </Stack>
  );
}

/** Members: a table on wide screens, cards on narrow ones. */
export function MemberList(props: MemberListProps) {
  const wide = useMediaQuery(TABLE_QUERY, false, { getInitialValueInEffect: false });
  return wide ? <MembersTable {...props} /> : <MemberCards {...props} />;
}
