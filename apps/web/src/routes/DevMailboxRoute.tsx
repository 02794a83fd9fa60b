import { PageHeader } from '@lantern/ui';
import { DevMailboxSection } from '../features/dev-mailbox';
import { usePageTitle } from '../lib/page-title';

export function DevMailboxRoute() {
  usePageTitle('Dev mailbox');
  return (
    <>
      <PageHeader
        title="Dev mailbox"
        description="This page exists only in the local demo. Lantern catches the emails it would send and shows them here, so you can open invitation and password reset links without a real inbox."
      />
      <DevMailboxSection />
    </>
  );
}
