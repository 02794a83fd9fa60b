import { Button, Menu, Text } from '@mantine/core';
import { ConfirmDialog, VisuallyHidden } from '@lantern/ui';
import { useState } from 'react';
import type { Viewer } from '../hooks/useViewer';

export interface UserMenuProps {
  viewer: Viewer;
  pending: boolean;
  /** Why "Sign out everywhere" failed; shown in its dialog. */
  error: string | null;
  onSignOut: () => Promise<boolean>;
  onSignOutEverywhere: () => Promise<boolean>;
  onClearError: () => void;
}

export const SIGN_OUT_EVERYWHERE_WARNING =
  'This signs you out on every device, including this one.';

/** The signed-in person's name, with "Sign out" and "Sign out everywhere" (asks first). */
export function UserMenu({
  viewer,
  pending,
  error,
  onSignOut,
  onSignOutEverywhere,
  onClearError,
}: UserMenuProps) {
  const [confirming, setConfirming] = useState(false);

  return (
    <>
      <Menu position="bottom-end" shadow="md" withInitialFocusPlaceholder={false} width={240}>
        <Menu.Target>
          <Button
            variant="subtle"
            color="dark"
            px="xs"
            loading={pending && !confirming}
            styles={{ root: { minHeight: 44, maxWidth: '100%' }, label: { minWidth: 0 } }}
          >
            <VisuallyHidden>Account: </VisuallyHidden>
            <Text component="span" size="sm" truncate="end" maw={{ base: 90, sm: 200 }}>
              {viewer.user.name}
            </Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label role="presentation" style={{ overflowWrap: 'anywhere' }}>
            {viewer.user.email}
          </Menu.Label>
          <Menu.Item onClick={() => void onSignOut()}>Sign out</Menu.Item>
          <Menu.Item
            onClick={() => {
              onClearError();
              setConfirming(true);
            }}
          >
            Sign out everywhere
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ConfirmDialog
        opened={confirming}
        title="Sign out everywhere?"
        confirmLabel="Sign out everywhere"
        pending={pending}
        error={error}
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          void onSignOutEverywhere().then((signedOut) => {
            if (signedOut) {
              setConfirming(false);
            }
          });
        }}
      >
        {SIGN_OUT_EVERYWHERE_WARNING}
      </ConfirmDialog>
    </>
  );
}
