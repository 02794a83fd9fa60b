import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { COMMITMENT_STATUS_LABELS } from '@lantern/domain';
import {
  Announcement,
  CalendarDateText,
  EmptyState,
  LoadingState,
  PageHeader,
  StatusBadge,
} from '@lantern/ui';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { CommitmentFieldsFragment } from '../../../gql/graphql';
import { QueryErrorState, useViewer } from '../../auth';
import { useCommitmentActions, useCommitments } from '../hooks/useCommitments';
import { COMMITMENT_STATUS_TONES } from '../status';
import { CommitmentFormDialog } from './CommitmentFormDialog';
import { VerifyActionLog } from './VerifyActionLog';

function CommitmentCard({ commitment }: { commitment: CommitmentFieldsFragment }) {
  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <StatusBadge
            tone={COMMITMENT_STATUS_TONES[commitment.status]}
            label={COMMITMENT_STATUS_LABELS[commitment.status]}
            size="sm"
          />
          {commitment.sayDoGap ? <StatusBadge tone="danger" label="Say/do gap" size="sm" /> : null}
        </Group>
        <Anchor component={Link} to={`/commitments/${commitment.id}`} fw={600}>
          {commitment.title}
        </Anchor>
        {commitment.sayDoGap ? (
          <Text size="sm" c="red.8">
            {commitment.sayDoGap.message}
          </Text>
        ) : null}
        <Text size="sm" c="dimmed">
          {commitment.owner ? `Owner: ${commitment.owner.name} · ` : ''}
          {commitment.actionCount} {commitment.actionCount === 1 ? 'action' : 'actions'}
          {commitment.lastActionOn ? (
            <>
              , latest <CalendarDateText value={commitment.lastActionOn} />
            </>
          ) : null}
          {commitment.reviewDate ? (
            <>
              {' '}
              · Review by <CalendarDateText value={commitment.reviewDate} />
            </>
          ) : null}
        </Text>
      </Stack>
    </Paper>
  );
}

/** Commitments grouped by the principle (or aim) they serve, with say/do gap warnings. */
export function CommitmentsPage() {
  const { can } = useViewer();
  const canManage = can('commitments.manage');
  const { commitments, loading, error, refetch } = useCommitments();
  const actions = useCommitmentActions();
  const [formOpen, setFormOpen] = useState(false);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const groups = useMemo(() => {
    const byElement = new Map<string, { label: string; items: CommitmentFieldsFragment[] }>();
    for (const commitment of commitments) {
      const element = commitment.frameworkElement;
      const group = byElement.get(element.id) ?? {
        label: `${element.code} ${element.label}`,
        items: [],
      };
      group.items.push(commitment);
      byElement.set(element.id, group);
    }
    return [...byElement.entries()];
  }, [commitments]);
  const gaps = commitments.filter((c) => c.sayDoGap).length;

  let content;
  if (loading) content = <LoadingState label="Loading commitments…" rows={4} />;
  else if (error && !commitments.length)
    content = <QueryErrorState error={error} onRetry={() => void refetch()} retrying={false} />;
  else if (!commitments.length)
    content = (
      <EmptyState
        title="No commitments yet"
        description={
          canManage
            ? 'Make a commitment under a manifesto principle, then record what is done about it.'
            : 'Commitments your head of learning makes appear here with their actions.'
        }
      />
    );
  else
    content = (
      <Stack gap="xl">
        {groups.map(([elementId, group]) => (
          <Stack
            component="section"
            key={elementId}
            gap="sm"
            aria-labelledby={`group-${elementId}`}
          >
            <Title order={2} size="h3" id={`group-${elementId}`}>
              {group.label}
            </Title>
            <Stack
              component="ul"
              gap="sm"
              aria-labelledby={`group-${elementId}`}
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
            >
              {group.items.map((commitment) => (
                <CommitmentCard key={commitment.id} commitment={commitment} />
              ))}
            </Stack>
          </Stack>
        ))}
      </Stack>
    );

  return (
    <>
      <PageHeader
        title="Commitments"
        description="What the museum commits to under each principle, with a dated trail of action. A commitment with no action inside its review window shows a say/do gap."
        actions={
          canManage ? <Button onClick={() => setFormOpen(true)}>Make a commitment</Button> : null
        }
      />
      <Announcement message={announcement} />
      <Stack gap="lg">
        {gaps ? (
          <Text role="note" c="red.8" fw={600}>
            {gaps} {gaps === 1 ? 'commitment has' : 'commitments have'} a say/do gap.
          </Text>
        ) : null}
        <VerifyActionLog />
        {content}
      </Stack>
      {canManage ? (
        <CommitmentFormDialog
          opened={formOpen}
          commitment={null}
          pending={actions.saving}
          onSave={async (input) => {
            const saved = await actions.create(input);
            setFormOpen(false);
            setAnnouncement(`"${saved?.title ?? input.title}" was made.`);
          }}
          onClose={() => setFormOpen(false)}
        />
      ) : null}
    </>
  );
}
