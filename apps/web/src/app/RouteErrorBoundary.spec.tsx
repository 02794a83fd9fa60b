import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { RouteErrorBoundary } from './RouteErrorBoundary';
import { theme } from './theme';

function BrokenPage(): never {
  throw new Error('Broken page');
}

describe('RouteErrorBoundary', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("is the route's errorElement: a crashing page shows the fallback with Reload", () => {
    const router = createMemoryRouter([
      { path: '/', element: <BrokenPage />, errorElement: <RouteErrorBoundary standalone /> },
    ]);
    render(
      <MantineProvider theme={theme} env="test">
        <RouterProvider router={router} />
      </MantineProvider>,
    );

    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it('tells people to reload when a page chunk from an old release is gone', () => {
    function StalePage(): never {
      throw new TypeError(
        'Failed to fetch dynamically imported module: /assets/StatusRoute-abc.js',
      );
    }
    const router = createMemoryRouter([
      { path: '/', element: <StalePage />, errorElement: <RouteErrorBoundary /> },
    ]);
    render(
      <MantineProvider theme={theme} env="test">
        <RouterProvider router={router} />
      </MantineProvider>,
    );

    expect(screen.getByRole('heading', { name: 'Lantern has been updated' })).toBeInTheDocument();
  });
});
