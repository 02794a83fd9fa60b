import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readCsv, sniffDelimiter, sniffEncoding } from './csv.reader';
import { ImportFileError } from './readers.errors';
import type { OpenedSheet, SheetRow } from './readers.types';

/** A stream of the text's UTF-8 bytes, cut into chunks of `size` bytes. */
function bytes(text: string | Buffer, size = 1 << 16): Readable {
  const buffer = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
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

describe('readCsv', () => {
  it('reads a byte-order mark, CRLF, quoted commas, doubled quotes and line breaks in cells', async () => {
    const text =
      '\uFEFFDate,Notes,Pupils\r\n' +
      '07/04/2024,"Used objects 1987.45.2, 1990.12.7",29\r\n' +
      '08/04/2024,"Co-designed, ""brilliant"" feedback",30\r\n' +
      '09/04/2024,"Two lines\r\nof notes",31\r\n' +
      '10/04/2024,He said "wow",32\r\n';
    const sheet = await readCsv(bytes(text));
    expect(sheet.format).toBe('csv');
    expect(sheet.headers).toEqual(['Date', 'Notes', 'Pupils']);
    expect(await all(sheet)).toEqual([
      {
        rowNumber: 2,
        values: { Date: '07/04/2024', Notes: 'Used objects 1987.45.2, 1990.12.7', Pupils: '29' },
      },
      {
        rowNumber: 3,
        values: { Date: '08/04/2024', Notes: 'Co-designed, "brilliant" feedback', Pupils: '30' },
      },
      {
        rowNumber: 4,
        values: { Date: '09/04/2024', Notes: 'Two lines\r\nof notes', Pupils: '31' },
      },
      { rowNumber: 5, values: { Date: '10/04/2024', Notes: 'He said "wow"', Pupils: '32' } },
    ]);
  });

  it('gives the same rows whatever size the chunks arrive in', async () => {
    const text = '\uFEFFDate,Notes\r\n07/04/2024,"a, ""b""\r\nc"\r\n\r\n08/04/2024,£5 café\r\n';
    const whole = await all(await readCsv(bytes(text)));
    const byteByByte = await all(await readCsv(bytes(text, 1)));
    expect(byteByByte).toEqual(whole);
    expect(whole.map((row) => row.values['Notes'])).toEqual(['a, "b"\r\nc', '£5 café']);
  });

  it('numbers rows as a spreadsheet does, counting and skipping blank rows', async () => {
    const text = '\r\nDate,Pupils\r\n07/04/2024,29\r\n\r\n  ,  \r\n08/04/2024,30\n09/04/2024,31';
    const sheet = await readCsv(bytes(text));
    expect(sheet.headers).toEqual(['Date', 'Pupils']);
    expect((await all(sheet)).map((row) => [row.rowNumber, row.values['Date']])).toEqual([
      [3, '07/04/2024'],
      [6, '08/04/2024'],
      [7, '09/04/2024'],
    ]);
  });

  it('fills short rows with empty cells and drops cells beyond the header', async () => {
    const sheet = await readCsv(bytes('A,B,C\n1\n1,2,3,4,5\n'));
    expect((await all(sheet)).map((row) => row.values)).toEqual([
      { A: '1', B: '', C: '' },
      { A: '1', B: '2', C: '3' },
    ]);
  });

  it('names empty headers after their column and numbers repeated ones', async () => {
    const sheet = await readCsv(bytes(' Date ,,Notes,notes,__proto__,,,\n1,2,3,4,5\n'));
    expect(sheet.headers).toEqual(['Date', 'Column B', 'Notes', 'notes (2)', '__proto__']);
    const [row] = await all(sheet);
    expect(row?.values).toEqual({
      Date: '1',
      'Column B': '2',
      Notes: '3',
      'notes (2)': '4',
      ['__proto__']: '5',
    });
  });

  it('reads semicolon- and tab-separated files', async () => {
    const semicolons = await readCsv(
      bytes('Date;Notes;Pupils\n07/04/2024;Two SEND pupils, sensory kit;29\n'),
    );
    expect((await all(semicolons))[0]?.values).toEqual({
      Date: '07/04/2024',
      Notes: 'Two SEND pupils, sensory kit',
      Pupils: '29',
    });
    const tabs = await readCsv(bytes('Date\tPupils\n07/04/2024\t29\n'));
    expect((await all(tabs))[0]?.values).toEqual({ Date: '07/04/2024', Pupils: '29' });
  });

  it('keeps semicolons inside cells of a comma-separated file', async () => {
    const sheet = await readCsv(
      bytes('Date,Notes\n07/04/2024,Two SEND pupils; used sensory kit\n'),
    );
    expect((await all(sheet))[0]?.values['Notes']).toBe('Two SEND pupils; used sensory kit');
  });

  it('reads a file Excel saved as Windows-1252', async () => {
    const windows1252 = Buffer.from([
      ...Buffer.from('Programme,Notes\r\nMemories Caf', 'latin1'),
      0xe9,
      ...Buffer.from(',Cost ', 'latin1'),
      0xa3,
      ...Buffer.from('5 ', 'latin1'),
      0x96,
      0x20,
      0x93,
      ...Buffer.from('lovely', 'latin1'),
      0x94,
      0x0d,
      0x0a,
    ]);
    const sheet = await readCsv(bytes(windows1252, 7));
    expect((await all(sheet))[0]?.values).toEqual({
      Programme: 'Memories Café',
      Notes: 'Cost £5 – “lovely”',
    });
  });

  it('reads a quote error in the header row as a problem in row 1', async () => {
    const error = await failure(readCsv(bytes('Date,"Notes\n07/04/2024,x\n')));
    expect([error.code, error.row]).toEqual(['UNREADABLE', 1]);
  });

  it('refuses an empty file', async () => {
    expect((await failure(readCsv(bytes('')))).code).toBe('EMPTY');
    expect((await failure(readCsv(bytes('\r\n , \r\n')))).code).toBe('EMPTY');
  });

  it('names the row of a quote that is never closed', async () => {
    const text = `Date,Notes\n${'07/04/2024,ok\n'.repeat(5000)}\n08/04/2024,"never closed\n09/04/2024,x\n`;
    const sheet = await readCsv(bytes(text, 4096));
    const read: number[] = [];
    const error = await failure(
      (async () => {
        for await (const row of sheet.rows) read.push(row.rowNumber);
      })(),
    );
    // Rows before the problem are read; which of them arrive depends on buffering.
    expect(read.slice(0, 3)).toEqual([2, 3, 4]);
    expect(error.code).toBe('UNREADABLE');
    expect(error.row).toBe(5003);
    expect(error.message).toBe(
      'Row 5003 opens a quoted cell (") that is never closed: check the quotes in that row',
    );
  });

  it('stops at the row limit', async () => {
    const text = `Date\n${Array.from({ length: 6 }, (_, i) => `0${i + 1}/04/2024`).join('\n')}\n`;
    const sheet = await readCsv(bytes(text), { maxRows: 5 });
    const read: number[] = [];
    const error = await failure(
      (async () => {
        for await (const row of sheet.rows) read.push(row.rowNumber);
      })(),
    );
    expect(read).toEqual([2, 3, 4, 5, 6]);
    expect(error.code).toBe('TOO_MANY_ROWS');
    expect(error.message).toBe('The file has more than 5 rows: split it into smaller files');
  });

  it('stops at the size limit, before or after the header', async () => {
    const big = `Date,Notes\n${'07/04/2024,notes\n'.repeat(10_000)}`;
    const early = await failure(readCsv(bytes(big), { maxBytes: 1000 }));
    expect(early.code).toBe('TOO_LARGE');
    const sheet = await readCsv(bytes(big, 1024), { maxBytes: 100_000 });
    let read = 0;
    const late = await failure(
      (async () => {
        for await (const _row of sheet.rows) read += 1;
      })(),
    );
    expect(late.code).toBe('TOO_LARGE');
    expect(late.message).toBe('The file is larger than 100000 bytes: split it into smaller files');
    expect(read).toBeGreaterThan(1000);
    expect(read).toBeLessThan(10_000);
  });

  it('refuses more columns than the limit', async () => {
    const error = await failure(readCsv(bytes('A,B,C,D\n1,2,3,4\n'), { maxColumns: 3 }));
    expect(error.code).toBe('TOO_MANY_COLUMNS');
  });

  it('releases the upload when only the headers are read', async () => {
    const upload = bytes(`Date\n${'07/04/2024\n'.repeat(100_000)}`, 1024);
    const sheet = await readCsv(upload);
    expect(sheet.headers).toEqual(['Date']);
    sheet.close();
    expect(upload.destroyed).toBe(true);
  });

  it('releases the upload when the reader stops early', async () => {
    const upload = bytes(`Date\n${'07/04/2024\n'.repeat(100_000)}`, 1024);
    const sheet = await readCsv(upload);
    for await (const row of sheet.rows) if (row.rowNumber === 3) break;
    expect(upload.destroyed).toBe(true);
  });
});

describe('sniffing', () => {
  it('chooses the delimiter of the header line, ignoring quoted text', () => {
    expect(sniffDelimiter('Date,Programme,Notes\n1;2;3;4;5')).toBe(',');
    expect(sniffDelimiter('Date;Programme;"Notes, comments"\n')).toBe(';');
    expect(sniffDelimiter('Date\tProgramme\n')).toBe('\t');
    expect(sniffDelimiter('Date\n')).toBe(',');
  });

  it('takes text that is not valid UTF-8 to be Windows-1252', () => {
    expect(sniffEncoding(Buffer.from('café £5', 'utf8'))).toBe('utf-8');
    expect(sniffEncoding(Buffer.from('café £5', 'latin1'))).toBe('windows-1252');
    // A multi-byte character cut at the end of the sniffed bytes is still UTF-8.
    expect(sniffEncoding(Buffer.from('café', 'utf8').subarray(0, 4))).toBe('utf-8');
  });
});

describe('readCsv when the upload fails', () => {
  it('passes the upload’s own error on', async () => {
    const aborted = new Error('upload aborted');
    async function* chunks() {
      yield Buffer.from(`Date\n${'07/04/2024\n'.repeat(20_000)}`);
      throw aborted;
    }
    const error = await (async () => {
      const sheet = await readCsv(Readable.from(chunks(), { objectMode: false }));
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
