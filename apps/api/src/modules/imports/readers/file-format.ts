import { ImportFileError } from './readers.errors';
import type { SheetFormat } from './readers.types';

/** How many leading bytes detectFormat looks at. */
export const FORMAT_SNIFF_BYTES = 512;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((byte, index) => bytes[index] === byte);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46];
const UTF16_LE = [0xff, 0xfe];
const UTF16_BE = [0xfe, 0xff];

function extensionOf(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

function unsupported(message: string): ImportFileError {
  return new ImportFileError('UNSUPPORTED_FORMAT', message);
}

const SAVE_AS = 'save it as CSV (UTF-8) or Excel workbook (.xlsx) and upload it again';

/**
 * Which reader a file needs, from its name and first bytes (at least FORMAT_SNIFF_BYTES of
 * them when the file is that long). XLSX is a zip (`PK\x03\x04`) named .xlsx or .xlsm (or
 * unnamed); CSV is text named .csv, .txt or .tsv (or unnamed). Anything else is refused with a
 * message saying what the file looks like and what to do.
 */
export function detectFormat(filename: string, firstBytes: Uint8Array): SheetFormat {
  const extension = extensionOf(filename);
  const shown = filename.split(/[\\/]/).pop() || 'The file';

  if (firstBytes.length === 0) {
    throw new ImportFileError('EMPTY', `${shown} is empty`);
  }
  if (startsWith(firstBytes, ZIP)) {
    if (extension === 'xlsx' || extension === 'xlsm' || extension === '') return 'xlsx';
    if (extension === 'ods') {
      throw unsupported(`${shown} is an OpenDocument spreadsheet: ${SAVE_AS}`);
    }
    if (extension === 'csv' || extension === 'txt') {
      throw unsupported(`${shown} is named as text but is a compressed file: ${SAVE_AS}`);
    }
    throw unsupported(`${shown} is not a spreadsheet Lantern can read: ${SAVE_AS}`);
  }
  if (startsWith(firstBytes, OLE)) {
    throw unsupported(`${shown} is an old-style Excel file (.xls): ${SAVE_AS}`);
  }
  if (startsWith(firstBytes, PDF)) {
    throw unsupported(`${shown} is a PDF, not a spreadsheet: ${SAVE_AS}`);
  }
  if (extension === 'xlsx' || extension === 'xlsm' || extension === 'xls') {
    throw unsupported(`${shown} is not a valid Excel workbook: ${SAVE_AS}`);
  }
  if (startsWith(firstBytes, UTF16_LE) || startsWith(firstBytes, UTF16_BE)) {
    throw unsupported(`${shown} is saved as Unicode text (UTF-16): ${SAVE_AS}`);
  }
  if (extension !== 'csv' && extension !== 'txt' && extension !== 'tsv' && extension !== '') {
    throw unsupported(`${shown} is not a CSV or Excel file: ${SAVE_AS}`);
  }
  if (firstBytes.includes(0)) {
    throw unsupported(`${shown} is not a text file: ${SAVE_AS}`);
  }
  return 'csv';
}
