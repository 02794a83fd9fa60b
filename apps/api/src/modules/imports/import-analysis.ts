/**
 * What an import is made of, worked out as its rows stream past: counts for the summary, the
 * first rows for the preview, the first errors to show, and what a commit would have to
 * create (programmes, venues, partners). Pure: no database, no files.
 */
import { hash, randomUUID } from 'node:crypto';
import {
  type DeliveryMode,
  type ImportRowError,
  type KeyStage,
  type NormalisedActivityRow,
  type PartnerType,
  type ProgrammeStrand,
  type SessionFormat,
  type SessionStatus,
  type SiteType,
  type TargetField,
} from '@lantern/domain';

/** Errors kept to show; every one is counted. */
export const MAX_KEPT_ERRORS = 1000;
/** Normalised rows kept to show before committing. */
export const PREVIEW_ROWS = 20;

export interface ImportSummary {
  /** Data rows read (blank rows and totals rows are not counted). */
  rows: number;
  /** Rows that are sessions: every row once the file is valid. */
  sessions: number;
  attendanceCells: number;
  /** Attendances (people counted per session, summed), not unique people. */
  attendances: number;
  /** Sessions already in Lantern from an earlier import: a commit skips them. */
  duplicates: number;
  newProgrammes: number;
  newPartners: number;
  newSites: number;
  /** Counts given as estimates ("c. 40"). */
  estimatedCounts: number;
  dateFrom: string | null;
  dateTo: string | null;
  /** Totals rows skipped without complaint. */
  skippedRows: number;
  /** Once committed: what the commit really added. */
  sessionsCreated: number | null;
  attendancesCreated: number | null;
}

export interface ImportPreviewRow {
  row: number;
  date: string;
  startTime: string | null;
  durationMinutes: number | null;
  status: SessionStatus;
  programme: string;
  sessionType: string;
  format: SessionFormat;
  deliveryMode: DeliveryMode;
  venue: string | null;
  partner: string | null;
  partnerType: PartnerType | null;
  partnerUrn: string | null;
  postcode: string | null;
  keyStage: KeyStage | null;
  pupils: number | null;
  adults: number | null;
  otherParticipants: number | null;
  /** Any of the row's counts is an estimate. */
  estimated: boolean;
  firstVisit: boolean | null;
  notes: string | null;
  attendances: number;
  /** Already imported: a commit will skip it. */
  duplicate: boolean;
}

export interface StoredRowError {
  row: number;
  column: string;
  field: TargetField;
  value: string;
  message: string;
}

/** How the database stores a row's fingerprint: a SHA-256, so the unique index stays small. */
export function fingerprintHash(fingerprint: string): string {
  return hash('sha256', fingerprint, 'base64url');
}

/**
 * A random UUID whose first 48 bits are the time in milliseconds (the layout of UUIDv7), so
 * rows inserted together land side by side in the primary key's index instead of all over it.
 */
export function timeOrderedUuid(now = Date.now()): string {
  const time = now.toString(16).padStart(12, '0').slice(-12);
  const random = randomUUID();
  return `${time.slice(0, 8)}-${time.slice(8)}-7${random.slice(15)}`;
}

/** Sum of a row's attendance cells. */
export function attendanceTotal(row: NormalisedActivityRow): number {
  let total = 0;
  for (const cell of row.attendance) total += cell.count;
  return total;
}

const STRAND_BY_FORMAT: Record<SessionFormat, ProgrammeStrand | null> = {
  SCHOOL_WORKSHOP: 'SCHOOLS',
  SELF_LED_SCHOOL_VISIT: 'SCHOOLS',
  VIRTUAL_CLASSROOM: 'SCHOOLS',
  LOAN_BOX: 'SCHOOLS',
  OUTREACH_VISIT: 'OUTREACH',
  TEACHER_CPD: 'TEACHER_CPD',
  EARLY_YEARS: 'EARLY_YEARS',
  FAMILY_DROP_IN: 'FAMILIES',
  HOLIDAY_ACTIVITY: 'FAMILIES',
  YOUTH_PANEL: 'YOUNG_PEOPLE',
  WORK_PLACEMENT: 'YOUNG_PEOPLE',
  ADULT_COURSE: 'ADULT_LEARNING',
  TALK: 'ADULT_LEARNING',
  TOUR: 'ADULT_LEARNING',
  COMMUNITY_CO_CURATION: 'COMMUNITY_PARTNERSHIPS',
  CONSULTATION: 'COMMUNITY_PARTNERSHIPS',
  REMINISCENCE: 'HEALTH_AND_WELLBEING',
  SOCIAL_PRESCRIBING: 'HEALTH_AND_WELLBEING',
  WELLBEING_GROUP: 'HEALTH_AND_WELLBEING',
  VOLUNTEER_SESSION: 'VOLUNTEERING_AND_SKILLS',
  LIVE_ONLINE_EVENT: 'DIGITAL',
  DIGITAL_RESOURCE_RELEASE: 'DIGITAL',
  OTHER: null,
};

/**
 * The strand of a programme the import creates, from the formats of its sessions: the strand
 * most of them point to (the first seen wins a tie); community partnerships when none does.
 */
export function guessStrand(formatCounts: ReadonlyMap<SessionFormat, number>): ProgrammeStrand {
  const votes = new Map<ProgrammeStrand, number>();
  for (const [format, count] of formatCounts) {
    const strand = STRAND_BY_FORMAT[format];
    if (strand) votes.set(strand, (votes.get(strand) ?? 0) + count);
  }
  let best: ProgrammeStrand = 'COMMUNITY_PARTNERSHIPS';
  let bestVotes = 0;
  for (const [strand, count] of votes) {
    if (count > bestVotes) {
      best = strand;
      bestVotes = count;
    }
  }
  return best;
}

/** Venues that are not a site of the museum: the session happened elsewhere or online. */
const NO_SITE_VENUES = new Set([
  'outreach',
  'online',
  'virtual',
  'remote',
  'zoom',
  'teams',
  'off site',
  'off-site',
  'offsite',
  'in school',
  'at school',
  'n/a',
  'na',
  'none',
  'various',
  '-',
]);

/** Whether a venue (as normaliseName gives it) names one of the museum's sites. */
export function isSiteVenue(venueKey: string | null): venueKey is string {
  return venueKey !== null && venueKey !== '' && !NO_SITE_VENUES.has(venueKey);
}

/** The kind of a site the import creates, from its name. */
export function guessSiteType(name: string): SiteType {
  const value = name.toLowerCase();
  if (/\bgallery|\bgalleries/.test(value)) return 'GALLERY';
  if (/\blibrary|\barchives?\b|\brecord office/.test(value)) return 'LIBRARY_OR_ARCHIVE';
  if (/\blearning (?:centre|center)|\beducation (?:centre|center)|\bclassroom/.test(value)) {
    return 'LEARNING_CENTRE';
  }
  if (/\bcastle|\bhall\b|\bhouse\b|\babbey|\bpriory|\bmill\b|\bheritage|\bfort\b/.test(value)) {
    return 'HERITAGE_SITE';
  }
  if (/\bpark\b|\bgardens?\b|\bgrounds\b|\boutdoor|\bwoods?\b|\bfarm\b/.test(value)) {
    return 'OUTDOOR';
  }
  return 'MUSEUM';
}

/** A partner as a row names it: by URN when it has one, else by name. */
export interface PartnerRef {
  urn: string | null;
  key: string;
}

export interface ProgrammeTally {
  name: string;
  formats: Map<SessionFormat, number>;
  earliest: string;
}

/** The first rows of a file, flattened for the preview table. */
export function previewRow(row: NormalisedActivityRow, duplicate: boolean): ImportPreviewRow {
  const count = (column: 'pupils' | 'adults' | 'otherParticipants') =>
    row.attendance.find((cell) => cell.column === column)?.count ?? null;
  return {
    row: row.rowNumber,
    date: row.date,
    startTime: row.startTime,
    durationMinutes: row.durationMinutes,
    status: row.status,
    programme: row.programme,
    sessionType: row.sessionType,
    format: row.format,
    deliveryMode: row.deliveryMode,
    venue: row.venue,
    partner: row.partner?.name ?? null,
    partnerType: row.partner?.type ?? null,
    partnerUrn: row.partner?.urn ?? null,
    postcode: row.postcode,
    keyStage: row.keyStage,
    pupils: count('pupils'),
    adults: count('adults'),
    otherParticipants: count('otherParticipants'),
    estimated: row.attendance.some((cell) => cell.kind === 'ESTIMATE'),
    firstVisit: row.firstVisit,
    notes: row.notes,
    attendances: attendanceTotal(row),
    duplicate,
  };
}

/**
 * Tallies a file's rows in one pass. Memory grows with the number of distinct programmes,
 * venues and partners, not with the number of rows.
 */
export class ImportAnalysis {
  rows = 0;
  sessions = 0;
  attendanceCells = 0;
  attendances = 0;
  estimatedCounts = 0;
  skippedRows = 0;
  duplicates = 0;
  dateFrom: string | null = null;
  dateTo: string | null = null;
  errorCount = 0;
  readonly errors: StoredRowError[] = [];
  readonly preview: Array<{ row: NormalisedActivityRow; hash: string }> = [];
  /** programmeKey -> name as first written, formats, earliest date. */
  readonly programmes = new Map<string, ProgrammeTally>();
  /** venueKey -> name as first written (sites only). */
  readonly venues = new Map<string, string>();
  /** Distinct partners in the order they first appear ("urn|key"). */
  readonly partners = new Map<string, PartnerRef>();

  skip(): void {
    this.skippedRows += 1;
  }

  addErrors(errors: readonly ImportRowError[]): void {
    this.rows += 1;
    this.errorCount += errors.length;
    for (const error of errors) {
      if (this.errors.length >= MAX_KEPT_ERRORS) break;
      this.errors.push({
        row: error.row,
        column: error.column,
        field: error.field,
        value: error.value.length > 500 ? `${error.value.slice(0, 500)}…` : error.value,
        message: error.message,
      });
    }
  }

  addRow(row: NormalisedActivityRow, hash: string): void {
    this.rows += 1;
    this.sessions += 1;
    this.attendanceCells += row.attendance.length;
    for (const cell of row.attendance) {
      this.attendances += cell.count;
      if (cell.kind === 'ESTIMATE') this.estimatedCounts += 1;
    }
    if (this.dateFrom === null || row.date < this.dateFrom) this.dateFrom = row.date;
    if (this.dateTo === null || row.date > this.dateTo) this.dateTo = row.date;
    if (this.preview.length < PREVIEW_ROWS) this.preview.push({ row, hash });

    let programme = this.programmes.get(row.programmeKey);
    if (!programme) {
      programme = { name: row.programme, formats: new Map(), earliest: row.date };
      this.programmes.set(row.programmeKey, programme);
    }
    programme.formats.set(row.format, (programme.formats.get(row.format) ?? 0) + 1);
    if (row.date < programme.earliest) programme.earliest = row.date;

    if (isSiteVenue(row.venueKey) && !this.venues.has(row.venueKey) && row.venue !== null) {
      this.venues.set(row.venueKey, row.venue);
    }
    if (row.partner) {
      const id = `${row.partner.urn ?? ''}|${row.partner.key}`;
      if (!this.partners.has(id))
        this.partners.set(id, { urn: row.partner.urn, key: row.partner.key });
    }
  }

  summary(counts: {
    newProgrammes: number;
    newPartners: number;
    newSites: number;
    sessionsCreated?: number | null;
    attendancesCreated?: number | null;
  }): ImportSummary {
    return {
      rows: this.rows,
      sessions: this.sessions,
      attendanceCells: this.attendanceCells,
      attendances: this.attendances,
      duplicates: this.duplicates,
      newProgrammes: counts.newProgrammes,
      newPartners: counts.newPartners,
      newSites: counts.newSites,
      estimatedCounts: this.estimatedCounts,
      dateFrom: this.dateFrom,
      dateTo: this.dateTo,
      skippedRows: this.skippedRows,
      sessionsCreated: counts.sessionsCreated ?? null,
      attendancesCreated: counts.attendancesCreated ?? null,
    };
  }

  previewRows(duplicateHashes: ReadonlySet<string>): ImportPreviewRow[] {
    return this.preview.map(({ row, hash }) => previewRow(row, duplicateHashes.has(hash)));
  }
}

/**
 * Which partners a list of references would create, given the partners already known by URN
 * and by name key: the same rule the commit follows (URN first, then name), in file order.
 */
export function countNewPartners(
  refs: Iterable<PartnerRef>,
  knownUrns: ReadonlySet<string>,
  knownKeys: ReadonlySet<string>,
): number {
  const urns = new Set(knownUrns);
  const keys = new Set(knownKeys);
  let created = 0;
  for (const ref of refs) {
    const known = (ref.urn !== null && urns.has(ref.urn)) || keys.has(ref.key);
    if (!known) created += 1;
    keys.add(ref.key);
    if (ref.urn !== null) urns.add(ref.urn);
  }
  return created;
}
