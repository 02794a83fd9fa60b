import type { ImportStatus } from '@lantern/domain';

/** The wizard's steps, in order. */
export const IMPORT_STEPS = [
  { id: 'file', label: 'Choose a file' },
  { id: 'columns', label: 'Match columns' },
  { id: 'check', label: 'Check' },
  { id: 'review', label: 'Review' },
  { id: 'import', label: 'Import' },
] as const;

export type ImportStep = (typeof IMPORT_STEPS)[number]['id'];

/** The step an import in this status is at. */
export function stepForStatus(status: ImportStatus): ImportStep {
  switch (status) {
    case 'UPLOADED':
      return 'columns';
    case 'VALIDATING':
      return 'check';
    case 'READY':
    case 'INVALID':
      return 'review';
    case 'COMMITTING':
    case 'COMMITTED':
    case 'FAILED':
      return 'import';
  }
}

/** Statuses whose work happens in the background: the page polls while an import is in one. */
export function isImportWorking(status: ImportStatus): boolean {
  return status === 'VALIDATING' || status === 'COMMITTING';
}

/** An import that can still be discarded (nothing has been written yet). */
export function canDiscardImport(status: ImportStatus): boolean {
  return status !== 'COMMITTING' && status !== 'COMMITTED';
}

/** An import whose columns can (still) be matched again, which checks the file again. */
export function canRemapImport(status: ImportStatus): boolean {
  return status === 'UPLOADED' || status === 'INVALID' || status === 'READY' || status === 'FAILED';
}

export const IMPORT_ACCEPT =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Why a chosen file cannot be imported, or null when it can be sent. */
export function importFileProblem(file: File, maxBytes: number): string | null {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  if (extension === 'xls') {
    return 'Older Excel files (.xls) cannot be read: save it as .xlsx or CSV first.';
  }
  if (extension !== 'csv' && extension !== 'xlsx') {
    return 'Choose a CSV or Excel (.xlsx) file.';
  }
  if (file.size === 0) {
    return 'That file is empty. Choose the saved spreadsheet.';
  }
  if (file.size > maxBytes) {
    return `That file is larger than ${Math.round(maxBytes / (1024 * 1024))} MB. Split it into smaller files.`;
  }
  return null;
}
