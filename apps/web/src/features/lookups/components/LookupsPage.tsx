import { Stack, Text, Title } from '@mantine/core';
import { Announcement, ConfirmDialog, EmptyState, LoadingState, PageHeader } from '@lantern/ui';
import { useState } from 'react';
import type { DeprivationLookupFieldsFragment } from '../../../gql/graphql';
import { actionMessage, toUserError } from '../../../lib/errors';
import { QueryErrorState } from '../../auth';
import { useLookupActions, useLookups } from '../hooks/useLookups';
import { ActiveIndexForm } from './ActiveIndexForm';
import { LoadLookupForm, type LoadedLookupAnswer } from './LoadLookupForm';
import { indexLabel, LookupList } from './LookupList';
import { PostcodeCheck } from './PostcodeCheck';

const LIST_HEADING_ID = 'lookups-list-heading';

const count = new Intl.NumberFormat('en-GB');

function loadedMessage(loaded: LoadedLookupAnswer): string {
  const name = indexLabel(loaded.indexVersion);
  const parts = [`Loaded ${count.format(loaded.rowCount)} postcodes for ${name}.`];
  if (loaded.active) {
    parts.push(
      `Deciles now come from it: ${count.format(loaded.partnersUpdated)} partners and ${count.format(loaded.sessionsUpdated)} sessions updated.`,
    );
  }
  return parts.join(' ');
}

/**
 * Deprivation lookups (admins): the loaded index versions, loading a file, the index in use,
 * deleting a version and checking a postcode.
 */
export function LookupsPage() {
  const list = useLookups();
  const actions = useLookupActions();
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<DeprivationLookupFieldsFragment | null>(null);
  const [deleteOpen, setDeleteOpen] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [chooseError, setChooseError] = useState<string | null>(null);

  const handleDelete = async () => {
    if (!deleting) return;
    setDeleteError(null);
    try {
      await actions.remove(deleting.indexVersion);
      setAnnouncement(`${indexLabel(deleting.indexVersion)} was deleted.`);
      setDeleteOpen(false);
      window.setTimeout(() => document.getElementById(LIST_HEADING_ID)?.focus(), 0);
    } catch (caught) {
      setDeleteError(actionMessage(toUserError(caught)));
    }
  };

  const handleChoose = async (index: Parameters<typeof actions.choose>[0]) => {
    setChooseError(null);
    try {
      await actions.choose(index);
      setAnnouncement(
        index
          ? `Deciles now come from ${indexLabel(index)}.`
          : 'Deciles now come from the latest loaded lookup.',
      );
    } catch (caught) {
      setChooseError(actionMessage(toUserError(caught)));
    }
  };

  let content;
  if (list.loading) {
    content = <LoadingState label="Loading lookups…" rows={3} />;
  } else if (list.error && list.lookups.length === 0) {
    content = <QueryErrorState error={list.error} onRetry={list.retry} retrying={list.retrying} />;
  } else if (list.lookups.length === 0) {
    content = (
      <EmptyState
        title="No lookup is loaded."
        description="Until one is, partners and sessions have no deprivation decile. Load a file below."
      />
    );
  } else {
    content = (
      <LookupList
        lookups={list.lookups}
        labelledBy={LIST_HEADING_ID}
        onDelete={(lookup) => {
          setDeleteError(null);
          setDeleting(lookup);
          setDeleteOpen(true);
        }}
      />
    );
  }

  return (
    <>
      <PageHeader
        title="Deprivation lookups"
        description="Postcode to decile lookups that give partners and sessions a deprivation decile. Deciles of different index versions are never mixed: every decile comes from the one index in use and is stored with its version. Lantern ships only a small synthetic demo lookup; load the official files for real figures."
      />
      <Announcement message={announcement} />
      <Stack gap={48}>
        <Stack component="section" aria-labelledby={LIST_HEADING_ID} gap="md">
          <Title order={2} id={LIST_HEADING_ID} tabIndex={-1}>
            Loaded lookups
          </Title>
          {content}
        </Stack>
        {list.lookups.length > 0 ? (
          <ActiveIndexForm
            key={`${list.chosenIndex ?? 'latest'}-${list.lookups.map((l) => l.indexVersion).join()}`}
            lookups={list.lookups}
            chosen={list.chosenIndex}
            pending={actions.choosing}
            error={chooseError}
            onChoose={(index) => void handleChoose(index)}
          />
        ) : null}
        <LoadLookupForm
          onLoaded={(loaded) => {
            setAnnouncement(loadedMessage(loaded));
            void list.refetch().catch(() => undefined);
          }}
        />
        <PostcodeCheck />
      </Stack>
      <ConfirmDialog
        opened={deleteOpen}
        title={`Delete ${deleting ? indexLabel(deleting.indexVersion) : ''}?`}
        confirmLabel="Delete lookup"
        destructive
        pending={actions.removing}
        error={deleteError}
        onClose={() => setDeleteOpen(false)}
        onConfirm={() => void handleDelete()}
      >
        <Text>
          {deleting
            ? `The ${count.format(deleting.rowCount)} postcodes of ${indexLabel(deleting.indexVersion)} will be removed.`
            : ''}{' '}
          {deleting?.active
            ? 'Deciles come from it now: they will be worked out again from the next lookup, or cleared if there is none.'
            : 'Deciles do not come from it, so none change.'}
        </Text>
      </ConfirmDialog>
    </>
  );
}
