import { PageHeader } from '@lantern/ui';
import { Navigate } from 'react-router';
import { homePathFor, useViewer } from '../features/auth';
import { usePageTitle } from '../lib/page-title';

function NoOrganisation() {
  usePageTitle('No organisation');
  return (
    <PageHeader
      title="You are not a member of any organisation"
      description="Your account is no longer part of a museum in Lantern. Ask an admin of your museum to invite you again."
    />
  );
}

/** The home page: the first page the viewer's role may use (signed-out people never get here). */
export function HomeRoute() {
  const { viewer, can } = useViewer();
  if (viewer && !viewer.organisation) {
    return <NoOrganisation />;
  }
  return <Navigate to={homePathFor(can)} replace />;
}
