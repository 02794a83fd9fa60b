import { StatusBadge, type StatusTone } from '@lantern/ui';
import type { InvitationStatus } from '../../../gql/graphql';

const presentation: Record<InvitationStatus, { tone: StatusTone; label: string }> = {
  PENDING: { tone: 'pending', label: 'Pending' },
  ACCEPTED: { tone: 'success', label: 'Accepted' },
  EXPIRED: { tone: 'warning', label: 'Expired' },
  REVOKED: { tone: 'neutral', label: 'Revoked' },
};

export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  const { tone, label } = presentation[status];
  return <StatusBadge tone={tone} label={label} size="md" />;
}
