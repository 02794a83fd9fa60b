import { z } from 'zod';
import { postcodeSchema } from '../postcode';
import { isoDateSchema } from './programmes';
import {
  AGE_BANDS,
  AUDIENCE_TYPES,
  COUNT_KINDS,
  DELIVERY_MODES,
  DEPRIVATION_INDEXES,
  FACILITATOR_TYPES,
  KEY_STAGES,
  PARTICIPATION_DEPTHS,
  SESSION_FORMATS,
  SESSION_STATUSES,
  type CountKind,
  type DeliveryMode,
  type ProgrammeStrand,
  type SessionFormat,
} from './vocabulary';

/** Sessions and their attendance: what "Log a session" sends, checked the same way everywhere. */

export const ATTENDANCE_COUNT_MAX = 100_000;
export const SESSION_DURATION_MAX_MINUTES = 14_400;
export const SESSION_ATTENDANCE_CELLS_MAX = 500;

const uuid = z.string().regex(/^[0-9a-f-]{36}$/i, 'is not an id');

/** Optional free text: trimmed, and empty means absent (null). */
function optionalText(max: number, label: string) {
  return z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .nullish()
    .transform((v) => v || null);
}

/** A wall-clock time as HH:MM (24 hours). */
export const localTimeSchema = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time as HH:MM, e.g. 09:30');

/**
 * One cell of the attendance grid: an audience, by age band or key stage (at most one of
 * them; neither when the age was not recorded), with optional first-time, SEND and
 * deprivation decile. The count is a headcount unless it says it is an estimate.
 */
export const attendanceCellSchema = z
  .object({
    audienceType: z.enum(AUDIENCE_TYPES, 'Choose who came'),
    ageBand: z
      .enum(AGE_BANDS, 'Choose an age band')
      .nullish()
      .transform((v) => v ?? null),
    keyStage: z
      .enum(KEY_STAGES, 'Choose a key stage')
      .nullish()
      .transform((v) => v ?? null),
    count: z
      .number('Enter how many came')
      .int('Enter a whole number')
      .min(0, 'Cannot be negative')
      .max(ATTENDANCE_COUNT_MAX, `Must be at most ${ATTENDANCE_COUNT_MAX.toLocaleString('en-GB')}`),
    countKind: z
      .enum(COUNT_KINDS)
      .nullish()
      .transform((v) => v ?? 'HEADCOUNT'),
    firstTime: z
      .boolean()
      .nullish()
      .transform((v) => v ?? null),
    send: z
      .boolean()
      .nullish()
      .transform((v) => v ?? null),
    deprivationDecile: z
      .number()
      .int('Enter a decile from 1 to 10')
      .min(1, 'Enter a decile from 1 to 10')
      .max(10, 'Enter a decile from 1 to 10')
      .nullish()
      .transform((v) => v ?? null),
    deprivationIndex: z
      .enum(DEPRIVATION_INDEXES)
      .nullish()
      .transform((v) => v ?? null),
  })
  .superRefine((cell, ctx) => {
    if (cell.ageBand && cell.keyStage) {
      ctx.addIssue({
        code: 'custom',
        path: ['keyStage'],
        message: 'Give an age band or a key stage, not both',
      });
    }
    if (cell.deprivationDecile !== null && cell.deprivationIndex === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['deprivationIndex'],
        message: 'Say which deprivation index the decile comes from',
      });
    }
    if (cell.deprivationDecile === null && cell.deprivationIndex !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['deprivationDecile'],
        message: 'Enter the decile, or leave the index empty',
      });
    }
  });

export type AttendanceCellInput = z.input<typeof attendanceCellSchema>;
export type AttendanceCell = z.output<typeof attendanceCellSchema>;

/** What makes two cells "the same cell": everything but the count and how it was counted. */
export function attendanceCellKey(
  cell: Pick<
    AttendanceCell,
    | 'audienceType'
    | 'ageBand'
    | 'keyStage'
    | 'firstTime'
    | 'send'
    | 'deprivationDecile'
    | 'deprivationIndex'
  >,
): string {
  return [
    cell.audienceType,
    cell.ageBand ?? '',
    cell.keyStage ?? '',
    cell.firstTime ?? '',
    cell.send ?? '',
    cell.deprivationDecile ?? '',
    cell.deprivationIndex ?? '',
  ].join('|');
}

/**
 * Totals of an attendance grid: attendances (not unique people), and whether any count in it
 * is an estimate. Shared by the API (kept on the session) and the web app's grid.
 */
export function attendanceTotals(
  cells: ReadonlyArray<{ count: number | null | undefined; countKind?: CountKind | null }>,
): { total: number; hasEstimates: boolean } {
  let total = 0;
  let hasEstimates = false;
  for (const cell of cells) {
    const count = cell.count ?? 0;
    if (Number.isFinite(count)) total += count;
    if (cell.countKind === 'ESTIMATE' && count > 0) hasEstimates = true;
  }
  return { total, hasEstimates };
}

export const facilitatorSchema = z.object({
  type: z.enum(FACILITATOR_TYPES, 'Choose staff, freelancer, volunteer or partner'),
  userId: uuid.nullish().transform((v) => v ?? null),
  name: z
    .string('Enter the facilitator')
    .trim()
    .min(1, 'Enter the facilitator')
    .max(200, 'Name must be at most 200 characters'),
});

export type FacilitatorInput = z.output<typeof facilitatorSchema>;

const optionalPostcode = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
  postcodeSchema.nullish().transform((v) => v ?? null),
);

/** Ids without repeats, in the order given. */
function uniqueIds(max: number, what: string) {
  return z
    .array(uuid)
    .max(max, `At most ${max} ${what}`)
    .nullish()
    .transform((ids) => [...new Set((ids ?? []).map((id) => id.toLowerCase()))]);
}

/**
 * A session as "Log a session" and the edit form send it. Whether a delivered session's
 * date is in the future depends on the museum's time zone and the clock: the API checks it.
 */
export const sessionInputSchema = z
  .object({
    programmeId: uuid,
    title: optionalText(200, 'Title'),
    date: isoDateSchema,
    startTime: localTimeSchema.nullish().transform((v) => v ?? null),
    durationMinutes: z
      .number()
      .int('Enter whole minutes')
      .min(1, 'Must be at least 1 minute')
      .max(SESSION_DURATION_MAX_MINUTES, 'Must be at most 10 days (14,400 minutes)')
      .nullish()
      .transform((v) => v ?? null),
    format: z.enum(SESSION_FORMATS, 'Choose a format'),
    deliveryMode: z.enum(DELIVERY_MODES, 'Choose how it was delivered'),
    status: z.enum(SESSION_STATUSES).default('DELIVERED'),
    siteId: uuid.nullish().transform((v) => v ?? null),
    outreachPostcode: optionalPostcode,
    onlinePlatform: optionalText(100, 'Platform'),
    partnerIds: uniqueIds(50, 'partners'),
    facilitators: z.array(facilitatorSchema).max(20, 'At most 20 facilitators').default([]),
    coDesigned: z
      .boolean()
      .nullish()
      .transform((v) => v ?? false),
    participationDepth: z
      .enum(PARTICIPATION_DEPTHS)
      .nullish()
      .transform((v) => v ?? null),
    objectsUsed: optionalText(2000, 'Objects used'),
    notes: optionalText(4000, 'Notes'),
    frameworkElementIds: uniqueIds(200, 'framework elements'),
    attendance: z
      .array(attendanceCellSchema)
      .max(SESSION_ATTENDANCE_CELLS_MAX, `At most ${SESSION_ATTENDANCE_CELLS_MAX} attendance rows`)
      .default([]),
  })
  .superRefine((session, ctx) => {
    if (session.status !== 'DELIVERED' && session.attendance.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['attendance'],
        message:
          session.status === 'PLANNED'
            ? 'A planned session has no attendance yet: log it once it is delivered'
            : 'A cancelled session has no attendance',
      });
    }
    const seen = new Map<string, number>();
    session.attendance.forEach((cell, i) => {
      const key = attendanceCellKey(cell);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else {
        ctx.addIssue({
          code: 'custom',
          path: ['attendance', i],
          message: `Repeats row ${first + 1}: the same audience, age band or key stage, first-time, SEND and decile`,
        });
      }
    });
    if (session.deliveryMode === 'ONSITE' && !session.siteId) {
      ctx.addIssue({ code: 'custom', path: ['siteId'], message: 'An onsite session needs a site' });
    }
    if (
      session.deliveryMode === 'OUTREACH' &&
      !session.outreachPostcode &&
      !session.partnerIds.length
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['outreachPostcode'],
        message: 'An outreach session needs the postcode where it took place, or a partner',
      });
    }
    if (session.deliveryMode === 'ONLINE' && session.siteId) {
      ctx.addIssue({
        code: 'custom',
        path: ['siteId'],
        message: 'An online session has no site (choose hybrid if people also came in)',
      });
    }
  });

export type SessionInput = z.output<typeof sessionInputSchema>;
export type SessionInputRaw = z.input<typeof sessionInputSchema>;

/** Formatters by time zone: building one costs far more than using it. */
const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** The calendar date at `now` in a time zone (e.g. the museum's), as YYYY-MM-DD. */
export function localDateIn(now: Date, timeZone: string): string {
  let format = DATE_FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    DATE_FORMATS.set(timeZone, format);
  }
  const parts = format.formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The format "Log a session" suggests for a programme of each strand. */
export const STRAND_DEFAULT_FORMAT: Readonly<Record<ProgrammeStrand, SessionFormat>> = {
  SCHOOLS: 'SCHOOL_WORKSHOP',
  EARLY_YEARS: 'EARLY_YEARS',
  FAMILIES: 'FAMILY_DROP_IN',
  YOUNG_PEOPLE: 'YOUTH_PANEL',
  ADULT_LEARNING: 'ADULT_COURSE',
  COMMUNITY_PARTNERSHIPS: 'COMMUNITY_CO_CURATION',
  HEALTH_AND_WELLBEING: 'WELLBEING_GROUP',
  VOLUNTEERING_AND_SKILLS: 'VOLUNTEER_SESSION',
  DIGITAL: 'LIVE_ONLINE_EVENT',
  OUTREACH: 'OUTREACH_VISIT',
  TEACHER_CPD: 'TEACHER_CPD',
  ACCESS_SEND: 'SCHOOL_WORKSHOP',
};

/** How a session of a format is usually delivered (a suggestion; the user can change it). */
export function defaultDeliveryMode(format: SessionFormat): DeliveryMode {
  switch (format) {
    case 'OUTREACH_VISIT':
    case 'LOAN_BOX':
      return 'OUTREACH';
    case 'VIRTUAL_CLASSROOM':
    case 'LIVE_ONLINE_EVENT':
    case 'DIGITAL_RESOURCE_RELEASE':
      return 'ONLINE';
    case 'SELF_LED_SCHOOL_VISIT':
      return 'SELF_LED';
    default:
      return 'ONSITE';
  }
}

/**
 * Filters of the session list and its exports: a period (`from` and `to`, both included)
 * and the things a session is tagged with. The same names as the export's query parameters.
 */
export const sessionFilterSchema = z
  .object({
    from: isoDateSchema.nullish().transform((v) => v ?? null),
    to: isoDateSchema.nullish().transform((v) => v ?? null),
    programmeId: uuid.nullish().transform((v) => v?.toLowerCase() ?? null),
    siteId: uuid.nullish().transform((v) => v?.toLowerCase() ?? null),
    partnerId: uuid.nullish().transform((v) => v?.toLowerCase() ?? null),
    format: z
      .enum(SESSION_FORMATS, 'is not a session format')
      .nullish()
      .transform((v) => v ?? null),
    deliveryMode: z
      .enum(DELIVERY_MODES, 'is not a delivery mode')
      .nullish()
      .transform((v) => v ?? null),
    status: z
      .enum(SESSION_STATUSES, 'is not a session status')
      .nullish()
      .transform((v) => v ?? null),
  })
  .refine((f) => !f.from || !f.to || f.to >= f.from, {
    message: 'The period must end on or after it starts',
    path: ['to'],
  });

export type SessionFilter = z.output<typeof sessionFilterSchema>;
