import { Button } from '@mantine/core';
import { PageHeader } from '@lantern/ui';
import { Link } from 'react-router';
import { usePageTitle } from '../lib/page-title';

export function NotFoundRoute() {
  usePageTitle('Page not found');
  return (
    <PageHeader
      title="Page not found"
      description="There is no page at this address. It may have moved, or the link may have a typo."
      actions={
        <Button component={Link} to="/">
          Go to the home page
        </Button>
      }
    />
  );
}
