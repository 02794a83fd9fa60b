import { Container } from '@mantine/core';
import { ErrorState, LoadingState, PageHeader } from '@lantern/ui';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { toUserError } from '../../../lib/errors';
import { usePageTitle } from '../../../lib/page-title';
import { useViewer } from '../hooks/useViewer';
import { signInPath } from '../next-path';

function ViewerLoadFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  usePageTitle('Lantern could not start');
  return (
    <Container component="main" id="main" size="sm" py="xl">
      <PageHeader title="Lantern could not start" />
      <ErrorState message={toUserError(error).message} onRetry={onRetry} />
    </Container>
  );
}

/**
 * Signed-in pages: a loading state while `me` loads, the sign-in page (coming back here
 * afterwards) when nobody is signed in, otherwise the children or the nested routes.
 */
export function RequireAuth({ children }: { children?: ReactNode }) {
  const { viewer, loading, error, retry } = useViewer();
  const location = useLocation();

  if (loading) {
    return (
      <Container component="main" id="main" size="sm" py="xl">
        <LoadingState label="Loading Lantern…" rows={4} />
      </Container>
    );
  }
  if (error) {
    return <ViewerLoadFailed error={error} onRetry={retry} />;
  }
  if (!viewer) {
    return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  }
  return children ?? <Outlet />;
}
