import { Button, TextInput, type TextInputProps } from '@mantine/core';
import { forwardRef, useState } from 'react';

export interface PasswordFieldProps extends Omit<TextInputProps, 'type' | 'rightSection'> {
  /** `current-password` to sign in, `new-password` to choose one (lets managers suggest one). */
  autoComplete: 'current-password' | 'new-password';
}

/**
 * A password input with a "Show" / "Hide" button that works with the mouse, Enter and Space.
 * (Mantine's PasswordInput toggle is out of the tab order and ignores Enter.)
 */
export const PasswordField = forwardRef<HTMLInputElement, PasswordFieldProps>(
  function PasswordField({ label, ...props }, ref) {
    const [visible, setVisible] = useState(false);
    const name = typeof label === 'string' ? label.toLowerCase() : 'password';
    return (
      <TextInput
        ref={ref}
        label={label}
        {...props}
        type={visible ? 'text' : 'password'}
        spellCheck={false}
        autoCapitalize="none"
        rightSectionWidth={72}
        rightSectionPointerEvents="all"
        rightSection={
          <Button
            type="button"
            variant="subtle"
            size="compact-sm"
            onClick={() => setVisible((shown) => !shown)}
            aria-label={`${visible ? 'Hide' : 'Show'} ${name}`}
          >
            {visible ? 'Hide' : 'Show'}
          </Button>
        }
      />
    );
  },
);
