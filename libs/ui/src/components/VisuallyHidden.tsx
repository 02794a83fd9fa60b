import type { CSSProperties, ReactNode } from 'react';

// The standard "screen-reader only" pattern: present in the accessibility tree, not on screen.
export const visuallyHiddenStyle: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

export interface VisuallyHiddenProps {
  children: ReactNode;
  /** Render a `div` instead of a `span` when the content is block-level. */
  as?: 'span' | 'div';
  id?: string;
}

/** Content for assistive technology only, such as extra context for an icon or a dash. */
export function VisuallyHidden({ children, as: Component = 'span', id }: VisuallyHiddenProps) {
  return (
    <Component id={id} style={visuallyHiddenStyle}>
      {children}
    </Component>
  );
}
