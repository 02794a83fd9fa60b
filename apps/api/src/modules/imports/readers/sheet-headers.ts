import { ImportFileError } from './readers.errors';
import type { ReaderLimits } from './readers.types';

/** A spreadsheet column's letters: 1 -> A, 27 -> AA. */
export function columnLetter(position: number): string {
  let letters = '';
  for (let n = position; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * The header row as column names: trimmed, empty columns at the right dropped, an empty
 * header named after its column ("Column E"), and a repeated header numbered ("Notes (2)"),
 * so every column has its own name in a row's values.
 */
export function sheetHeaders(cells: readonly string[], limits: ReaderLimits): string[] {
  const trimmed = cells.map((cell) => cell.replace(/^\uFEFF/, '').trim());
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') trimmed.pop();
  if (trimmed.length > limits.maxColumns) {
    throw new ImportFileError(
      'TOO_MANY_COLUMNS',
      `The header row has ${trimmed.length} columns; Lantern reads at most ${limits.maxColumns}`,
    );
  }
  const used = new Set<string>();
  return trimmed.map((cell, index) => {
    const base = cell === '' ? `Column ${columnLetter(index + 1)}` : cell;
    let name = base;
    for (let copy = 2; used.has(name.toLowerCase()); copy += 1) name = `${base} (${copy})`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** Header -> cell text. A null-prototype object, so a header such as "__proto__" is just a name. */
export function rowValues(
  headers: readonly string[],
  cells: readonly string[],
): Record<string, string> {
  const values = Object.create(null) as Record<string, string>;
  for (let index = 0; index < headers.length; index += 1) {
    values[headers[index] as string] = cells[index] ?? '';
  }
  return values;
}

export function tooManyRows(limits: ReaderLimits, rowNumber: number): ImportFileError {
  return new ImportFileError(
    'TOO_MANY_ROWS',
    `The file has more than ${limits.maxRows.toLocaleString('en-GB')} rows: split it into smaller files`,
    rowNumber,
  );
}

export function tooLarge(limits: ReaderLimits): ImportFileError {
  const megabytes = Math.floor(limits.maxBytes / (1024 * 1024));
  return new ImportFileError(
    'TOO_LARGE',
    megabytes >= 1
      ? `The file is larger than ${megabytes} MB: split it into smaller files`
      : `The file is larger than ${limits.maxBytes} bytes: split it into smaller files`,
  );
}
