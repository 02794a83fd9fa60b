import type { ReactNode } from 'react';
import { visuallyHiddenStyle } from './VisuallyHidden';

export interface LiveRegionProps {
  /** The message to announce. Changing it announces the new text; empty announces nothing. */
  children?: ReactNode;
  /** `polite` waits for the screen reader to finish; `assertive` interrupts (use sparingly). */
  politeness?: 'polite' | 'assertive';
  /** Hidden from view by default: the outcome is usually visible elsewhere on the page. */
  visuallyHidden?: boolean;
  id?: string;
}

/**
 * A region whose changes screen readers announce. Render it from the start (even empty) so
 * that assistive technology is already watching it when the message arrives.
 */
export function LiveRegion({
  children,
  politeness = 'polite',
  visuallyHidden = true,
  id,
}: LiveRegionProps) {
  return (
    <div
      id={id}
      role={politeness === 'assertive' ? 'alert' : 'status'}
      aria-live={politeness}
      aria-atomic="true"
      style={visuallyHidden ? visuallyHiddenStyle : undefined}
    >
      {children}
    </div>
  );
}
