import {
  Anchor,
  Button,
  Group,
  Image,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import {
  CONSENT_STATUS_LABELS,
  EVIDENCE_KIND_LABELS,
  EVIDENCE_KINDS,
  type EvidenceKind,
} from '@lantern/domain';
import {
  Announcement,
  CalendarDateText,
  ConfirmDialog,
  EmptyState,
  formatFileSize,
  LoadingState,
  LoadMoreFooter,
  PageHeader,
  StatusBadge,
} from '@lantern/ui';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type {
  CreateEvidenceInput,
  EvidenceFieldsFragment,
  EvidenceFilterInput,
} from '../../../gql/graphql';
import { actionMessage, toUserError } from '../../../lib/errors';
import { optionsFrom } from '../../../lib/labels';
import { QueryErrorState, useViewer } from '../../auth';
import { todayIn } from '../../periods';
import { useEvidenceActions, useEvidenceItems, useEvidenceTagOptions } from '../hooks/useEvidence';
import { EvidenceFormDialog } from './EvidenceFormDialog';

const LIST_HEADING_ID = 'evidence-list-heading';

function filterFrom(params: URLSearchParams): EvidenceFilterInput {
  const kind = params.get('kind');
  const publishable = params.get('publishable');
  return {
    kind:
      kind && (EVIDENCE_KINDS as readonly string[]).includes(kind) ? (kind as EvidenceKind) : null,
    frameworkElementId: params.get('element') || null,
    publishable: publishable === 'yes' ? true : publishable === 'no' ? false : null,
  };
}

function EvidenceCard({
  item,
  canWrite,
  onEdit,
  onDelete,
}: {
  item: EvidenceFieldsFragment;
  canWrite: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const headingId = `evidence-${item.id}-title`;
  return (
    <Paper
      component="li"
      id={`evidence-${item.id}`}
      withBorder
      p="md"
      radius="md"
      aria-labelledby={headingId}
    >
      <Stack gap="xs">
        {item.file?.isImage ? (
          <Image
            src={item.file.url}
            alt={item.body ? `${item.title}: ${item.body}` : item.title}
            h={160}
            fit="cover"
            radius="sm"
            loading="lazy"
          />
        ) : null}
        <Group gap="xs" wrap="wrap">
          <Text size="sm" fw={600}>
            {EVIDENCE_KIND_LABELS[item.kind]}
          </Text>
          {item.isDraft ? (
            <StatusBadge tone="warning" label="Draft: not publishable" size="sm" />
          ) : (
            <StatusBadge tone="success" label="Publishable" size="sm" />
          )}
        </Group>
        <Title order={3} size="h4" id={headingId}>
          {item.title}
        </Title>
        <Text size="sm" c="dimmed">
          <CalendarDateText value={item.occurredOn} /> · Consent:{' '}
          {CONSENT_STATUS_LABELS[item.consentStatus]}
          {item.consentGivenBy ? ` (${item.consentGivenBy})` : ''}
        </Text>
        {item.body ? (
          <Text size="sm" lineClamp={4}>
            {item.kind === 'QUOTE' ? `“${item.body}”` : item.body}
          </Text>
        ) : null}
        {item.frameworkElements.length || item.programmes.length ? (
          <Text size="sm">
            Tagged:{' '}
            {[
              ...item.frameworkElements.map((e) => `${e.code} ${e.label}`),
              ...item.programmes.map((p) => p.name),
              ...item.sessions.map((s) => `${s.programmeName} session ${s.date}`),
            ].join('; ')}
          </Text>
        ) : null}
        {item.file && !item.file.isImage ? (
          <Anchor href={item.file.url} size="sm">
            Download {item.file.name} ({formatFileSize(item.file.byteSize)})
          </Anchor>
        ) : null}
        {canWrite ? (
          <Group gap="xs">
            <Button variant="default" size="xs" onClick={onEdit} aria-describedby={headingId}>
              Edit
            </Button>
            <Button
              variant="default"
              color="red"
              size="xs"
              onClick={onDelete}
              aria-describedby={headingId}
            >
              Delete
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

/**
 * The evidence library: quotes, stories, photos, artwork, observation notes and documents,
 * newest first, filtered by the address bar's `kind`, `element` and `publishable`. Members
 * without drafts see only publishable items.
 */
export function EvidencePage() {
  const { can } = useViewer();
  const canWrite = can('evidence.write');
  const seesDrafts = can('drafts.read');
  const [searchParams, setSearchParams] = useSearchParams();
  const filterKey = searchParams.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the params
  const filter = useMemo(() => filterFrom(searchParams), [filterKey]);
  const list = useEvidenceItems(filter);
  const options = useEvidenceTagOptions(!can('programmes.read'));
  const actions = useEvidenceActions();
  const today = todayIn('Europe/London');
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [editing, setEditing] = useState<EvidenceFieldsFragment | null>(null);
  const [deleting, setDeleting] = useState<EvidenceFieldsFragment | null>(null);
  const [deleteOpen, setDeleteOpen] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const filtered = !!(filter.kind || filter.frameworkElementId || filter.publishable !== null);

  const setParam = (name: string, value: string) => {
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    });
  };

  const handleSave = async (input: CreateEvidenceInput): Promise<string | null> => {
    if (editing) return (await actions.update({ id: editing.id, ...input }))?.id ?? editing.id;
    const created = await actions.create(input);
    if (created) setEditing(created);
    return created?.id ?? null;
  };

  const handleDelete = async () => {
    if (!deleting) return;
    setDeleteError(null);
    try {
      await actions.remove(deleting.id);
      setAnnouncement(`${deleting.title} was deleted.`);
      setDeleteOpen(false);
      window.setTimeout(() => document.getElementById(LIST_HEADING_ID)?.focus(), 0);
    } catch (caught) {
      setDeleteError(actionMessage(toUserError(caught)));
    }
  };

  let content;
  if (list.loading) {
    content = <LoadingState label="Loading evidence…" rows={4} />;
  } else if (list.error && list.items.length === 0) {
    content = <QueryErrorState error={list.error} onRetry={list.retry} retrying={list.retrying} />;
  } else if (list.items.length === 0) {
    content = filtered ? (
      <EmptyState
        title="No evidence matches these filters."
        action={
          <Button variant="default" onClick={() => setSearchParams(new URLSearchParams())}>
            Clear filters
          </Button>
        }
      />
    ) : (
      <EmptyState
        title="No evidence yet"
        description={
          canWrite
            ? 'Add quotes, stories, photos and observation notes, with consent, so your commitments and reports can point to them.'
            : 'Publishable evidence your learning team adds appears here.'
        }
      />
    );
  } else {
    content = (
      <Stack gap="sm">
        <SimpleGrid
          component="ul"
          aria-labelledby={LIST_HEADING_ID}
          cols={{ base: 1, sm: 2, lg: 3 }}
          spacing="md"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {list.items.map((item) => (
            <EvidenceCard
              key={item.id}
              item={item}
              canWrite={canWrite}
              onEdit={() => {
                setEditing(item);
                setFormOpen(true);
              }}
              onDelete={() => {
                setDeleteError(null);
                setDeleting(item);
                setDeleteOpen(true);
              }}
            />
          ))}
        </SimpleGrid>
        <LoadMoreFooter
          shown={list.items.length}
          total={list.totalCount}
          noun="item"
          hasNextPage={list.hasNextPage}
          onLoadMore={list.loadMore}
          loadingMore={list.loadingMore}
        />
      </Stack>
    );
  }

  return (
    <>
      <PageHeader
        title="Evidence"
        description="Quotes, stories, photos, artwork, observation notes and documents, with consent, tagged to principles and programmes."
        actions={
          canWrite ? (
            <Button
              onClick={() => {
                setEditing(null);
                setFormOpen(true);
              }}
            >
              Add evidence
            </Button>
          ) : null
        }
      />
      <Announcement message={announcement} />
      <Stack gap="xl">
        <Group gap="md" align="flex-end" wrap="wrap" role="search" aria-label="Filter evidence">
          <NativeSelect
            label="Kind"
            data={[
              { value: '', label: 'Any kind' },
              ...optionsFrom(EVIDENCE_KINDS, EVIDENCE_KIND_LABELS),
            ]}
            value={filter.kind ?? ''}
            onChange={(event) => setParam('kind', event.currentTarget.value)}
          />
          {options.elements.length ? (
            <NativeSelect
              label="Tagged to"
              data={[
                { value: '', label: 'Any principle or outcome' },
                ...options.elements.map(({ value, label }) => ({ value, label })),
              ]}
              value={filter.frameworkElementId ?? ''}
              onChange={(event) => setParam('element', event.currentTarget.value)}
            />
          ) : null}
          {seesDrafts ? (
            <NativeSelect
              label="Publishable"
              data={[
                { value: '', label: 'Publishable and drafts' },
                { value: 'yes', label: 'Publishable only' },
                { value: 'no', label: 'Drafts only' },
              ]}
              value={filter.publishable === null ? '' : filter.publishable ? 'yes' : 'no'}
              onChange={(event) => setParam('publishable', event.currentTarget.value)}
            />
          ) : null}
        </Group>
        <Stack component="section" aria-labelledby={LIST_HEADING_ID} gap="md">
          <Title order={2} id={LIST_HEADING_ID} tabIndex={-1}>
            {filtered ? 'Matching evidence' : 'All evidence'}
          </Title>
          {content}
        </Stack>
      </Stack>
      {canWrite ? (
        <EvidenceFormDialog
          opened={formOpen}
          evidence={editing}
          today={today}
          pending={actions.saving}
          onSave={handleSave}
          onDone={(title) => {
            setFormOpen(false);
            void list.refetch();
            setAnnouncement(`${title} was saved.`);
          }}
          onClose={() => {
            setFormOpen(false);
            void list.refetch();
          }}
        />
      ) : null}
      <ConfirmDialog
        opened={deleteOpen}
        title={`Delete ${deleting?.title ?? ''}?`}
        confirmLabel="Delete evidence"
        destructive
        pending={actions.removing}
        error={deleteError}
        onClose={() => setDeleteOpen(false)}
        onConfirm={() => void handleDelete()}
      >
        {deleting
          ? `${deleting.title}${deleting.file ? ` and its file ${deleting.file.name}` : ''} will be deleted for good. Action log entries that point to it keep its id but no longer show it.`
          : ''}
      </ConfirmDialog>
    </>
  );
}
