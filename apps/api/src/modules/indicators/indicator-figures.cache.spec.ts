import { describe, expect, it, vi } from 'vitest';
import { IndicatorFiguresCache } from './indicator-figures.cache';
import type { BuiltInFigures } from './indicator-values.repository';

const figures = (n: number) => ({ total: { n } }) as unknown as BuiltInFigures;

describe('IndicatorFiguresCache', () => {
  it('computes a key once, and again after a failure', async () => {
    const cache = new IndicatorFiguresCache();
    const compute = vi.fn().mockRejectedValueOnce(new Error('down')).mockResolvedValue(figures(1));
    await expect(cache.get('k', compute)).rejects.toThrow('down');
    await expect(cache.get('k', compute)).resolves.toEqual(figures(1));
    await expect(cache.get('k', compute)).resolves.toEqual(figures(1));
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('forgets the least recently used beyond its size', async () => {
    const cache = new IndicatorFiguresCache(2);
    await cache.get('a', async () => figures(1));
    await cache.get('b', async () => figures(2));
    await cache.get('a', async () => figures(9)); // a is used again: b is now the oldest
    await cache.get('c', async () => figures(3));
    expect(cache.size).toBe(2);
    expect(await cache.get('a', async () => figures(9))).toEqual(figures(1));
    expect(await cache.get('b', async () => figures(8))).toEqual(figures(8));
  });
});
