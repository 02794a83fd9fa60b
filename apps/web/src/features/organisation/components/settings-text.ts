import { MONTH_NAMES } from '../../../lib/labels';

export const SMALL_CELL_MEANING =
  'Figures based on fewer people than this are hidden in dashboards, exports and reports.';
export const ACADEMIC_YEAR_NOTE = 'Usually September. Scotland usually starts in August.';

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}
