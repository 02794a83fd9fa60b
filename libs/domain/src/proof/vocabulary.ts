/** Evidence, commitments and the action log ("proof of action"): the shared vocabulary. */

export const EVIDENCE_KINDS = [
  'QUOTE',
  'STORY',
  'PHOTO',
  'ARTWORK',
  'OBSERVATION',
  'DOCUMENT',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  QUOTE: 'Quote',
  STORY: 'Story',
  PHOTO: 'Photo',
  ARTWORK: 'Artwork',
  OBSERVATION: 'Observation notes',
  DOCUMENT: 'Document',
};

export const CONSENT_STATUSES = ['NOT_NEEDED', 'OBTAINED', 'NOT_OBTAINED', 'WITHDRAWN'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

export const CONSENT_STATUS_LABELS: Record<ConsentStatus, string> = {
  NOT_NEEDED: 'Not needed',
  OBTAINED: 'Obtained',
  NOT_OBTAINED: 'Not obtained',
  WITHDRAWN: 'Withdrawn',
};

/** Consent that lets an item be published (shown beyond the learning team). */
export const PUBLISHABLE_CONSENT: readonly ConsentStatus[] = ['NOT_NEEDED', 'OBTAINED'];

export function consentPermitsPublishing(status: ConsentStatus): boolean {
  return PUBLISHABLE_CONSENT.includes(status);
}

export const COMMITMENT_STATUSES = ['PLANNED', 'ACTIVE', 'AT_RISK', 'ACHIEVED', 'DROPPED'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export const COMMITMENT_STATUS_LABELS: Record<CommitmentStatus, string> = {
  PLANNED: 'Planned',
  ACTIVE: 'Active',
  AT_RISK: 'At risk',
  ACHIEVED: 'Achieved',
  DROPPED: 'Dropped',
};

/** Statuses under which a commitment is still owed action: only these can have a say/do gap. */
export const OPEN_COMMITMENT_STATUSES: readonly CommitmentStatus[] = [
  'PLANNED',
  'ACTIVE',
  'AT_RISK',
];

/** Statuses counted as "active commitments" in manifesto coverage. */
export const ACTIVE_COMMITMENT_STATUSES: readonly CommitmentStatus[] = ['ACTIVE', 'AT_RISK'];

/** The default say/do gap window: a commitment with no action for this long has a gap. */
export const DEFAULT_REVIEW_WINDOW_DAYS = 90;

/** Coverage counts actions in this many days up to the period end (or today if earlier). */
export const COVERAGE_ACTION_WINDOW_DAYS = 90;

/** The manifesto framework coverage is reported against. */
export const MANIFESTO_FRAMEWORK_CODE = 'MA_LE_2020';

/** What verifyActionLog found wrong with the first broken entry. */
export const ACTION_LOG_BREAKS = ['CONTENT_CHANGED', 'CHAIN_BROKEN', 'SEQUENCE_GAP'] as const;
export type ActionLogBreak = (typeof ACTION_LOG_BREAKS)[number];

export const ACTION_LOG_BREAK_LABELS: Record<ActionLogBreak, string> = {
  CONTENT_CHANGED: 'The entry was changed after it was recorded',
  CHAIN_BROKEN: 'The entry does not follow the one before it (an entry was altered or replaced)',
  SEQUENCE_GAP: 'An entry is missing before this one',
};

/** File types evidence may carry; the first bytes must match the declared type. */
export const EVIDENCE_FILE_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'application/pdf',
  'text/plain',
] as const;
export type EvidenceFileType = (typeof EVIDENCE_FILE_TYPES)[number];

export const EVIDENCE_IMAGE_TYPES: readonly EvidenceFileType[] = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
];

/** What the web app's file picker accepts (the server checks again). */
export const EVIDENCE_FILE_ACCEPT = '.jpg,.jpeg,.png,.webp,.gif,.pdf,.txt';
