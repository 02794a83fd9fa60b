import { describe, expect, it } from 'vitest';
import { frameworkElementOptions } from './framework-options';

describe('frameworkElementOptions', () => {
  it('groups elements by framework, naming the framework only where labels repeat', () => {
    expect(
      frameworkElementOptions([
        {
          name: 'Manifesto',
          elements: [
            { id: 'a', label: 'Health and wellbeing' },
            { id: 'b', label: 'Social justice' },
          ],
        },
        { name: 'Empty', elements: [] },
        { name: 'Our aims', elements: [{ id: 'c', label: 'Health and wellbeing' }] },
      ]),
    ).toEqual([
      {
        group: 'Manifesto',
        items: [
          { value: 'a', label: 'Health and wellbeing (Manifesto)' },
          { value: 'b', label: 'Social justice' },
        ],
      },
      { group: 'Our aims', items: [{ value: 'c', label: 'Health and wellbeing (Our aims)' }] },
    ]);
  });
});
