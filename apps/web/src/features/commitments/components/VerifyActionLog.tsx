import { Alert, Button, Stack, Text } from '@mantine/core';
import { toUserError } from '../../../lib/errors';
import { useVerifyActionLog } from '../hooks/useCommitments';

/** "Verify the action log": recomputes every hash on the server and says what it found. */
export function VerifyActionLog() {
  const { verify, result, loading, error } = useVerifyActionLog();
  return (
    <Stack gap="xs" align="flex-start">
      <Button variant="default" onClick={verify} loading={loading}>
        Verify the action log
      </Button>
      <div role="status" aria-live="polite">
        {error ? (
          <Text c="red.8">{toUserError(error).message}</Text>
        ) : result?.ok ? (
          <Alert color="green" title="The action log is intact">
            All {result.checkedCount} {result.checkedCount === 1 ? 'entry' : 'entries'} match their
            hashes and follow one another: nothing has been changed or removed.
          </Alert>
        ) : result?.firstBreak ? (
          <Alert color="red" title="The action log has been tampered with">
            {result.firstBreak.message}: entry {result.firstBreak.sequence} (checked{' '}
            {result.checkedCount}). Tell your administrator; entries after it cannot be trusted
            until this is explained.
          </Alert>
        ) : null}
      </div>
    </Stack>
  );
}
