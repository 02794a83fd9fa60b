import { Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { toUserError } from '../lib/errors';

export interface ErrorFallbackProps {
  error: unknown;
  /** Defaults to reloading the page. */
  onReload?: () => void;
}

function reloadPage() {
  window.location.reload();
}

// After a release, an open tab may ask for a route chunk that no longer exists.
function isStaleChunkError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|error loading dynamically imported module/i.test(
      error.message,
    )
  );
}

/** What people see when a page crashes: a plain explanation, Reload, and details on request. */
export function ErrorFallback({ error, onReload = reloadPage }: ErrorFallbackProps) {
  const detailsId = useId();
  const [showDetails, setShowDetails] = useState(false);
  const userError = toUserError(error);
  const staleChunk = isStaleChunkError(error);

  return (
    <Stack gap="md" maw="65ch" py="xl">
      <Title order={1}>{staleChunk ? 'Lantern has been updated' : 'Something went wrong'}</Title>
      <Text>
        {staleChunk
          ? 'A newer version of Lantern is available. Reload the page to carry on.'
          : 'Sorry, this page could not be shown. Reloading usually fixes it. If it keeps happening, contact support and include the technical details below.'}
      </Text>
      <Group gap="sm">
        <Button onClick={onReload}>Reload</Button>
        <Button
          variant="default"
          aria-expanded={showDetails}
          aria-controls={detailsId}
          onClick={() => setShowDetails((shown) => !shown)}
        >
          {showDetails ? 'Hide technical details' : 'Show technical details'}
        </Button>
      </Group>
      <div id={detailsId} hidden={!showDetails}>
        {showDetails ? (
          <Stack gap="xs">
            {userError.correlationId ? (
              <Text size="sm">
                Reference: <Code>{userError.correlationId}</Code>
              </Text>
            ) : null}
            <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {userError.detail}
            </Code>
          </Stack>
        ) : null}
      </div>
    </Stack>
  );
}
