import type { CommitmentStatus } from '@lantern/domain';
import type { StatusTone } from '@lantern/ui';

export const COMMITMENT_STATUS_TONES: Record<CommitmentStatus, StatusTone> = {
  PLANNED: 'pending',
  ACTIVE: 'progress',
  AT_RISK: 'warning',
  ACHIEVED: 'success',
  DROPPED: 'neutral',
};
