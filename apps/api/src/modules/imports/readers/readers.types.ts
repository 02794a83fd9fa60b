/** One data row: the spreadsheet's own row number (header = 1) and each header's cell text. */
export interface SheetRow {
  rowNumber: number;
  /** Header -> cell text, untrimmed; '' for an empty or missing cell. */
  values: Record<string, string>;
}

/**
 * An opened spreadsheet. `headers` are read before the promise resolves; `rows` streams the
 * rest and can be iterated once. Iterate to the end, break out, or call `close()` (for
 * example after reading only the headers) so the upload stream is released.
 */
export interface OpenedSheet {
  format: SheetFormat;
  headers: string[];
  rows: AsyncIterable<SheetRow>;
  close(): void;
}

export type SheetFormat = 'csv' | 'xlsx';

export interface ReaderLimits {
  /** Largest upload read, in bytes (for XLSX, the compressed file). */
  maxBytes: number;
  /** Most data rows read (blank rows are not counted). */
  maxRows: number;
  /** Most columns in the header row (empty columns at the right are not counted). */
  maxColumns: number;
}

export const DEFAULT_READER_LIMITS: ReaderLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxRows: 200_000,
  maxColumns: 200,
};
