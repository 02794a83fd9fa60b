import * as ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ImportFileError } from './readers.errors';
import type { OpenedSheet, SheetRow } from './readers.types';
import { cellText, readXlsx } from './xlsx.reader';

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function upload(buffer: Buffer, size = 1 << 16): Readable {
  const chunks: Buffer[] = [];
  for (let at = 0; at < buffer.length; at += size) chunks.push(buffer.subarray(at, at + size));
  return Readable.from(chunks, { objectMode: false });
}

async function all(sheet: OpenedSheet): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const row of sheet.rows)
    rows.push({ rowNumber: row.rowNumber, values: { ...row.values } });
  return rows;
}

async function failure(promise: Promise<unknown>): Promise<ImportFileError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  return error as ImportFileError;
}

describe('readXlsx', () => {
  it('reads the first worksheet as text, with dates day first and the sheet’s row numbers', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Log 2024-25');
      sheet.addRow(['Date', 'Programme', 'URN', 'No. pupils', 'Start', 'Notes', 'First visit?']);
      sheet.addRow([
        new Date(Date.UTC(2024, 3, 2)),
        'Schools - KS2 Romans',
        100001,
        29,
        new Date(Date.UTC(1899, 11, 30, 10, 30)),
        { richText: [{ text: 'Fire alarm - ' }, { text: 'finished early', font: { bold: true } }] },
        true,
      ]);
      sheet.addRow([]);
      sheet.addRow([
        new Date(Date.UTC(2025, 2, 30)),
        'Teacher CPD',
        null,
        { formula: '10+3', result: 13 },
        null,
        { text: 'Feedback', hyperlink: 'https://example.org' },
        false,
      ]);
      sheet.addRow([null, 'TOTAL', null, { error: '#N/A' }]);
      sheet.getColumn(1).numFmt = 'dd/mm/yyyy';
      sheet.getColumn(5).numFmt = 'hh:mm';
      workbook.addWorksheet('Second sheet').addRow(['Not', 'read']);
    });
    const sheet = await readXlsx(upload(bytes, 1000));
    expect(sheet.format).toBe('xlsx');
    expect(sheet.headers).toEqual([
      'Date',
      'Programme',
      'URN',
      'No. pupils',
      'Start',
      'Notes',
      'First visit?',
    ]);
    expect(await all(sheet)).toEqual([
      {
        rowNumber: 2,
        values: {
          Date: '02/04/2024',
          Programme: 'Schools - KS2 Romans',
          URN: '100001',
          'No. pupils': '29',
          Start: '10:30',
          Notes: 'Fire alarm - finished early',
          'First visit?': 'TRUE',
        },
      },
      {
        rowNumber: 4,
        values: {
          Date: '30/03/2025',
          Programme: 'Teacher CPD',
          URN: '',
          'No. pupils': '13',
          Start: '',
          Notes: 'Feedback',
          'First visit?': 'FALSE',
        },
      },
      {
        rowNumber: 5,
        values: {
          Date: '',
          Programme: 'TOTAL',
          URN: '',
          'No. pupils': '#N/A',
          Start: '',
          Notes: '',
          'First visit?': '',
        },
      },
    ]);
  });

  it('takes the first non-blank row as the header, keeping the sheet’s numbering', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Log');
      sheet.getCell('A3').value = 'Date';
      sheet.getCell('B3').value = 'Programme';
      sheet.getCell('A4').value = '07/04/2024';
      sheet.getCell('B4').value = 'Family Saturdays';
    });
    const sheet = await readXlsx(upload(bytes));
    expect(sheet.headers).toEqual(['Date', 'Programme']);
    expect(await all(sheet)).toEqual([
      { rowNumber: 4, values: { Date: '07/04/2024', Programme: 'Family Saturdays' } },
    ]);
  });

  it('stops at the row limit', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Log');
      sheet.addRow(['Date']);
      for (let day = 1; day <= 6; day += 1) sheet.addRow([`0${day}/04/2024`]);
    });
    const sheet = await readXlsx(upload(bytes), { maxRows: 5 });
    const error = await failure(
      (async () => {
        for await (const _row of sheet.rows) {
          // read on
        }
      })(),
    );
    expect([error.code, error.row]).toEqual(['TOO_MANY_ROWS', 7]);
  });

  it('stops at the size limit', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Log');
      sheet.addRow(['Date', 'Notes']);
      for (let row = 0; row < 5000; row += 1)
        sheet.addRow(['07/04/2024', `note ${row} ${Math.random()}`]);
    });
    const error = await failure(
      (async () => {
        const sheet = await readXlsx(upload(bytes, 4096), { maxBytes: 20_000 });
        for await (const _row of sheet.rows) {
          // read on
        }
      })(),
    );
    expect(error.code).toBe('TOO_LARGE');
  });

  it('refuses a file that is not a workbook', async () => {
    const error = await failure(
      readXlsx(upload(Buffer.from('PK\u0003\u0004 not really a zip at all'))),
    );
    expect(error.code).toBe('UNREADABLE');
    expect(error.message).toBe(
      'The workbook could not be read: open it in Excel, save it as .xlsx and upload it again',
    );
  });

  it('refuses a workbook whose first sheet is empty', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet('Empty');
    });
    expect((await failure(readXlsx(upload(bytes)))).code).toBe('EMPTY');
  });

  it('releases the upload when only the headers are read', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Log');
      sheet.addRow(['Date']);
      sheet.addRow(['07/04/2024']);
    });
    const stream = upload(bytes, 512);
    const sheet = await readXlsx(stream);
    sheet.close();
    expect(stream.destroyed).toBe(true);
  });
});

describe('cellText', () => {
  it('writes dates with a time, times alone and plain numbers', () => {
    expect(cellText(new Date(Date.UTC(2024, 3, 7, 14, 5)))).toBe('07/04/2024 14:05');
    expect(cellText(new Date(Date.UTC(2024, 3, 7)))).toBe('07/04/2024');
    expect(cellText(0.5)).toBe('0.5');
    expect(cellText(100001)).toBe('100001');
    expect(cellText(null)).toBe('');
    expect(cellText({ formula: 'A1', result: 'KS2' } as ExcelJS.CellFormulaValue)).toBe('KS2');
    expect(cellText({ formula: 'A1' } as ExcelJS.CellFormulaValue)).toBe('');
  });
});

describe('readXlsx when the upload fails', () => {
  it('passes the upload’s own error on', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Log');
      sheet.addRow(['Date']);
      for (let row = 0; row < 5000; row += 1) sheet.addRow([`note ${row} ${Math.random()}`]);
    });
    const aborted = new Error('upload aborted');
    async function* chunks() {
      yield bytes.subarray(0, 8192);
      throw aborted;
    }
    const error = await (async () => {
      const sheet = await readXlsx(Readable.from(chunks(), { objectMode: false }));
      for await (const _row of sheet.rows) {
        // read on
      }
    })().then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBe(aborted);
  });
});
