import { describe, expect, it } from 'vitest';
import { detectFormat } from './file-format';
import { ImportFileError } from './readers.errors';

const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
const csv = Buffer.from('\uFEFFDate,Programme\r\n', 'utf8');

function refusal(filename: string, bytes: Uint8Array): ImportFileError {
  try {
    detectFormat(filename, bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportFileError);
    return error as ImportFileError;
  }
  throw new Error(`${filename} was accepted`);
}

describe('detectFormat', () => {
  it.each([
    ['activity-log.xlsx', zip, 'xlsx'],
    ['Activity Log.XLSX', zip, 'xlsx'],
    ['log.xlsm', zip, 'xlsx'],
    ['upload', zip, 'xlsx'],
    ['activity-log-2024-25.csv', csv, 'csv'],
    ['LOG.CSV', Buffer.from('Date\n'), 'csv'],
    ['log.txt', Buffer.from('Date\n'), 'csv'],
    ['log.tsv', Buffer.from('Date\tNotes\n'), 'csv'],
    ['C:\\Users\\learning\\log.csv', csv, 'csv'],
  ])('reads %s as %s', (filename, bytes, format) => {
    expect(detectFormat(filename, bytes)).toBe(format);
  });

  it.each([
    [
      'log.xls',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      'log.xls is an old-style Excel file (.xls): save it as CSV (UTF-8) or Excel workbook (.xlsx) and upload it again',
    ],
    [
      'log.ods',
      zip,
      'log.ods is an OpenDocument spreadsheet: save it as CSV (UTF-8) or Excel workbook (.xlsx) and upload it again',
    ],
    [
      'report.docx',
      zip,
      'report.docx is not a spreadsheet Lantern can read: save it as CSV (UTF-8) or Excel workbook (.xlsx) and upload it again',
    ],
    [
      'log.csv',
      zip,
      'log.csv is named as text but is a compressed file: save it as CSV (UTF-8) or Excel workbook (.xlsx) and upload it again',
    ],
    [
      'log.xlsx',
      csv,
      'log.xlsx is not a valid Excel workbook: save it as CSV (UTF-8) or Excel workbook (.xlsx) and upload it again',
    ],
    [
      'log.csv',
      Buffer.from('%PDF-1.7'),
      'log.csv is a PDF, not a spreadsheet: save it as CSV (UTF-8) or Excel workbook (.xlsx) and upload it again',
    ],
    [
      'log.txt',
      Buffer.from([0xff, 0xfe, 0x44, 0x00]),
      'log.txt is saved as Unicode text (UTF-16): save it as CSV (UTF-8) or Excel workbook (.xlsx) and upload it again',
    ],
    [
      'photo.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47]),
      'photo.png is not a CSV or Excel file: save it as CSV (UTF-8) or Excel workbook (.xlsx) and upload it again',
    ],
    [
      'log.csv',
      Buffer.from([0x44, 0x00, 0x61]),
      'log.csv is not a text file: save it as CSV (UTF-8) or Excel workbook (.xlsx) and upload it again',
    ],
  ])('refuses %s with a message saying what to do', (filename, bytes, message) => {
    const error = refusal(filename, bytes);
    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message).toBe(message);
  });

  it('refuses an empty file', () => {
    expect(refusal('log.csv', new Uint8Array()).code).toBe('EMPTY');
  });
});
