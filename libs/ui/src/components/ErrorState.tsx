import { Alert, Button, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ErrorStateProps {
  /** The user-facing message: what went wrong and, where possible, what to do. */
  message: ReactNode;
  title?: string;
  /** When given, a retry button is shown. */
  onRetry?: () => void;
  retryLabel?: string;
  /** Shows the retry button as busy while the retry is in flight. */
  retrying?: boolean;
}

function AlertIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="12" cy="12" r="10" stroke="currentColor" strokeWidth="2" />
      <path d="M12 7v6" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      <circle cx="12" cy="16.5" r="1.25" fill="currentColor" />
    </svg>
  );
}

/** A failed load: the message in an alert and, optionally, a way to try again. */
export function ErrorState({
  message,
  title = 'Something went wrong',
  onRetry,
  retryLabel = 'Try again',
  retrying = false,
}: ErrorStateProps) {
  return (
    <Alert color="red" variant="light" title={title} icon={<AlertIcon />}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message}</Text>
        {onRetry ? (
          <Button variant="default" size="sm" onClick={onRetry} loading={retrying}>
            {retryLabel}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
