import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The meaning of a status, independent of any feature. Each tone has a colour AND a distinct
 * icon shape, and the badge always shows text, so colour is never the only signal.
 */
export type StatusTone = 'neutral' | 'pending' | 'progress' | 'success' | 'warning' | 'danger';

const toneColour: Record<StatusTone, string> = {
  neutral: 'gray',
  pending: 'gray',
  progress: 'blue',
  success: 'green',
  warning: 'yellow',
  danger: 'red',
};

function ToneIcon({ tone }: { tone: StatusTone }) {
  let shape: ReactNode;
  switch (tone) {
    case 'neutral':
      shape = <circle cx="8" cy="8" r="3.5" fill="currentColor" />;
      break;
    case 'pending':
      // A clock face: waiting for its turn.
      shape = (
        <>
          <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path
            d="M8 4.5V8l2.5 1.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
          />
        </>
      );
      break;
    case 'progress':
      // A half-filled circle: under way.
      shape = (
        <>
          <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M8 2a6 6 0 0 1 0 12z" fill="currentColor" />
        </>
      );
      break;
    case 'success':
      shape = (
        <path
          d="M3 8.5l3.2 3.2L13 4.8"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      );
      break;
    case 'warning':
      shape = (
        <>
          <path
            d="M8 1.8L14.6 13.5H1.4z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinejoin="round"
          />
          <path d="M8 6v3.6" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
          <circle cx="8" cy="11.6" r="0.9" fill="currentColor" />
        </>
      );
      break;
    case 'danger':
      shape = (
        <path
          d="M4 4l8 8M12 4l-8 8"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      );
      break;
  }
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      data-icon={tone}
    >
      {shape}
    </svg>
  );
}

export interface StatusBadgeProps {
  tone: StatusTone;
  /** The status in words, such as "Succeeded". Always shown. */
  label: string;
  size?: 'sm' | 'md' | 'lg';
}

/** A status shown as text with a tone-specific colour and icon shape. */
export function StatusBadge({ tone, label, size = 'lg' }: StatusBadgeProps) {
  return (
    <Badge
      variant="light"
      color={toneColour[tone]}
      size={size}
      radius="sm"
      tt="none"
      fw={600}
      leftSection={<ToneIcon tone={tone} />}
      data-tone={tone}
      // The label never truncates: the status must always be readable in full.
      styles={{ label: { overflow: 'visible' } }}
      style={{ border: '1px solid currentColor', flexShrink: 0 }}
    >
      {label}
    </Badge>
  );
}
