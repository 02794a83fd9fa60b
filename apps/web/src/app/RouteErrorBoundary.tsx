import { Container } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorFallback } from './ErrorFallback';

export interface RouteErrorBoundaryProps {
  /** True when rendered without the app shell, so it must provide the main landmark itself. */
  standalone?: boolean;
}

/** The router's errorElement: a crash in a route shows the friendly fallback. */
export function RouteErrorBoundary({ standalone = false }: RouteErrorBoundaryProps) {
  const error = useRouteError();
  const normalised = isRouteErrorResponse(error)
    ? new Error(`${error.status} ${error.statusText}`.trim())
    : error;
  const fallback = <ErrorFallback error={normalised} />;
  return standalone ? (
    <Container component="main" id="main" size="md">
      {fallback}
    </Container>
  ) : (
    fallback
  );
}
