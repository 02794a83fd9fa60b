import { Anchor, Box, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { DateTimeText, EmptyState, LoadingState } from '@lantern/ui';
import { useId, useState } from 'react';
import type { DevMailboxQuery } from '../../../gql/graphql';
import { QueryErrorState } from '../../auth';
import { useDevMailbox } from '../hooks/useDevMailbox';
import { useDevMailboxEnabled } from '../hooks/useDevMailboxEnabled';

type Mail = DevMailboxQuery['devMailbox'][number];

const LINK_PATTERN = /^https?:\/\//i;

function MailItem({ mail }: { mail: Mail }) {
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const subjectId = useId();
  const links = mail.links.filter((link) => LINK_PATTERN.test(link));
  return (
    <Paper component="li" withBorder radius="md" p="md" aria-labelledby={subjectId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={3} size="h4" id={subjectId} style={{ overflowWrap: 'anywhere' }}>
            {mail.subject}
          </Title>
          <Text size="sm" c="dimmed">
            <DateTimeText value={mail.receivedAt} />
          </Text>
        </Group>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          To: {mail.to}
        </Text>
        <Group>
          <Button
            variant="default"
            size="sm"
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={() => setOpen((shown) => !shown)}
          >
            {open ? 'Hide message' : 'Show message'}
          </Button>
        </Group>
        <div id={bodyId} hidden={!open}>
          {open ? (
            <Stack gap="sm">
              {links.length > 0 ? (
                <Box>
                  <Text size="sm" fw={600}>
                    Links in this email
                  </Text>
                  <Stack component="ul" gap={4} m={0} pl="md">
                    {links.map((link, index) => (
                      <li key={`${index}-${link}`}>
                        <Anchor href={link} size="sm" style={{ overflowWrap: 'anywhere' }}>
                          {link}
                        </Anchor>
                      </li>
                    ))}
                  </Stack>
                </Box>
              ) : null}
              <Code
                block
                style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                aria-label={`Text of "${mail.subject}"`}
              >
                {mail.text}
              </Code>
            </Stack>
          ) : null}
        </div>
      </Stack>
    </Paper>
  );
}

const LIST_HEADING_ID = 'dev-mailbox-heading';

function Mailbox() {
  const { mails, loading, refreshing, error, refresh } = useDevMailbox({ enabled: true });

  let content;
  if (loading) {
    content = <LoadingState label="Loading caught emails…" rows={4} />;
  } else if (error && mails.length === 0) {
    content = <QueryErrorState error={error} onRetry={refresh} retrying={refreshing} />;
  } else if (mails.length === 0) {
    content = (
      <EmptyState
        title="No emails yet."
        description="Emails that Lantern sends, such as invitations and password reset links, appear here within a few seconds."
      />
    );
  } else {
    content = (
      <Stack
        component="ul"
        role="list"
        aria-labelledby={LIST_HEADING_ID}
        gap="sm"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
      >
        {mails.map((mail) => (
          <MailItem key={mail.id} mail={mail} />
        ))}
      </Stack>
    );
  }

  return (
    <Stack component="section" aria-labelledby={LIST_HEADING_ID} gap="md">
      <Group justify="space-between" align="center" gap="sm">
        <Title order={2} id={LIST_HEADING_ID}>
          Caught emails
        </Title>
        <Button variant="default" size="sm" onClick={refresh} loading={refreshing}>
          Refresh
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        Newest first. The list refreshes every 3 seconds while this page is open.
      </Text>
      {content}
    </Stack>
  );
}

/** The local demo's caught mail, or a plain explanation when the API has it turned off. */
export function DevMailboxSection() {
  const { enabled, loading, error, retry } = useDevMailboxEnabled();
  if (loading) {
    return <LoadingState label="Loading…" rows={3} />;
  }
  if (error) {
    return <QueryErrorState error={error} onRetry={retry} />;
  }
  if (!enabled) {
    return (
      <EmptyState
        title="The dev mailbox is turned off."
        description="It only runs in the local demo, where Lantern catches the emails it would send. In production, emails go to people's real inboxes."
      />
    );
  }
  return <Mailbox />;
}
