import { Container } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorFallback } from './ErrorFallback';

export interface AppErrorBoundaryProps {
  children: ReactNode;
  /** Defaults to reloading the page. */
  onReload?: () => void;
}

interface AppErrorBoundaryState {
  error: unknown;
  hasError: boolean;
}

/**
 * The last line of defence for errors outside the router (providers, the shell's own set-up).
 * Errors inside routes are caught by the routes' errorElement and keep the app shell.
 */
export class AppErrorBoundary extends Component<AppErrorBoundaryProps, AppErrorBoundaryState> {
  override state: AppErrorBoundaryState = { error: null, hasError: false };

  static getDerivedStateFromError(error: unknown): AppErrorBoundaryState {
    return { error, hasError: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Lantern could not render the app', error, info.componentStack);
  }

  override render() {
    if (this.state.hasError) {
      return (
        <Container component="main" id="main" size="md">
          <ErrorFallback error={this.state.error} onReload={this.props.onReload} />
        </Container>
      );
    }
    return this.props.children;
  }
}
