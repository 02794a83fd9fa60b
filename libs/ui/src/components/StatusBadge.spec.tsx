import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithMantine } from '../test/render';
import { StatusBadge, type StatusTone } from './StatusBadge';

describe('StatusBadge', () => {
  it('shows the status as text', () => {
    renderWithMantine(<StatusBadge tone="success" label="Succeeded" />);

    expect(screen.getByText('Succeeded')).toBeVisible();
  });

  it('gives every tone its own colour and icon shape', () => {
    const tones: StatusTone[] = ['neutral', 'pending', 'progress', 'success', 'warning', 'danger'];
    const { container } = renderWithMantine(
      <>
        {tones.map((tone) => (
          <StatusBadge key={tone} tone={tone} label={tone} />
        ))}
      </>,
    );

    const icons = [...container.querySelectorAll('svg')];
    expect(icons.map((icon) => icon.getAttribute('data-icon'))).toEqual(tones);
    // Icons are decoration: the text carries the meaning for assistive technology.
    icons.forEach((icon) => expect(icon).toHaveAttribute('aria-hidden', 'true'));
    const shapes = new Set(icons.map((icon) => icon.innerHTML));
    expect(shapes.size).toBe(tones.length);

    const colourOf = (tone: string) =>
      screen.getByText(tone).closest('[data-tone]')?.getAttribute('style') ?? '';
    expect(colourOf('success')).toContain('green');
    expect(colourOf('danger')).toContain('red');
    expect(colourOf('progress')).toContain('blue');
  });
});
