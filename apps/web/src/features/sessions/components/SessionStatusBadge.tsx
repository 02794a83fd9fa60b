import { SESSION_STATUS_LABELS, type SessionStatus } from '@lantern/domain';
import { StatusBadge, type StatusTone } from '@lantern/ui';

const TONES: Record<SessionStatus, StatusTone> = {
  PLANNED: 'pending',
  DELIVERED: 'success',
  CANCELLED: 'neutral',
};

export function SessionStatusBadge({
  status,
  size = 'sm',
}: {
  status: SessionStatus;
  size?: 'sm' | 'md' | 'lg';
}) {
  return <StatusBadge tone={TONES[status]} label={SESSION_STATUS_LABELS[status]} size={size} />;
}
