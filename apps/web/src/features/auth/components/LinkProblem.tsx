import { Alert, Anchor, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface LinkProblemProps {
  title: string;
  /** The server's message, shown as it is. */
  message: string;
  /** Where to go instead, e.g. "Request a new link". */
  action: { to: string; label: string };
  children?: ReactNode;
}

/** An emailed link that cannot be used (unknown, expired, used, revoked): why, and what next. */
export function LinkProblem({ title, message, action, children }: LinkProblemProps) {
  return (
    <Stack gap="md">
      <Alert color="yellow" variant="light" title={title}>
        {message}
      </Alert>
      {children}
      <Text>
        <Anchor component={Link} to={action.to} fw={600}>
          {action.label}
        </Anchor>
      </Text>
    </Stack>
  );
}
