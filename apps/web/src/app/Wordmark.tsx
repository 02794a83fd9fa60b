import { Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';

export function LanternMark() {
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

export interface WordmarkProps {
  /** Hide the word below the `xs` breakpoint, leaving the mark (the link keeps its name). */
  compact?: boolean;
}

/** The Lantern mark and name, linking to the home page. */
export function Wordmark({ compact = false }: WordmarkProps) {
  return (
    <UnstyledButton
      component={Link}
      to="/"
      aria-label="Lantern home"
      style={{ display: 'flex', alignItems: 'center', gap: 8, minHeight: 44, flexShrink: 0 }}
    >
      <LanternMark />
      <Text
        component="span"
        fw={700}
        fz="xl"
        c="lantern.8"
        lh={1}
        visibleFrom={compact ? 'xs' : undefined}
      >
        Lantern
      </Text>
    </UnstyledButton>
  );
}
