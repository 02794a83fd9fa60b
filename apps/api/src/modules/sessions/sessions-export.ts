import {
  AGE_BAND_LABELS,
  AUDIENCE_TYPE_LABELS,
  DELIVERY_MODE_LABELS,
  KEY_STAGE_LABELS,
  PARTICIPATION_DEPTH_LABELS,
  SESSION_FORMAT_LABELS,
  SESSION_STATUS_LABELS,
  type SessionFilter,
} from '@lantern/domain';
import type { ExportSession } from './sessions.repository';

/** A value in an export row: text, a number, a yes/no, or empty. */
export type ExportValue = string | number | boolean | null;

/**
 * The export's columns, in order: one row per session and attendance cell (a session without
 * cells still has one row, with the cell columns empty). Ids are stable, dates ISO, codes are
 * the API's enum values with a readable label beside the ones people filter on.
 */
export const SESSION_EXPORT_COLUMNS = [
  'session_id',
  'date',
  'start_time',
  'duration_minutes',
  'status',
  'status_label',
  'programme_id',
  'programme_name',
  'title',
  'format',
  'format_label',
  'delivery_mode',
  'delivery_mode_label',
  'site_id',
  'site_name',
  'outreach_postcode',
  'online_platform',
  'partner_ids',
  'partner_names',
  'co_designed',
  'participation_depth',
  'participation_depth_label',
  'session_deprivation_decile',
  'session_deprivation_index',
  'session_attendance_total',
  'attendance_cell_id',
  'audience_type',
  'audience_type_label',
  'age_band',
  'age_band_label',
  'key_stage',
  'key_stage_label',
  'count',
  'count_kind',
  'first_time',
  'send',
  'deprivation_decile',
  'deprivation_index',
  'objects_used',
  'notes',
] as const;

export type SessionExportColumn = (typeof SESSION_EXPORT_COLUMNS)[number];
export type SessionExportRow = Record<SessionExportColumn, ExportValue>;

/** Several values in one cell ("a; b"), as spreadsheet users split them. */
const LIST_SEPARATOR = '; ';

/** The rows of one session: one per attendance cell, or one with empty cell columns. */
export function sessionExportRows(item: ExportSession): SessionExportRow[] {
  const { session } = item;
  const base = {
    session_id: session.id,
    date: session.date,
    start_time: session.startTime ? session.startTime.slice(0, 5) : null,
    duration_minutes: session.durationMinutes,
    status: session.status,
    status_label: SESSION_STATUS_LABELS[session.status],
    programme_id: session.programmeId,
    programme_name: item.programmeName,
    title: session.title,
    format: session.format,
    format_label: SESSION_FORMAT_LABELS[session.format],
    delivery_mode: session.deliveryMode,
    delivery_mode_label: DELIVERY_MODE_LABELS[session.deliveryMode],
    site_id: session.siteId,
    site_name: item.siteName,
    outreach_postcode: session.outreachPostcode,
    online_platform: session.onlinePlatform,
    partner_ids: item.partners.map((p) => p.id).join(LIST_SEPARATOR) || null,
    partner_names: item.partners.map((p) => p.name).join(LIST_SEPARATOR) || null,
    co_designed: session.coDesigned,
    participation_depth: session.participationDepth,
    participation_depth_label: session.participationDepth
      ? PARTICIPATION_DEPTH_LABELS[session.participationDepth]
      : null,
    session_deprivation_decile: session.deprivationDecile,
    session_deprivation_index: session.deprivationIndex,
    session_attendance_total: session.attendanceTotal,
    objects_used: session.objectsUsed,
    notes: session.notes,
  } satisfies Partial<SessionExportRow>;
  const empty = {
    attendance_cell_id: null,
    audience_type: null,
    audience_type_label: null,
    age_band: null,
    age_band_label: null,
    key_stage: null,
    key_stage_label: null,
    count: null,
    count_kind: null,
    first_time: null,
    send: null,
    deprivation_decile: null,
    deprivation_index: null,
  } satisfies Partial<SessionExportRow>;
  if (!item.cells.length) return [{ ...base, ...empty }];
  return item.cells.map((cell) => ({
    ...base,
    attendance_cell_id: cell.id,
    audience_type: cell.audienceType,
    audience_type_label: AUDIENCE_TYPE_LABELS[cell.audienceType],
    age_band: cell.ageBand,
    age_band_label: cell.ageBand ? AGE_BAND_LABELS[cell.ageBand] : null,
    key_stage: cell.keyStage,
    key_stage_label: cell.keyStage ? KEY_STAGE_LABELS[cell.keyStage] : null,
    count: cell.count,
    count_kind: cell.countKind,
    first_time: cell.firstTime,
    send: cell.send,
    deprivation_decile: cell.deprivationDecile,
    deprivation_index: cell.deprivationIndex,
  }));
}

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first)
 * gets a leading apostrophe in the CSV, so a title like "=HYPERLINK(...)" stays text. Only
 * free text can start so: ids, codes, dates and numbers never do. (XLSX cells are typed.)
 */
export function csvSafeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The export's file name: `sessions-YYYY-MM-DD.csv` with today's date in the museum's zone. */
export function exportFilename(today: string, extension: 'csv' | 'xlsx'): string {
  return `sessions-${today}.${extension}`;
}

/**
 * The export's query parameters, as the filter schema takes them: an empty one is left out,
 * a repeated one stays a list (and is refused by name).
 */
export function filterFromQuery(
  query: Record<string, unknown>,
): Record<keyof SessionFilter, unknown> {
  const param = (name: keyof SessionFilter) => (query[name] === '' ? undefined : query[name]);
  return {
    from: param('from'),
    to: param('to'),
    programmeId: param('programmeId'),
    siteId: param('siteId'),
    partnerId: param('partnerId'),
    format: param('format'),
    deliveryMode: param('deliveryMode'),
    status: param('status'),
  };
}
