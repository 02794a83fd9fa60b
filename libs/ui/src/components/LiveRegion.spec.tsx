import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithMantine } from '../test/render';
import { LiveRegion } from './LiveRegion';

describe('LiveRegion', () => {
  it('is a polite, atomic status region that exists before it has a message', () => {
    const { rerender } = renderWithMantine(<LiveRegion />);

    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveAttribute('aria-atomic', 'true');
    expect(region).toBeEmptyDOMElement();

    rerender(<LiveRegion>Worker check succeeded in 37 ms</LiveRegion>);
    expect(screen.getByRole('status')).toHaveTextContent('Worker check succeeded in 37 ms');
  });

  it('can be assertive and visible', () => {
    renderWithMantine(
      <LiveRegion politeness="assertive" visuallyHidden={false}>
        Saved
      </LiveRegion>,
    );

    const region = screen.getByRole('alert');
    expect(region).toHaveAttribute('aria-live', 'assertive');
    expect(region).not.toHaveStyle({ position: 'absolute' });
  });
});
