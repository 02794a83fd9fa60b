import { ErrorState } from '@lantern/ui';
import { toUserError } from '../../../lib/errors';
import { PermissionDeniedPanel } from './PermissionDenied';

export interface QueryErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
  title?: string;
}

/** A failed load: "You don't have permission" for FORBIDDEN, otherwise the message and a retry. */
export function QueryErrorState({ error, onRetry, retrying, title }: QueryErrorStateProps) {
  const userError = toUserError(error);
  if (userError.code === 'FORBIDDEN') {
    return <PermissionDeniedPanel />;
  }
  return (
    <ErrorState title={title} message={userError.message} onRetry={onRetry} retrying={retrying} />
  );
}
