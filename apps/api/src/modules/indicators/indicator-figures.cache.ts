import { Injectable } from '@nestjs/common';
import type { BuiltInFigures } from './indicator-values.repository';

/** How many computed figure sets one process keeps (least recently used go first). */
const MAX_ENTRIES = 500;

/**
 * Built-in figures already computed, keyed by the museum's data version (see
 * IndicatorDataChangeEntity), window, scope and breakdown: a dashboard read again, by anyone,
 * before the museum's sessions change costs one index look-up instead of the aggregate. Only
 * raw figures are kept: suppression, targets and RAG are applied on every read.
 */
@Injectable()
export class IndicatorFiguresCache {
  private readonly entries = new Map<string, Promise<BuiltInFigures>>();

  constructor(private readonly maxEntries = MAX_ENTRIES) {}

  get(key: string, compute: () => Promise<BuiltInFigures>): Promise<BuiltInFigures> {
    const found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    const pending = compute();
    this.entries.set(key, pending);
    pending.catch(() => this.entries.delete(key));
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return pending;
  }

  get size(): number {
    return this.entries.size;
  }
}
