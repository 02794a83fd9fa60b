import type { Readable } from 'node:stream';
import { readCsv } from './csv.reader';
import type { OpenedSheet, ReaderLimits, SheetFormat } from './readers.types';
import { readXlsx } from './xlsx.reader';

export { readCsv, sniffDelimiter, sniffEncoding, type CsvEncoding } from './csv.reader';
export { detectFormat, FORMAT_SNIFF_BYTES } from './file-format';
export {
  IMPORT_FILE_ERROR_CODES,
  ImportFileError,
  type ImportFileErrorCode,
} from './readers.errors';
export {
  DEFAULT_READER_LIMITS,
  type OpenedSheet,
  type ReaderLimits,
  type SheetFormat,
  type SheetRow,
} from './readers.types';
export { cellText, readXlsx } from './xlsx.reader';

/** Opens a spreadsheet with the reader its format (from detectFormat) needs. */
export function readSheet(
  format: SheetFormat,
  stream: Readable,
  options: Partial<ReaderLimits> = {},
): Promise<OpenedSheet> {
  return format === 'xlsx' ? readXlsx(stream, options) : readCsv(stream, options);
}
