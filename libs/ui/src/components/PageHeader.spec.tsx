import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithMantine } from '../test/render';
import { PageHeader } from './PageHeader';

describe('PageHeader', () => {
  it('renders the title as the level-one heading with its description and actions', () => {
    renderWithMantine(
      <PageHeader
        title="System status"
        description="Live health of the API."
        actions={<button type="button">Refresh</button>}
      />,
    );

    expect(screen.getByRole('heading', { level: 1, name: 'System status' })).toBeInTheDocument();
    expect(screen.getByText('Live health of the API.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Refresh' })).toBeInTheDocument();
  });

  it('leaves out the description and actions when not given', () => {
    const { container } = renderWithMantine(<PageHeader title="Programmes" />);

    expect(screen.getAllByRole('heading')).toHaveLength(1);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(container.querySelectorAll('p')).toHaveLength(0);
  });
});
