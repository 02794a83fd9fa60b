import { Group, Paper, Text, Title } from '@mantine/core';
import { StatusBadge } from '@lantern/ui';
import type { ServiceHealth } from '../../../gql/graphql';
import { formatMilliseconds } from '../format';

export interface ServiceHealthCardProps {
  name: string;
  health: Pick<ServiceHealth, 'ok' | 'latencyMs'>;
}

/** One dependency of the API (database, Redis): up or down, and how quickly it answered. */
export function ServiceHealthCard({ name, health }: ServiceHealthCardProps) {
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-label={name}>
      <Group justify="space-between" align="center" gap="xs" mb="xs">
        <Title order={3} size="h4">
          {name}
        </Title>
        <StatusBadge
          tone={health.ok ? 'success' : 'danger'}
          label={health.ok ? 'Healthy' : 'Unavailable'}
        />
      </Group>
      <Text size="sm" c="dimmed">
        {health.latencyMs === null || health.latencyMs === undefined
          ? 'Response time not measured'
          : `Responded in ${formatMilliseconds(health.latencyMs)}`}
      </Text>
    </Paper>
  );
}
