import { ApolloProvider } from '@apollo/client';
import { MantineProvider } from '@mantine/core';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createApolloClient } from '../lib/apollo';
import { AppErrorBoundary } from './AppErrorBoundary';
import { createAppRouter } from './router';
import { cssVariablesResolver, theme } from './theme';

/** Providers, outermost first: theme, crash fallback, GraphQL client, router. */
export function App() {
  const [client] = useState(createApolloClient);
  const [router] = useState(createAppRouter);

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
