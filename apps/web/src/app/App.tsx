import { ApolloProvider } from '@apollo/client';
import { MantineProvider } from '@mantine/core';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createApolloClient } from '../lib/apollo';
import { AppErrorBoundary } from './AppErrorBoundary';
import { createAppRouter } from './router';
import { createSessionEndedHandler } from './session-ended';
import { cssVariablesResolver, theme } from './theme';

function createClientAndRouter() {
  const router = createAppRouter();
  const client = createApolloClient({
    onUnauthenticated: createSessionEndedHandler(
      () => router,
      () => client.clearStore(),
    ),
  });
  return { client, router };
}

/** Providers, outermost first: theme, crash fallback, GraphQL client, router. */
export function App() {
  const [{ client, router }] = useState(createClientAndRouter);

  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
      forceColorScheme="light"
    >
      <AppErrorBoundary>
        <ApolloProvider client={client}>
          <RouterProvider router={router} />
        </ApolloProvider>
      </AppErrorBoundary>
    </MantineProvider>
  );
}
