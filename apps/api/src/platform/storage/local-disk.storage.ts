import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { access, mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertStorageKey, Storage, StoredFileNotFoundError } from './storage';

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

/**
 * Files on the local disk under one directory (STORAGE_DIR). Writes go to a temporary file
 * beside the target and are renamed into place once complete, so readers never see half a
 * file and an aborted upload leaves nothing. API and worker must see the same directory.
 */
export class LocalDiskStorage extends Storage {
  constructor(readonly root: string) {
    super();
  }

  private pathOf(key: string): string {
    return join(this.root, ...assertStorageKey(key).split('/'));
  }

  async put(key: string, body: Readable): Promise<{ byteSize: number }> {
    const target = this.pathOf(key);
    // The body may already be flowing (and failing) while the directory is made.
    let early: { error: unknown } | null = null;
    const onEarlyError = (error: unknown) => {
      early ??= { error };
    };
    body.on('error', onEarlyError);
    const temporary = `${target}.${randomBytes(6).toString('hex')}.partial`;
    let out: WriteStream | null = null;
    try {
      await mkdir(dirname(target), { recursive: true });
      body.off('error', onEarlyError);
      if (early) throw (early as { error: unknown }).error;
      out = createWriteStream(temporary, { flags: 'wx' });
      await pipeline(body, out);
      const { size } = await stat(temporary);
      await rename(temporary, target);
      return { byteSize: size };
    } catch (error) {
      body.off('error', onEarlyError);
      body.destroy();
      // The file is opened asynchronously: wait until the stream has closed, or the
      // temporary file could appear after it was removed.
      if (out && !out.closed) {
        const closing = out;
        await new Promise<void>((resolve) => {
          closing.once('close', () => resolve());
          closing.destroy();
        });
      }
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
    // Open before handing the stream over, so a missing file is a rejection here rather
    // than an error event on a stream the caller may not be listening to yet.
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', (error) =>
        reject(isMissing(error) ? new StoredFileNotFoundError(key) : error),
      );
    });
    return stream;
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      await access(this.pathOf(key));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }
}
