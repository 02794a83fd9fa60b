import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { PayloadTooLargeException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../platform/graphql/app-errors';
import { LookupRowsError, stageLookupFile } from './lookup-stream';

// tests/fixtures holds copies of shared/fixtures: up from deprivation through modules, src,
// api and apps.
const FIXTURE = resolve(
  __dirname,
  ...Array<string>(5).fill('..'),
  'tests',
  'fixtures',
  'deprivation-lookup-SYNTHETIC.csv',
);

/** A COPY stand-in that keeps what it is sent. */
function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString('utf8'));
      callback();
    },
  });
  return Object.assign(stream, { text: () => chunks.join('') });
}

function source(text: string | Buffer, chunkSize = 7): Readable {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += chunkSize)
    chunks.push(bytes.subarray(at, at + chunkSize));
  return Readable.from(chunks);
}

describe('stageLookupFile', () => {
  it('stages the synthetic fixture (CRLF) as COPY text with spreadsheet row numbers', async () => {
    const copy = sink();
    const staged = await stageLookupFile(source(readFileSync(FIXTURE)), copy, 'IMD2025', 1e6);
    expect(staged).toEqual({ staged: 10, errors: [], errorCount: 0 });
    const lines = copy.text().trimEnd().split('\n');
    expect(lines[0]).toBe('2\tZZ1 1AA\tZ01000001\t1');
    expect(lines).toHaveLength(10);
  });

  it('reads a byte-order mark, blank rows, quotes and CRLF, counting rows as a spreadsheet does', async () => {
    const copy = sink();
    const staged = await stageLookupFile(
      source(
        '\uFEFF"Postcode","LSOA code","IMD decile"\r\nzz11aa,Z1,"3"\r\n\r\n, ,\r\nZZ2 3AD,Z2,7\r\n',
      ),
      copy,
      'IMD2019',
      1e6,
    );
    expect(staged.errorCount).toBe(0);
    expect(copy.text()).toBe('2\tZZ1 1AA\tZ1\t3\n5\tZZ2 3AD\tZ2\t7\n');
  });

  it('collects every problem with its row and column, keeping the first 100', async () => {
    const rows = ['postcode,area_code,decile', 'ZZ1 1AA,Z1,1'];
    for (let i = 0; i < 150; i += 1) rows.push(`ZZ1 1AB,Z1,${i % 2 ? 'x' : '11'}`);
    rows.push('nope,,5');
    const copy = sink();
    const staged = await stageLookupFile(source(rows.join('\n'), 64), copy, 'IMD2025', 1e6);
    expect(staged.staged).toBe(1);
    expect(staged.errorCount).toBe(152);
    expect(staged.errors).toHaveLength(100);
    expect(staged.errors[0]).toEqual({
      rowNumber: 3,
      column: 'decile',
      message: '11 is not a decile: a decile is a whole number from 1 to 10',
    });
    expect(staged.errors[99]?.rowNumber).toBe(102);
  });

  it('throws the missing columns of a header, and reads the rest of the upload', async () => {
    const body = new PassThrough();
    body.end('postcode,rank\nZZ1 1AA,3\n');
    const error = await stageLookupFile(body, sink(), 'IMD2025', 1e6).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadUserInputError);
    expect((error as BadUserInputError).fieldErrors.map((e) => e.path)).toEqual([
      ['header', 'area_code'],
      ['header', 'decile'],
    ]);
    expect(body.readableEnded).toBe(true);
  });

  it('refuses an empty file and a quote that is never closed', async () => {
    const empty = await stageLookupFile(source('\r\n'), sink(), 'IMD2025', 1e6).catch((e) => e);
    expect((empty as BadUserInputError).fieldErrors).toEqual([
      { path: ['file'], message: 'The file is empty: it needs a header row and rows' },
    ]);
    const broken = await stageLookupFile(
      source('postcode,area,decile\nZZ1 1AA,"Z1,3\n'),
      sink(),
      'IMD2025',
      1e6,
    ).catch((e) => e);
    expect((broken as BadUserInputError).fieldErrors[0]?.path).toEqual(['row', '2']);
  });

  it('says so when the upload stops before the end of the file', async () => {
    const body = new PassThrough();
    body.write('postcode,area,decile\nZZ1 1AA,Z1,3\n');
    setTimeout(() => body.destroy(), 10);
    const error = await stageLookupFile(body, sink(), 'IMD2025', 1e6).catch((e: unknown) => e);
    expect((error as BadUserInputError).fieldErrors).toEqual([
      { path: ['file'], message: 'The upload stopped before the end of the file' },
    ]);
  });

  it('stops at the byte limit with 413', async () => {
    const big = `postcode,area,decile\n${'ZZ1 1AA,Z1,3\n'.repeat(1000)}`;
    const error = await stageLookupFile(source(big, 1024), sink(), 'IMD2025', 2048).catch((e) => e);
    expect(error).toBeInstanceOf(PayloadTooLargeException);
    expect((error as PayloadTooLargeException).message).toBe(
      'The file is larger than 2 KB, the most this server accepts.',
    );
  });

  it('sends COPY text in large chunks, not one write per row', async () => {
    const rows = ['postcode,area,decile'];
    for (let i = 0; i < 30000; i += 1)
      rows.push(`ZZ${(i % 9) + 1} ${i % 10}AA,Z${i},${(i % 10) + 1}`);
    let writes = 0;
    const copy = new Writable({
      write(_chunk, _encoding, callback) {
        writes += 1;
        callback();
      },
    });
    const staged = await stageLookupFile(source(rows.join('\n'), 65536), copy, 'IMD2025', 1e8);
    expect(staged.staged).toBe(30000);
    expect(writes).toBeLessThan(10);
  });
});

describe('LookupRowsError', () => {
  it('lists problems as field errors and says how many there are in all', () => {
    const error = new LookupRowsError([{ rowNumber: 12, column: 'decile', message: 'bad' }], 250);
    expect(error.fieldErrors).toEqual([{ path: ['row', '12', 'decile'], message: 'bad' }]);
    expect(error.message).toBe(
      'The file has 250 problems; nothing was loaded. The first 1 are listed.',
    );
    expect(error.extensions['errorCount']).toBe(250);
  });
});
