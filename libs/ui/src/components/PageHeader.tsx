import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface PageHeaderProps {
  /** The page's single `h1`. */
  title: string;
  /** A sentence or two under the title (inline content). */
  description?: ReactNode;
  /** Buttons or links for the page's main actions, shown beside the title on wide screens. */
  actions?: ReactNode;
}

/** The top of every page: its one `h1`, an optional description and optional actions. */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-start" gap="md" mb="xl" wrap="wrap">
      <Stack gap="xs" style={{ flex: '1 1 18rem', minWidth: 0 }}>
        <Title order={1}>{title}</Title>
        {description ? (
          <Text c="dimmed" size="md" maw="65ch">
            {description}
          </Text>
        ) : null}
      </Stack>
      {actions ? (
        <Group gap="sm" wrap="wrap">
          {actions}
        </Group>
      ) : null}
    </Group>
  );
}
