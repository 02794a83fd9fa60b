import { Stack, Title } from '@mantine/core';
import { Announcement, LoadingState, PageHeader } from '@lantern/ui';
import { useState } from 'react';
import { QueryErrorState, useViewer } from '../../auth';
import { useOrganisationActions } from '../hooks/useOrganisationActions';
import { useOrganisationSettings } from '../hooks/useOrganisationSettings';
import { OrganisationSettingsForm } from './OrganisationSettingsForm';
import { OrganisationSettingsSummary } from './OrganisationSettingsSummary';
import { SitesSection } from './SitesSection';

const SETTINGS_HEADING_ID = 'organisation-settings-heading';

/** The settings page: the organisation's settings (a form for admins) and its sites. */
export function SettingsPage() {
  const { can } = useViewer();
  const { organisation, loading, error, retry, retrying } = useOrganisationSettings();
  const actions = useOrganisationActions();
  const [announcement, setAnnouncement] = useState<string | null>(null);

  let content;
  if (loading) {
    content = <LoadingState label="Loading settings…" rows={6} />;
  } else if (error || !organisation) {
    content = <QueryErrorState error={error} onRetry={retry} retrying={retrying} />;
  } else {
    content = (
      <Stack gap={48}>
        <Stack component="section" aria-labelledby={SETTINGS_HEADING_ID} gap="md">
          <Title order={2} id={SETTINGS_HEADING_ID}>
            Organisation
          </Title>
          {can('organisation.manage') ? (
            <OrganisationSettingsForm
              organisation={organisation}
              saving={actions.saving}
              onSave={actions.updateOrganisation}
              onSaved={() => setAnnouncement('Settings saved.')}
            />
          ) : (
            <OrganisationSettingsSummary organisation={organisation} />
          )}
        </Stack>
        <SitesSection
          sites={organisation.sites}
          canManage={can('sites.manage')}
          savingSite={actions.savingSite}
          deletingSite={actions.deletingSite}
          onCreate={(draft) => actions.createSite(draft)}
          onUpdate={(id, draft) => actions.updateSite({ id, ...draft })}
          onDelete={actions.deleteSite}
          onAnnounce={setAnnouncement}
        />
      </Stack>
    );
  }

  return (
    <>
      <PageHeader
        title="Settings"
        description="How Lantern counts and reports for your organisation, and the sites where your team works."
      />
      <Announcement message={announcement} />
      {content}
    </>
  );
}
