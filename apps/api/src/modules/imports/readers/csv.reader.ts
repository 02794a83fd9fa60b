import { type CsvError, parse } from 'csv-parse';
import { Readable, pipeline } from 'node:stream';
import { ImportFileError } from './readers.errors';
import {
  DEFAULT_READER_LIMITS,
  type OpenedSheet,
  type ReaderLimits,
  type SheetRow,
} from './readers.types';
import { isBlankRecord, rowValues, sheetHeaders, tooLarge, tooManyRows } from './sheet-headers';

/** Bytes looked at before parsing, to choose the encoding and the delimiter. */
const SNIFF_BYTES = 64 * 1024;

/** Longest row accepted, in characters: an unclosed quote cannot swallow the whole file. */
const MAX_RECORD_CHARACTERS = 1_000_000;

export type CsvEncoding = 'utf-8' | 'windows-1252';

/**
 * UTF-8 unless the first bytes are not valid UTF-8, in which case the file was most likely
 * saved by Excel on Windows as "CSV (Comma delimited)", which is Windows-1252 (£, curly
 * quotes). Only the first SNIFF_BYTES decide.
 */
export function sniffEncoding(head: Uint8Array): CsvEncoding {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/**
 * The delimiter of the header line: comma unless semicolons (Excel in much of Europe) or
 * tabs are more frequent outside quotes.
 */
export function sniffDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

function toBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
  throw new TypeError('readCsv needs a byte or text stream');
}

/** A csv-parse error as a message naming the spreadsheet row it is in. */
function csvProblem(error: unknown): unknown {
  const { code, records } = (error ?? {}) as Partial<CsvError>;
  if (typeof code !== 'string' || !code.startsWith('CSV_')) return error;
  // csv-parse counts every record it finished, blank lines included: the next one failed.
  const rowNumber = (typeof records === 'number' ? records : 0) + 1;
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return new ImportFileError(
        'UNREADABLE',
        `Row ${rowNumber} opens a quoted cell (") that is never closed: check the quotes in that row`,
        rowNumber,
      );
    case 'CSV_MAX_RECORD_SIZE':
      return new ImportFileError(
        'UNREADABLE',
        `Row ${rowNumber} is too long to read: check for a quote (") that is never closed`,
        rowNumber,
      );
    default:
      return new ImportFileError(
        'UNREADABLE',
        `Row ${rowNumber} could not be read as CSV: check the quotes in that row`,
        rowNumber,
      );
  }
}

/**
 * Reads a CSV upload as it arrives: UTF-8 with or without a byte-order mark (or
 * Windows-1252), CRLF or LF line ends, quoted cells with commas, line breaks and doubled
 * quotes, rows shorter or longer than the header (missing cells are '', extra cells are
 * dropped). Row numbers count every line a spreadsheet would show, blank ones included, so
 * the header is 1; blank rows are skipped. The first non-blank row is the header.
 */
export async function readCsv(
  stream: Readable,
  options: Partial<ReaderLimits> = {},
): Promise<OpenedSheet> {
  const limits: ReaderLimits = { ...DEFAULT_READER_LIMITS, ...options };
  const source = stream[Symbol.asyncIterator]() as AsyncIterator<unknown>;
  let bytesRead = 0;

  const head: Buffer[] = [];
  let sourceDone = false;
  try {
    while (bytesRead < SNIFF_BYTES) {
      const next = await source.next();
      if (next.done) {
        sourceDone = true;
        break;
      }
      const chunk = toBuffer(next.value);
      head.push(chunk);
      bytesRead += chunk.length;
      if (bytesRead > limits.maxBytes) throw tooLarge(limits);
    }
  } catch (error) {
    stream.destroy();
    throw error;
  }

  const headBytes = Buffer.concat(head);
  const encoding = sniffEncoding(headBytes);
  const decoder = encoding === 'utf-8' ? null : new TextDecoder(encoding);
  const delimiter = sniffDelimiter(
    decoder ? decoder.decode(headBytes) : headBytes.toString('utf8').replace(/^\uFEFF/, ''),
  );

  async function* bytes(): AsyncGenerator<Buffer> {
    const recode = (chunk: Buffer) =>
      decoder ? Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8') : chunk;
    for (const chunk of head) yield recode(chunk);
    while (!sourceDone) {
      const next = await source.next();
      if (next.done) break;
      const chunk = toBuffer(next.value);
      bytesRead += chunk.length;
      if (bytesRead > limits.maxBytes) throw tooLarge(limits);
      yield recode(chunk);
    }
  }

  const parser = parse({
    bom: true,
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    record_delimiter: ['\r\n', '\n', '\r'],
    max_record_size: MAX_RECORD_CHARACTERS,
  });
  const input = Readable.from(bytes(), { objectMode: false });
  pipeline(input, parser, () => {
    // Errors reach the reader through the parser's iterator.
  });
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;

  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    parser.destroy();
    input.destroy();
    stream.destroy();
  };

  let rowNumber = 0;
  let headerCells: string[] | null = null;
  try {
    while (headerCells === null) {
      const next = await records.next();
      if (next.done) break;
      rowNumber += 1;
      if (!isBlankRecord(next.value)) headerCells = next.value;
    }
  } catch (error) {
    close();
    throw csvProblem(error);
  }
  if (headerCells === null) {
    close();
    throw new ImportFileError(
      'EMPTY',
      'The file has no rows: the first row should name the columns',
    );
  }
  let headers: string[];
  try {
    headers = sheetHeaders(headerCells, limits);
  } catch (error) {
    close();
    throw error;
  }

  async function* rows(): AsyncGenerator<SheetRow> {
    let dataRows = 0;
    try {
      for (;;) {
        let next: IteratorResult<string[]>;
        try {
          next = await records.next();
        } catch (error) {
          throw csvProblem(error);
        }
        if (next.done) return;
        rowNumber += 1;
        if (isBlankRecord(next.value)) continue;
        dataRows += 1;
        if (dataRows > limits.maxRows) throw tooManyRows(limits, rowNumber);
        yield { rowNumber, values: rowValues(headers, next.value) };
      }
    } finally {
      close();
    }
  }

  return { format: 'csv', headers, rows: rows(), close };
}
