import { PROGRAMME_STATUS_LABELS, type ProgrammeStatus } from '@lantern/domain';
import { StatusBadge, type StatusTone } from '@lantern/ui';

const TONES: Record<ProgrammeStatus, StatusTone> = {
  PLANNED: 'pending',
  ACTIVE: 'progress',
  COMPLETED: 'success',
  ARCHIVED: 'neutral',
};

/** A programme's status in words, with a tone-specific colour and icon. */
export function ProgrammeStatusBadge({
  status,
  size = 'md',
}: {
  status: ProgrammeStatus;
  size?: 'sm' | 'md' | 'lg';
}) {
  return <StatusBadge tone={TONES[status]} label={PROGRAMME_STATUS_LABELS[status]} size={size} />;
}
