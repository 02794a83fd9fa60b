import { Group, Paper, Title } from '@mantine/core';
import { DescriptionList, StatusBadge } from '@lantern/ui';
import type { QueueHealth } from '../../../gql/graphql';

export interface QueueHealthCardProps {
  queue: Pick<QueueHealth, 'waiting' | 'active' | 'failed' | 'delayed' | 'workers'>;
}

const count = new Intl.NumberFormat('en-GB');

/** The background queue: how many jobs are in each state and how many workers are online. */
export function QueueHealthCard({ queue }: QueueHealthCardProps) {
  const running = queue.workers > 0;
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-label="Background worker">
      <Group justify="space-between" align="center" gap="xs" mb="xs">
        <Title order={3} size="h4">
          Background worker
        </Title>
        <StatusBadge
          tone={running ? 'success' : 'warning'}
          label={running ? 'Running' : 'Not running'}
        />
      </Group>
      <DescriptionList
        items={[
          { term: 'Workers online', value: count.format(queue.workers) },
          { term: 'Jobs waiting', value: count.format(queue.waiting) },
          { term: 'Jobs active', value: count.format(queue.active) },
          { term: 'Jobs delayed', value: count.format(queue.delayed) },
          { term: 'Jobs failed', value: count.format(queue.failed) },
        ]}
      />
    </Paper>
  );
}
