import type { RestApiError } from '../../lib/upload';

export interface LookupRowProblem {
  /** The file's row number (header = 1); null for a problem with the header or the file. */
  row: number | null;
  /** The column it is in, as the API names it ("decile", "postcode"). */
  column: string;
  message: string;
}

const COLUMN_NAMES: Record<string, string> = {
  postcode: 'Postcode',
  area_code: 'Area code',
  decile: 'Decile',
  index: 'Index',
  file: 'File',
  contentType: 'File type',
  indexVersion: 'Index version',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * The problems of a refused lookup file, from the API's BAD_USER_INPUT answer: field errors with
 * paths like ["row", "12", "decile"] or ["header", "postcode"], the total count and its sentence.
 * Null when the answer is not about the file's rows or header.
 */
export function lookupRowProblems(
  error: RestApiError,
): { problems: LookupRowProblem[]; errorCount: number; summary: string } | null {
  const first = error.errors[0];
  if (first?.extensions?.['code'] !== 'BAD_USER_INPUT') return null;
  const list = first.extensions['fieldErrors'];
  if (!Array.isArray(list)) return null;
  const problems: LookupRowProblem[] = [];
  for (const item of list) {
    if (!isRecord(item) || !Array.isArray(item['path']) || typeof item['message'] !== 'string') {
      continue;
    }
    const path = item['path'].map(String);
    if (path[0] === 'row' && path.length >= 3) {
      const row = Number(path[1]);
      const column = path[2] ?? '';
      problems.push({
        row: Number.isFinite(row) ? row : null,
        column: COLUMN_NAMES[column] ?? column,
        message: item['message'],
      });
    } else {
      const column = path[path.length - 1] ?? '';
      problems.push({
        row: null,
        column: COLUMN_NAMES[column] ?? column,
        message: item['message'],
      });
    }
  }
  if (problems.length === 0) return null;
  const count = first.extensions['errorCount'];
  const errorCount = typeof count === 'number' ? count : problems.length;
  const summary =
    first.message && !/^HTTP \d+$/.test(first.message)
      ? first.message
      : `The file has ${errorCount} ${errorCount === 1 ? 'problem' : 'problems'}; nothing was loaded.`;
  return { problems, errorCount, summary };
}
