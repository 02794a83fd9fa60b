import type { Readable } from 'node:stream';

/** Raised by `Storage.get` when nothing is stored under the key. */
export class StoredFileNotFoundError extends Error {
  override readonly name = 'StoredFileNotFoundError';

  constructor(readonly key: string) {
    super(`No stored file under ${key}`);
  }
}

/**
 * Where uploaded and generated files live (import spreadsheets; later evidence and reports),
 * by key: a relative path of lower-case letters, digits, `-`, `_` and `.` segments joined by
 * `/` (for example `imports/<organisation id>/<import id>`). Files are streamed both ways, so
 * a large upload is never held in memory. An abstract class so it is its own injection token
 * and a test can swap in another implementation.
 */
export abstract class Storage {
  /**
   * Stores everything `body` yields under `key`, replacing any earlier file only once the
   * whole body has arrived: a failed or aborted upload leaves nothing behind. Resolves with
   * the number of bytes stored.
   */
  abstract put(key: string, body: Readable): Promise<{ byteSize: number }>;

  /** The stored bytes as a stream; rejects with StoredFileNotFoundError when there are none. */
  abstract get(key: string): Promise<Readable>;

  /** Removes the file; removing a missing file is not an error. */
  abstract delete(key: string): Promise<void>;

  abstract exists(key: string): Promise<boolean>;
}

const KEY = /^[a-z0-9_-][a-z0-9._-]*(?:\/[a-z0-9_-][a-z0-9._-]*)*$/;

/** Throws unless `key` is a safe relative key (no `..`, no leading `/`, no upper case). */
export function assertStorageKey(key: string): string {
  if (key.length > 500 || !KEY.test(key) || key.split('/').some((part) => /^\.+$/.test(part))) {
    throw new Error(`Not a storage key: ${JSON.stringify(key.slice(0, 100))}`);
  }
  return key;
}
