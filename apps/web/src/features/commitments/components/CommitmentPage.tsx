import { Alert, Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { COMMITMENT_STATUS_LABELS } from '@lantern/domain';
import {
  Announcement,
  CalendarDateText,
  ConfirmDialog,
  DescriptionList,
  EmptyState,
  LoadingState,
  PageHeader,
  StatusBadge,
} from '@lantern/ui';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ActionEntryFieldsFragment } from '../../../gql/graphql';
import { actionMessage, toUserError } from '../../../lib/errors';
import { QueryErrorState, useViewer } from '../../auth';
import { todayIn } from '../../periods';
import { useCommitment, useCommitmentActions } from '../hooks/useCommitments';
import { COMMITMENT_STATUS_TONES } from '../status';
import { ActionFormDialog, type ActionDraft } from './ActionFormDialog';
import { ActionTimeline } from './ActionTimeline';
import { CommitmentFormDialog } from './CommitmentFormDialog';

const TIMELINE_HEADING_ID = 'commitment-timeline-heading';

/** One commitment: its details, say/do gap, and its action timeline with corrections. */
export function CommitmentPage({ commitmentId }: { commitmentId: string }) {
  const { can } = useViewer();
  const canManage = can('commitments.manage');
  const canRecord = can('sessions.write');
  const navigate = useNavigate();
  const { commitment, loading, error, refetch } = useCommitment(commitmentId);
  const actions = useCommitmentActions();
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [editOpen, setEditOpen] = useState(false);
  const [actionOpen, setActionOpen] = useState(false);
  const [correcting, setCorrecting] = useState<ActionEntryFieldsFragment | null>(null);
  const [deleteOpen, setDeleteOpen] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const today = todayIn('Europe/London');

  if (loading) return <LoadingState label="Loading the commitment…" rows={5} />;
  if (!commitment)
    return <QueryErrorState error={error} onRetry={() => void refetch()} title="Commitment" />;

  const handleAction = async (draft: ActionDraft) => {
    if (correcting) {
      await actions.amend({ amendsId: correcting.id, ...draft });
      setAnnouncement(`Entry ${correcting.sequence} was corrected.`);
    } else {
      const saved = await actions.append({ commitmentId, ...draft });
      setAnnouncement(`The action was recorded as entry ${saved?.sequence ?? ''}.`);
    }
    setActionOpen(false);
    window.setTimeout(() => document.getElementById(TIMELINE_HEADING_ID)?.focus(), 0);
  };

  const handleDelete = async () => {
    setDeleteError(null);
    try {
      await actions.remove(commitmentId);
      void navigate('/commitments');
    } catch (caught) {
      setDeleteError(actionMessage(toUserError(caught)));
    }
  };

  return (
    <>
      <PageHeader
        title={commitment.title}
        description={`Under ${commitment.frameworkElement.code} ${commitment.frameworkElement.label}`}
        actions={
          <Group gap="sm">
            {canRecord ? (
              <Button
                onClick={() => {
                  setCorrecting(null);
                  setActionOpen(true);
                }}
              >
                Record an action
              </Button>
            ) : null}
            {canManage ? (
              <>
                <Button variant="default" onClick={() => setEditOpen(true)}>
                  Edit
                </Button>
                <Button variant="default" color="red" onClick={() => setDeleteOpen(true)}>
                  Delete
                </Button>
              </>
            ) : null}
          </Group>
        }
      />
      <Announcement message={announcement} />
      <Stack gap="lg">
        {commitment.sayDoGap ? (
          <Alert color="red" title="Say/do gap">
            {commitment.sayDoGap.message}.
          </Alert>
        ) : null}
        <DescriptionList
          items={[
            {
              term: 'Status',
              value: (
                <StatusBadge
                  tone={COMMITMENT_STATUS_TONES[commitment.status]}
                  label={COMMITMENT_STATUS_LABELS[commitment.status]}
                  size="sm"
                />
              ),
            },
            { term: 'Owner', value: commitment.owner?.name ?? 'No owner yet' },
            {
              term: 'Review date',
              value: commitment.reviewDate ? (
                <CalendarDateText value={commitment.reviewDate} />
              ) : (
                'None set'
              ),
            },
            { term: 'Review window', value: `${commitment.reviewWindowDays} days` },
            {
              term: 'Linked indicators',
              value: commitment.indicators.length ? (
                <List size="sm" spacing={2}>
                  {commitment.indicators.map((indicator) => (
                    <List.Item key={indicator.id}>
                      <Anchor component={Link} to={`/indicators/${indicator.id}`}>
                        {indicator.name}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              ) : (
                'None'
              ),
            },
          ]}
        />
        {commitment.description ? <Text>{commitment.description}</Text> : null}
        <Stack component="section" gap="md" aria-labelledby={TIMELINE_HEADING_ID}>
          <Title order={2} id={TIMELINE_HEADING_ID} tabIndex={-1}>
            Action timeline
          </Title>
          {commitment.actions.length ? (
            <ActionTimeline
              entries={commitment.actions}
              canRecord={canRecord}
              labelledBy={TIMELINE_HEADING_ID}
              onCorrect={(entry) => {
                setCorrecting(entry);
                setActionOpen(true);
              }}
            />
          ) : (
            <EmptyState
              title="No actions yet"
              description="Record what was done, with whom, and what changed: that is the proof behind the commitment."
            />
          )}
        </Stack>
      </Stack>
      {canRecord ? (
        <ActionFormDialog
          opened={actionOpen}
          correcting={correcting}
          today={today}
          pending={actions.recording}
          onSave={handleAction}
          onClose={() => setActionOpen(false)}
        />
      ) : null}
      {canManage ? (
        <>
          <CommitmentFormDialog
            opened={editOpen}
            commitment={commitment}
            pending={actions.saving}
            onSave={async (input) => {
              await actions.update({ id: commitmentId, ...input });
              setEditOpen(false);
              setAnnouncement('The commitment was saved.');
            }}
            onClose={() => setEditOpen(false)}
          />
          <ConfirmDialog
            opened={deleteOpen}
            title={`Delete "${commitment.title}"?`}
            confirmLabel="Delete commitment"
            destructive
            pending={actions.removing}
            error={deleteError}
            onClose={() => setDeleteOpen(false)}
            onConfirm={() => void handleDelete()}
          >
            Only a commitment with no actions can be deleted; one with actions is part of the
            record: set its status to Dropped instead.
          </ConfirmDialog>
        </>
      ) : null}
    </>
  );
}
