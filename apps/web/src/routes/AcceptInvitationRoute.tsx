import { PageHeader } from '@lantern/ui';
import { useSearchParams } from 'react-router';
import { AcceptInvitationPanel } from '../features/auth';
import { usePageTitle } from '../lib/page-title';

export function AcceptInvitationRoute() {
  usePageTitle('Accept invitation');
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token');
  // The token is in the address: a new key starts afresh if another link is opened in this tab.
  return (
    <>
      <PageHeader title="Accept invitation" />
      <AcceptInvitationPanel key={token ?? ''} token={token} />
    </>
  );
}
