import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/** A table that scrolls sideways on narrow screens; focusable so keyboard users can scroll it. */
export function ScrollRegion({
  label,
  minWidth,
  children,
}: {
  label: string;
  minWidth: number;
  children: ReactNode;
}) {
  return (
    <Box
      role="region"
      aria-label={label}
      tabIndex={0}
      style={{ overflowX: 'auto', position: 'relative' }}
      data-scroll-region
    >
      <Box miw={minWidth}>{children}</Box>
    </Box>
  );
}
