import { createHash } from 'node:crypto';
import { type Readable, Transform, type TransformCallback } from 'node:stream';
import {
  type ColumnMapping,
  createFileFingerprinter,
  isBlankOrTotalRow,
  type ImportRowError,
  type NormalisedActivityRow,
  normaliseRow,
} from '@lantern/domain';
import { fingerprintHash, type ImportAnalysis } from './import-analysis';
import {
  DEFAULT_READER_LIMITS,
  FORMAT_SNIFF_BYTES,
  readSheet,
  type ReaderLimits,
  type SheetFormat,
} from './readers';
import { tooLarge } from './readers/sheet-headers';

/** The stored file is not the one that was checked: its SHA-256 differs. */
export class FileChangedError extends Error {
  override readonly name = 'FileChangedError';

  constructor() {
    super('The stored file has changed since it was uploaded: upload it again');
  }
}

/**
 * Passes an upload through while counting its bytes, hashing them (SHA-256) and keeping the
 * first FORMAT_SNIFF_BYTES for detectFormat; fails with TOO_LARGE past `maxBytes`.
 */
export class UploadInspector extends Transform {
  private readonly hash = createHash('sha256');
  private readonly headChunks: Buffer[] = [];
  private headLength = 0;
  byteSize = 0;

  constructor(private readonly limits: ReaderLimits) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.byteSize += chunk.length;
    if (this.byteSize > this.limits.maxBytes) {
      done(tooLarge(this.limits));
      return;
    }
    this.hash.update(chunk);
    if (this.headLength < FORMAT_SNIFF_BYTES) {
      this.headChunks.push(chunk);
      this.headLength += chunk.length;
    }
    done(null, chunk);
  }

  get head(): Buffer {
    return Buffer.concat(this.headChunks).subarray(0, FORMAT_SNIFF_BYTES);
  }

  /** Hex SHA-256 of everything that went through; call once, after the end. */
  sha256(): string {
    return this.hash.digest('hex');
  }
}

/** Hex SHA-256 of a stream's bytes. */
export async function sha256Of(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Counts the bytes going by, for a progress estimate while the row count is not yet known. */
class ByteCounter extends Transform {
  bytes = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    done(null, chunk);
  }
}

export interface ScannedRow {
  row: NormalisedActivityRow;
  /** fingerprintHash of the row's fingerprint within the file. */
  hash: string;
}

export interface ScanOptions {
  format: SheetFormat;
  byteSize: number;
  mapping: ColumnMapping;
  analysis: ImportAnalysis;
  /**
   * Further checks of a row that normalised cleanly (e.g. its date is not in a locked
   * period): errors make it an invalid row like any other.
   */
  checkRow?: (row: NormalisedActivityRow) => ImportRowError[];
  /** Valid rows are handed over in batches of this size (the last may be smaller). */
  batchSize: number;
  onBatch: (rows: ScannedRow[]) => Promise<void>;
  /** Called about every `progressEvery` rows with rows read and the file's (estimated) total. */
  onProgress: (processedRows: number, estimatedTotal: number) => Promise<void>;
  progressEvery?: number;
  limits?: Partial<ReaderLimits>;
}

/**
 * Streams a stored spreadsheet through the normalisers: every data row is tallied in the
 * analysis (errors included), blank and totals rows are skipped, valid rows go to `onBatch`
 * with their fingerprint hash. Memory stays flat: one batch at a time.
 */
export async function scanImportFile(
  source: Readable,
  options: ScanOptions,
): Promise<{ processedRows: number }> {
  const counter = new ByteCounter();
  source.on('error', (error) => counter.destroy(error));
  source.pipe(counter);
  const sheet = await readSheet(options.format, counter, {
    ...DEFAULT_READER_LIMITS,
    ...options.limits,
  });
  const fingerprint = createFileFingerprinter();
  const every = options.progressEvery ?? 1000;
  let batch: ScannedRow[] = [];
  let processedRows = 0;
  try {
    for await (const { rowNumber, values } of sheet.rows) {
      processedRows += 1;
      if (isBlankOrTotalRow(values)) {
        options.analysis.skip();
      } else {
        const normalised = normaliseRow(values, options.mapping, rowNumber);
        const extra = normalised.ok && options.checkRow ? options.checkRow(normalised.row) : [];
        const result = extra.length ? { ok: false as const, errors: extra } : normalised;
        if (result.ok) {
          const hash = fingerprintHash(fingerprint(result.row));
          options.analysis.addRow(result.row, hash);
          batch.push({ row: result.row, hash });
          if (batch.length >= options.batchSize) {
            const full = batch;
            batch = [];
            await options.onBatch(full);
          }
        } else {
          options.analysis.addErrors(result.errors);
        }
      }
      if (processedRows % every === 0) {
        const estimate =
          counter.bytes > 0
            ? Math.max(
                processedRows,
                Math.round((processedRows * options.byteSize) / counter.bytes),
              )
            : processedRows;
        await options.onProgress(processedRows, estimate);
      }
    }
    if (batch.length) await options.onBatch(batch);
  } finally {
    sheet.close();
    source.destroy();
  }
  return { processedRows };
}
