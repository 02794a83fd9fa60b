import { Container } from '@mantine/core';
import { LoadingState } from '@lantern/ui';
import { Outlet } from 'react-router';
import { useViewer } from '../features/auth';
import { AppLayout } from './AppLayout';
import { PublicLayout } from './PublicLayout';

/**
 * Pages that work signed in or out (the dev mailbox, "page not found"): inside the app shell
 * for a signed-in person, in the public card layout otherwise.
 */
export function OptionalAuthLayout() {
  const { viewer, loading } = useViewer();
  if (loading) {
    return (
      <Container component="main" id="main" size="sm" py="xl">
        <LoadingState label="Loading Lantern…" rows={4} />
      </Container>
    );
  }
  return viewer ? (
    <AppLayout>
      <Outlet />
    </AppLayout>
  ) : (
    <PublicLayout width="wide">
      <Outlet />
    </PublicLayout>
  );
}
