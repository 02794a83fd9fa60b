import { Skeleton, Stack } from '@mantine/core';
import { VisuallyHidden } from './VisuallyHidden';

export interface LoadingStateProps {
  /** What screen readers hear; also the region's accessible name. */
  label?: string;
  /** How many skeleton rows to draw. */
  rows?: number;
  /** Height of each row in pixels. */
  rowHeight?: number;
}

/** Placeholder rows while data loads, announced politely as "Loading…". */
export function LoadingState({ label = 'Loading…', rows = 3, rowHeight = 20 }: LoadingStateProps) {
  return (
    <div role="status" aria-live="polite" aria-label={label}>
      <VisuallyHidden>{label}</VisuallyHidden>
      <Stack gap="sm" aria-hidden="true">
        {Array.from({ length: rows }, (_, index) => (
          <Skeleton
            key={index}
            height={rowHeight}
            radius="sm"
            width={index === rows - 1 ? '70%' : '100%'}
          />
        ))}
      </Stack>
    </div>
  );
}
