import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ConfirmDialog, EmptyState } from '@lantern/ui';
import { useState } from 'react';
import type { SiteFieldsFragment, SiteType } from '../../../gql/graphql';
import { actionMessage, toUserError } from '../../../lib/errors';
import { SITE_TYPE_LABELS } from '../../../lib/labels';
import { SiteFormDialog, type SiteDraft } from './SiteFormDialog';

const HEADING_ID = 'sites-heading';

export interface SitesSectionProps {
  sites: SiteFieldsFragment[];
  canManage: boolean;
  savingSite: boolean;
  deletingSite: boolean;
  onCreate: (draft: SiteDraft) => Promise<unknown>;
  onUpdate: (id: string, draft: SiteDraft) => Promise<unknown>;
  onDelete: (id: string) => Promise<unknown>;
  onAnnounce: (message: string) => void;
}

/** The organisation's sites: a list for everyone, add / edit / delete for `sites.manage`. */
export function SitesSection({
  sites,
  canManage,
  savingSite,
  deletingSite,
  onCreate,
  onUpdate,
  onDelete,
  onAnnounce,
}: SitesSectionProps) {
  const [formOpen, setFormOpen] = useState(false);
  const [editing, setEditing] = useState<SiteFieldsFragment | null>(null);
  const [deleting, setDeleting] = useState<SiteFieldsFragment | null>(null);
  const [deleteOpen, setDeleteOpen] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  const handleSave = async (draft: SiteDraft) => {
    if (editing) {
      await onUpdate(editing.id, draft);
      onAnnounce(`${draft.name} was saved.`);
    } else {
      await onCreate(draft);
      onAnnounce(`${draft.name} was added.`);
    }
    setFormOpen(false);
  };

  const handleDelete = async () => {
    if (!deleting) {
      return;
    }
    setDeleteError(null);
    try {
      await onDelete(deleting.id);
      onAnnounce(`${deleting.name} was deleted.`);
      setDeleteOpen(false);
      window.setTimeout(() => document.getElementById(HEADING_ID)?.focus(), 0);
    } catch (caught) {
      setDeleteError(actionMessage(toUserError(caught)));
    }
  };

  return (
    <Stack component="section" aria-labelledby={HEADING_ID} gap="md">
      <Group justify="space-between" align="center" gap="sm">
        <Title order={2} id={HEADING_ID} tabIndex={-1}>
          Sites
        </Title>
        {canManage ? (
          <Button
            onClick={() => {
              setEditing(null);
              setFormOpen(true);
            }}
          >
            Add a site
          </Button>
        ) : null}
      </Group>
      {sites.length === 0 ? (
        <EmptyState
          title="No sites yet."
          description={
            canManage
              ? 'Add the places where your team runs sessions: the main building, a learning centre, a store.'
              : 'An admin can add the places where your team runs sessions.'
          }
        />
      ) : (
        <Stack
          component="ul"
          role="list"
          aria-labelledby={HEADING_ID}
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          {sites.map((site) => (
            <Paper
              component="li"
              key={site.id}
              withBorder
              radius="md"
              p="md"
              data-site-id={site.id}
            >
              <Group justify="space-between" align="center" gap="sm" wrap="wrap">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {site.name}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {SITE_TYPE_LABELS[site.type as SiteType]} ·{' '}
                    {site.postcode ? site.postcode : 'No postcode'}
                  </Text>
                </Stack>
                {canManage ? (
                  <Group gap="xs">
                    <Button
                      variant="default"
                      size="sm"
                      aria-label={`Edit ${site.name}`}
                      onClick={() => {
                        setEditing(site);
                        setFormOpen(true);
                      }}
                    >
                      Edit
                    </Button>
                    <Button
                      variant="default"
                      color="red"
                      size="sm"
                      aria-label={`Delete ${site.name}`}
                      onClick={() => {
                        setDeleteError(null);
                        setDeleting(site);
                        setDeleteOpen(true);
                      }}
                    >
                      Delete
                    </Button>
                  </Group>
                ) : null}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      {canManage ? (
        <>
          <SiteFormDialog
            opened={formOpen}
            site={editing}
            pending={savingSite}
            onSave={handleSave}
            onClose={() => setFormOpen(false)}
          />
          <ConfirmDialog
            opened={deleteOpen}
            title={`Delete ${deleting?.name ?? 'this site'}?`}
            confirmLabel="Delete site"
            destructive
            pending={deletingSite}
            error={deleteError}
            onClose={() => setDeleteOpen(false)}
            onConfirm={() => void handleDelete()}
          >
            {`${deleting?.name ?? 'The site'} will no longer be listed as one of your sites.`}
          </ConfirmDialog>
        </>
      ) : null}
    </Stack>
  );
}
