import { Alert, AppShell, Burger, Container, Group } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { LoadingState } from '@lantern/ui';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { Outlet } from 'react-router';
import {
  OrganisationSwitcher,
  UserMenu,
  useSignOut,
  useSwitchOrganisation,
  useViewer,
} from '../features/auth';
import { useDevMailboxEnabled } from '../features/dev-mailbox';
import { MainNav } from './MainNav';
import { SkipLink } from './SkipLink';
import { Wordmark } from './Wordmark';

const NAVBAR_ID = 'app-navigation';

/**
 * The signed-in shell: header with wordmark, organisation switcher and account menu, the
 * navigation the role may use (a drawer on small screens) and main. Without a viewer (the
 * not-found page seen signed out) it has no switcher, menu or navigation items.
 */
export function AppLayout({ children }: { children?: ReactNode }) {
  const [navOpen, { toggle, close }] = useDisclosure(false);
  const burgerRef = useRef<HTMLButtonElement>(null);
  const wide = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  // On small screens the closed navbar slides off screen: keep its links out of the tab order.
  const navHidden = !wide && !navOpen;
  const { viewer, can } = useViewer();
  const { enabled: devMailboxEnabled } = useDevMailboxEnabled();
  const session = useSignOut();
  const organisation = useSwitchOrganisation();

  const handleNavKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape' && !wide && navOpen) {
      close();
      burgerRef.current?.focus();
    }
  };

  const handleSwitch = (organisationId: string) => {
    close();
    void organisation.switchTo(organisationId);
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
          <Group h="100%" px={{ base: 'xs', sm: 'md' }} gap="xs" wrap="nowrap">
            <Burger
              ref={burgerRef}
              opened={navOpen}
              onClick={toggle}
              hiddenFrom="sm"
              aria-label={navOpen ? 'Close navigation' : 'Open navigation'}
              aria-expanded={navOpen}
              aria-controls={NAVBAR_ID}
            />
            <Wordmark compact={viewer !== null} />
            {viewer ? (
              <Group gap={4} wrap="nowrap" ml="auto" style={{ minWidth: 0 }}>
                <OrganisationSwitcher
                  viewer={viewer}
                  switching={organisation.switching}
                  onSwitch={handleSwitch}
                />
                <UserMenu
                  viewer={viewer}
                  pending={session.pending}
                  error={session.everywhereError}
                  onSignOut={session.signOut}
                  onSignOutEverywhere={session.signOutEverywhere}
                  onClearError={session.clearError}
                />
              </Group>
            ) : null}
          </Group>
        </AppShell.Header>
        <AppShell.Navbar
          id={NAVBAR_ID}
          p="sm"
          aria-label="Main"
          inert={navHidden}
          onKeyDown={handleNavKeyDown}
        >
          <MainNav onNavigate={close} can={can} devMailboxEnabled={devMailboxEnabled} />
        </AppShell.Navbar>
        <AppShell.Main id="main" tabIndex={-1}>
          <Container size="lg" px={0}>
            {session.error && !session.pending ? (
              <Alert
                color="red"
                variant="light"
                title="You are still signed in"
                mb="md"
                withCloseButton
                closeButtonLabel="Dismiss"
                onClose={session.clearError}
              >
                {session.error}
              </Alert>
            ) : null}
            {organisation.error ? (
              <Alert
                color="red"
                variant="light"
                title="The organisation was not switched"
                mb="md"
                withCloseButton
                closeButtonLabel="Dismiss"
                onClose={organisation.clearError}
              >
                {organisation.error}
              </Alert>
            ) : null}
            {organisation.switching ? (
              <LoadingState label="Switching organisation…" rows={4} />
            ) : (
              (children ?? <Outlet />)
            )}
          </Container>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
