import { StatusBadge, type StatusTone } from '@lantern/ui';
import type { WorkerCheckStatus } from '../../../gql/graphql';

const presentation: Record<WorkerCheckStatus, { tone: StatusTone; label: string }> = {
  QUEUED: { tone: 'pending', label: 'Queued' },
  RUNNING: { tone: 'progress', label: 'Running' },
  SUCCEEDED: { tone: 'success', label: 'Succeeded' },
  FAILED: { tone: 'danger', label: 'Failed' },
};

export function WorkerCheckStatusBadge({ status }: { status: WorkerCheckStatus }) {
  const { tone, label } = presentation[status];
  return <StatusBadge tone={tone} label={label} />;
}
