import * as ExcelJS from 'exceljs';
import { type Readable, Transform, type TransformCallback } from 'node:stream';
import { ImportFileError } from './readers.errors';
import {
  DEFAULT_READER_LIMITS,
  type OpenedSheet,
  type ReaderLimits,
  type SheetRow,
} from './readers.types';
import { isBlankRecord, rowValues, sheetHeaders, tooLarge, tooManyRows } from './sheet-headers';

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A cell as the text a person sees: dates as dd/mm/yyyy (the UK style the normalisers read),
 * times of day as HH:MM, numbers as plain digits, formulas as their last calculated result,
 * rich text and hyperlinks as their text, booleans as TRUE/FALSE, errors as Excel shows them.
 */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const time = `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
    // Excel keeps a time of day as a date on 30/12/1899.
    if (value.getUTCFullYear() < 1900) return time;
    const date = `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
    return time === '00:00' ? date : `${date} ${time}`;
  }
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((run) => run.text).join('');
  }
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    return cellText((value as { result?: ExcelJS.CellValue }).result);
  }
  if ('text' in value) return cellText((value as { text: ExcelJS.CellValue }).text);
  return '';
}

/** Passes bytes through, failing once more than `maxBytes` have gone by. */
class ByteLimit extends Transform {
  private seen = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly error: () => Error,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.maxBytes) done(this.error());
    else done(null, chunk);
  }
}

function cellsOf(row: ExcelJS.Row): string[] {
  // row.values is 1-based and sparse: index 0 is unused.
  const values = row.values as ExcelJS.CellValue[];
  const cells: string[] = [];
  for (let index = 1; index < values.length; index += 1) cells.push(cellText(values[index]));
  return cells;
}

/** What exceljs could not parse becomes a message for the user; anything else passes. */
function unreadable(error: unknown, fromUpload: boolean): unknown {
  if (error instanceof ImportFileError || fromUpload) return error;
  return new ImportFileError(
    'UNREADABLE',
    'The workbook could not be read: open it in Excel, save it as .xlsx and upload it again',
  );
}

/**
 * Reads the first worksheet of an XLSX upload as it arrives (exceljs's streaming reader:
 * shared strings and styles are kept, rows are not). Row numbers are the sheet's own; the
 * first non-blank row is the header; blank rows are skipped; cells are text (see cellText).
 */
export async function readXlsx(
  stream: Readable,
  options: Partial<ReaderLimits> = {},
): Promise<OpenedSheet> {
  const limits: ReaderLimits = { ...DEFAULT_READER_LIMITS, ...options };
  const limited = new ByteLimit(limits.maxBytes, () => tooLarge(limits));

  // exceljs pipes its input into the unzipper without listening for errors on it, so a
  // failing upload or the size limit would leave it waiting for ever: the step in hand is
  // rejected instead. (Not Promise.race against one long-lived promise: every race would
  // leave a reaction on it, a leak of one closure per row.)
  let failure: { error: unknown } | null = null;
  let rejectStep: ((error: unknown) => void) | null = null;
  const fail = (error: unknown) => {
    failure ??= { error };
    rejectStep?.(error);
  };
  const fromUpload = (error: unknown) => failure !== null && failure.error === error;
  stream.on('error', fail);
  limited.on('error', fail);
  stream.pipe(limited);

  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(limited, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const step = <T>(promise: Promise<T>): Promise<T> => {
    if (failure) return Promise.reject(failure.error);
    return new Promise<T>((resolve, reject) => {
      rejectStep = reject;
      promise.then(
        (value) => {
          rejectStep = null;
          resolve(value);
        },
        (error: unknown) => {
          rejectStep = null;
          reject(error);
        },
      );
    });
  };

  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    stream.unpipe(limited);
    limited.destroy();
    stream.destroy();
  };

  let sheetRows: AsyncIterator<ExcelJS.Row>;
  let headerCells: string[] | null = null;
  try {
    const sheets = workbook[Symbol.asyncIterator]();
    const first = await step(sheets.next());
    if (first.done) {
      throw new ImportFileError('EMPTY', 'The workbook has no worksheet to read');
    }
    sheetRows = first.value[Symbol.asyncIterator]();
    while (headerCells === null) {
      const next = await step(sheetRows.next());
      if (next.done) break;
      const cells = cellsOf(next.value);
      if (!isBlankRecord(cells)) headerCells = cells;
    }
    if (headerCells === null) {
      throw new ImportFileError(
        'EMPTY',
        'The first worksheet has no rows: the first row should name the columns',
      );
    }
  } catch (error) {
    close();
    throw unreadable(error, fromUpload(error));
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
        let next: IteratorResult<ExcelJS.Row>;
        try {
          next = await step(sheetRows.next());
        } catch (error) {
          throw unreadable(error, fromUpload(error));
        }
        if (next.done) return;
        const cells = cellsOf(next.value);
        if (isBlankRecord(cells)) continue;
        const rowNumber = next.value.number;
        dataRows += 1;
        if (dataRows > limits.maxRows) throw tooManyRows(limits, rowNumber);
        yield { rowNumber, values: rowValues(headers, cells) };
      }
    } finally {
      close();
    }
  }

  return { format: 'xlsx', headers, rows: rows(), close };
}
