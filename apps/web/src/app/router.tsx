import { LoadingState } from '@lantern/ui';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { AppLayout } from './AppLayout';
import { RouteErrorBoundary } from './RouteErrorBoundary';

function InitialLoading() {
  return <LoadingState label="Loading Lantern…" rows={4} />;
}

/**
 * The app's routes. Pages are lazy modules (one chunk each) so the first page stays small;
 * new features add their pages to the inner list.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    // A crash in the shell itself: no shell to keep.
    errorElement: <RouteErrorBoundary standalone />,
    HydrateFallback: InitialLoading,
    children: [
      {
        // A crash in a page keeps the header and navigation.
        errorElement: <RouteErrorBoundary />,
        children: [
          { index: true, element: <Navigate to="/status" replace /> },
          {
            path: 'status',
            lazy: async () => ({ Component: (await import('../routes/StatusRoute')).StatusRoute }),
          },
          {
            path: '*',
            lazy: async () => ({
              Component: (await import('../routes/NotFoundRoute')).NotFoundRoute,
            }),
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
