import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  /** What is missing, as a short sentence ("No worker checks yet."). */
  title: string;
  /** What to do about it. */
  description?: ReactNode;
  /** An optional call to action, such as a button. */
  action?: ReactNode;
}

/** Shown in place of a list or table that has nothing in it yet. */
export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <Paper withBorder radius="md" p="xl" bg="gray.0" style={{ borderStyle: 'dashed' }}>
      <Stack gap="xs" align="center" ta="center">
        <Text fw={600}>{title}</Text>
        {description ? (
          <Text c="dimmed" maw="50ch">
            {description}
          </Text>
        ) : null}
        {action}
      </Stack>
    </Paper>
  );
}
