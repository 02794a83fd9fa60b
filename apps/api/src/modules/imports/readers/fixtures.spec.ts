/**
 * The shared fixtures through the whole pure pipeline: reader -> suggested mapping ->
 * normalised rows. The fixtures live beside the checkout, in shared/fixtures.
 */
import {
  checkMapping,
  fingerprintsForFile,
  type ImportRowError,
  isBlankOrTotalRow,
  type NormalisedActivityRow,
  normaliseRow,
  rowFingerprint,
  suggestMapping,
} from '@lantern/domain';
import { parse as parseCsvSync } from 'csv-parse/sync';
import * as ExcelJS from 'exceljs';
import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from './csv.reader';
import type { OpenedSheet } from './readers.types';
import { readXlsx } from './xlsx.reader';

// tests/fixtures holds byte-for-byte copies of shared/fixtures: up from readers through
// imports, modules, src, api and apps. (__dirname, as elsewhere in the API: it builds to CommonJS.)
const FIXTURES = resolve(__dirname, '..', '..', '..', '..', '..', '..', 'tests', 'fixtures');
const REALISTIC = join(FIXTURES, 'activity-log-2024-25.csv');
const BROKEN = join(FIXTURES, 'activity-log-with-errors.csv');

interface ImportOutcome {
  headers: string[];
  rows: NormalisedActivityRow[];
  errors: ImportRowError[];
  /** Row numbers read but skipped as blank or totals. */
  skipped: number[];
  /** Every row number the reader handed over. */
  read: number[];
}

async function importSheet(sheet: OpenedSheet): Promise<ImportOutcome> {
  const mapping = suggestMapping(sheet.headers);
  expect(checkMapping(mapping)).toEqual([]);
  const outcome: ImportOutcome = {
    headers: sheet.headers,
    rows: [],
    errors: [],
    skipped: [],
    read: [],
  };
  for await (const { rowNumber, values } of sheet.rows) {
    outcome.read.push(rowNumber);
    if (isBlankOrTotalRow(values)) {
      outcome.skipped.push(rowNumber);
      continue;
    }
    const result = normaliseRow(values, mapping, rowNumber);
    if (result.ok) outcome.rows.push(result.row);
    else outcome.errors.push(...result.errors);
  }
  return outcome;
}

const importCsvFile = async (path: string) => importSheet(await readCsv(createReadStream(path)));

/** The fixture parsed independently of readCsv: every record, header first. */
function rawRecords(path: string): string[][] {
  return parseCsvSync(readFileSync(path), {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
  }) as string[][];
}

/** The digits in a count cell, however it is written ("c. 40" -> 40); '' -> 0. */
const digits = (cell: string | undefined) => Number(/\d+/.exec(cell ?? '')?.[0] ?? 0);

describe('the realistic activity log (shared/fixtures/activity-log-2024-25.csv)', () => {
  it('imports every session, skipping the blank line and the TOTAL row', async () => {
    const records = rawRecords(REALISTIC);
    const header = records[0] ?? [];
    const column = (name: string) => header.indexOf(name);
    // Sessions, counted from the raw file: rows with a date. Spreadsheet row = index + 1.
    const sessions = records
      .map((cells, index) => ({ cells, row: index + 1 }))
      .filter(({ cells, row }) => row > 1 && (cells[column('Date')] ?? '').trim() !== '');
    const sum = (name: string) =>
      sessions.reduce((total, { cells }) => total + digits(cells[column(name)]), 0);
    const estimates = sessions.flatMap(({ cells }) =>
      ['No. pupils', 'No. adults', 'Other participants'].filter((name) =>
        /[^\d\s]/.test(cells[column(name)] ?? ''),
      ),
    ).length;

    // What the raw file says (checked by hand against the spreadsheet).
    expect(sessions).toHaveLength(72);
    expect([sum('No. pupils'), sum('No. adults'), sum('Other participants')]).toEqual([
      998, 342, 714,
    ]);
    expect(estimates).toBe(3);

    const outcome = await importCsvFile(REALISTIC);
    expect(outcome.errors).toEqual([]);
    expect(outcome.rows.map((row) => row.rowNumber)).toEqual(sessions.map(({ row }) => row));
    // Row 74 is blank (the reader passes over it); row 75 is the TOTAL row.
    expect(outcome.read).not.toContain(74);
    expect(outcome.skipped).toEqual([75]);

    const cells = outcome.rows.flatMap((row) => row.attendance);
    const total = (filter: (cell: (typeof cells)[number]) => boolean) =>
      cells.filter(filter).reduce((sum, cell) => sum + cell.count, 0);
    expect(total(() => true)).toBe(2054);
    expect(total((cell) => cell.column === 'pupils')).toBe(sum('No. pupils'));
    expect(total((cell) => cell.column === 'adults')).toBe(sum('No. adults'));
    expect(total((cell) => cell.column === 'otherParticipants')).toBe(sum('Other participants'));
    expect(cells.filter((cell) => cell.kind === 'ESTIMATE')).toHaveLength(estimates);
    expect(cells).toHaveLength(108);

    // Who was counted: pupils, teachers with schools and on CPD, parents and carers at
    // family drop-ins, young people on the youth panel, people living with dementia at
    // reminiscence sessions, community members otherwise.
    const byAudience: Record<string, number> = {};
    for (const cell of cells)
      byAudience[cell.audienceType] = (byAudience[cell.audienceType] ?? 0) + cell.count;
    expect(byAudience).toEqual({
      PUPIL: 998,
      TEACHER: 87 + 111,
      PARENT_CARER: 144,
      YOUNG_PERSON: 89,
      PERSON_LIVING_WITH_DEMENTIA: 105,
      COMMUNITY_MEMBER: 131 + 389,
    });
  });

  it('normalises the spreadsheet spellings', async () => {
    const { rows } = await importCsvFile(REALISTIC);
    const first = rows[0];
    expect(first).toMatchObject({
      rowNumber: 2,
      date: '2024-04-02',
      format: 'SCHOOL_WORKSHOP',
      deliveryMode: 'ONSITE',
      keyStage: 'KS2',
      firstVisit: false,
    });
    expect(rows.every((row) => /^\d{4}-\d{2}-\d{2}$/.test(row.date))).toBe(true);
    expect(rows.every((row) => row.date >= '2024-04-01' && row.date <= '2025-03-31')).toBe(true);
    expect(new Set(rows.map((row) => row.venueKey))).toEqual(
      new Set(['main museum', 'riverside gallery', 'outreach', 'online']),
    );
    expect(new Set(rows.map((row) => row.format)).has('OTHER')).toBe(false);
    expect(new Set(rows.map((row) => row.keyStage))).toEqual(new Set([null, 'KS1', 'KS2']));
    expect(new Set(rows.map((row) => row.postcode))).toEqual(
      new Set([null, 'ZZ1 1AA', 'ZZ1 2AB', 'ZZ2 3AD', 'ZZ2 4AE', 'ZZ3 5AF', 'ZZ3 6AG']),
    );
    const northgate = rows.find((row) => row.partner?.urn === '100005');
    expect(northgate?.partner).toEqual({
      name: 'Northgate Primary, Westbury',
      key: 'northgate primary, westbury',
      type: 'SCHOOL',
      urn: '100005',
      postcode: 'ZZ3 5AF',
    });
    expect(rows.find((row) => row.rowNumber === 8)?.notes).toBe(
      'Co-designed with the youth panel, "brilliant" feedback',
    );
  });

  it('gives every session its own fingerprint, the same on every import', async () => {
    const first = fingerprintsForFile((await importCsvFile(REALISTIC)).rows);
    const again = fingerprintsForFile((await importCsvFile(REALISTIC)).rows);
    expect(first).toHaveLength(72);
    expect(new Set(first).size).toBe(72);
    expect(first.some((print: string) => print.includes('#'))).toBe(false);
    expect(again).toEqual(first);
  });

  it('numbers a session that appears twice in one file', async () => {
    const text = readFileSync(REALISTIC, 'utf8');
    const lines = text.split('\r\n');
    const doubled = [...lines.slice(0, 3), lines[1], ...lines.slice(3)].join('\r\n');
    const { rows } = await importSheet(await readCsv(Readable.from([Buffer.from(doubled)])));
    const prints = fingerprintsForFile(rows);
    expect(rows).toHaveLength(73);
    expect(prints[0]).toBe(rowFingerprint(rows[0] as NormalisedActivityRow));
    expect(prints[2]).toBe(`${prints[0]}#2`);
    expect(new Set(prints).size).toBe(73);
  });

  it('reads an XLSX with the same rows (and a real date cell) as the CSV', async () => {
    const csv = await readCsv(createReadStream(REALISTIC));
    const csvRows: Array<{ rowNumber: number; values: Record<string, string> }> = [];
    for await (const row of csv.rows) {
      if (csvRows.length < 8) csvRows.push({ rowNumber: row.rowNumber, values: { ...row.values } });
    }
    const numeric = new Set(['URN', 'No. pupils', 'No. adults', 'Other participants']);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Activity log');
    sheet.addRow(csv.headers);
    for (const { values } of csvRows) {
      sheet.addRow(
        csv.headers.map((header) => {
          const text = values[header] ?? '';
          if (header === 'Date') {
            const [day, month, year] = text.split('/').map(Number);
            const fullYear = (year ?? 0) < 100 ? 2000 + (year ?? 0) : (year ?? 0);
            return new Date(Date.UTC(fullYear, (month ?? 1) - 1, day ?? 1));
          }
          if (numeric.has(header) && /^\d+$/.test(text)) return Number(text);
          return text === '' ? null : text;
        }),
      );
    }
    sheet.getColumn(1).numFmt = 'dd/mm/yyyy';
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());

    const fromXlsx = await importSheet(await readXlsx(Readable.from([bytes])));
    const csvMapping = suggestMapping(csv.headers);
    const fromCsv = csvRows.map(({ values, rowNumber }) => {
      const result = normaliseRow(values, csvMapping, rowNumber);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      return result.row;
    });
    expect(fromXlsx.headers).toEqual(csv.headers);
    expect(fromXlsx.errors).toEqual([]);
    expect(fromXlsx.rows).toEqual(fromCsv);
    expect(fromXlsx.rows.map((row) => row.date).slice(0, 2)).toEqual(['2024-04-02', '2024-04-07']);
  });
});

describe('the broken activity log (shared/fixtures/activity-log-with-errors.csv)', () => {
  it('reports exactly the five bad rows, each with its row number and column', async () => {
    const outcome = await importCsvFile(BROKEN);
    expect(outcome.errors).toEqual([
      {
        row: 4,
        column: 'Date',
        field: 'date',
        value: '31/02/2025',
        message: '31/02/2025 is not a real date: February 2025 has 28 days',
      },
      {
        row: 6,
        column: 'No. pupils',
        field: 'pupils',
        value: '-5',
        message: '-5 is negative: counts start at 0',
      },
      {
        row: 8,
        column: 'Programme',
        field: 'programme',
        value: '',
        message: 'Programme is required',
      },
      {
        row: 10,
        column: 'No. adults',
        field: 'adults',
        value: 'twelve',
        message: 'twelve is not a number',
      },
      {
        row: 12,
        column: 'Postcode',
        field: 'postcode',
        value: 'NOT A POSTCODE',
        message: 'NOT A POSTCODE is not a UK postcode',
      },
    ]);
    // The other seven rows are fine on their own; the import as a whole must still refuse.
    expect(outcome.rows.map((row) => row.rowNumber)).toEqual([2, 3, 5, 7, 9, 11, 13]);
    expect(outcome.skipped).toEqual([]);
  });
});
