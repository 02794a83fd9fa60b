import { Anchor, Box, Container, Group, Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, Outlet } from 'react-router';
import { useDevMailboxEnabled } from '../features/dev-mailbox';
import { SkipLink } from './SkipLink';
import { Wordmark } from './Wordmark';

export interface PublicLayoutProps {
  /** `wide` for pages with lists (the dev mailbox) rather than a single form. */
  width?: 'narrow' | 'wide';
  children?: ReactNode;
}

/** Signed-out pages: the wordmark and one centred card, with no app navigation. */
export function PublicLayout({ width = 'narrow', children }: PublicLayoutProps) {
  const { enabled: devMailboxEnabled } = useDevMailboxEnabled();
  return (
    <>
      <SkipLink targetId="main" />
      <Box bg="gray.0" mih="100dvh" py={{ base: 'lg', sm: 48 }} px={{ base: 'sm', sm: 'md' }}>
        <Container size={width === 'wide' ? 'md' : 460} px={0}>
          <Stack gap="lg">
            <Group component="header" justify="center">
              <Wordmark />
            </Group>
            <Paper
              component="main"
              id="main"
              tabIndex={-1}
              withBorder
              radius="md"
              shadow="xs"
              p={{ base: 'md', sm: 'xl' }}
            >
              {children ?? <Outlet />}
            </Paper>
            {devMailboxEnabled ? (
              <Group component="footer" justify="center">
                <Anchor component={Link} to="/dev-mailbox" size="sm">
                  Dev mailbox (local demo)
                </Anchor>
              </Group>
            ) : null}
          </Stack>
        </Container>
      </Box>
    </>
  );
}
