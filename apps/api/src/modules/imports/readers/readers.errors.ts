/** Why a file could not be read at all (as opposed to a row that could not be imported). */
export const IMPORT_FILE_ERROR_CODES = [
  'UNSUPPORTED_FORMAT',
  'EMPTY',
  'TOO_LARGE',
  'TOO_MANY_ROWS',
  'TOO_MANY_COLUMNS',
  'UNREADABLE',
] as const;
export type ImportFileErrorCode = (typeof IMPORT_FILE_ERROR_CODES)[number];

/**
 * A file Lantern cannot read. The message is written for the person who uploaded it and may
 * be shown as it is; `row` is the spreadsheet's own row number when the problem has one.
 */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';

  constructor(
    readonly code: ImportFileErrorCode,
    message: string,
    readonly row?: number,
  ) {
    super(message);
  }
}
