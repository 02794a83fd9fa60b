import { NavLink as MantineNavLink, Stack } from '@mantine/core';
import { NavLink as RouterNavLink, useMatch } from 'react-router';

/** The app's sections. Later issues add programmes, sessions and dashboards here. */
export const NAV_ITEMS = [{ to: '/status', label: 'System status' }] as const;

function NavItem({ to, label, onNavigate }: { to: string; label: string; onNavigate: () => void }) {
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

export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  return (
    <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {NAV_ITEMS.map((item) => (
        <li key={item.to}>
          <NavItem to={item.to} label={item.label} onNavigate={onNavigate} />
        </li>
      ))}
    </Stack>
  );
}
