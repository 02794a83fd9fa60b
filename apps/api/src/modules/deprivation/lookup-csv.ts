import type { DeprivationIndex, FieldError } from '@lantern/domain';

/**
 * The rules of a deprivation lookup file (postcode -> area -> decile), as admins download
 * them from the official index files: which header names are accepted for each column and
 * what a valid row is. Pure functions, so the hot loop of a 2.7-million-row upload stays cheap.
 */

/** The columns of a lookup, as named in error paths (["row", "12", "decile"]). */
export type LookupColumn = 'postcode' | 'area_code' | 'decile' | 'index';

export interface LookupColumns {
  postcode: number;
  areaCode: number;
  decile: number;
  /** Optional: when present, every row must name the index version being loaded. */
  index: number | null;
}

export interface LookupRow {
  postcode: string;
  areaCode: string;
  decile: number;
}

export interface RowProblem {
  column: LookupColumn;
  message: string;
}

const AREA_CODE_MAX = 32;

/** "LSOA code (2011)" -> "lsoacode2011". */
function compact(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

const POSTCODE_HEADERS = ['postcode', 'pcds', 'pcd', 'pcd8', 'pcd7', 'pcd2'];
const AREA_HEADER =
  /^(?:area(?:code)?|lsoa(?:11|21|2011|2021)?(?:cd|code)?(?:2011|2021)?|datazone(?:2011|2022)?(?:code)?|dz(?:11|22|2011|2022)?(?:code)?|soa(?:2001)?(?:code)?)$/;
const INDEX_HEADERS = ['index', 'indexversion', 'version', 'imdversion'];
/** A decile column that is the overall index's, not a domain's (income, health...). */
const OVERALL_INDEX = /imd|multipledeprivation|mdm|simd|wimd/;

/**
 * Finds the postcode, area code, decile and (optional) index columns in a header row. A file
 * from the official downloads has many decile columns (one per domain): the overall index's
 * one is chosen, or the one called just "decile".
 */
export function matchLookupColumns(
  header: readonly string[],
): { ok: true; columns: LookupColumns } | { ok: false; errors: FieldError[] } {
  const names = header.map(compact);
  const first = (test: (name: string) => boolean) => {
    const at = names.findIndex(test);
    return at === -1 ? null : at;
  };
  const postcode =
    POSTCODE_HEADERS.map((wanted) => names.indexOf(wanted)).find((at) => at !== -1) ?? null;
  const areaCode = first((name) => AREA_HEADER.test(name));
  const index = first((name) => INDEX_HEADERS.includes(name));

  const candidates = names.flatMap((name, at) => (name.includes('decile') ? [{ name, at }] : []));
  const score = (name: string) => (name === 'decile' ? 3 : OVERALL_INDEX.test(name) ? 2 : 1);
  const best = Math.max(0, ...candidates.map((c) => score(c.name)));
  const top = candidates.filter((c) => score(c.name) === best);

  const errors: FieldError[] = [];
  if (postcode === null) {
    errors.push({
      path: ['header', 'postcode'],
      message: 'The file has no postcode column: name it postcode, pcds or pcd',
    });
  }
  if (areaCode === null) {
    errors.push({
      path: ['header', 'area_code'],
      message:
        'The file has no area code column: name it area_code, LSOA code, lsoa11cd, lsoa21cd or datazone',
    });
  }
  if (top.length === 0) {
    errors.push({
      path: ['header', 'decile'],
      message: 'The file has no decile column: name it decile or IMD decile',
    });
  } else if (top.length > 1) {
    errors.push({
      path: ['header', 'decile'],
      message: `The file has several decile columns (${top.map((c) => header[c.at]?.trim()).join(', ')}): name the one to use "decile"`,
    });
  }
  if (errors.length || postcode === null || areaCode === null || !top[0]) {
    return { ok: false, errors };
  }
  return { ok: true, columns: { postcode, areaCode, decile: top[0].at, index } };
}

const POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$/;

/**
 * The canonical form of a UK postcode ("ZZ1 1AA"), or null. The same rule as libs/domain's
 * postcodeSchema (a test holds them equal), written without zod for the upload's hot loop.
 */
export function fastCanonicalPostcode(value: string): string | null {
  const squeezed = value.toUpperCase().replace(/\s+/g, '');
  if (!POSTCODE.test(squeezed)) return null;
  return `${squeezed.slice(0, -3)} ${squeezed.slice(-3)}`;
}

/** "IMD 2025", "imd2025" -> "IMD2025". */
function indexKey(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]+/g, '');
}

function shown(value: string): string {
  const trimmed = value.trim();
  return trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed;
}

/**
 * One data row: a canonical postcode, an area code and a decile 1 to 10; when the file has an
 * index column, it must name the version being loaded. Every problem of the row is returned.
 */
export function checkLookupRow(
  record: readonly string[],
  columns: LookupColumns,
  indexVersion: DeprivationIndex,
): { ok: true; row: LookupRow } | { ok: false; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const rawPostcode = record[columns.postcode] ?? '';
  const postcode = fastCanonicalPostcode(rawPostcode);
  if (postcode === null) {
    problems.push({
      column: 'postcode',
      message: rawPostcode.trim()
        ? `${shown(rawPostcode)} is not a UK postcode`
        : 'The postcode is missing',
    });
  }
  const areaCode = (record[columns.areaCode] ?? '').trim();
  if (!areaCode) problems.push({ column: 'area_code', message: 'The area code is missing' });
  else if (areaCode.length > AREA_CODE_MAX || /[\t\n\r\\]/.test(areaCode)) {
    problems.push({ column: 'area_code', message: `${shown(areaCode)} is not an area code` });
  }
  const rawDecile = (record[columns.decile] ?? '').trim();
  const decile = /^\d{1,2}$/.test(rawDecile) ? Number(rawDecile) : NaN;
  if (!(decile >= 1 && decile <= 10)) {
    problems.push({
      column: 'decile',
      message: rawDecile
        ? `${shown(rawDecile)} is not a decile: a decile is a whole number from 1 to 10`
        : 'The decile is missing',
    });
  }
  if (columns.index !== null) {
    const rawIndex = record[columns.index] ?? '';
    if (indexKey(rawIndex) !== indexVersion) {
      problems.push({
        column: 'index',
        message: rawIndex.trim()
          ? `This row is for ${shown(rawIndex)}, but the file is being loaded as ${indexVersion}`
          : `The index is missing (expected ${indexVersion})`,
      });
    }
  }
  if (problems.length || postcode === null) return { ok: false, problems };
  return { ok: true, row: { postcode, areaCode, decile } };
}

/** A row is blank when every cell is empty or spaces (skipped, like a spreadsheet's). */
export function isBlankRecord(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}
