import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithMantine } from '../test/render';
import { DescriptionList } from './DescriptionList';

describe('DescriptionList', () => {
  it('pairs each term with its value in a description list', () => {
    const { container } = renderWithMantine(
      <DescriptionList
        items={[
          { term: 'Waiting', value: 3 },
          { term: 'Workers online', value: 1 },
        ]}
      />,
    );

    const list = container.querySelector('dl');
    expect(list).not.toBeNull();
    const terms = within(list as HTMLElement).getAllByRole('term');
    const values = within(list as HTMLElement).getAllByRole('definition');
    expect(terms.map((term) => term.textContent)).toEqual(['Waiting', 'Workers online']);
    expect(values.map((value) => value.textContent)).toEqual(['3', '1']);
    expect(screen.getByText('Workers online').nextElementSibling).toHaveTextContent('1');
  });
});
