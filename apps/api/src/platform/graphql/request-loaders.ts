import DataLoader from 'dataloader';
import type { Request } from 'express';

const LOADERS = Symbol('lantern.loaders');

/**
 * DataLoaders live for one request (so nothing leaks between users or museums) and are
 * created on first use. Field resolvers load through them instead of querying.
 */
export function requestLoader<K, V>(
  req: Request,
  name: string,
  batch: (keys: readonly K[]) => Promise<Array<V | Error>>,
): DataLoader<K, V> {
  const holder = req as Request & { [LOADERS]?: Map<string, DataLoader<unknown, unknown>> };
  holder[LOADERS] ??= new Map();
  let loader = holder[LOADERS].get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch);
    holder[LOADERS].set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Orders batch results to match the keys, with null for anything missing. */
export function byKeys<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): Array<T | null> {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}
