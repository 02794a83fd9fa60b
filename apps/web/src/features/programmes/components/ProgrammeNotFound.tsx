import { Button } from '@mantine/core';
import { PageHeader } from '@lantern/ui';
import { Link } from 'react-router';

/** The API said NOT_FOUND: the programme was deleted, or the link is wrong or not yours. */
export function ProgrammeNotFound() {
  return (
    <PageHeader
      title="Programme not found"
      description="There is no programme at this address. It may have been deleted, or the link may be out of date."
      actions={
        <Button component={Link} to="/programmes">
          Go to all programmes
        </Button>
      }
    />
  );
}
