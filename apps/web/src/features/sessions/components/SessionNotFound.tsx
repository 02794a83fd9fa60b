import { Button } from '@mantine/core';
import { PageHeader } from '@lantern/ui';
import { Link } from 'react-router';

/** The API said NOT_FOUND: the session was deleted, or the link is wrong or not yours. */
export function SessionNotFound() {
  return (
    <PageHeader
      title="Session not found"
      description="There is no session at this address. It may have been deleted, or the link may be out of date."
      actions={
        <Button component={Link} to="/sessions">
          Go to all sessions
        </Button>
      }
    />
  );
}
