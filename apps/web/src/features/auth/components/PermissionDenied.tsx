import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { PageHeader } from '@lantern/ui';
import { Link } from 'react-router';
import { usePageTitle } from '../../../lib/page-title';

export const PERMISSION_DENIED_TITLE = "You don't have permission";
const EXPLANATION =
  'Your role in this organisation does not include this. Ask an admin in your organisation if you need access.';

/** A whole page the viewer's role may not use: its own h1 and title. */
export function PermissionDeniedPage() {
  usePageTitle(PERMISSION_DENIED_TITLE);
  return (
    <>
      <PageHeader title={PERMISSION_DENIED_TITLE} description={EXPLANATION} />
      <Button component={Link} to="/" variant="default">
        Go to the home page
      </Button>
    </>
  );
}

/** Part of a page the API refused (FORBIDDEN): shown in place of that part, under the page's h1. */
export function PermissionDeniedPanel({ headingOrder = 2 }: { headingOrder?: 2 | 3 }) {
  return (
    <Paper withBorder radius="md" p="md" role="region" aria-label={PERMISSION_DENIED_TITLE}>
      <Stack gap="xs">
        <Title order={headingOrder} size="h4">
          {PERMISSION_DENIED_TITLE}
        </Title>
        <Text size="sm">{EXPLANATION}</Text>
      </Stack>
    </Paper>
  );
}
