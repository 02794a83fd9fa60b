import { MantineProvider } from '@mantine/core';
import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { createMemoryRouter, MemoryRouter, RouterProvider, useLocation } from 'react-router';
import { cssVariablesResolver, theme } from '../app/theme';
import { routes } from '../app/router';
import { createCache } from '../lib/apollo';

export interface RenderOptions {
  mocks?: readonly MockedResponse[];
  /** The URL the component is rendered at. */
  route?: string;
}

function Providers({ children, mocks }: { children: ReactNode; mocks: readonly MockedResponse[] }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
      {/* The app's own cache, so type policies (paging, singletons) behave as in production. */}
      <MockedProvider mocks={mocks} cache={createCache()}>
        {children}
      </MockedProvider>
    </MantineProvider>
  );
}

/** Renders a component with the app's theme, a mocked GraphQL API and a memory router. */
export function renderWithProviders(
  ui: ReactElement,
  { mocks = [], route = '/' }: RenderOptions = {},
) {
  return render(
    <Providers mocks={mocks}>
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </Providers>,
  );
}

/**
 * Renders a component as the page at `path` in a memory router (so tests can read
 * `router.state.location`), with every other address showing "Elsewhere: <path>".
 */
export function renderInRouter(
  ui: ReactElement,
  { mocks = [], route = '/', path = '/' }: RenderOptions & { path?: string } = {},
) {
  function Elsewhere() {
    const location = useLocation();
    return <p>Elsewhere: {`${location.pathname}${location.search}`}</p>;
  }
  const router = createMemoryRouter(
    [
      { path, element: ui },
      { path: '*', element: <Elsewhere /> },
    ],
    { initialEntries: [route] },
  );
  const result = render(
    <Providers mocks={mocks}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...result, router };
}

/** Renders the whole app (shell and routes) at a URL, with a mocked GraphQL API. */
export function renderApp({ mocks = [], route = '/' }: RenderOptions = {}) {
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  const result = render(
    <Providers mocks={mocks}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...result, router };
}
