import { Alert, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ErrorState, LoadingState } from '@lantern/ui';
import { toUserError } from '../../../lib/errors';
import { useSystemStatus } from '../hooks/useSystemStatus';
import { QueueHealthCard } from './QueueHealthCard';
import { ServiceHealthCard } from './ServiceHealthCard';

const HEADING_ID = 'system-health-heading';

/** The API's version and environment, its dependencies and the background queue. */
export function SystemHealthSection() {
  const { status, loading, refreshing, error, refetch } = useSystemStatus();

  let content;
  if (loading) {
    content = <LoadingState label="Loading system status…" rows={4} />;
  } else if (error || !status) {
    content = (
      <ErrorState message={toUserError(error).message} onRetry={refetch} retrying={refreshing} />
    );
  } else {
    content = (
      <Stack gap="md">
        <Text size="sm">
          Version <strong>{status.version}</strong> · Environment{' '}
          <strong>{status.environment}</strong>
        </Text>
        {status.queue.workers === 0 ? (
          <Alert color="yellow" variant="light" title="The background worker is not running">
            No worker is connected to the queue, so worker checks and other background jobs will
            wait until it starts.
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="md" style={{ alignItems: 'start' }}>
          <ServiceHealthCard name="Database" health={status.database} />
          <ServiceHealthCard name="Redis" health={status.redis} />
          <QueueHealthCard queue={status.queue} />
        </SimpleGrid>
      </Stack>
    );
  }

  return (
    <Stack component="section" aria-labelledby={HEADING_ID} gap="md">
      <Group justify="space-between" align="center" gap="sm">
        <Title order={2} id={HEADING_ID}>
          Services
        </Title>
        {status ? (
          <Button variant="default" size="sm" onClick={refetch} loading={refreshing}>
            Refresh
          </Button>
        ) : null}
      </Group>
      {content}
    </Stack>
  );
}
