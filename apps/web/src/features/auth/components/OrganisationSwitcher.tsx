import { Button, Menu, Text } from '@mantine/core';
import { ROLE_LABELS, type Role } from '@lantern/domain';
import { VisuallyHidden } from '@lantern/ui';
import type { Viewer } from '../hooks/useViewer';

export interface OrganisationSwitcherProps {
  viewer: Viewer;
  switching: boolean;
  onSwitch: (organisationId: string) => void;
}

function Chevron() {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d="M2.5 4.5 6 8l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}

/**
 * The current organisation's name; with more than one membership, a menu to switch to another.
 * The visible name is part of the button's accessible name ("Current organisation: …").
 */
export function OrganisationSwitcher({ viewer, switching, onSwitch }: OrganisationSwitcherProps) {
  const current = viewer.organisation;
  const name = current?.name ?? 'No organisation';
  const label = (
    <Text component="span" fw={600} size="sm" truncate="end" maw={{ base: 110, sm: 220 }}>
      {name}
    </Text>
  );

  if (viewer.memberships.length < 2) {
    return (
      <Text component="p" m={0} size="sm" style={{ display: 'flex', minWidth: 0 }}>
        <VisuallyHidden>Current organisation: </VisuallyHidden>
        {label}
      </Text>
    );
  }

  return (
    <Menu position="bottom-end" shadow="md" withInitialFocusPlaceholder={false} width={280}>
      <Menu.Target>
        <Button
          variant="subtle"
          color="dark"
          px="xs"
          rightSection={<Chevron />}
          loading={switching}
          styles={{ root: { minHeight: 44, maxWidth: '100%' }, label: { minWidth: 0 } }}
        >
          <VisuallyHidden>Current organisation: </VisuallyHidden>
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label role="presentation">Switch organisation</Menu.Label>
        {viewer.memberships.map((membership) => {
          const isCurrent = membership.organisation.id === current?.id;
          return (
            <Menu.Item
              key={membership.organisation.id}
              disabled={isCurrent}
              onClick={() => onSwitch(membership.organisation.id)}
              aria-current={isCurrent ? 'true' : undefined}
            >
              <Text component="span" size="sm" fw={600} display="block">
                {membership.organisation.name}
              </Text>
              <Text component="span" size="xs" c="dimmed" display="block">
                {ROLE_LABELS[membership.role as Role]}
                {isCurrent ? ' · current' : ''}
              </Text>
            </Menu.Item>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
}
