import {
  AGE_BANDS,
  KEY_STAGES,
  attendanceTotals,
  parseWithFieldErrors,
  sessionInputSchema,
  type AgeBand,
  type CountKind,
  type DeprivationIndex,
  type FacilitatorType,
  type KeyStage,
  type SessionInput,
} from '@lantern/domain';

/**
 * "Log a session" and the session editor: the values as typed (text for numbers, '' for not
 * set), how they are filled from the API's defaults or a saved session, how they are checked
 * with the API's own schema, and where the API's field errors land.
 */

/** One row of the attendance grid. */
export interface AttendanceRow {
  /** Stable React key and id prefix for the row's fields. */
  key: string;
  audienceType: string;
  /** '' (not recorded), `AGE:<AgeBand>` or `KS:<KeyStage>`: one choice for the two columns. */
  ageOrStage: string;
  count: string;
  estimate: boolean;
  /** First visit and SEND are edited when the grid's "Record first visits and SEND" is on. */
  firstTime: boolean | null;
  send: boolean | null;
  deprivationDecile: number | null;
  deprivationIndex: DeprivationIndex | null;
}

export interface FacilitatorRow {
  key: string;
  type: string;
  name: string;
  /** The member this facilitator is, when staff and chosen by name. */
  userId: string | null;
}

export interface SessionFormValues {
  programmeId: string;
  title: string;
  date: string;
  startTime: string;
  durationMinutes: string;
  format: string;
  deliveryMode: string;
  status: string;
  siteId: string;
  outreachPostcode: string;
  onlinePlatform: string;
  partnerIds: string[];
  facilitators: FacilitatorRow[];
  coDesigned: boolean;
  participationDepth: string;
  objectsUsed: string;
  notes: string;
  frameworkElementIds: string[];
  attendance: AttendanceRow[];
}

/** An attendance cell as the API sends it (defaults and saved sessions). */
export interface AttendanceCellLike {
  audienceType: string;
  ageBand?: string | null;
  keyStage?: string | null;
  count: number;
  countKind?: string | null;
  firstTime?: boolean | null;
  send?: boolean | null;
  deprivationDecile?: number | null;
  deprivationIndex?: string | null;
}

export interface FacilitatorLike {
  type: string;
  name: string;
  user?: { id: string } | null;
}

/** What `sessionDefaults(programmeId)` answers: any field may be missing. */
export interface SessionDefaultsLike {
  format?: string | null;
  deliveryMode?: string | null;
  siteId?: string | null;
  site?: { id: string } | null;
  startTime?: string | null;
  durationMinutes?: number | null;
  partnerIds?: readonly string[] | null;
  partners?: ReadonlyArray<{ id: string }> | null;
  facilitators?: ReadonlyArray<FacilitatorLike> | null;
  attendance?: ReadonlyArray<AttendanceCellLike> | null;
}

/** A saved session, as the editor reads it. */
export interface SessionLike extends SessionDefaultsLike {
  programme: { id: string };
  title?: string | null;
  date: string;
  status: string;
  outreachPostcode?: string | null;
  onlinePlatform?: string | null;
  coDesigned?: boolean | null;
  participationDepth?: string | null;
  objectsUsed?: string | null;
  notes?: string | null;
  frameworkElements?: ReadonlyArray<{ id: string }> | null;
}

let rowCount = 0;

/** A key for a new row, unique on the page. */
export function newRowKey(): string {
  rowCount += 1;
  return `row-${rowCount}`;
}

export function emptyAttendanceRow(): AttendanceRow {
  return {
    key: newRowKey(),
    audienceType: '',
    ageOrStage: '',
    count: '',
    estimate: false,
    firstTime: null,
    send: null,
    deprivationDecile: null,
    deprivationIndex: null,
  };
}

export function emptyFacilitatorRow(): FacilitatorRow {
  return { key: newRowKey(), type: 'STAFF', name: '', userId: null };
}

/** A new session: delivered, on `today`, nothing else chosen yet. */
export function emptySessionValues(today: string, programmeId = ''): SessionFormValues {
  return {
    programmeId,
    title: '',
    date: today,
    startTime: '',
    durationMinutes: '',
    format: '',
    deliveryMode: '',
    status: 'DELIVERED',
    siteId: '',
    outreachPostcode: '',
    onlinePlatform: '',
    partnerIds: [],
    facilitators: [],
    coDesigned: false,
    participationDepth: '',
    objectsUsed: '',
    notes: '',
    frameworkElementIds: [],
    attendance: [],
  };
}

/** The single "age band or key stage" choice for a cell. */
export function ageOrStageOf(cell: { ageBand?: string | null; keyStage?: string | null }): string {
  if (cell.keyStage) {
    return `KS:${cell.keyStage}`;
  }
  if (cell.ageBand) {
    return `AGE:${cell.ageBand}`;
  }
  return '';
}

/** The cell's age band and key stage from the single choice. */
export function splitAgeOrStage(value: string): {
  ageBand: AgeBand | null;
  keyStage: KeyStage | null;
} {
  const [kind, code] = value.split(':');
  if (kind === 'KS' && (KEY_STAGES as readonly string[]).includes(code ?? '')) {
    return { ageBand: null, keyStage: code as KeyStage };
  }
  if (kind === 'AGE' && (AGE_BANDS as readonly string[]).includes(code ?? '')) {
    return { ageBand: code as AgeBand, keyStage: null };
  }
  return { ageBand: null, keyStage: null };
}

export function attendanceRowFrom(cell: AttendanceCellLike): AttendanceRow {
  return {
    key: newRowKey(),
    audienceType: cell.audienceType,
    ageOrStage: ageOrStageOf(cell),
    count: String(cell.count),
    estimate: cell.countKind === 'ESTIMATE',
    firstTime: cell.firstTime ?? null,
    send: cell.send ?? null,
    deprivationDecile: cell.deprivationDecile ?? null,
    deprivationIndex: (cell.deprivationIndex as DeprivationIndex | null | undefined) ?? null,
  };
}

function facilitatorRowFrom(facilitator: FacilitatorLike): FacilitatorRow {
  return {
    key: newRowKey(),
    type: facilitator.type,
    name: facilitator.name,
    userId: facilitator.user?.id ?? null,
  };
}

/** "10:00:00" (the API may send seconds) → "10:00", which a time input shows. */
export function timeForInput(time: string | null | undefined): string {
  return time ? time.slice(0, 5) : '';
}

/** The fields the defaults fill, so a person's own edits can be told apart from them. */
export const DEFAULTED_FIELDS = [
  'format',
  'deliveryMode',
  'siteId',
  'startTime',
  'durationMinutes',
  'partnerIds',
  'facilitators',
  'attendance',
] as const satisfies ReadonlyArray<keyof SessionFormValues>;

export type DefaultedField = (typeof DEFAULTED_FIELDS)[number];

/** The values the defaults give, field by field. */
export function valuesFromDefaults(
  defaults: SessionDefaultsLike,
): Pick<SessionFormValues, DefaultedField> {
  return {
    format: defaults.format ?? '',
    deliveryMode: defaults.deliveryMode ?? '',
    siteId: defaults.siteId ?? defaults.site?.id ?? '',
    startTime: timeForInput(defaults.startTime),
    durationMinutes:
      defaults.durationMinutes === null || defaults.durationMinutes === undefined
        ? ''
        : String(defaults.durationMinutes),
    partnerIds: [
      ...(defaults.partnerIds ?? (defaults.partners ?? []).map((partner) => partner.id)),
    ],
    facilitators: (defaults.facilitators ?? []).map(facilitatorRowFrom),
    attendance: (defaults.attendance ?? []).map(attendanceRowFrom),
  };
}

/**
 * The form after the defaults arrive: every defaulted field the person has not changed yet
 * takes the default; what they typed stays.
 */
export function applyDefaults(
  values: SessionFormValues,
  defaults: SessionDefaultsLike,
  touched: ReadonlySet<string> = new Set(),
): SessionFormValues {
  const filled = valuesFromDefaults(defaults);
  const next = { ...values };
  for (const field of DEFAULTED_FIELDS) {
    if (!touched.has(field)) {
      (next as Record<DefaultedField, unknown>)[field] = filled[field];
    }
  }
  return next;
}

/** The editor's values for a saved session. */
export function sessionValuesFrom(session: SessionLike): SessionFormValues {
  return {
    ...emptySessionValues(String(session.date), session.programme.id),
    ...valuesFromDefaults(session),
    title: session.title ?? '',
    status: session.status,
    outreachPostcode: session.outreachPostcode ?? '',
    onlinePlatform: session.onlinePlatform ?? '',
    coDesigned: session.coDesigned ?? false,
    participationDepth: session.participationDepth ?? '',
    objectsUsed: session.objectsUsed ?? '',
    notes: session.notes ?? '',
    frameworkElementIds: (session.frameworkElements ?? []).map((element) => element.id),
  };
}

/** A count as typed: digits (thousands commas allowed); '' is null, anything else NaN. */
export function countFromText(text: string): number | null {
  const cleaned = text.trim().replace(/,/g, '');
  if (cleaned === '') {
    return null;
  }
  return /^\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** The grid's live total, counting what can be read so far. */
export function attendanceTotalsOf(rows: readonly AttendanceRow[]) {
  return attendanceTotals(
    rows.map((row) => {
      const count = countFromText(row.count);
      return {
        count: count === null || Number.isNaN(count) ? 0 : count,
        countKind: (row.estimate ? 'ESTIMATE' : 'HEADCOUNT') as CountKind,
      };
    }),
  );
}

/** Lists whose items are chosen, not typed: a problem with one item belongs to the list. */
const LIST_FIELDS = new Set(['partnerIds', 'frameworkElementIds']);

/** Fields of a cell the grid shows together ("age band or key stage") or not at all. */
const CELL_FIELD_KEYS: Record<string, string> = {
  audienceType: 'audienceType',
  ageBand: 'ageOrStage',
  keyStage: 'ageOrStage',
  count: 'count',
  countKind: 'estimate',
};

/**
 * The form's key for an error path from zod or the API, given which grid row each sent cell
 * came from: "input.attendance.1.count" → "attendance.<row>.count", "input.attendance.1" →
 * "attendance.<row>", "input.partnerIds.2" → "partnerIds", "input.facilitators.0.name" as is.
 */
export function fieldKeyFor(
  path: string,
  attendanceRows: readonly number[] | null = null,
  root = 'input',
): string {
  const parts = path.split('.');
  if (parts[0] === root) {
    parts.shift();
  }
  const [field, index, cellField] = parts;
  if (field && LIST_FIELDS.has(field)) {
    return field;
  }
  if (field === 'attendance' && index !== undefined) {
    const sent = Number(index);
    const row = attendanceRows ? (attendanceRows[sent] ?? sent) : sent;
    const column = cellField === undefined ? undefined : CELL_FIELD_KEYS[cellField];
    return column ? `attendance.${row}.${column}` : `attendance.${row}`;
  }
  return parts.join('.');
}

/** Errors keyed by the form's field keys; the first message for a field wins. */
export function errorsByField(
  byPath: Record<string, string>,
  attendanceRows: readonly number[] | null = null,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(byPath)) {
    errors[fieldKeyFor(path, attendanceRows)] ??= message;
  }
  return errors;
}

/** The fields in "More details": an error in one of them opens the section. */
export const MORE_DETAIL_FIELDS = [
  'title',
  'outreachPostcode',
  'onlinePlatform',
  'facilitators',
  'coDesigned',
  'participationDepth',
  'objectsUsed',
  'notes',
  'frameworkElementIds',
];

export function hasMoreDetailErrors(errors: Record<string, string>): boolean {
  return Object.keys(errors).some((key) => MORE_DETAIL_FIELDS.includes(key.split('.')[0] ?? ''));
}

export type SessionCheck =
  | {
      ok: true;
      value: SessionInput;
      /** For each attendance cell sent, the grid row it came from (rows left at 0 are not sent). */
      attendanceRows: number[];
    }
  | { ok: false; errors: Record<string, string> };

/**
 * The browser's check of the form, with the API's own schema (`sessionInputSchema`), so the
 * messages match what the API would say. Rows left at 0 are not sent. Errors are keyed like
 * "date" or "attendance.1.count" (the grid's row, not the sent cell).
 */
export function checkSession(values: SessionFormValues): SessionCheck {
  const own: Record<string, string> = {};
  const attendanceRows: number[] = [];
  const attendance = values.status === 'DELIVERED' ? values.attendance : [];
  const cells = attendance.flatMap((row, index) => {
    const count = countFromText(row.count);
    if (count === null) {
      own[`attendance.${index}.count`] = 'Enter how many came';
      return [];
    }
    if (Number.isNaN(count)) {
      own[`attendance.${index}.count`] = 'Enter a whole number, such as 28';
      return [];
    }
    if (count === 0) {
      return [];
    }
    if (row.audienceType === '') {
      own[`attendance.${index}.audienceType`] = 'Choose who came';
    }
    attendanceRows.push(index);
    return [
      {
        audienceType: row.audienceType,
        ...splitAgeOrStage(row.ageOrStage),
        count,
        countKind: row.estimate ? 'ESTIMATE' : 'HEADCOUNT',
        firstTime: row.firstTime,
        send: row.send,
        deprivationDecile: row.deprivationDecile,
        deprivationIndex: row.deprivationIndex,
      },
    ];
  });

  const duration = countFromText(values.durationMinutes);
  if (duration !== null && Number.isNaN(duration)) {
    own['durationMinutes'] = 'Enter whole minutes, such as 90';
  }
  if (values.programmeId === '') {
    own['programmeId'] = 'Choose the programme';
  }
  if (values.date.trim() === '') {
    own['date'] = 'Enter the date of the session';
  }

  const input = {
    programmeId: values.programmeId,
    title: values.title,
    date: values.date.trim(),
    startTime: values.startTime.trim() || null,
    durationMinutes: duration === null || Number.isNaN(duration) ? null : duration,
    format: values.format || undefined,
    deliveryMode: values.deliveryMode || undefined,
    status: values.status || 'DELIVERED',
    siteId: values.siteId || null,
    outreachPostcode: values.outreachPostcode,
    onlinePlatform: values.onlinePlatform,
    partnerIds: values.partnerIds,
    facilitators: values.facilitators.map((row) => ({
      type: row.type as FacilitatorType,
      name: row.name,
      userId: row.type === 'STAFF' ? row.userId : null,
    })),
    coDesigned: values.coDesigned,
    participationDepth: values.participationDepth || null,
    objectsUsed: values.objectsUsed,
    notes: values.notes,
    frameworkElementIds: values.frameworkElementIds,
    attendance: cells,
  };

  const parsed = parseWithFieldErrors(sessionInputSchema, input);
  const byPath: Record<string, string> = {};
  if (!parsed.ok) {
    for (const error of parsed.fieldErrors) {
      byPath[error.path.join('.')] ??= error.message;
    }
  }
  const errors = { ...errorsByField(byPath, attendanceRows), ...own };
  if (!parsed.ok || Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  return { ok: true, value: parsed.value, attendanceRows };
}
