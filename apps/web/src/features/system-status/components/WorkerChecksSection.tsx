import { Stack, Text, Title } from '@mantine/core';
import { EmptyState, ErrorState, LiveRegion, LoadingState } from '@lantern/ui';
import { useState } from 'react';
import type { WorkerCheckFieldsFragment } from '../../../gql/graphql';
import { toUserError } from '../../../lib/errors';
import { formatMilliseconds } from '../format';
import { useWorkerChecks } from '../hooks/useWorkerChecks';
import { WorkerCheckForm } from './WorkerCheckForm';
import { WorkerCheckList } from './WorkerCheckList';

const HEADING_ID = 'worker-checks-heading';
const LIST_HEADING_ID = 'worker-checks-list-heading';

/** What to announce about the check the user just requested. */
export function describeWorkerCheckOutcome(check: WorkerCheckFieldsFragment | undefined): string {
  if (!check) {
    return '';
  }
  switch (check.status) {
    case 'QUEUED':
    case 'RUNNING':
      return 'Worker check requested. Waiting for the background worker…';
    case 'SUCCEEDED':
      return check.roundTripMs === null || check.roundTripMs === undefined
        ? 'Worker check succeeded'
        : `Worker check succeeded in ${formatMilliseconds(check.roundTripMs)}`;
    case 'FAILED':
      return check.error ? `Worker check failed: ${check.error}` : 'Worker check failed';
  }
}

/** Run a worker check and watch recent ones go from queued to done. */
export function WorkerChecksSection() {
  const workerChecks = useWorkerChecks();
  const [requestedId, setRequestedId] = useState<string | null>(null);
  const requested = workerChecks.checks.find((check) => check.id === requestedId);

  let list;
  if (workerChecks.loading) {
    list = <LoadingState label="Loading worker checks…" rows={5} rowHeight={28} />;
  } else if (workerChecks.error && workerChecks.checks.length === 0) {
    list = (
      <ErrorState
        message={toUserError(workerChecks.error).message}
        onRetry={workerChecks.retry}
        retrying={workerChecks.retrying}
      />
    );
  } else if (workerChecks.checks.length === 0) {
    list = (
      <EmptyState
        title="No worker checks yet."
        description="Run one to confirm the background worker is processing jobs."
      />
    );
  } else {
    list = (
      <Stack gap="sm">
        {workerChecks.error ? (
          <ErrorState
            title="The list could not be updated"
            message={toUserError(workerChecks.error).message}
            onRetry={workerChecks.retry}
            retrying={workerChecks.retrying}
          />
        ) : null}
        <WorkerCheckList
          checks={workerChecks.checks}
          totalCount={workerChecks.totalCount}
          hasNextPage={workerChecks.hasNextPage}
          loadingMore={workerChecks.loadingMore}
          loadMoreError={workerChecks.loadMoreError}
          onLoadMore={workerChecks.loadMore}
          labelledBy={LIST_HEADING_ID}
        />
      </Stack>
    );
  }

  return (
    <Stack component="section" aria-labelledby={HEADING_ID} gap="md">
      <Title order={2} id={HEADING_ID}>
        Worker checks
      </Title>
      <Text maw="70ch">
        A worker check sends a job through the queue to the background worker, which records its
        host and the database version it sees. It normally finishes within a second.
      </Text>
      <WorkerCheckForm onRequested={(check) => setRequestedId(check.id)} />
      <LiveRegion visuallyHidden={false}>
        {requested ? (
          <Text size="sm" fw={600}>
            {describeWorkerCheckOutcome(requested)}
          </Text>
        ) : null}
      </LiveRegion>
      <Title order={3} size="h4" id={LIST_HEADING_ID}>
        Recent checks
      </Title>
      {list}
    </Stack>
  );
}
