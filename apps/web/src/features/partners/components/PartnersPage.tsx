import { Button, Stack, Title } from '@mantine/core';
import {
  Announcement,
  ConfirmDialog,
  EmptyState,
  LoadingState,
  LoadMoreFooter,
  PageHeader,
} from '@lantern/ui';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { PartnerFieldsFragment } from '../../../gql/graphql';
import { actionMessage, toUserError } from '../../../lib/errors';
import { QueryErrorState, useViewer } from '../../auth';
import {
  hasPartnerFilters,
  partnerFiltersFromSearchParams,
  searchParamsFromPartnerFilters,
  toPartnerFilter,
} from '../filters';
import { usePartnerActions, usePartners } from '../hooks/usePartners';
import type { PartnerDraft } from '../validation';
import { PartnerFilters } from './PartnerFilters';
import { PartnerFormDialog } from './PartnerFormDialog';
import { PartnerList } from './PartnerList';

const LIST_HEADING_ID = 'partners-list-heading';

/**
 * Partners: schools, colleges and groups the museum works with, filtered by the address bar's
 * `search` and `type`, with "Load more". The learning team adds, edits and deletes them.
 */
export function PartnersPage() {
  const { can } = useViewer();
  const canWrite = can('sessions.write');
  const [searchParams, setSearchParams] = useSearchParams();
  const filterKey = searchParams.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the params
  const values = useMemo(() => partnerFiltersFromSearchParams(searchParams), [filterKey]);
  const filter = useMemo(() => toPartnerFilter(values), [values]);
  const filtered = hasPartnerFilters(values);
  const list = usePartners(filter);
  const actions = usePartnerActions();
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [editing, setEditing] = useState<PartnerFieldsFragment | null>(null);
  const [deleting, setDeleting] = useState<PartnerFieldsFragment | null>(null);
  const [deleteOpen, setDeleteOpen] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  const openForm = (partner: PartnerFieldsFragment | null) => {
    setEditing(partner);
    setFormOpen(true);
  };

  const handleSave = async (draft: PartnerDraft) => {
    if (editing) {
      const saved = await actions.update({ id: editing.id, ...draft });
      setAnnouncement(`${saved?.name ?? draft.name} was saved.`);
    } else {
      const saved = await actions.create(draft);
      setAnnouncement(`${saved?.name ?? draft.name} was added.`);
    }
    setFormOpen(false);
  };

  const handleDelete = async () => {
    if (!deleting) return;
    setDeleteError(null);
    try {
      await actions.remove(deleting.id);
      setAnnouncement(`${deleting.name} was deleted.`);
      setDeleteOpen(false);
      window.setTimeout(() => document.getElementById(LIST_HEADING_ID)?.focus(), 0);
    } catch (caught) {
      setDeleteError(actionMessage(toUserError(caught)));
    }
  };

  let content;
  if (list.loading) {
    content = <LoadingState label="Loading partners…" rows={5} />;
  } else if (list.error && list.partners.length === 0) {
    content = <QueryErrorState error={list.error} onRetry={list.retry} retrying={list.retrying} />;
  } else if (list.partners.length === 0 && filtered) {
    content = (
      <EmptyState
        title="No partners match these filters."
        description="Try part of the name, a URN or a postcode, or any type."
        action={
          <Button variant="default" onClick={() => setSearchParams(new URLSearchParams())}>
            Clear filters
          </Button>
        }
      />
    );
  } else if (list.partners.length === 0) {
    content = (
      <EmptyState
        title="No partners yet"
        description={
          canWrite
            ? 'Add the schools, colleges and groups you work with, or import an activity log: its schools and groups are added for you.'
            : 'When your learning team adds partners, they appear here.'
        }
      />
    );
  } else {
    content = (
      <Stack gap="sm">
        <PartnerList
          partners={list.partners}
          canWrite={canWrite}
          labelledBy={LIST_HEADING_ID}
          onEdit={openForm}
          onDelete={(partner) => {
            setDeleteError(null);
            setDeleting(partner);
            setDeleteOpen(true);
          }}
        />
        <LoadMoreFooter
          shown={list.partners.length}
          total={list.totalCount}
          noun="partner"
          hasNextPage={list.hasNextPage}
          onLoadMore={list.loadMore}
          loadingMore={list.loadingMore}
          error={list.loadMoreError}
        />
      </Stack>
    );
  }

  return (
    <>
      <PageHeader
        title="Partners"
        description="Schools, colleges, community groups and other bodies you work with, with each one's deprivation decile and when you last worked together."
        actions={canWrite ? <Button onClick={() => openForm(null)}>Add a partner</Button> : null}
      />
      <Announcement message={announcement} />
      <Stack gap="xl">
        <PartnerFilters
          key={filterKey}
          values={values}
          onApply={(next) => setSearchParams(searchParamsFromPartnerFilters(next))}
        />
        <Stack component="section" aria-labelledby={LIST_HEADING_ID} gap="md">
          <Title order={2} id={LIST_HEADING_ID} tabIndex={-1}>
            {filtered ? 'Matching partners' : 'All partners'}
          </Title>
          {content}
        </Stack>
      </Stack>
      {canWrite ? (
        <PartnerFormDialog
          opened={formOpen}
          partner={editing}
          pending={actions.saving}
          onSave={handleSave}
          onClose={() => setFormOpen(false)}
        />
      ) : null}
      <ConfirmDialog
        opened={deleteOpen}
        title={`Delete ${deleting?.name ?? ''}?`}
        confirmLabel="Delete partner"
        destructive
        pending={actions.removing}
        error={deleteError}
        onClose={() => setDeleteOpen(false)}
        onConfirm={() => void handleDelete()}
      >
        {deleting
          ? `${deleting.name} will be removed from your partners. A partner that sessions name cannot be deleted.`
          : ''}
      </ConfirmDialog>
    </>
  );
}
