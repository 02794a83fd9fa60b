import { AppShell, Burger, Container, Group, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useRef, type KeyboardEvent } from 'react';
import { Link, Outlet } from 'react-router';
import { MainNav } from './MainNav';
import { SkipLink } from './SkipLink';

const NAVBAR_ID = 'app-navigation';

function LanternMark() {
  return (
    <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="var(--mantine-primary-color-filled)" />
      <path d="M12 7h8M13 7v3M19 7v3" stroke="#fff" strokeWidth="2" strokeLinecap="round" />
      <path
        d="M10.5 11h11l-1 13.5a1.5 1.5 0 0 1-1.5 1.5h-6a1.5 1.5 0 0 1-1.5-1.5z"
        fill="none"
        stroke="#fff"
        strokeWidth="2"
        strokeLinejoin="round"
      />
      <path d="M16 15.5c1.6 1.5 2 2.7 2 3.7a2 2 0 0 1-4 0c0-1 .4-2.2 2-3.7z" fill="#f5d985" />
    </svg>
  );
}

/** The app shell: header with wordmark, navigation (a drawer on small screens) and main. */
export function AppLayout() {
  const [navOpen, { toggle, close }] = useDisclosure(false);
  const burgerRef = useRef<HTMLButtonElement>(null);
  const wide = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  // On small screens the closed navbar slides off screen: keep its links out of the tab order.
  const navHidden = !wide && !navOpen;

  const handleNavKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape' && !wide && navOpen) {
      close();
      burgerRef.current?.focus();
    }
  };

  return (
    <>
      <SkipLink targetId="main" />
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
        padding={{ base: 'md', sm: 'lg' }}
      >
        <AppShell.Header>
          <Group h="100%" px="md" gap="sm" wrap="nowrap">
            <Burger
              ref={burgerRef}
              opened={navOpen}
              onClick={toggle}
              hiddenFrom="sm"
              aria-label={navOpen ? 'Close navigation' : 'Open navigation'}
              aria-expanded={navOpen}
              aria-controls={NAVBAR_ID}
            />
            <UnstyledButton
              component={Link}
              to="/"
              aria-label="Lantern home"
              style={{ display: 'flex', alignItems: 'center', gap: 8, minHeight: 44 }}
            >
              <LanternMark />
              <Text component="span" fw={700} fz="xl" c="lantern.8" lh={1}>
                Lantern
              </Text>
            </UnstyledButton>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar
          id={NAVBAR_ID}
          p="sm"
          aria-label="Main"
          inert={navHidden}
          onKeyDown={handleNavKeyDown}
        >
          <MainNav onNavigate={close} />
        </AppShell.Navbar>
        <AppShell.Main id="main" tabIndex={-1}>
          <Container size="lg" px={0}>
            <Outlet />
          </Container>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
