/**
 * One spreadsheet row -> one session with its attendance, or every problem in the row.
 *
 * A row of an activity log is one session. Its count columns become attendance cells:
 *
 * | column             | audience type                                                      |
 * | ------------------ | ------------------------------------------------------------------ |
 * | pupils             | PUPIL, with the row's key stage                                    |
 * | adults             | TEACHER for teacher CPD and whenever the row is a school's (pupils, |
 * |                    | a key stage, a school partner or a schools format); PARENT_CARER   |
 * |                    | at family drop-ins, early years and holiday activities; CARER at    |
 * |                    | reminiscence sessions (the people they came with are counted in     |
 * |                    | other participants); ADULT_LEARNER on adult courses; otherwise     |
 * |                    | COMMUNITY_MEMBER                                                   |
 * | other participants | by format: EARLY_YEARS_CHILD (early years), YOUNG_PERSON (youth     |
 * |                    | panel, work placement), PERSON_LIVING_WITH_DEMENTIA (reminiscence), |
 * |                    | ADULT_LEARNER (adult course), VOLUNTEER (volunteer session),        |
 * |                    | ONLINE_VIEWER (live online event, digital resource), TEACHER        |
 * |                    | (teacher CPD); otherwise COMMUNITY_MEMBER, children at family       |
 * |                    | drop-ins included: the sheet does not say how old they are, so no  |
 * |                    | age is invented                                                    |
 *
 * Each cell keeps the count, whether it is a headcount or an estimate, and the row's
 * "First visit?" as first-time (null when blank). No age band is known from these sheets;
 * the database side records UNKNOWN where it needs one.
 */
import type {
  AudienceType,
  CountKind,
  DeliveryMode,
  KeyStage,
  PartnerType,
  SessionFormat,
  SessionStatus,
} from '../vocabulary';
import { ACTIVITY_IMPORT_FIELD_DEFINITIONS, type ColumnMapping, type TargetField } from './columns';
import {
  type CellResult,
  guessDeliveryMode,
  guessFormat,
  guessPartnerType,
  normaliseName,
  parseCount,
  parseDurationMinutes,
  parseKeyStage,
  parsePostcode,
  parseSessionStatus,
  parseTime,
  parseUkDate,
  parseUrn,
  parseYesNo,
  type ParsedCount,
} from './normalise';

export const IMPORT_MAX_NAME_LENGTH = 200;
export const IMPORT_MAX_NOTES_LENGTH = 4000;

export type AttendanceColumn = 'pupils' | 'adults' | 'otherParticipants';

export interface ImportedAttendanceCell {
  /** The column the count came from. */
  column: AttendanceColumn;
  audienceType: AudienceType;
  /** Set for pupils only. */
  keyStage: KeyStage | null;
  count: number;
  kind: CountKind;
  /** The row's "First visit?"; null when not recorded. */
  firstTime: boolean | null;
}

export interface ImportedPartner {
  name: string;
  /** normaliseName(name): how the partner is matched to one already known. */
  key: string;
  type: PartnerType;
  urn: string | null;
  postcode: string | null;
}

export interface NormalisedActivityRow {
  /** The spreadsheet's own row number (header = 1). */
  rowNumber: number;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** HH:MM, or null. */
  startTime: string | null;
  durationMinutes: number | null;
  /** DELIVERED unless a status column says otherwise: an activity log records what happened. */
  status: SessionStatus;
  programme: string;
  programmeKey: string;
  /** As written in the file; `format` and `deliveryMode` are guessed from it. */
  sessionType: string;
  format: SessionFormat;
  deliveryMode: DeliveryMode;
  venue: string | null;
  venueKey: string | null;
  partner: ImportedPartner | null;
  /**
   * The row's postcode: the partner's when the row names one (as in the fixtures), otherwise
   * where the session took place.
   */
  postcode: string | null;
  keyStage: KeyStage | null;
  firstVisit: boolean | null;
  notes: string | null;
  attendance: ImportedAttendanceCell[];
}

export interface ImportRowError {
  /** The spreadsheet's own row number (header = 1). */
  row: number;
  /** The file's header, as the user sees it; '' when no column is mapped to the field. */
  column: string;
  field: TargetField;
  value: string;
  message: string;
}

export type NormaliseRowResult =
  { ok: true; row: NormalisedActivityRow } | { ok: false; errors: ImportRowError[] };

// ---------------------------------------------------------------------------------------

const SCHOOL_FORMATS = new Set<SessionFormat>([
  'SCHOOL_WORKSHOP',
  'SELF_LED_SCHOOL_VISIT',
  'OUTREACH_VISIT',
  'VIRTUAL_CLASSROOM',
  'LOAN_BOX',
]);
const FAMILY_FORMATS = new Set<SessionFormat>([
  'FAMILY_DROP_IN',
  'EARLY_YEARS',
  'HOLIDAY_ACTIVITY',
]);

const OTHER_PARTICIPANTS_BY_FORMAT: Partial<Record<SessionFormat, AudienceType>> = {
  EARLY_YEARS: 'EARLY_YEARS_CHILD',
  YOUTH_PANEL: 'YOUNG_PERSON',
  WORK_PLACEMENT: 'YOUNG_PERSON',
  REMINISCENCE: 'PERSON_LIVING_WITH_DEMENTIA',
  ADULT_COURSE: 'ADULT_LEARNER',
  VOLUNTEER_SESSION: 'VOLUNTEER',
  LIVE_ONLINE_EVENT: 'ONLINE_VIEWER',
  DIGITAL_RESOURCE_RELEASE: 'ONLINE_VIEWER',
  TEACHER_CPD: 'TEACHER',
};

export interface AudienceContext {
  format: SessionFormat;
  /** The row has a pupil count, a key stage or a school partner. */
  isSchoolGroup: boolean;
}

/** Who a count column counts, given the session (see the table at the top of this file). */
export function audienceForColumn(
  column: AttendanceColumn,
  context: AudienceContext,
): AudienceType {
  const { format, isSchoolGroup } = context;
  switch (column) {
    case 'pupils':
      return 'PUPIL';
    case 'adults':
      if (format === 'TEACHER_CPD' || isSchoolGroup || SCHOOL_FORMATS.has(format)) return 'TEACHER';
      if (FAMILY_FORMATS.has(format)) return 'PARENT_CARER';
      if (format === 'REMINISCENCE') return 'CARER';
      if (format === 'ADULT_COURSE') return 'ADULT_LEARNER';
      return 'COMMUNITY_MEMBER';
    case 'otherParticipants':
      return OTHER_PARTICIPANTS_BY_FORMAT[format] ?? 'COMMUNITY_MEMBER';
  }
}

// ---------------------------------------------------------------------------------------

const fieldsByMapping = new WeakMap<ColumnMapping, Map<TargetField, string>>();

/** field -> header, the first header chosen for each field (cached per mapping object). */
function headersByField(mapping: ColumnMapping): Map<TargetField, string> {
  let byField = fieldsByMapping.get(mapping);
  if (!byField) {
    byField = new Map();
    for (const [header, field] of Object.entries(mapping)) {
      if (field !== null && !byField.has(field)) byField.set(field, header);
    }
    fieldsByMapping.set(mapping, byField);
  }
  return byField;
}

const TOTAL_CELL = /^(?:grand\s+)?totals?:?$|^sum:?$/i;

/**
 * Rows that are not sessions and are skipped without complaint: blank rows, and a totals row
 * (a cell reading TOTAL, Totals or Grand total, and no date anywhere in the row).
 */
export function isBlankOrTotalRow(raw: Record<string, string>): boolean {
  const values = Object.values(raw);
  if (values.every((value) => value.trim() === '')) return true;
  if (!values.some((value) => TOTAL_CELL.test(value.trim()))) return false;
  return !values.some((value) => value.trim() !== '' && parseUkDate(value).ok);
}

function collapse(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/**
 * Reads one row with the given mapping. Every problem in the row is reported, each with the
 * file's header and the text found there, so a failed import can list them all at once.
 */
export function normaliseRow(
  raw: Record<string, string>,
  mapping: ColumnMapping,
  rowNumber: number,
): NormaliseRowResult {
  const byField = headersByField(mapping);
  const errors: ImportRowError[] = [];

  const cell = (field: TargetField): string => {
    const header = byField.get(field);
    return header === undefined ? '' : (raw[header] ?? '');
  };
  const report = (field: TargetField, message: string) => {
    errors.push({
      row: rowNumber,
      column: byField.get(field) ?? '',
      field,
      value: cell(field),
      message,
    });
  };
  function read<T>(field: TargetField, parse: (text: string) => CellResult<T>): T | null {
    const result = parse(cell(field));
    if (result.ok) return result.value;
    report(field, result.message);
    return null;
  }
  const required = (field: TargetField): string | null => {
    const value = collapse(cell(field));
    if (value === '') {
      const { label } = ACTIVITY_IMPORT_FIELD_DEFINITIONS[field];
      report(
        field,
        byField.has(field) ? `${label} is required` : `No column is chosen for ${label}`,
      );
      return null;
    }
    return value;
  };
  const text = (field: TargetField, max: number): string | null => {
    const value = field === 'notes' ? cell(field).trim() : collapse(cell(field));
    if (value === '') return null;
    if (value.length > max) {
      const { label } = ACTIVITY_IMPORT_FIELD_DEFINITIONS[field];
      report(field, `${label} is longer than ${max} characters`);
      return null;
    }
    return value;
  };

  const dateText = required('date');
  const date = dateText === null ? null : read('date', parseUkDate);
  const programme = required('programme');
  if (programme !== null && programme.length > IMPORT_MAX_NAME_LENGTH) {
    report('programme', `Programme is longer than ${IMPORT_MAX_NAME_LENGTH} characters`);
  }
  const sessionType = required('sessionType');
  if (sessionType !== null && sessionType.length > IMPORT_MAX_NAME_LENGTH) {
    report('sessionType', `Session type is longer than ${IMPORT_MAX_NAME_LENGTH} characters`);
  }
  const venue = text('venue', IMPORT_MAX_NAME_LENGTH);
  const partnerName = text('partnerName', IMPORT_MAX_NAME_LENGTH);
  const urn = read('partnerUrn', parseUrn);
  const postcode = read('postcode', parsePostcode);
  const keyStage = read('keyStage', parseKeyStage);
  const pupils = read('pupils', parseCount);
  const adults = read('adults', parseCount);
  const others = read('otherParticipants', parseCount);
  const firstVisit = read('firstVisit', parseYesNo);
  const notes = text('notes', IMPORT_MAX_NOTES_LENGTH);
  const startTime = read('startTime', parseTime);
  const durationMinutes = read('durationMinutes', parseDurationMinutes);
  const status = read('status', parseSessionStatus);

  if (errors.length > 0 || date === null || programme === null || sessionType === null) {
    return { ok: false, errors };
  }

  const format = guessFormat(sessionType);
  const partnerType = partnerName === null ? null : guessPartnerType(partnerName, urn);
  const partner: ImportedPartner | null =
    partnerName === null || partnerType === null
      ? null
      : { name: partnerName, key: normaliseName(partnerName), type: partnerType, urn, postcode };
  const context: AudienceContext = {
    format,
    isSchoolGroup:
      (pupils !== null && pupils.count > 0) || keyStage !== null || partnerType === 'SCHOOL',
  };
  const attendance: ImportedAttendanceCell[] = [];
  const addCell = (column: AttendanceColumn, parsed: ParsedCount | null) => {
    if (parsed === null) return;
    attendance.push({
      column,
      audienceType: audienceForColumn(column, context),
      keyStage: column === 'pupils' ? keyStage : null,
      count: parsed.count,
      kind: parsed.kind,
      firstTime: firstVisit,
    });
  };
  addCell('pupils', pupils);
  addCell('adults', adults);
  addCell('otherParticipants', others);

  return {
    ok: true,
    row: {
      rowNumber,
      date,
      startTime,
      durationMinutes,
      status: status ?? 'DELIVERED',
      programme,
      programmeKey: normaliseName(programme),
      sessionType,
      format,
      deliveryMode: guessDeliveryMode(sessionType, venue ?? ''),
      venue,
      venueKey: venue === null ? null : normaliseName(venue),
      partner,
      postcode,
      keyStage,
      firstVisit,
      notes,
      attendance,
    },
  };
}

// ---------------------------------------------------------------------------------------
// Fingerprints: re-importing the same file creates no duplicates

const escapePart = (part: string) => part.replace(/[\\|#]/g, (char) => `\\${char}`);

/**
 * A stable key for the session a row describes:
 * `v1|date|programme|session type|venue|partner|key stage`, names compared with
 * normaliseName. The database stores it (or a hash of it) per organisation, so importing the
 * same file again finds every session already there. Two genuinely identical sessions on the
 * same day (same programme, type, venue, partner and key stage) would share this key: use
 * fingerprintsForFile or createFileFingerprinter, which number repeats within one file
 * (`#2`, `#3`...). Editing any of those cells in the spreadsheet makes a new session on the
 * next import.
 */
export function rowFingerprint(row: NormalisedActivityRow): string {
  return [
    'v1',
    row.date,
    row.programmeKey,
    normaliseName(row.sessionType),
    row.venueKey ?? '',
    row.partner?.key ?? '',
    row.keyStage ?? '',
  ]
    .map(escapePart)
    .join('|');
}

/**
 * Fingerprints for the rows of one file, in order, streaming: the first of a set of identical
 * rows keeps its plain fingerprint, the second gets `#2`, the third `#3`, so a file that
 * really holds two identical sessions imports both, and importing it again imports neither.
 */
export function createFileFingerprinter(): (row: NormalisedActivityRow) => string {
  const seen = new Map<string, number>();
  return (row) => {
    const fingerprint = rowFingerprint(row);
    const occurrence = (seen.get(fingerprint) ?? 0) + 1;
    seen.set(fingerprint, occurrence);
    return occurrence === 1 ? fingerprint : `${fingerprint}#${occurrence}`;
  };
}

/** createFileFingerprinter over a whole file's rows. */
export function fingerprintsForFile(rows: readonly NormalisedActivityRow[]): string[] {
  const fingerprint = createFileFingerprinter();
  return rows.map(fingerprint);
}
