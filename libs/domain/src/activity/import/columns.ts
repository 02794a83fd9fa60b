/**
 * The columns of an activity import: what Lantern can read from a spreadsheet row, how the
 * file's headers are matched to those fields, and the mapping an organisation saves so the
 * next upload of the same spreadsheet maps itself.
 */
import { z } from 'zod';

export const ACTIVITY_IMPORT_FIELDS = [
  'date',
  'programme',
  'sessionType',
  'venue',
  'partnerName',
  'partnerUrn',
  'postcode',
  'keyStage',
  'pupils',
  'adults',
  'otherParticipants',
  'firstVisit',
  'notes',
  'startTime',
  'durationMinutes',
  'status',
] as const;
export type TargetField = (typeof ACTIVITY_IMPORT_FIELDS)[number];

export interface TargetFieldDefinition {
  label: string;
  required: boolean;
  /** One line for the mapping screen. */
  hint: string;
}

export const ACTIVITY_IMPORT_FIELD_DEFINITIONS: Record<TargetField, TargetFieldDefinition> = {
  date: { label: 'Date', required: true, hint: 'Day first, e.g. 07/04/2024 or 7 Apr 24' },
  programme: { label: 'Programme', required: true, hint: 'Matched by name, ignoring case' },
  sessionType: {
    label: 'Session type',
    required: true,
    hint: 'e.g. Workshop, Loan box, Family drop-in: sets the format and delivery mode',
  },
  venue: { label: 'Venue', required: false, hint: 'Site, "Online" or "Outreach"' },
  partnerName: { label: 'School / group', required: false, hint: 'The partner who took part' },
  partnerUrn: { label: 'URN', required: false, hint: "A school's six-digit DfE number" },
  postcode: { label: 'Postcode', required: false, hint: "The school's or group's postcode" },
  keyStage: { label: 'Key stage', required: false, hint: 'KS1 to KS5, EYFS, Year 4, Post-19' },
  pupils: { label: 'Pupils', required: false, hint: 'Headcount, or an estimate such as c. 30' },
  adults: {
    label: 'Adults',
    required: false,
    hint: 'Teachers with a school, parents and carers at family sessions',
  },
  otherParticipants: {
    label: 'Other participants',
    required: false,
    hint: 'Everyone else who took part',
  },
  firstVisit: { label: 'First visit', required: false, hint: 'Yes or no' },
  notes: { label: 'Notes', required: false, hint: 'Kept with the session' },
  startTime: { label: 'Start time', required: false, hint: 'e.g. 10:00 or 2pm' },
  durationMinutes: { label: 'Duration', required: false, hint: 'Minutes, or e.g. 1h 30m' },
  status: {
    label: 'Status',
    required: false,
    hint: 'Delivered, planned or cancelled (blank: delivered)',
  },
};

export const REQUIRED_IMPORT_FIELDS: readonly TargetField[] = ACTIVITY_IMPORT_FIELDS.filter(
  (field) => ACTIVITY_IMPORT_FIELD_DEFINITIONS[field].required,
);

/** The file's header text -> the field it fills, or null for a column that is not imported. */
export type ColumnMapping = Record<string, TargetField | null>;

/**
 * A header reduced for matching: accents, case and punctuation dropped, `&` read as "and", and
 * a leading "No." / "Number of" / "#" removed ("No. of pupils" -> "pupils").
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[\u2018\u2019']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^(?:total )?(?:no|nos|number|num|nr|count) (?:of )?(?=\S)/, '')
    .replace(/ (?:no|nos|number|numbers|count)$/, '');
}

/** Headers that mean exactly this field (already normalised). */
const SYNONYMS: Record<TargetField, readonly string[]> = {
  date: [
    'date',
    'session date',
    'date of session',
    'visit date',
    'date of visit',
    'event date',
    'activity date',
    'workshop date',
    'delivery date',
    'date delivered',
    'day',
    'when',
  ],
  programme: [
    'programme',
    'program',
    'programme name',
    'program name',
    'programme strand',
    'strand',
    'project',
    'project name',
    'series',
  ],
  sessionType: [
    'session type',
    'type',
    'type of session',
    'activity',
    'activity type',
    'type of activity',
    'format',
    'session format',
    'event type',
    'session',
  ],
  venue: ['venue', 'location', 'site', 'where', 'place', 'room', 'gallery', 'space', 'museum site'],
  partnerName: [
    'school group',
    'school or group',
    'school',
    'group',
    'school name',
    'group name',
    'school group name',
    'partner',
    'partner name',
    'partner organisation',
    'organisation',
    'organization',
    'community group',
    'setting',
  ],
  partnerUrn: ['urn', 'school urn', 'dfe urn', 'unique reference number'],
  postcode: [
    'postcode',
    'post code',
    'postal code',
    'school postcode',
    'group postcode',
    'partner postcode',
  ],
  keyStage: ['key stage', 'keystage', 'ks', 'year group', 'year groups', 'school year', 'year'],
  pupils: [
    'pupils',
    'pupil',
    'pupil numbers',
    'students',
    'student',
    'school children',
    'schoolchildren',
  ],
  adults: [
    'adults',
    'adult',
    'teachers',
    'teachers and adults',
    'accompanying adults',
    'adults accompanying',
    'staff',
    'parents',
    'carers',
    'parents and carers',
    'parents carers',
  ],
  otherParticipants: [
    'other participants',
    'participants',
    'other',
    'others',
    'other attendees',
    'attendees',
    'visitors',
    'attending',
    'people',
  ],
  firstVisit: [
    'first visit',
    'first time',
    'first time visit',
    'first visit yes no',
    'first visit y n',
    'new visitor',
    'new group',
    'new',
  ],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks', 'notes and comments', 'details'],
  startTime: ['start time', 'time', 'start', 'starts', 'session time'],
  durationMinutes: [
    'duration',
    'duration mins',
    'duration minutes',
    'length',
    'length mins',
    'minutes',
    'mins',
  ],
  status: ['status', 'session status'],
};

/** Words that suggest the field when the header is not an exact synonym ("Date of workshop"). */
const KEYWORDS: Record<TargetField, readonly string[]> = {
  date: ['date'],
  programme: ['programme', 'program', 'strand'],
  sessionType: ['type', 'activity', 'format'],
  venue: ['venue', 'location', 'site'],
  partnerName: ['school', 'group', 'partner', 'organisation', 'organization'],
  partnerUrn: ['urn'],
  postcode: ['postcode'],
  keyStage: ['key stage', 'year group'],
  pupils: ['pupils', 'pupil', 'students'],
  adults: ['adults', 'adult', 'teachers', 'carers'],
  otherParticipants: ['participants', 'attendees', 'visitors'],
  firstVisit: ['first'],
  notes: ['notes', 'comments'],
  startTime: ['time'],
  durationMinutes: ['duration', 'minutes', 'mins'],
  status: ['status'],
};

const SYNONYM_LOOKUP = new Map<string, TargetField>();
for (const field of ACTIVITY_IMPORT_FIELDS) {
  for (const synonym of SYNONYMS[field]) SYNONYM_LOOKUP.set(synonym, field);
}

/** A header that adds up other columns is never imported (it would count people twice). */
const TOTAL_HEADER = /\btotal\b|\bsum\b/;

function keywordScore(header: string, field: TargetField): number {
  if (TOTAL_HEADER.test(header)) return 0;
  const padded = ` ${header} `;
  return KEYWORDS[field].some((keyword) => padded.includes(` ${keyword} `)) ? 1 : 0;
}

/**
 * Suggests which field each header fills. Exact synonyms ("No. of pupils", "Key Stage") win
 * over headers that merely contain a keyword ("Date of workshop"); a field is given to one
 * header only, the left-most of the best matches; anything else maps to null. A remembered
 * mapping (saved by the organisation last time) wins over every suggestion for the headers it
 * knows, including the columns it chose to ignore.
 */
export function suggestMapping(
  headers: readonly string[],
  remembered?: SavedColumnMapping | null,
): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<TargetField>();
  const settled = new Set<string>();

  if (remembered) {
    const known = new Map<string, TargetField | null>();
    for (const [header, field] of Object.entries(remembered.columns)) {
      known.set(normaliseHeader(header), field);
    }
    for (const header of headers) {
      const key = normaliseHeader(header);
      if (settled.has(header) || !known.has(key)) continue;
      const field = known.get(key) ?? null;
      if (field !== null && taken.has(field)) continue;
      mapping[header] = field;
      settled.add(header);
      if (field !== null) taken.add(field);
    }
  }

  const candidates: Array<{ header: string; index: number; field: TargetField; score: number }> =
    [];
  headers.forEach((header, index) => {
    if (settled.has(header)) return;
    const key = normaliseHeader(header);
    const exact = SYNONYM_LOOKUP.get(key);
    if (exact !== undefined) {
      candidates.push({ header, index, field: exact, score: 2 });
      return;
    }
    for (const field of ACTIVITY_IMPORT_FIELDS) {
      if (keywordScore(key, field) > 0) candidates.push({ header, index, field, score: 1 });
    }
  });
  const fieldOrder = (field: TargetField) => ACTIVITY_IMPORT_FIELDS.indexOf(field);
  candidates.sort(
    (a, b) => b.score - a.score || a.index - b.index || fieldOrder(a.field) - fieldOrder(b.field),
  );
  for (const candidate of candidates) {
    if (settled.has(candidate.header) || taken.has(candidate.field)) continue;
    mapping[candidate.header] = candidate.field;
    settled.add(candidate.header);
    taken.add(candidate.field);
  }
  for (const header of headers) {
    if (!settled.has(header)) mapping[header] = null;
  }
  return mapping;
}

export interface MappingProblem {
  field: TargetField;
  message: string;
}

/**
 * What stops a mapping being used: a required field with no column, or a field chosen for
 * more than one column. An empty list means the rows can be read.
 */
export function checkMapping(mapping: ColumnMapping): MappingProblem[] {
  const columnsOf = new Map<TargetField, string[]>();
  for (const [header, field] of Object.entries(mapping)) {
    if (field === null) continue;
    columnsOf.set(field, [...(columnsOf.get(field) ?? []), header]);
  }
  const problems: MappingProblem[] = [];
  for (const field of ACTIVITY_IMPORT_FIELDS) {
    const { label, required } = ACTIVITY_IMPORT_FIELD_DEFINITIONS[field];
    const columns = columnsOf.get(field) ?? [];
    if (required && columns.length === 0) {
      problems.push({ field, message: `Choose the column that holds ${label}` });
    }
    if (columns.length > 1) {
      problems.push({
        field,
        message: `${label} is chosen for ${columns.length} columns (${columns.join(', ')}): choose one`,
      });
    }
  }
  return problems;
}

export const SAVED_MAPPING_MAX_COLUMNS = 200;

/**
 * The mapping an organisation saves after an import, keyed by the header as written in the
 * file. `suggestMapping(headers, saved)` applies it to the next file, matching headers
 * ignoring case and punctuation.
 */
export const savedColumnMappingSchema = z
  .object({
    version: z.literal(1),
    columns: z.record(z.string().trim().min(1).max(200), z.enum(ACTIVITY_IMPORT_FIELDS).nullable()),
  })
  .superRefine((value, ctx) => {
    const entries = Object.entries(value.columns);
    if (entries.length > SAVED_MAPPING_MAX_COLUMNS) {
      ctx.addIssue({
        code: 'custom',
        path: ['columns'],
        message: `A mapping can name at most ${SAVED_MAPPING_MAX_COLUMNS} columns`,
      });
    }
    const seen = new Map<TargetField, string>();
    for (const [header, field] of entries) {
      if (field === null) continue;
      const earlier = seen.get(field);
      if (earlier !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['columns', header],
          message: `${ACTIVITY_IMPORT_FIELD_DEFINITIONS[field].label} is already chosen for ${earlier}`,
        });
      } else {
        seen.set(field, header);
      }
    }
  });
export type SavedColumnMapping = z.output<typeof savedColumnMappingSchema>;

/** The mapping to save once an import has been committed. */
export function toSavedMapping(mapping: ColumnMapping): SavedColumnMapping {
  return { version: 1, columns: { ...mapping } };
}
