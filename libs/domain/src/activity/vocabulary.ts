/**
 * The vocabulary of a learning team's daily work (see shared/DOMAIN.md): programmes,
 * sessions, attendance, partners and deprivation. Stable codes, human labels.
 */

export const PROGRAMME_STRANDS = [
  'SCHOOLS',
  'EARLY_YEARS',
  'FAMILIES',
  'YOUNG_PEOPLE',
  'ADULT_LEARNING',
  'COMMUNITY_PARTNERSHIPS',
  'HEALTH_AND_WELLBEING',
  'VOLUNTEERING_AND_SKILLS',
  'DIGITAL',
  'OUTREACH',
  'TEACHER_CPD',
  'ACCESS_SEND',
] as const;
export type ProgrammeStrand = (typeof PROGRAMME_STRANDS)[number];

export const PROGRAMME_STATUSES = ['PLANNED', 'ACTIVE', 'COMPLETED', 'ARCHIVED'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

export const SESSION_FORMATS = [
  'SCHOOL_WORKSHOP',
  'SELF_LED_SCHOOL_VISIT',
  'OUTREACH_VISIT',
  'VIRTUAL_CLASSROOM',
  'LOAN_BOX',
  'TEACHER_CPD',
  'EARLY_YEARS',
  'FAMILY_DROP_IN',
  'HOLIDAY_ACTIVITY',
  'YOUTH_PANEL',
  'WORK_PLACEMENT',
  'ADULT_COURSE',
  'TALK',
  'TOUR',
  'COMMUNITY_CO_CURATION',
  'REMINISCENCE',
  'SOCIAL_PRESCRIBING',
  'WELLBEING_GROUP',
  'VOLUNTEER_SESSION',
  'LIVE_ONLINE_EVENT',
  'DIGITAL_RESOURCE_RELEASE',
  'CONSULTATION',
  'OTHER',
] as const;
export type SessionFormat = (typeof SESSION_FORMATS)[number];

export const DELIVERY_MODES = ['ONSITE', 'OUTREACH', 'ONLINE', 'HYBRID', 'SELF_LED'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

export const SESSION_STATUSES = ['PLANNED', 'DELIVERED', 'CANCELLED'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const FACILITATOR_TYPES = ['STAFF', 'FREELANCER', 'VOLUNTEER', 'PARTNER'] as const;
export type FacilitatorType = (typeof FACILITATOR_TYPES)[number];

export const PARTICIPATION_DEPTHS = [
  'INFORMED',
  'CONSULTED',
  'INVOLVED',
  'COLLABORATING',
  'COMMUNITY_LED',
] as const;
export type ParticipationDepth = (typeof PARTICIPATION_DEPTHS)[number];

export const AUDIENCE_TYPES = [
  'PUPIL',
  'TEACHER',
  'EARLY_YEARS_CHILD',
  'PARENT_CARER',
  'YOUNG_PERSON',
  'ADULT_LEARNER',
  'OLDER_ADULT',
  'PERSON_LIVING_WITH_DEMENTIA',
  'CARER',
  'COMMUNITY_MEMBER',
  'VOLUNTEER',
  'ONLINE_VIEWER',
  'OTHER',
] as const;
export type AudienceType = (typeof AUDIENCE_TYPES)[number];

export const AGE_BANDS = [
  'AGE_0_4',
  'AGE_5_10',
  'AGE_11_15',
  'AGE_16_19',
  'AGE_20_24',
  'AGE_25_34',
  'AGE_35_44',
  'AGE_45_54',
  'AGE_55_64',
  'AGE_65_74',
  'AGE_75_PLUS',
  'UNKNOWN',
] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const KEY_STAGES = ['EYFS', 'KS1', 'KS2', 'KS3', 'KS4', 'KS5', 'POST_19'] as const;
export type KeyStage = (typeof KEY_STAGES)[number];

/** Whether a count was made by counting heads or is an estimate ("c. 40"). */
export const COUNT_KINDS = ['HEADCOUNT', 'ESTIMATE'] as const;
export type CountKind = (typeof COUNT_KINDS)[number];

export const PARTNER_TYPES = [
  'SCHOOL',
  'COLLEGE',
  'COMMUNITY_GROUP',
  'CHARITY',
  'HEALTH_BODY',
  'LOCAL_AUTHORITY',
  'OTHER',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

/** Deprivation indices: never mix deciles of different versions in one figure. */
export const DEPRIVATION_INDEXES = [
  'IMD2019',
  'IMD2025',
  'SIMD2020',
  'WIMD2019',
  'NIMDM2017',
] as const;
export type DeprivationIndex = (typeof DEPRIVATION_INDEXES)[number];

/**
 * An activity import: UPLOADED (columns to map) -> VALIDATING -> READY (preview, nothing
 * wrong) or INVALID (every bad row listed) -> COMMITTING -> COMMITTED, or FAILED when the
 * commit was rolled back.
 */
export const IMPORT_STATUSES = [
  'UPLOADED',
  'VALIDATING',
  'READY',
  'INVALID',
  'COMMITTING',
  'COMMITTED',
  'FAILED',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
