import { Stack } from '@mantine/core';
import { PageHeader } from '@lantern/ui';
import { SystemHealthSection, WorkerChecksSection } from '../features/system-status';
import { usePageTitle } from '../lib/page-title';

export function StatusRoute() {
  usePageTitle('System status');
  return (
    <>
      <PageHeader
        title="System status"
        description="Whether Lantern's API, database, Redis and background worker are up, with a check that proves background jobs run from start to finish."
      />
      <Stack gap={48}>
        <SystemHealthSection />
        <WorkerChecksSection />
      </Stack>
    </>
  );
}
