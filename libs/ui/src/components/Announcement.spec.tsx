import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithMantine } from '../test/render';
import { Announcement } from './Announcement';

describe('Announcement', () => {
  it('is an empty polite status region until there is a message, then shows it', () => {
    const { rerender } = renderWithMantine(<Announcement message={null} />);

    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toBeEmptyDOMElement();

    rerender(<Announcement message="Settings saved." />);
    expect(screen.getByRole('status')).toHaveTextContent('Settings saved.');
    expect(screen.getByText('Settings saved.')).toBeVisible();
  });
});
