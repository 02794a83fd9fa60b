import { Button, NavLink as MantineNavLink, Stack } from '@mantine/core';
import type { Permission } from '@lantern/domain';
import { NavLink as RouterNavLink, useMatch } from 'react-router';

export interface NavItem {
  to: string;
  label: string;
  /** Shown only to roles with this permission. */
  permission?: Permission;
  /** Shown only when this is true (e.g. the dev mailbox in the local demo). */
  when?: 'devMailbox';
}

/** The app's sections, in order. Later issues add programmes, sessions and dashboards here. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/programmes', label: 'Programmes', permission: 'programmes.read' },
  { to: '/sessions', label: 'Sessions', permission: 'programmes.read' },
  { to: '/partners', label: 'Partners', permission: 'programmes.read' },
  { to: '/imports', label: 'Import', permission: 'sessions.write' },
  { to: '/indicators', label: 'Indicators', permission: 'dashboards.read' },
  { to: '/results', label: 'Results', permission: 'dashboards.read' },
  { to: '/surveys', label: 'Surveys', permission: 'surveys.manage' },
  { to: '/evidence', label: 'Evidence', permission: 'dashboards.read' },
  { to: '/commitments', label: 'Commitments', permission: 'dashboards.read' },
  { to: '/coverage', label: 'Coverage', permission: 'dashboards.read' },
  { to: '/members', label: 'Members', permission: 'members.read' },
  { to: '/settings', label: 'Settings', permission: 'organisation.read' },
  { to: '/lookups', label: 'Lookups', permission: 'lookups.manage' },
  { to: '/audit', label: 'Audit log', permission: 'audit.read' },
  { to: '/status', label: 'System status', permission: 'system.manage' },
  { to: '/dev-mailbox', label: 'Dev mailbox', when: 'devMailbox' },
];

export interface MainNavProps {
  onNavigate: () => void;
  can: (permission: Permission) => boolean;
  devMailboxEnabled: boolean;
}

/** The items the viewer's role may use. */
export function visibleNavItems({ can, devMailboxEnabled }: Omit<MainNavProps, 'onNavigate'>) {
  return NAV_ITEMS.filter(
    (item) =>
      (item.permission === undefined || can(item.permission)) &&
      (item.when !== 'devMailbox' || devMailboxEnabled),
  );
}

function NavItemLink({
  to,
  label,
  onNavigate,
}: {
  to: string;
  label: string;
  onNavigate: () => void;
}) {
  const active = useMatch({ path: to, end: false }) !== null;
  // react-router's NavLink sets aria-current="page" on the current page's link.
  return (
    <MantineNavLink
      component={RouterNavLink}
      to={to}
      label={label}
      active={active}
      variant="light"
      onClick={onNavigate}
      styles={{ root: { borderRadius: 'var(--mantine-radius-md)', minHeight: 44 } }}
    />
  );
}

export function MainNav({ onNavigate, can, devMailboxEnabled }: MainNavProps) {
  return (
    <Stack gap="sm">
      {/* The learning team's most frequent task, first and prominent. */}
      {can('sessions.write') ? (
        <Button component={RouterNavLink} to="/sessions/log" onClick={onNavigate} fullWidth>
          Log a session
        </Button>
      ) : null}
      <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {visibleNavItems({ can, devMailboxEnabled }).map((item) => (
          <li key={item.to}>
            <NavItemLink to={item.to} label={item.label} onNavigate={onNavigate} />
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
