import { Transform, type Readable, type Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import type { DeprivationIndex, FieldError } from '@lantern/domain';
import { PayloadTooLargeException } from '@nestjs/common';
import { parse, type CsvError } from 'csv-parse';
import { BadUserInputError } from '../../platform/graphql/app-errors';
import {
  checkLookupRow,
  isBlankRecord,
  matchLookupColumns,
  type LookupColumn,
  type LookupColumns,
} from './lookup-csv';

/** How many problems an answer lists; the total is always given. */
export const LOOKUP_ERRORS_LISTED = 100;

/** Longest row accepted, in characters: an unclosed quote cannot swallow the whole file. */
const MAX_RECORD_CHARACTERS = 100_000;

/** COPY text is sent in chunks of about this many characters. */
const COPY_CHUNK = 256 * 1024;

export interface RowError {
  rowNumber: number;
  column: LookupColumn;
  message: string;
}

export interface StagedFile {
  /** Rows written to the staging table (valid ones). */
  staged: number;
  /** Problems found, first ones only (LOOKUP_ERRORS_LISTED), in file order. */
  errors: RowError[];
  errorCount: number;
}

export function rowFieldError(error: RowError): FieldError {
  return { path: ['row', String(error.rowNumber), error.column], message: error.message };
}

/**
 * A lookup file with bad rows: nothing was loaded. Lists the first problems (path
 * ["row", "12", "decile"]) and says how many there are in all.
 */
export class LookupRowsError extends BadUserInputError {
  constructor(
    errors: RowError[],
    readonly errorCount: number,
  ) {
    super(errors.map(rowFieldError));
    this.message =
      errorCount === 1
        ? 'The file has 1 problem; nothing was loaded.'
        : `The file has ${errorCount} problems; nothing was loaded.${
            errorCount > errors.length ? ` The first ${errors.length} are listed.` : ''
          }`;
    this.extensions['errorCount'] = errorCount;
  }
}

/** 413: the upload is larger than the server accepts. */
export function tooLarge(limit: number): PayloadTooLargeException {
  const size =
    limit >= 1024 * 1024
      ? `${Math.floor(limit / 1024 / 1024)} MB`
      : `${Math.floor(limit / 1024)} KB`;
  return new PayloadTooLargeException(
    `The file is larger than ${size}, the most this server accepts.`,
  );
}

/** Counts bytes as they pass and fails once there are more than `limit`. */
function byteLimit(limit: number): Transform {
  let bytes = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      if (bytes > limit) callback(tooLarge(limit));
      else callback(null, chunk);
    },
  });
}

/** A CSV syntax error or an interrupted upload as BAD_USER_INPUT; anything else unchanged. */
function uploadProblem(error: unknown): unknown {
  const { code, records } = (error ?? {}) as { code?: string; records?: CsvError['records'] };
  if (code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'ECONNRESET') {
    return BadUserInputError.field(['file'], 'The upload stopped before the end of the file');
  }
  if (typeof code !== 'string' || !code.startsWith('CSV_')) return error;
  const row = String((typeof records === 'number' ? records : 0) + 1);
  return BadUserInputError.field(
    ['row', row],
    code === 'CSV_MAX_RECORD_SIZE'
      ? 'This row is too long to read: check for a quote (") that is never closed'
      : 'This row could not be read as CSV: check for a quote (") that is never closed',
  );
}

/**
 * Reads a lookup CSV as it arrives and writes every valid row to `copy` (COPY text:
 * `row \t postcode \t area_code \t decile`), never holding more than a chunk in memory.
 * Rows are numbered as a spreadsheet shows them (the header is row 1, blank rows count).
 * Problems are collected, not thrown, so one answer can list them; a file that cannot be
 * read at all (no header, broken quoting, too large) throws BAD_USER_INPUT or 413.
 *
 * `source` is never destroyed here (it is the HTTP request, whose socket must stay open for
 * the answer): on an early failure the rest of it is read and discarded, up to `maxBytes`.
 */
export async function stageLookupFile(
  source: Readable,
  copy: Writable,
  indexVersion: DeprivationIndex,
  maxBytes: number,
): Promise<StagedFile> {
  const limit = byteLimit(maxBytes);
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_CHARACTERS,
  });
  const outcome: StagedFile = { staged: 0, errors: [], errorCount: 0 };

  async function* toCopyText(records: AsyncIterable<string[]>): AsyncGenerator<string> {
    let rowNumber = 0;
    let columns: LookupColumns | null = null;
    let chunk = '';
    for await (const record of records) {
      rowNumber += 1;
      if (isBlankRecord(record)) continue;
      if (!columns) {
        const matched = matchLookupColumns(record);
        if (!matched.ok) throw new BadUserInputError(matched.errors);
        columns = matched.columns;
        continue;
      }
      const checked = checkLookupRow(record, columns, indexVersion);
      if (checked.ok) {
        const { postcode, areaCode, decile } = checked.row;
        chunk += `${rowNumber}\t${postcode}\t${areaCode}\t${decile}\n`;
        outcome.staged += 1;
        if (chunk.length >= COPY_CHUNK) {
          yield chunk;
          chunk = '';
        }
      } else {
        for (const problem of checked.problems) {
          outcome.errorCount += 1;
          if (outcome.errors.length < LOOKUP_ERRORS_LISTED) {
            outcome.errors.push({ rowNumber, ...problem });
          }
        }
      }
    }
    if (!columns) {
      throw BadUserInputError.field(['file'], 'The file is empty: it needs a header row and rows');
    }
    if (chunk) yield chunk;
  }

  source.pipe(limit);
  const sourceDone = finished(source).catch((error: unknown) => {
    limit.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  try {
    await pipeline(limit, parser, toCopyText, copy);
  } catch (error) {
    source.unpipe(limit);
    if (!(error instanceof PayloadTooLargeException)) await discard(source, maxBytes);
    throw uploadProblem(error);
  }
  await sourceDone;
  return outcome;
}

/** Reads what is left of `source` without keeping it (so the client sees the answer). */
async function discard(source: Readable, maxBytes: number): Promise<void> {
  if (source.readableEnded || source.destroyed) return;
  let bytes = 0;
  try {
    for await (const chunk of source) {
      bytes += (chunk as Buffer).length;
      if (bytes > maxBytes) return;
    }
  } catch {
    // The client went away: nothing to answer.
  }
}
