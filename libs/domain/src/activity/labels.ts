/**
 * Words for the activity vocabulary's codes (vocabulary.ts), as people read them in screens,
 * exports and reports. One map per enum, keyed by every code, in the enum's order.
 */
import type {
  AgeBand,
  AudienceType,
  CountKind,
  DeliveryMode,
  DeprivationIndex,
  FacilitatorType,
  ImportStatus,
  KeyStage,
  ParticipationDepth,
  PartnerType,
  ProgrammeStatus,
  ProgrammeStrand,
  SessionFormat,
  SessionStatus,
} from './vocabulary';

export const PROGRAMME_STRAND_LABELS: Readonly<Record<ProgrammeStrand, string>> = {
  SCHOOLS: 'Schools',
  EARLY_YEARS: 'Early years',
  FAMILIES: 'Families',
  YOUNG_PEOPLE: 'Young people',
  ADULT_LEARNING: 'Adult learning',
  COMMUNITY_PARTNERSHIPS: 'Community partnerships',
  HEALTH_AND_WELLBEING: 'Health and wellbeing',
  VOLUNTEERING_AND_SKILLS: 'Volunteering and skills',
  DIGITAL: 'Digital and online',
  OUTREACH: 'Outreach',
  TEACHER_CPD: 'Teacher CPD',
  ACCESS_SEND: 'Access and SEND',
};

export const PROGRAMME_STATUS_LABELS: Readonly<Record<ProgrammeStatus, string>> = {
  PLANNED: 'Planned',
  ACTIVE: 'Active',
  COMPLETED: 'Completed',
  ARCHIVED: 'Archived',
};

export const SESSION_FORMAT_LABELS: Readonly<Record<SessionFormat, string>> = {
  SCHOOL_WORKSHOP: 'School workshop',
  SELF_LED_SCHOOL_VISIT: 'Self-led school visit',
  OUTREACH_VISIT: 'Outreach visit',
  VIRTUAL_CLASSROOM: 'Virtual classroom',
  LOAN_BOX: 'Loan box',
  TEACHER_CPD: 'Teacher CPD',
  EARLY_YEARS: 'Early years session',
  FAMILY_DROP_IN: 'Family drop-in',
  HOLIDAY_ACTIVITY: 'Holiday activity',
  YOUTH_PANEL: 'Youth panel',
  WORK_PLACEMENT: 'Work placement',
  ADULT_COURSE: 'Adult course',
  TALK: 'Talk',
  TOUR: 'Tour',
  COMMUNITY_CO_CURATION: 'Community co-curation',
  REMINISCENCE: 'Reminiscence or dementia session',
  SOCIAL_PRESCRIBING: 'Social prescribing',
  WELLBEING_GROUP: 'Wellbeing group',
  VOLUNTEER_SESSION: 'Volunteer session',
  LIVE_ONLINE_EVENT: 'Live online event',
  DIGITAL_RESOURCE_RELEASE: 'Digital resource release',
  CONSULTATION: 'Consultation',
  OTHER: 'Other',
};

export const DELIVERY_MODE_LABELS: Readonly<Record<DeliveryMode, string>> = {
  ONSITE: 'Onsite',
  OUTREACH: 'Outreach',
  ONLINE: 'Online',
  HYBRID: 'Hybrid',
  SELF_LED: 'Self-led',
};

export const SESSION_STATUS_LABELS: Readonly<Record<SessionStatus, string>> = {
  PLANNED: 'Planned',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
};

export const FACILITATOR_TYPE_LABELS: Readonly<Record<FacilitatorType, string>> = {
  STAFF: 'Staff',
  FREELANCER: 'Freelancer',
  VOLUNTEER: 'Volunteer',
  PARTNER: 'Partner',
};

export const PARTICIPATION_DEPTH_LABELS: Readonly<Record<ParticipationDepth, string>> = {
  INFORMED: 'Informed',
  CONSULTED: 'Consulted',
  INVOLVED: 'Involved',
  COLLABORATING: 'Collaborating',
  COMMUNITY_LED: 'Community-led',
};

export const AUDIENCE_TYPE_LABELS: Readonly<Record<AudienceType, string>> = {
  PUPIL: 'Pupils',
  TEACHER: 'Teachers',
  EARLY_YEARS_CHILD: 'Early years children',
  PARENT_CARER: 'Parents and carers',
  YOUNG_PERSON: 'Young people',
  ADULT_LEARNER: 'Adult learners',
  OLDER_ADULT: 'Older adults',
  PERSON_LIVING_WITH_DEMENTIA: 'People living with dementia',
  CARER: 'Carers',
  COMMUNITY_MEMBER: 'Community members',
  VOLUNTEER: 'Volunteers',
  ONLINE_VIEWER: 'Online viewers',
  OTHER: 'Other',
};

/** En dashes between the years, as in print ("5–10"). */
export const AGE_BAND_LABELS: Readonly<Record<AgeBand, string>> = {
  AGE_0_4: '0–4',
  AGE_5_10: '5–10',
  AGE_11_15: '11–15',
  AGE_16_19: '16–19',
  AGE_20_24: '20–24',
  AGE_25_34: '25–34',
  AGE_35_44: '35–44',
  AGE_45_54: '45–54',
  AGE_55_64: '55–64',
  AGE_65_74: '65–74',
  AGE_75_PLUS: '75+',
  UNKNOWN: 'Unknown',
};

export const KEY_STAGE_LABELS: Readonly<Record<KeyStage, string>> = {
  EYFS: 'EYFS',
  KS1: 'KS1',
  KS2: 'KS2',
  KS3: 'KS3',
  KS4: 'KS4',
  KS5: 'KS5',
  POST_19: 'Post-19',
};

export const COUNT_KIND_LABELS: Readonly<Record<CountKind, string>> = {
  HEADCOUNT: 'Headcount',
  ESTIMATE: 'Estimate',
};

export const PARTNER_TYPE_LABELS: Readonly<Record<PartnerType, string>> = {
  SCHOOL: 'School',
  COLLEGE: 'College',
  COMMUNITY_GROUP: 'Community group',
  CHARITY: 'Charity',
  HEALTH_BODY: 'Health body',
  LOCAL_AUTHORITY: 'Local authority',
  OTHER: 'Other',
};

/** Each index with its nation: deciles of different indices are never comparable. */
export const DEPRIVATION_INDEX_LABELS: Readonly<Record<DeprivationIndex, string>> = {
  IMD2019: 'IMD 2019 (England)',
  IMD2025: 'IMD 2025 (England)',
  SIMD2020: 'SIMD 2020 (Scotland)',
  WIMD2019: 'WIMD 2019 (Wales)',
  NIMDM2017: 'NIMDM 2017 (Northern Ireland)',
};

export const IMPORT_STATUS_LABELS: Readonly<Record<ImportStatus, string>> = {
  UPLOADED: 'Uploaded',
  VALIDATING: 'Checking',
  READY: 'Ready to import',
  INVALID: 'Has problems',
  COMMITTING: 'Importing',
  COMMITTED: 'Imported',
  FAILED: 'Failed',
};
