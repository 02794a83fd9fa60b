/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD, with no time or time zone. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

export type AcceptInvitationInput = {
  /** Required when no account exists for the invited email. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New password when no account exists; the account's current password when one does. */
  password?: InputMaybe<Scalars['String']['input']>;
  token: Scalars['String']['input'];
};

/** A dated entry of the action log. Entries never change: a correction is a new entry that amends an earlier one. */
export type ActionEntry = {
  __typename?: 'ActionEntry';
  /** The entry that corrects this one, if it has been corrected. */
  amendedById?: Maybe<Scalars['ID']['output']>;
  /** The earlier entry this one corrects. */
  amendsId?: Maybe<Scalars['ID']['output']>;
  authorName: Scalars['String']['output'];
  commitment: Commitment;
  commitmentId: Scalars['ID']['output'];
  /** The evidence it points to that still exists and the caller may see. */
  evidence: Array<Evidence>;
  /** Evidence it points to (some may since have been deleted). */
  evidenceIds: Array<Scalars['ID']['output']>;
  /** SHA-256 over this entry’s content, sequence and prevHash. */
  hash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  nextStep?: Maybe<Scalars['String']['output']>;
  observedEffect?: Maybe<Scalars['String']['output']>;
  occurredOn: Scalars['Date']['output'];
  /** SHA-256 of the previous entry (64 zeros for the first). */
  prevHash: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
  /** Position in the museum’s log (1, 2, 3, ...). */
  sequence: Scalars['Int']['output'];
  whatWasDone: Scalars['String']['output'];
  withWhom?: Maybe<Scalars['String']['output']>;
};

export type ActionEntryConnection = {
  __typename?: 'ActionEntryConnection';
  edges: Array<ActionEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActionEntryEdge = {
  __typename?: 'ActionEntryEdge';
  cursor: Scalars['String']['output'];
  node: ActionEntry;
};

export type ActionLogBreak =
  | 'CHAIN_BROKEN'
  | 'CONTENT_CHANGED'
  | 'SEQUENCE_GAP';

export type ActionLogBreakDetail = {
  __typename?: 'ActionLogBreakDetail';
  entryId: Scalars['ID']['output'];
  message: Scalars['String']['output'];
  reason: ActionLogBreak;
  sequence: Scalars['Int']['output'];
};

/** The result of recomputing every hash of the museum’s action log in order. */
export type ActionLogVerification = {
  __typename?: 'ActionLogVerification';
  checkedCount: Scalars['Int']['output'];
  firstBreak?: Maybe<ActionLogBreakDetail>;
  ok: Scalars['Boolean']['output'];
  verifiedAt: Scalars['DateTime']['output'];
};

/** An activity spreadsheet on its way in: UPLOADED -> (setImportMapping) VALIDATING -> READY or INVALID -> (commitImport) COMMITTING -> COMMITTED or FAILED. */
export type ActivityImport = {
  __typename?: 'ActivityImport';
  byteSize: Scalars['Int']['output'];
  columns: Array<ImportColumn>;
  committedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<User>;
  /** Every problem found; `errors` lists the first 1,000. */
  errorCount: Scalars['Int']['output'];
  errors: Array<ImportRowError>;
  /** Why the file could not be checked or committed. */
  failureMessage?: Maybe<Scalars['String']['output']>;
  filename: Scalars['String']['output'];
  /** From the bytes of the file, not its name. */
  format: ImportFileFormat;
  headers: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** What stops the current mapping being used (a required field with no column...). */
  mappingProblems: Array<ImportMappingProblem>;
  /** The first 20 rows as Lantern read them. */
  preview: Array<ImportPreviewRow>;
  /** Rows read so far by the step in hand. */
  processedRows: Scalars['Int']['output'];
  /** Percent done of the check or commit in hand (0-100). */
  progress: Scalars['Int']['output'];
  status: ImportStatus;
  summary?: Maybe<ImportSummary>;
  /** The fields a column can fill. */
  targetFields: Array<ImportTargetField>;
  /** Rows in the file: estimated from the bytes read while first checked, then exact. */
  totalRows?: Maybe<Scalars['Int']['output']>;
};

export type ActivityImportConnection = {
  __typename?: 'ActivityImportConnection';
  edges: Array<ActivityImportEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActivityImportEdge = {
  __typename?: 'ActivityImportEdge';
  cursor: Scalars['String']['output'];
  node: ActivityImport;
};

export type AddFrameworkElementInput = {
  code: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  frameworkId: Scalars['ID']['input'];
  label: Scalars['String']['input'];
};

export type AgeBand =
  | 'AGE_0_4'
  | 'AGE_5_10'
  | 'AGE_11_15'
  | 'AGE_16_19'
  | 'AGE_20_24'
  | 'AGE_25_34'
  | 'AGE_35_44'
  | 'AGE_45_54'
  | 'AGE_55_64'
  | 'AGE_65_74'
  | 'AGE_75_PLUS'
  | 'UNKNOWN';

/** A correction: a new entry, for the same commitment, that amends an earlier one. */
export type AmendActionInput = {
  /** The entry being corrected. */
  amendsId: Scalars['ID']['input'];
  evidenceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  nextStep?: InputMaybe<Scalars['String']['input']>;
  observedEffect?: InputMaybe<Scalars['String']['input']>;
  occurredOn: Scalars['Date']['input'];
  whatWasDone: Scalars['String']['input'];
  withWhom?: InputMaybe<Scalars['String']['input']>;
};

export type AppendActionInput = {
  commitmentId: Scalars['ID']['input'];
  evidenceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  nextStep?: InputMaybe<Scalars['String']['input']>;
  observedEffect?: InputMaybe<Scalars['String']['input']>;
  occurredOn: Scalars['Date']['input'];
  whatWasDone: Scalars['String']['input'];
  withWhom?: InputMaybe<Scalars['String']['input']>;
};

/** One cell of the attendance grid: an audience by age band or key stage, with optional first-time, SEND and deprivation decile. Counts are attendances, not unique people. */
export type AttendanceCell = {
  __typename?: 'AttendanceCell';
  ageBand?: Maybe<AgeBand>;
  audienceType: AudienceType;
  count: Scalars['Int']['output'];
  countKind: CountKind;
  deprivationDecile?: Maybe<Scalars['Int']['output']>;
  deprivationIndex?: Maybe<DeprivationIndex>;
  firstTime?: Maybe<Scalars['Boolean']['output']>;
  /** Null in a template (sessionDefaults). */
  id?: Maybe<Scalars['ID']['output']>;
  keyStage?: Maybe<KeyStage>;
  send?: Maybe<Scalars['Boolean']['output']>;
};

export type AttendanceCellInput = {
  /** An age band or a key stage, not both. */
  ageBand?: InputMaybe<AgeBand>;
  audienceType: AudienceType;
  count: Scalars['Int']['input'];
  /** HEADCOUNT when left out. */
  countKind?: InputMaybe<CountKind>;
  /** 1 (most deprived) to 10, with its index. */
  deprivationDecile?: InputMaybe<Scalars['Int']['input']>;
  deprivationIndex?: InputMaybe<DeprivationIndex>;
  firstTime?: InputMaybe<Scalars['Boolean']['input']>;
  keyStage?: InputMaybe<KeyStage>;
  send?: InputMaybe<Scalars['Boolean']['input']>;
};

export type AudienceType =
  | 'ADULT_LEARNER'
  | 'CARER'
  | 'COMMUNITY_MEMBER'
  | 'EARLY_YEARS_CHILD'
  | 'OLDER_ADULT'
  | 'ONLINE_VIEWER'
  | 'OTHER'
  | 'PARENT_CARER'
  | 'PERSON_LIVING_WITH_DEMENTIA'
  | 'PUPIL'
  | 'TEACHER'
  | 'VOLUNTEER'
  | 'YOUNG_PERSON';

export type AuditChange = {
  __typename?: 'AuditChange';
  /** JSON of the value after, null when removed. */
  after?: Maybe<Scalars['String']['output']>;
  /** JSON of the value before, null when created. */
  before?: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
};

export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** e.g. site.created, member.role_changed, organisation.updated, auth.signed_in */
  action: Scalars['String']['output'];
  actor?: Maybe<User>;
  changes: Array<AuditChange>;
  createdAt: Scalars['DateTime']['output'];
  entityId?: Maybe<Scalars['ID']['output']>;
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  requestId?: Maybe<Scalars['String']['output']>;
  /** One human sentence describing what happened. */
  summary: Scalars['String']['output'];
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

export type AuditEventFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ChangeMemberRoleInput = {
  id: Scalars['ID']['input'];
  role: Role;
};

export type CommitImportInput = {
  importId: Scalars['ID']['input'];
};

/** What the museum commits to under a framework element, with its action trail. */
export type Commitment = {
  __typename?: 'Commitment';
  /** Entries in force (a corrected entry counts once, as its correction). */
  actionCount: Scalars['Int']['output'];
  /** Its action timeline, newest first; corrected entries are included (see amendedById). */
  actions: Array<ActionEntry>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  frameworkElement: FrameworkElement;
  frameworkElementId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** Indicators that measure it. */
  indicatorIds: Array<Scalars['ID']['output']>;
  /** The indicators that show whether it is being kept, in library order. */
  indicators: Array<Indicator>;
  lastActionOn?: Maybe<Scalars['Date']['output']>;
  owner?: Maybe<CommitmentOwner>;
  ownerId?: Maybe<Scalars['ID']['output']>;
  reviewDate?: Maybe<Scalars['Date']['output']>;
  /** Days without an action before a say/do gap shows. */
  reviewWindowDays: Scalars['Int']['output'];
  /** Set when the commitment shows a say/do gap today. */
  sayDoGap?: Maybe<SayDoGap>;
  status: CommitmentStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type CommitmentFilterInput = {
  frameworkElementId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<CommitmentStatus>;
};

export type CommitmentOwner = {
  __typename?: 'CommitmentOwner';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type CommitmentStatus =
  | 'ACHIEVED'
  | 'ACTIVE'
  | 'AT_RISK'
  | 'DROPPED'
  | 'PLANNED';

export type ConsentGiver =
  | 'PARENT_GUARDIAN'
  | 'SELF';

export type ConsentStatus =
  | 'NOT_NEEDED'
  | 'NOT_OBTAINED'
  | 'OBTAINED'
  | 'WITHDRAWN';

export type CountKind =
  | 'ESTIMATE'
  | 'HEADCOUNT';

export type CreateCommitmentInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  frameworkElementId: Scalars['ID']['input'];
  indicatorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A member of the museum. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  reviewDate?: InputMaybe<Scalars['Date']['input']>;
  /** Default 90. */
  reviewWindowDays?: InputMaybe<Scalars['Int']['input']>;
  /** Default PLANNED. */
  status?: InputMaybe<CommitmentStatus>;
  title: Scalars['String']['input'];
};

export type CreateEvidenceInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  consentGivenBy?: InputMaybe<Scalars['String']['input']>;
  consentGivenOn?: InputMaybe<Scalars['Date']['input']>;
  consentNote?: InputMaybe<Scalars['String']['input']>;
  consentStatus: ConsentStatus;
  frameworkElementIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind: EvidenceKind;
  occurredOn: Scalars['Date']['input'];
  programmeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only allowed when consent is obtained or not needed. */
  publishable?: InputMaybe<Scalars['Boolean']['input']>;
  sessionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title: Scalars['String']['input'];
};

export type CreateFrameworkInput = {
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
  version?: InputMaybe<Scalars['String']['input']>;
};

export type CreateIndicatorInput = {
  allowedDisaggregations: Array<Disaggregation>;
  code: Scalars['String']['input'];
  cumulativeClass: CumulativeClass;
  definition: Scalars['String']['input'];
  direction: IndicatorDirection;
  frameworkElementIds: Array<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** MANUAL, SURVEY or MILESTONE (BUILT_IN refused). */
  source: IndicatorSource;
  surveyId?: InputMaybe<Scalars['ID']['input']>;
  surveyItemCode?: InputMaybe<Scalars['String']['input']>;
  surveyStatistic?: InputMaybe<SurveyStatistic>;
  type: IndicatorType;
  unit: Scalars['String']['input'];
};

export type CreatePartnerInput = {
  name: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  postcode?: InputMaybe<Scalars['String']['input']>;
  /** Guessed from the name and URN when left out. */
  type?: InputMaybe<PartnerType>;
  /** Six digits; schools and colleges only. */
  urn?: InputMaybe<Scalars['String']['input']>;
};

export type CreateProgrammeInput = {
  aims?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  frameworkElementIds?: Array<Scalars['ID']['input']>;
  funders?: Array<FunderInput>;
  leadUserId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  plan?: Array<PlanPeriodInput>;
  siteIds?: Array<Scalars['ID']['input']>;
  startDate: Scalars['Date']['input'];
  status?: ProgrammeStatus;
  strand: ProgrammeStrand;
  targetAudiences?: Array<AudienceType>;
};

/** A session in any status (plan one ahead with PLANNED). Planned and cancelled sessions have no attendance. */
export type CreateSessionInput = {
  attendance?: InputMaybe<Array<AttendanceCellInput>>;
  coDesigned?: InputMaybe<Scalars['Boolean']['input']>;
  date: Scalars['Date']['input'];
  deliveryMode: DeliveryMode;
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  facilitators?: InputMaybe<Array<SessionFacilitatorInput>>;
  format: SessionFormat;
  frameworkElementIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  notes?: InputMaybe<Scalars['String']['input']>;
  objectsUsed?: InputMaybe<Scalars['String']['input']>;
  /** Zoom, Teams, YouTube... */
  onlinePlatform?: InputMaybe<Scalars['String']['input']>;
  /** Where an outreach session took place (or give a partner). */
  outreachPostcode?: InputMaybe<Scalars['String']['input']>;
  participationDepth?: InputMaybe<ParticipationDepth>;
  partnerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  programmeId: Scalars['ID']['input'];
  /** Needed onsite; none online. */
  siteId?: InputMaybe<Scalars['ID']['input']>;
  /** Local start time, HH:MM. */
  startTime?: InputMaybe<Scalars['String']['input']>;
  status: SessionStatus;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CreateSiteInput = {
  name: Scalars['String']['input'];
  postcode?: InputMaybe<Scalars['String']['input']>;
  type: SiteType;
};

export type CreateSurveyInput = {
  closesAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Months after consent; default 3, 6, 12. */
  followUpMonths?: InputMaybe<Array<Scalars['Int']['input']>>;
  intro?: InputMaybe<Scalars['String']['input']>;
  itemCodes: Array<Scalars['String']['input']>;
  kind: SurveyKind;
  offersFollowUp?: InputMaybe<Scalars['Boolean']['input']>;
  /** Set exactly one of programmeId and sessionId. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  sessionId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type CumulativeClass =
  | 'CUMULATIVE_WITHIN_YEAR'
  | 'LIFETIME_CUMULATIVE'
  | 'NON_CUMULATIVE';

export type DeleteCommitmentInput = {
  id: Scalars['ID']['input'];
};

export type DeleteDeprivationLookupInput = {
  indexVersion: DeprivationIndex;
};

export type DeleteEvidenceInput = {
  id: Scalars['ID']['input'];
};

export type DeletePartnerInput = {
  id: Scalars['ID']['input'];
};

export type DeleteProgrammeInput = {
  id: Scalars['ID']['input'];
};

export type DeleteSessionInput = {
  id: Scalars['ID']['input'];
};

export type DeleteSiteInput = {
  id: Scalars['ID']['input'];
};

export type DeliveryMode =
  | 'HYBRID'
  | 'ONLINE'
  | 'ONSITE'
  | 'OUTREACH'
  | 'SELF_LED';

export type DeprivationIndex =
  | 'IMD2019'
  | 'IMD2025'
  | 'NIMDM2017'
  | 'SIMD2020'
  | 'WIMD2019';

/** One loaded version of the museum's postcode -> area -> decile lookup. */
export type DeprivationLookup = {
  __typename?: 'DeprivationLookup';
  /** Whether partners' and sessions' deciles come from this version (the chosen index, else the latest loaded). */
  active: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  indexVersion: DeprivationIndex;
  loadedAt: Scalars['DateTime']['output'];
  loadedBy?: Maybe<User>;
  /** Postcodes in the lookup. */
  rowCount: Scalars['Int']['output'];
  sourceFilename?: Maybe<Scalars['String']['output']>;
};

/** A message caught by the demo's local mailbox (DEV_MAILBOX_PORT). */
export type DevMail = {
  __typename?: 'DevMail';
  id: Scalars['ID']['output'];
  /** Every http(s) link in the text, in order, without duplicates. */
  links: Array<Scalars['String']['output']>;
  receivedAt: Scalars['DateTime']['output'];
  subject: Scalars['String']['output'];
  text: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type Disaggregation =
  | 'AGE_BAND'
  | 'AUDIENCE_TYPE'
  | 'DELIVERY_MODE'
  | 'DEPRIVATION_DECILE'
  | 'FIRST_TIME'
  | 'KEY_STAGE'
  | 'SEND'
  | 'SESSION_FORMAT';

export type DiscardImportInput = {
  importId: Scalars['ID']['input'];
};

/** A quote, story, photo, artwork, observation note or document, with its consent. Members without drafts.read (trustees) see only publishable items. */
export type Evidence = {
  __typename?: 'Evidence';
  /** The words: quote, story, notes, caption. */
  body?: Maybe<Scalars['String']['output']>;
  /** Who gave consent (self, parent, ...). */
  consentGivenBy?: Maybe<Scalars['String']['output']>;
  consentGivenOn?: Maybe<Scalars['Date']['output']>;
  consentNote?: Maybe<Scalars['String']['output']>;
  consentStatus: ConsentStatus;
  createdAt: Scalars['DateTime']['output'];
  file?: Maybe<EvidenceFile>;
  frameworkElements: Array<FrameworkElement>;
  id: Scalars['ID']['output'];
  /** Not publishable: a draft, seen only by members with drafts.read. */
  isDraft: Scalars['Boolean']['output'];
  kind: EvidenceKind;
  /** When it was said, made or observed. */
  occurredOn: Scalars['Date']['output'];
  programmes: Array<TaggedProgramme>;
  /** May be shown beyond the learning team (only with consent). */
  publishable: Scalars['Boolean']['output'];
  sessions: Array<TaggedSession>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type EvidenceConnection = {
  __typename?: 'EvidenceConnection';
  edges: Array<EvidenceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EvidenceEdge = {
  __typename?: 'EvidenceEdge';
  cursor: Scalars['String']['output'];
  node: Evidence;
};

/** The file attached to an evidence item. */
export type EvidenceFile = {
  __typename?: 'EvidenceFile';
  byteSize: Scalars['Int']['output'];
  /** The type found in its first bytes. */
  contentType: Scalars['String']['output'];
  isImage: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** Where signed-in members download it (GET, with the session cookie). */
  url: Scalars['String']['output'];
};

export type EvidenceFilterInput = {
  /** Tagged to this framework element. */
  frameworkElementId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<EvidenceKind>;
  /** Tagged to this programme. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  publishable?: InputMaybe<Scalars['Boolean']['input']>;
  /** Tagged to this session. */
  sessionId?: InputMaybe<Scalars['ID']['input']>;
};

export type EvidenceKind =
  | 'ARTWORK'
  | 'DOCUMENT'
  | 'OBSERVATION'
  | 'PHOTO'
  | 'QUOTE'
  | 'STORY';

export type FacilitatorType =
  | 'FREELANCER'
  | 'PARTNER'
  | 'STAFF'
  | 'VOLUNTEER';

export type FollowUpInvitation = {
  __typename?: 'FollowUpInvitation';
  dueOn: Scalars['String']['output'];
  months: Scalars['Int']['output'];
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  status: FollowUpStatus;
};

export type FollowUpStatus =
  | 'CANCELLED'
  | 'PENDING'
  | 'RESPONDED'
  | 'SENT';

/** One follow-up wave of a survey. */
export type FollowUpWave = {
  __typename?: 'FollowUpWave';
  /** % lost since the previous wave (responders; the first wave: consents). */
  attrition?: Maybe<Scalars['Float']['output']>;
  cancelled: Scalars['Int']['output'];
  /** Invitations sent; null when withheld. */
  invited?: Maybe<Scalars['Int']['output']>;
  months: Scalars['Int']['output'];
  pending: Scalars['Int']['output'];
  responded?: Maybe<Scalars['Int']['output']>;
  /** % of invited who responded. */
  responseRate?: Maybe<Scalars['Float']['output']>;
  suppressed: Scalars['Boolean']['output'];
};

export type Framework = {
  __typename?: 'Framework';
  /** Stable identifier, e.g. MA_LE_2020 */
  code: Scalars['String']['output'];
  elements: Array<FrameworkElement>;
  id: Scalars['ID']['output'];
  /** A sector framework shared by every museum: read-only. */
  isSystem: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  publisher?: Maybe<Scalars['String']['output']>;
  /** Where the publisher's own text lives. */
  url?: Maybe<Scalars['String']['output']>;
  version?: Maybe<Scalars['String']['output']>;
};

/** A principle, outcome or aim that work is tagged against. */
export type FrameworkElement = {
  __typename?: 'FrameworkElement';
  /** Stable identifier, e.g. MA_LE.2 */
  code: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  frameworkId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  position: Scalars['Int']['output'];
};

export type FrameworkIdInput = {
  id: Scalars['ID']['input'];
};

export type Funder = {
  __typename?: 'Funder';
  /** Amount in pence (a whole number). */
  amountPence?: Maybe<Scalars['Float']['output']>;
  grantReference?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  periodEnd?: Maybe<Scalars['Date']['output']>;
  periodStart?: Maybe<Scalars['Date']['output']>;
};

export type FunderInput = {
  /** Amount in pence (a whole number). */
  amountPence?: InputMaybe<Scalars['Float']['input']>;
  grantReference?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  periodEnd?: InputMaybe<Scalars['Date']['input']>;
  periodStart?: InputMaybe<Scalars['Date']['input']>;
};

/** One column of the file and the field it fills. */
export type ImportColumn = {
  __typename?: 'ImportColumn';
  /** The header as written in the file. */
  column: Scalars['String']['output'];
  /** The field it fills now; null: not imported. */
  field?: Maybe<ImportField>;
  /** The suggestion came from the museum's remembered mapping. */
  remembered: Scalars['Boolean']['output'];
  /** Lantern's suggestion at upload (from the museum's remembered mapping, else the header). */
  suggested?: Maybe<ImportField>;
};

export type ImportColumnInput = {
  /** A header of the file, exactly as the import lists it. */
  column: Scalars['String']['input'];
  /** Null: do not import this column. */
  field?: InputMaybe<ImportField>;
};

/** What a column of an activity spreadsheet fills in Lantern. */
export type ImportField =
  | 'ADULTS'
  | 'DATE'
  | 'DURATION_MINUTES'
  | 'FIRST_VISIT'
  | 'KEY_STAGE'
  | 'NOTES'
  | 'OTHER_PARTICIPANTS'
  | 'PARTNER_NAME'
  | 'PARTNER_URN'
  | 'POSTCODE'
  | 'PROGRAMME'
  | 'PUPILS'
  | 'SESSION_TYPE'
  | 'START_TIME'
  | 'STATUS'
  | 'VENUE';

export type ImportFileFormat =
  | 'CSV'
  | 'XLSX';

export type ImportMappingProblem = {
  __typename?: 'ImportMappingProblem';
  field: ImportField;
  message: Scalars['String']['output'];
};

/** A row as Lantern read it, flattened for display. */
export type ImportPreviewRow = {
  __typename?: 'ImportPreviewRow';
  adults?: Maybe<Scalars['Int']['output']>;
  attendances: Scalars['Int']['output'];
  date: Scalars['Date']['output'];
  /** Delivery mode code: ONSITE, OUTREACH, ONLINE, HYBRID or SELF_LED. */
  deliveryMode: Scalars['String']['output'];
  /** Already imported: a commit skips it. */
  duplicate: Scalars['Boolean']['output'];
  durationMinutes?: Maybe<Scalars['Int']['output']>;
  /** One of the counts is an estimate. */
  estimated: Scalars['Boolean']['output'];
  firstVisit?: Maybe<Scalars['Boolean']['output']>;
  /** Session format code guessed from the session type, e.g. SCHOOL_WORKSHOP. */
  format: Scalars['String']['output'];
  /** Key stage code, e.g. KS2. */
  keyStage?: Maybe<Scalars['String']['output']>;
  notes?: Maybe<Scalars['String']['output']>;
  otherParticipants?: Maybe<Scalars['Int']['output']>;
  partner?: Maybe<Scalars['String']['output']>;
  /** Partner type code, e.g. SCHOOL. */
  partnerType?: Maybe<Scalars['String']['output']>;
  partnerUrn?: Maybe<Scalars['String']['output']>;
  postcode?: Maybe<Scalars['String']['output']>;
  programme: Scalars['String']['output'];
  pupils?: Maybe<Scalars['Int']['output']>;
  row: Scalars['Int']['output'];
  /** As written in the file. */
  sessionType: Scalars['String']['output'];
  /** HH:MM */
  startTime?: Maybe<Scalars['String']['output']>;
  /** Session status code: PLANNED, DELIVERED or CANCELLED. */
  status: Scalars['String']['output'];
  venue?: Maybe<Scalars['String']['output']>;
};

/** A cell that cannot be imported, with the reason. */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** The file's header; empty when no column is chosen for the field. */
  column: Scalars['String']['output'];
  field: ImportField;
  message: Scalars['String']['output'];
  /** Row number as the spreadsheet shows it (headers are row 1). */
  row: Scalars['Int']['output'];
  /** The text found in the cell. */
  value: Scalars['String']['output'];
};

export type ImportStatus =
  | 'COMMITTED'
  | 'COMMITTING'
  | 'FAILED'
  | 'INVALID'
  | 'READY'
  | 'UPLOADED'
  | 'VALIDATING';

/** What the file holds and what a commit would do (or did, once committed). */
export type ImportSummary = {
  __typename?: 'ImportSummary';
  attendanceCells: Scalars['Int']['output'];
  /** Attendances (people counted per session, summed), not unique people. */
  attendances: Scalars['Int']['output'];
  /** Once committed: attendances added. */
  attendancesCreated?: Maybe<Scalars['Int']['output']>;
  dateFrom?: Maybe<Scalars['Date']['output']>;
  dateTo?: Maybe<Scalars['Date']['output']>;
  /** Sessions already imported from an earlier file: a commit skips them. */
  duplicates: Scalars['Int']['output'];
  /** Counts given as estimates, such as "c. 40". */
  estimatedCounts: Scalars['Int']['output'];
  newPartners: Scalars['Int']['output'];
  newProgrammes: Scalars['Int']['output'];
  newSites: Scalars['Int']['output'];
  /** Data rows read (blank and totals rows not counted). */
  rows: Scalars['Int']['output'];
  /** Sessions in the file (one a row). */
  sessions: Scalars['Int']['output'];
  /** Once committed: sessions added. */
  sessionsCreated?: Maybe<Scalars['Int']['output']>;
  /** Totals rows skipped. */
  skippedRows: Scalars['Int']['output'];
};

export type ImportTargetField = {
  __typename?: 'ImportTargetField';
  description: Scalars['String']['output'];
  field: ImportField;
  label: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
};

/** Something the museum measures: built in (from sessions), manual, survey or milestone. */
export type Indicator = {
  __typename?: 'Indicator';
  allowedDisaggregations: Array<Disaggregation>;
  archived: Scalars['Boolean']['output'];
  /** Unique in the museum; built-ins have fixed codes, e.g. SESSIONS_DELIVERED. */
  code: Scalars['String']['output'];
  cumulativeClass: CumulativeClass;
  /** What is counted and how, for a head of learning. */
  definition: Scalars['String']['output'];
  direction: IndicatorDirection;
  /** False for built-ins: their computed definition is fixed (owner, framework elements and allowed disaggregations can change). */
  editable: Scalars['Boolean']['output'];
  frameworkElements: Array<FrameworkElement>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  owner?: Maybe<User>;
  source: IndicatorSource;
  surveyId?: Maybe<Scalars['ID']['output']>;
  surveyItemCode?: Maybe<Scalars['String']['output']>;
  surveyStatistic?: Maybe<SurveyStatistic>;
  targets: Array<Target>;
  type: IndicatorType;
  /** e.g. "sessions", "attendances", "%", "hours". */
  unit: Scalars['String']['output'];
};


/** Something the museum measures: built in (from sessions), manual, survey or milestone. */
export type IndicatorTargetsArgs = {
  period?: InputMaybe<PeriodInput>;
};

/** One cell of a breakdown; small cells are withheld (suppressed) by the API. */
export type IndicatorCell = {
  __typename?: 'IndicatorCell';
  /** Enum code, decile "1".."10" or "UNKNOWN", "true"/"false" for FIRST_TIME/SEND. */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Null when suppressed. */
  n?: Maybe<Scalars['Int']['output']>;
  suppressed: Scalars['Boolean']['output'];
  /** Null when suppressed or no data. */
  value?: Maybe<Scalars['Float']['output']>;
};

export type IndicatorDirection =
  | 'DECREASE'
  | 'INCREASE'
  | 'MAINTAIN';

export type IndicatorFilterInput = {
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Part of the code or name. */
  search?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<IndicatorSource>;
};

export type IndicatorIdInput = {
  id: Scalars['ID']['input'];
};

/** A recorded value for a period, scope and cell. */
export type IndicatorResult = {
  __typename?: 'IndicatorResult';
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  approvedBy?: Maybe<User>;
  /** Null for the total. */
  cellKey?: Maybe<Scalars['String']['output']>;
  cellLabel?: Maybe<Scalars['String']['output']>;
  commentary?: Maybe<Scalars['String']['output']>;
  /** Null for the total. */
  disaggregation?: Maybe<Disaggregation>;
  enteredBy?: Maybe<User>;
  id: Scalars['ID']['output'];
  indicator: Indicator;
  /** Null when suppressed. */
  n?: Maybe<Scalars['Int']['output']>;
  period: Period;
  scope: Scope;
  status: ResultStatus;
  suppressed: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Null when suppressed. */
  value?: Maybe<Scalars['Float']['output']>;
};

export type IndicatorSource =
  | 'BUILT_IN'
  | 'MANUAL'
  | 'MILESTONE'
  | 'SURVEY';

export type IndicatorType =
  | 'CONTACT_HOURS'
  | 'COUNT'
  | 'DISTINCT_COUNT'
  | 'EQUITY_RATIO'
  | 'EVIDENCED_QUALITATIVE'
  | 'MEAN_SCORE'
  | 'MILESTONE'
  | 'NPS'
  | 'PERCENTAGE'
  | 'PRE_POST_CHANGE'
  | 'PROPORTION_IMPROVED'
  | 'RATIO';

/** An indicator for a period and scope, against its target. */
export type IndicatorValue = {
  __typename?: 'IndicatorValue';
  /** e.g. 30 (national share %) for the deprivation share. */
  benchmark?: Maybe<Scalars['Float']['output']>;
  /** Empty without a disaggregation or when the indicator does not allow it. */
  cells: Array<IndicatorCell>;
  ciHigh?: Maybe<Scalars['Float']['output']>;
  ciLow?: Maybe<Scalars['Float']['output']>;
  disaggregation?: Maybe<Disaggregation>;
  indicator: Indicator;
  /** The base the value is computed over (attendances, sessions, responses, pairs). */
  n?: Maybe<Scalars['Int']['output']>;
  /** Why there is no value. */
  note?: Maybe<Scalars['String']['output']>;
  period: Period;
  rag?: Maybe<RagStatus>;
  scope: Scope;
  target?: Maybe<Target>;
  /** The total; null when not computable yet (e.g. a manual indicator with no result). */
  value?: Maybe<Scalars['Float']['output']>;
};

export type Invitation = {
  __typename?: 'Invitation';
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  invitedBy?: Maybe<User>;
  lastSentAt: Scalars['DateTime']['output'];
  role: Role;
  status: InvitationStatus;
};

export type InvitationIdInput = {
  id: Scalars['ID']['input'];
};

export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  /** True when an account already exists for the email: the person signs in with their password to accept. */
  accountExists: Scalars['Boolean']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  organisationName: Scalars['String']['output'];
  role: Role;
};

export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type InviteMemberInput = {
  email: Scalars['String']['input'];
  role: Role;
};

export type KeyStage =
  | 'EYFS'
  | 'KS1'
  | 'KS2'
  | 'KS3'
  | 'KS4'
  | 'KS5'
  | 'POST_19';

export type LockPeriodInput = {
  period: PeriodInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** A delivered session with its attendance, in one call. */
export type LogSessionInput = {
  attendance?: InputMaybe<Array<AttendanceCellInput>>;
  coDesigned?: InputMaybe<Scalars['Boolean']['input']>;
  date: Scalars['Date']['input'];
  deliveryMode: DeliveryMode;
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  facilitators?: InputMaybe<Array<SessionFacilitatorInput>>;
  format: SessionFormat;
  frameworkElementIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  notes?: InputMaybe<Scalars['String']['input']>;
  objectsUsed?: InputMaybe<Scalars['String']['input']>;
  /** Zoom, Teams, YouTube... */
  onlinePlatform?: InputMaybe<Scalars['String']['input']>;
  /** Where an outreach session took place (or give a partner). */
  outreachPostcode?: InputMaybe<Scalars['String']['input']>;
  participationDepth?: InputMaybe<ParticipationDepth>;
  partnerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  programmeId: Scalars['ID']['input'];
  /** Needed onsite; none online. */
  siteId?: InputMaybe<Scalars['ID']['input']>;
  /** Local start time, HH:MM. */
  startTime?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type ManifestoCoverage = {
  __typename?: 'ManifestoCoverage';
  actionsFrom: Scalars['Date']['output'];
  /** Actions are counted in the 90 days to this date: the period end, or today if earlier. */
  actionsUntil: Scalars['Date']['output'];
  period: Period;
  /** One row per principle, in order. */
  principles: Array<PrincipleCoverage>;
};

export type Member = {
  __typename?: 'Member';
  /** The membership id. */
  id: Scalars['ID']['output'];
  isYou: Scalars['Boolean']['output'];
  joinedAt: Scalars['DateTime']['output'];
  role: Role;
  user: User;
};

export type Membership = {
  __typename?: 'Membership';
  organisation: OrganisationSummary;
  role: Role;
};

export type Mutation = {
  __typename?: 'Mutation';
  acceptInvitation: Viewer;
  addFrameworkElement: FrameworkElement;
  /** Corrects an entry: appends a new entry that amends it (the original stays, marked as corrected). */
  amendAction: ActionEntry;
  /** Appends a dated action to the log (learning officers and heads of learning). */
  appendAction: ActionEntry;
  approveResults: Array<IndicatorResult>;
  archiveIndicator: Indicator;
  changeMemberRole: Member;
  /** Closes the public link (follow-up waves go on). */
  closeSurvey: Survey;
  /** Bring a READY import in: the whole file in one transaction, or nothing (COMMITTING -> COMMITTED or FAILED). */
  commitImport: ActivityImport;
  createCommitment: Commitment;
  /** Adds evidence; attach a file with POST /api/evidence/{id}/file. */
  createEvidence: Evidence;
  createFramework: Framework;
  /** Adds a manual, survey or milestone indicator. */
  createIndicator: Indicator;
  createPartner: Partner;
  createProgramme: Programme;
  /** Adds a session in any status (e.g. planned). */
  createSession: Session;
  createSite: Site;
  createSurvey: Survey;
  /** Deletes a commitment with no actions (CONFLICT otherwise: set it to DROPPED); returns it as it was. */
  deleteCommitment: Commitment;
  /** Deletes a loaded lookup; deciles derived from it are re-derived from the next active index or cleared. Returns it as it was. */
  deleteDeprivationLookup: DeprivationLookup;
  /** Deletes the item and its file; returns it as it was. */
  deleteEvidence: Evidence;
  /** Removes one of your frameworks and its elements; returns it as it was. */
  deleteFramework: Framework;
  /** Deletes an indicator of the museum's own; CONFLICT when targets, results or commitments refer to it. */
  deleteIndicator: Indicator;
  /** Deletes a partner no session uses (CONFLICT, with extensions.sessionCount, otherwise); returns it as it was. */
  deletePartner: Partner;
  /** Deletes a programme; returns it as it was. */
  deleteProgramme: Programme;
  /** Deletes a draft result. */
  deleteResult: IndicatorResult;
  /** Deletes a session; returns it as it was. */
  deleteSession: Session;
  /** Removes a site; returns it as it was. */
  deleteSite: Site;
  /** Deletes a survey with no responses (CONFLICT otherwise); returns it as it was. */
  deleteSurvey: Survey;
  deleteTarget: Target;
  /** Delete an import and its stored file (not while committing). Sessions it committed stay. */
  discardImport: ActivityImport;
  inviteMember: Invitation;
  /** Locks a period: its sessions, attendance and results can no longer change. CONFLICT while draft results remain in it; its approved results become locked. */
  lockPeriod: PeriodLock;
  /** Logs a delivered session with its attendance, in one call and one transaction. */
  logSession: Session;
  /** Opens the public link. */
  openSurvey: Survey;
  /** Snapshots every built-in indicator (total and cells) as draft results. */
  recordComputedResults: Array<IndicatorResult>;
  /** A new link and QR code; the old ones stop working. */
  regenerateSurveyLink: Survey;
  /** Removes one of your elements; returns it as it was. */
  removeFrameworkElement: FrameworkElement;
  /** Removes a person from the organisation; returns them as they were. */
  removeMember: Member;
  /** Always true, whether or not the account exists. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Queue a round trip through the background worker and record what it saw. */
  requestWorkerCheck: WorkerCheck;
  resendInvitation: Invitation;
  /** Sets a new password from an emailed link and signs the account out everywhere. */
  resetPassword: Scalars['Boolean']['output'];
  restoreIndicator: Indicator;
  revokeInvitation: Invitation;
  /** Saves a result for an indicator, scope, period and cell (a draft: saving over an approved result returns it to draft); refused in a locked period. */
  saveResult: IndicatorResult;
  /** Chooses the index partners' and sessions' deciles come from (null: the latest loaded lookup) and re-derives them. */
  setDeprivationIndex: Organisation;
  /** Choose which column fills which field; the worker then checks every row (VALIDATING -> READY or INVALID). */
  setImportMapping: ActivityImport;
  /** Sets (or replaces) the target for an indicator, scope and period. */
  setTarget: Target;
  signIn: Viewer;
  /** Ends this browser session. Safe to call when signed out. */
  signOut: Scalars['Boolean']['output'];
  /** Ends every session of this account, on every device. */
  signOutEverywhere: Scalars['Boolean']['output'];
  /** Creates an organisation and its first admin, and signs them in. */
  signUp: Viewer;
  switchOrganisation: Viewer;
  /** Unlocks a period (the reason is audited); its results go back to approved. */
  unlockPeriod: PeriodLock;
  updateCommitment: Commitment;
  updateEvidence: Evidence;
  updateFramework: Framework;
  updateFrameworkElement: FrameworkElement;
  updateIndicator: Indicator;
  updateOrganisation: Organisation;
  updatePartner: Partner;
  updateProgramme: Programme;
  /** Replaces the session, its links and its attendance with the ones given. */
  updateSession: Session;
  updateSite: Site;
  /** CONFLICT when the questions, kind or link change on a survey with responses. */
  updateSurvey: Survey;
  /** Withdraws a participant's consent: deletes their email and cancels pending waves. */
  withdrawConsent: Scalars['Boolean']['output'];
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAddFrameworkElementArgs = {
  input: AddFrameworkElementInput;
};


export type MutationAmendActionArgs = {
  input: AmendActionInput;
};


export type MutationAppendActionArgs = {
  input: AppendActionInput;
};


export type MutationApproveResultsArgs = {
  input: ResultIdsInput;
};


export type MutationArchiveIndicatorArgs = {
  input: IndicatorIdInput;
};


export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};


export type MutationCloseSurveyArgs = {
  input: SurveyIdInput;
};


export type MutationCommitImportArgs = {
  input: CommitImportInput;
};


export type MutationCreateCommitmentArgs = {
  input: CreateCommitmentInput;
};


export type MutationCreateEvidenceArgs = {
  input: CreateEvidenceInput;
};


export type MutationCreateFrameworkArgs = {
  input: CreateFrameworkInput;
};


export type MutationCreateIndicatorArgs = {
  input: CreateIndicatorInput;
};


export type MutationCreatePartnerArgs = {
  input: CreatePartnerInput;
};


export type MutationCreateProgrammeArgs = {
  input: CreateProgrammeInput;
};


export type MutationCreateSessionArgs = {
  input: CreateSessionInput;
};


export type MutationCreateSiteArgs = {
  input: CreateSiteInput;
};


export type MutationCreateSurveyArgs = {
  input: CreateSurveyInput;
};


export type MutationDeleteCommitmentArgs = {
  input: DeleteCommitmentInput;
};


export type MutationDeleteDeprivationLookupArgs = {
  input: DeleteDeprivationLookupInput;
};


export type MutationDeleteEvidenceArgs = {
  input: DeleteEvidenceInput;
};


export type MutationDeleteFrameworkArgs = {
  input: FrameworkIdInput;
};


export type MutationDeleteIndicatorArgs = {
  input: IndicatorIdInput;
};


export type MutationDeletePartnerArgs = {
  input: DeletePartnerInput;
};


export type MutationDeleteProgrammeArgs = {
  input: DeleteProgrammeInput;
};


export type MutationDeleteResultArgs = {
  input: ResultIdInput;
};


export type MutationDeleteSessionArgs = {
  input: DeleteSessionInput;
};


export type MutationDeleteSiteArgs = {
  input: DeleteSiteInput;
};


export type MutationDeleteSurveyArgs = {
  input: SurveyIdInput;
};


export type MutationDeleteTargetArgs = {
  input: TargetIdInput;
};


export type MutationDiscardImportArgs = {
  input: DiscardImportInput;
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationLockPeriodArgs = {
  input: LockPeriodInput;
};


export type MutationLogSessionArgs = {
  input: LogSessionInput;
};


export type MutationOpenSurveyArgs = {
  input: SurveyIdInput;
};


export type MutationRecordComputedResultsArgs = {
  input: RecordComputedResultsInput;
};


export type MutationRegenerateSurveyLinkArgs = {
  input: SurveyIdInput;
};


export type MutationRemoveFrameworkElementArgs = {
  input: FrameworkIdInput;
};


export type MutationRemoveMemberArgs = {
  input: RemoveMemberInput;
};


export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


export type MutationRequestWorkerCheckArgs = {
  input: RequestWorkerCheckInput;
};


export type MutationResendInvitationArgs = {
  input: InvitationIdInput;
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationRestoreIndicatorArgs = {
  input: IndicatorIdInput;
};


export type MutationRevokeInvitationArgs = {
  input: InvitationIdInput;
};


export type MutationSaveResultArgs = {
  input: SaveResultInput;
};


export type MutationSetDeprivationIndexArgs = {
  input: SetDeprivationIndexInput;
};


export type MutationSetImportMappingArgs = {
  input: SetImportMappingInput;
};


export type MutationSetTargetArgs = {
  input: SetTargetInput;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationSwitchOrganisationArgs = {
  input: SwitchOrganisationInput;
};


export type MutationUnlockPeriodArgs = {
  input: UnlockPeriodInput;
};


export type MutationUpdateCommitmentArgs = {
  input: UpdateCommitmentInput;
};


export type MutationUpdateEvidenceArgs = {
  input: UpdateEvidenceInput;
};


export type MutationUpdateFrameworkArgs = {
  input: UpdateFrameworkInput;
};


export type MutationUpdateFrameworkElementArgs = {
  input: UpdateFrameworkElementInput;
};


export type MutationUpdateIndicatorArgs = {
  input: UpdateIndicatorInput;
};


export type MutationUpdateOrganisationArgs = {
  input: UpdateOrganisationInput;
};


export type MutationUpdatePartnerArgs = {
  input: UpdatePartnerInput;
};


export type MutationUpdateProgrammeArgs = {
  input: UpdateProgrammeInput;
};


export type MutationUpdateSessionArgs = {
  input: UpdateSessionInput;
};


export type MutationUpdateSiteArgs = {
  input: UpdateSiteInput;
};


export type MutationUpdateSurveyArgs = {
  input: UpdateSurveyInput;
};


export type MutationWithdrawConsentArgs = {
  input: WithdrawConsentInput;
};

export type Nation =
  | 'ENGLAND'
  | 'NORTHERN_IRELAND'
  | 'SCOTLAND'
  | 'WALES';

export type Organisation = {
  __typename?: 'Organisation';
  academicYearStartMonth: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The deprivation index deciles come from, as chosen with setDeprivationIndex; null: the latest loaded lookup. */
  deprivationIndex?: Maybe<DeprivationIndex>;
  financialYearStartMonth: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: OrganisationKind;
  name: Scalars['String']['output'];
  nation: Nation;
  sites: Array<Site>;
  smallCellThreshold: Scalars['Int']['output'];
  timeZone: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type OrganisationKind =
  | 'GALLERY'
  | 'HERITAGE_SITE'
  | 'MUSEUM'
  | 'MUSEUM_SERVICE';

export type OrganisationSummary = {
  __typename?: 'OrganisationSummary';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type ParticipationDepth =
  | 'COLLABORATING'
  | 'COMMUNITY_LED'
  | 'CONSULTED'
  | 'INFORMED'
  | 'INVOLVED';

/** A school, college, community group or other body the museum works with. */
export type Partner = {
  __typename?: 'Partner';
  createdAt: Scalars['DateTime']['output'];
  /** The postcode's decile in the museum's active index (1 = most deprived 10%). */
  deprivationDecile?: Maybe<Scalars['Int']['output']>;
  /** The index the decile comes from; set exactly when the decile is. */
  deprivationIndex?: Maybe<DeprivationIndex>;
  /** Date of its first delivered session. */
  firstEngagement?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** Date of its latest delivered session. */
  lastEngagement?: Maybe<Scalars['Date']['output']>;
  name: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  /** Canonical form, e.g. "ZZ1 1AA". */
  postcode?: Maybe<Scalars['String']['output']>;
  /** Sessions it is a partner in, whatever their status. */
  sessionCount: Scalars['Int']['output'];
  type: PartnerType;
  updatedAt: Scalars['DateTime']['output'];
  /** DfE unique reference number (schools). */
  urn?: Maybe<Scalars['String']['output']>;
};

export type PartnerConnection = {
  __typename?: 'PartnerConnection';
  edges: Array<PartnerEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PartnerEdge = {
  __typename?: 'PartnerEdge';
  cursor: Scalars['String']['output'];
  node: Partner;
};

export type PartnerFilterInput = {
  /** Part of the name (case, spacing and quote styles ignored), a URN or a postcode. */
  search?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<PartnerType>;
};

export type PartnerType =
  | 'CHARITY'
  | 'COLLEGE'
  | 'COMMUNITY_GROUP'
  | 'HEALTH_BODY'
  | 'LOCAL_AUTHORITY'
  | 'OTHER'
  | 'SCHOOL';

/** A reporting period: dates inclusive at both ends. */
export type Period = {
  __typename?: 'Period';
  end: Scalars['Date']['output'];
  /** Stable key: FY2025, FQ2025-1, AY2025, AT2025-AUTUMN, CY2025, CM2025-04, or CP<start>_<end> for a custom or grant period. */
  key: Scalars['String']['output'];
  /** What people call it: "2025/26", "Q1 2025/26", "AY 2025/26". */
  label: Scalars['String']['output'];
  start: Scalars['Date']['output'];
  type: PeriodType;
};

export type PeriodInput = {
  /** A period key (FY2025, FQ2025-1, ...; CP2024-04-01_2027-03-31 for a custom period). */
  key: Scalars['String']['input'];
  /** Name of a custom or grant period. */
  label?: InputMaybe<Scalars['String']['input']>;
};

/** A locked period: its sessions, attendance and results cannot change. */
export type PeriodLock = {
  __typename?: 'PeriodLock';
  id: Scalars['ID']['output'];
  lockedAt: Scalars['DateTime']['output'];
  lockedBy?: Maybe<User>;
  period: Period;
  reason?: Maybe<Scalars['String']['output']>;
};

export type PeriodType =
  | 'ACADEMIC_TERM'
  | 'ACADEMIC_YEAR'
  | 'CALENDAR_MONTH'
  | 'CALENDAR_YEAR'
  | 'CUSTOM'
  | 'FINANCIAL_QUARTER'
  | 'FINANCIAL_YEAR';

/** Planned sessions and reach for one period. */
export type PlanPeriod = {
  __typename?: 'PlanPeriod';
  periodEnd: Scalars['Date']['output'];
  periodStart: Scalars['Date']['output'];
  plannedReach: Scalars['Int']['output'];
  plannedSessions: Scalars['Int']['output'];
};

export type PlanPeriodInput = {
  periodEnd: Scalars['Date']['input'];
  periodStart: Scalars['Date']['input'];
  plannedReach: Scalars['Int']['input'];
  plannedSessions: Scalars['Int']['input'];
};

/** A postcode's decile in the museum's active index. */
export type PostcodeDecile = {
  __typename?: 'PostcodeDecile';
  areaCode: Scalars['String']['output'];
  /** 1 is the most deprived 10% of areas. */
  decile: Scalars['Int']['output'];
  indexVersion: DeprivationIndex;
  /** The postcode in canonical form, e.g. "ZZ1 1AA". */
  postcode: Scalars['String']['output'];
};

/** How much work, commitment and evidence one manifesto principle has in a period. */
export type PrincipleCoverage = {
  __typename?: 'PrincipleCoverage';
  /** Action log entries in force for its commitments in the 90 days to actionsUntil. */
  actionsLast90Days: Scalars['Int']['output'];
  /** Commitments under it that are active or at risk. */
  activeCommitments: Scalars['Int']['output'];
  /** Evidence items tagged to it, dated in the period. */
  evidenceItems: Scalars['Int']['output'];
  /** Indicators linked to it with a result in the period. */
  indicatorsWithResults: Scalars['Int']['output'];
  principle: FrameworkElement;
  /** Programmes tagged to it that run during the period. */
  programmesTagged: Scalars['Int']['output'];
  /** Delivered sessions tagged to it, dated in the period. */
  sessionsTagged: Scalars['Int']['output'];
};

export type Programme = {
  __typename?: 'Programme';
  aims?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  endDate?: Maybe<Scalars['Date']['output']>;
  frameworkElements: Array<FrameworkElement>;
  funders: Array<Funder>;
  id: Scalars['ID']['output'];
  lead?: Maybe<User>;
  name: Scalars['String']['output'];
  plan: Array<PlanPeriod>;
  sites: Array<Site>;
  startDate: Scalars['Date']['output'];
  status: ProgrammeStatus;
  strand: ProgrammeStrand;
  targetAudiences: Array<AudienceType>;
  updatedAt: Scalars['DateTime']['output'];
};

export type ProgrammeConnection = {
  __typename?: 'ProgrammeConnection';
  edges: Array<ProgrammeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProgrammeEdge = {
  __typename?: 'ProgrammeEdge';
  cursor: Scalars['String']['output'];
  node: Programme;
};

export type ProgrammeFilterInput = {
  /** Part of the name. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ProgrammeStatus>;
  strand?: InputMaybe<ProgrammeStrand>;
};

export type ProgrammeStatus =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'COMPLETED'
  | 'PLANNED';

export type ProgrammeStrand =
  | 'ACCESS_SEND'
  | 'ADULT_LEARNING'
  | 'COMMUNITY_PARTNERSHIPS'
  | 'DIGITAL'
  | 'EARLY_YEARS'
  | 'FAMILIES'
  | 'HEALTH_AND_WELLBEING'
  | 'OUTREACH'
  | 'SCHOOLS'
  | 'TEACHER_CPD'
  | 'VOLUNTEERING_AND_SKILLS'
  | 'YOUNG_PEOPLE';

export type Query = {
  __typename?: 'Query';
  /** The museum’s whole action log, latest recorded first. */
  actionLog: ActionEntryConnection;
  activityImport: ActivityImport;
  /** Imports of the museum, newest first. */
  activityImports: ActivityImportConnection;
  /** Every action recorded so far, for the filter. */
  auditActions: Array<Scalars['String']['output']>;
  auditEvents: AuditEventConnection;
  commitment: Commitment;
  /** Commitments, by framework element then title. */
  commitments: Array<Commitment>;
  /** A postcode's decile in the active index; null when the lookup lacks it. */
  deprivationDecile?: Maybe<PostcodeDecile>;
  /** Each loaded index version of the lookup, in index order. */
  deprivationLookups: Array<DeprivationLookup>;
  /** Mail caught by the local dev mailbox, newest first. NOT_FOUND when it is off. */
  devMailbox: Array<DevMail>;
  /** Whether this server catches outgoing mail locally (the demo does). */
  devMailboxEnabled: Scalars['Boolean']['output'];
  evidence: Evidence;
  /** The evidence library, newest first. Without drafts.read only publishable items with consent are listed. */
  evidenceItems: EvidenceConnection;
  framework: Framework;
  /** Sector frameworks first, then your own. */
  frameworks: Array<Framework>;
  indicator: Indicator;
  /** Indicators for a period and scope (the whole museum by default) against their targets; every non-archived indicator when indicatorIds is null. Small cells are withheld. */
  indicatorValues: Array<IndicatorValue>;
  /** Built-ins first (fixed order), then by name. */
  indicators: Array<Indicator>;
  invitationPreview: InvitationPreview;
  /** Invitations not yet accepted, newest first. */
  invitations: Array<Invitation>;
  /** Per principle of the Museums Association manifesto (MA_LE_2020): active commitments, recent actions, programmes and sessions tagged, indicators with results and evidence items. */
  manifestoCoverage: ManifestoCoverage;
  /** The signed-in person, or null. */
  me?: Maybe<Viewer>;
  members: Array<Member>;
  /** The organisation the caller is working in. */
  organisation: Organisation;
  partner: Partner;
  /** Partners in name order. */
  partners: PartnerConnection;
  /** Locked periods, latest first. */
  periodLocks: Array<PeriodLock>;
  programme: Programme;
  programmes: ProgrammeConnection;
  /** Results of a period; drafts only for roles with drafts.read; small cells withheld. */
  results: Array<IndicatorResult>;
  /** Open commitments with no action inside their review window (as of today in the museum’s time zone), or whose review date has passed with no action since. */
  sayDoGaps: Array<SayDoGapItem>;
  session: Session;
  /** What "Log a session" pre-fills for this programme and this user. */
  sessionDefaults: SessionDefaults;
  /** Sessions, newest first (then by start time), filtered; with totals for the filter. */
  sessions: SessionConnection;
  survey: Survey;
  /** People who agreed to follow-up (personal data: never in any export). */
  surveyContacts: Array<SurveyContact>;
  /** Follow-up waves with response rate and attrition. */
  surveyFollowUp: SurveyFollowUp;
  /** The questions surveys are built from. */
  surveyItemBank: Array<SurveyItem>;
  /** Per question and wave, paired change and comments; small cells withheld. */
  surveyResults: SurveyResults;
  /** Surveys, newest first. */
  surveys: SurveyConnection;
  systemStatus: SystemStatus;
  targets: Array<Target>;
  /** Recomputes every hash of the museum’s action log in order: ok, how many entries were checked, and the first broken entry. */
  verifyActionLog: ActionLogVerification;
  workerCheck: WorkerCheck;
  workerChecks: WorkerCheckConnection;
};


export type QueryActionLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryActivityImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActivityImportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryCommitmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCommitmentsArgs = {
  filter?: InputMaybe<CommitmentFilterInput>;
};


export type QueryDeprivationDecileArgs = {
  postcode: Scalars['String']['input'];
};


export type QueryDevMailboxArgs = {
  first?: Scalars['Int']['input'];
};


export type QueryEvidenceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEvidenceItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EvidenceFilterInput>;
  first?: Scalars['Int']['input'];
};


export type QueryFrameworkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIndicatorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIndicatorValuesArgs = {
  disaggregation?: InputMaybe<Disaggregation>;
  indicatorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  period: PeriodInput;
  scope?: InputMaybe<ScopeInput>;
};


export type QueryIndicatorsArgs = {
  filter?: InputMaybe<IndicatorFilterInput>;
};


export type QueryInvitationPreviewArgs = {
  token: Scalars['String']['input'];
};


export type QueryManifestoCoverageArgs = {
  period: PeriodInput;
};


export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartnerFilterInput>;
  first?: Scalars['Int']['input'];
};


export type QueryProgrammeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProgrammesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProgrammeFilterInput>;
  first?: Scalars['Int']['input'];
};


export type QueryResultsArgs = {
  indicatorId?: InputMaybe<Scalars['ID']['input']>;
  period: PeriodInput;
  scope?: InputMaybe<ScopeInput>;
  status?: InputMaybe<ResultStatus>;
};


export type QuerySessionArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySessionDefaultsArgs = {
  programmeId: Scalars['ID']['input'];
};


export type QuerySessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SessionFilterInput>;
  first?: Scalars['Int']['input'];
};


export type QuerySurveyArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySurveyContactsArgs = {
  surveyId: Scalars['ID']['input'];
};


export type QuerySurveyFollowUpArgs = {
  surveyId: Scalars['ID']['input'];
};


export type QuerySurveyResultsArgs = {
  surveyId: Scalars['ID']['input'];
};


export type QuerySurveysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<SurveyStatus>;
};


export type QueryTargetsArgs = {
  indicatorId?: InputMaybe<Scalars['ID']['input']>;
  period?: InputMaybe<PeriodInput>;
};


export type QueryWorkerCheckArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkerChecksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type QueueHealth = {
  __typename?: 'QueueHealth';
  active: Scalars['Int']['output'];
  delayed: Scalars['Int']['output'];
  failed: Scalars['Int']['output'];
  waiting: Scalars['Int']['output'];
  /** Worker processes currently connected to the queue. */
  workers: Scalars['Int']['output'];
};

export type RagStatus =
  | 'AMBER'
  | 'GREEN'
  | 'RED';

/** Snapshots every built-in indicator (total and each allowed breakdown) as DRAFT results. */
export type RecordComputedResultsInput = {
  period: PeriodInput;
  scope?: InputMaybe<ScopeInput>;
};

export type RemoveMemberInput = {
  id: Scalars['ID']['input'];
};

export type RequestPasswordResetInput = {
  email: Scalars['String']['input'];
};

export type RequestWorkerCheckInput = {
  /** Optional note shown beside the check, at most 200 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
};

export type ResetPasswordInput = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type ResultIdInput = {
  id: Scalars['ID']['input'];
};

export type ResultIdsInput = {
  ids: Array<Scalars['ID']['input']>;
};

export type ResultStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'LOCKED';

export type Role =
  | 'ADMIN'
  | 'HEAD_OF_LEARNING'
  | 'LEARNING_OFFICER'
  | 'TRUSTEE';

export type SaveResultInput = {
  cellKey?: InputMaybe<Scalars['String']['input']>;
  commentary?: InputMaybe<Scalars['String']['input']>;
  /** Null (with cellKey) for the total. */
  disaggregation?: InputMaybe<Disaggregation>;
  indicatorId: Scalars['ID']['input'];
  n?: InputMaybe<Scalars['Int']['input']>;
  period: PeriodInput;
  scope: ScopeInput;
  value: Scalars['Float']['input'];
};

/** Why an open commitment shows a say/do gap. */
export type SayDoGap = {
  __typename?: 'SayDoGap';
  message: Scalars['String']['output'];
  reason: SayDoGapReason;
};

export type SayDoGapItem = {
  __typename?: 'SayDoGapItem';
  commitment: Commitment;
  lastActionOn?: Maybe<Scalars['Date']['output']>;
  message: Scalars['String']['output'];
  reason: SayDoGapReason;
};

export type SayDoGapReason =
  | 'NO_RECENT_ACTION'
  | 'REVIEW_OVERDUE';

/** Where a figure is for: the whole museum, a site or a programme. */
export type Scope = {
  __typename?: 'Scope';
  id?: Maybe<Scalars['ID']['output']>;
  kind: ScopeKind;
  /** The museum, site or programme name. */
  label: Scalars['String']['output'];
};

export type ScopeInput = {
  /** Required for SITE and PROGRAMME. */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: ScopeKind;
};

export type ScopeKind =
  | 'MUSEUM'
  | 'PROGRAMME'
  | 'SITE';

export type ServiceHealth = {
  __typename?: 'ServiceHealth';
  latencyMs?: Maybe<Scalars['Float']['output']>;
  ok: Scalars['Boolean']['output'];
};

/** One occurrence of a programme, with who came. */
export type Session = {
  __typename?: 'Session';
  /** In grid order. */
  attendance: Array<AttendanceCell>;
  /** Sum of the attendance cells: attendances, not unique people. */
  attendanceTotal: Scalars['Int']['output'];
  coDesigned: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Who logged it (null for imported sessions or removed accounts). */
  createdBy?: Maybe<User>;
  date: Scalars['Date']['output'];
  deliveryMode: DeliveryMode;
  /** Decile of the area reached (the outreach postcode, else the first partner's by name); null when unknown. */
  deprivationDecile?: Maybe<Scalars['Int']['output']>;
  deprivationIndex?: Maybe<DeprivationIndex>;
  durationMinutes?: Maybe<Scalars['Int']['output']>;
  facilitators: Array<SessionFacilitator>;
  format: SessionFormat;
  frameworkElements: Array<FrameworkElement>;
  /** Whether any count in the attendance is an estimate. */
  hasEstimates: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  objectsUsed?: Maybe<Scalars['String']['output']>;
  onlinePlatform?: Maybe<Scalars['String']['output']>;
  outreachPostcode?: Maybe<Scalars['String']['output']>;
  participationDepth?: Maybe<ParticipationDepth>;
  /** By name. */
  partners: Array<Partner>;
  programme: Programme;
  site?: Maybe<Site>;
  /** Local start time, HH:MM. */
  startTime?: Maybe<Scalars['String']['output']>;
  status: SessionStatus;
  title?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type SessionConnection = {
  __typename?: 'SessionConnection';
  edges: Array<SessionEdge>;
  pageInfo: PageInfo;
  /** Attendances (not unique people) of the sessions matching the filter. */
  totalAttendance: Scalars['Int']['output'];
  /** Sessions matching the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

/** What "Log a session" pre-fills for a programme: from the programme (its only site, a format for its strand, its target audiences) and from the caller's last session in it. */
export type SessionDefaults = {
  __typename?: 'SessionDefaults';
  /** Cells to fill in, with counts at 0. */
  attendance: Array<AttendanceCell>;
  /** Today in the museum's time zone. */
  date: Scalars['Date']['output'];
  deliveryMode: DeliveryMode;
  durationMinutes?: Maybe<Scalars['Int']['output']>;
  facilitators: Array<SessionFacilitator>;
  format: SessionFormat;
  /** The session these came from, when the caller has logged one in the programme. */
  fromSessionId?: Maybe<Scalars['ID']['output']>;
  partnerIds: Array<Scalars['ID']['output']>;
  partners: Array<Partner>;
  programmeId: Scalars['ID']['output'];
  site?: Maybe<Site>;
  siteId?: Maybe<Scalars['ID']['output']>;
  startTime?: Maybe<Scalars['String']['output']>;
};

export type SessionEdge = {
  __typename?: 'SessionEdge';
  cursor: Scalars['String']['output'];
  node: Session;
};

/** Who led a session; the name is kept even if the account is later removed. */
export type SessionFacilitator = {
  __typename?: 'SessionFacilitator';
  name: Scalars['String']['output'];
  type: FacilitatorType;
  /** Their account, for staff who have one (loaded with the facilitators). */
  user?: Maybe<User>;
};

export type SessionFacilitatorInput = {
  name: Scalars['String']['input'];
  type: FacilitatorType;
  /** A member of the museum, for staff. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** Sessions in a period (both dates included) and with these tags. */
export type SessionFilterInput = {
  deliveryMode?: InputMaybe<DeliveryMode>;
  format?: InputMaybe<SessionFormat>;
  from?: InputMaybe<Scalars['Date']['input']>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  siteId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<SessionStatus>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type SessionFormat =
  | 'ADULT_COURSE'
  | 'COMMUNITY_CO_CURATION'
  | 'CONSULTATION'
  | 'DIGITAL_RESOURCE_RELEASE'
  | 'EARLY_YEARS'
  | 'FAMILY_DROP_IN'
  | 'HOLIDAY_ACTIVITY'
  | 'LIVE_ONLINE_EVENT'
  | 'LOAN_BOX'
  | 'OTHER'
  | 'OUTREACH_VISIT'
  | 'REMINISCENCE'
  | 'SCHOOL_WORKSHOP'
  | 'SELF_LED_SCHOOL_VISIT'
  | 'SOCIAL_PRESCRIBING'
  | 'TALK'
  | 'TEACHER_CPD'
  | 'TOUR'
  | 'VIRTUAL_CLASSROOM'
  | 'VOLUNTEER_SESSION'
  | 'WELLBEING_GROUP'
  | 'WORK_PLACEMENT'
  | 'YOUTH_PANEL';

export type SessionStatus =
  | 'CANCELLED'
  | 'DELIVERED'
  | 'PLANNED';

export type SetDeprivationIndexInput = {
  /** The index deciles come from; null: the latest loaded lookup. */
  indexVersion?: InputMaybe<DeprivationIndex>;
};

export type SetImportMappingInput = {
  /** Which field each column fills; columns left out are not imported. */
  columns: Array<ImportColumnInput>;
  importId: Scalars['ID']['input'];
};

export type SetTargetInput = {
  amberThreshold: Scalars['Float']['input'];
  baselineLabel?: InputMaybe<Scalars['String']['input']>;
  baselineValue?: InputMaybe<Scalars['Float']['input']>;
  greenThreshold: Scalars['Float']['input'];
  indicatorId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  period: PeriodInput;
  scope: ScopeInput;
  targetValue: Scalars['Float']['input'];
};

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type SignUpInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  nation?: Nation;
  organisationKind?: OrganisationKind;
  organisationName: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type Site = {
  __typename?: 'Site';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  postcode?: Maybe<Scalars['String']['output']>;
  type: SiteType;
};

export type SiteType =
  | 'GALLERY'
  | 'HERITAGE_SITE'
  | 'LEARNING_CENTRE'
  | 'LIBRARY_OR_ARCHIVE'
  | 'MUSEUM'
  | 'OTHER'
  | 'OUTDOOR';

/** A short survey from the item bank, answered without an account through its link. */
export type Survey = {
  __typename?: 'Survey';
  closesAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  followUpMonths: Array<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  intro?: Maybe<Scalars['String']['output']>;
  /** Item bank codes in the order asked. */
  itemCodes: Array<Scalars['String']['output']>;
  kind: SurveyKind;
  /** The programme or session the survey belongs to. */
  linkedTo?: Maybe<SurveyLink>;
  offersFollowUp: Scalars['Boolean']['output'];
  programmeId?: Maybe<Scalars['ID']['output']>;
  /** The public link token: the form is at /s/<token>. */
  publicToken: Scalars['String']['output'];
  responseCount: Scalars['Int']['output'];
  sessionId?: Maybe<Scalars['ID']['output']>;
  status: SurveyStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type SurveyBank =
  | 'FREE_TEXT'
  | 'LEARNING_OUTCOMES'
  | 'NET_PROMOTER'
  | 'ONS4'
  | 'QUALITY';

/** Paired before/after change of one question. */
export type SurveyChange = {
  __typename?: 'SurveyChange';
  ciHigh?: Maybe<Scalars['Float']['output']>;
  ciLow?: Maybe<Scalars['Float']['output']>;
  itemCode: Scalars['String']['output'];
  /** Mean of after minus before. */
  meanChange?: Maybe<Scalars['Float']['output']>;
  /** Pairs; null when withheld. */
  n?: Maybe<Scalars['Int']['output']>;
  /** % of pairs whose score improved (fell, for anxiety). */
  proportionImproved?: Maybe<Scalars['Float']['output']>;
  suppressed: Scalars['Boolean']['output'];
};

export type SurveyComment = {
  __typename?: 'SurveyComment';
  date: Scalars['String']['output'];
  itemCode: Scalars['String']['output'];
  text: Scalars['String']['output'];
  wave: SurveyWave;
};

export type SurveyConnection = {
  __typename?: 'SurveyConnection';
  edges: Array<SurveyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Consent to be contacted later. The email is null once consent is withdrawn. */
export type SurveyContact = {
  __typename?: 'SurveyContact';
  consentedAt: Scalars['DateTime']['output'];
  email?: Maybe<Scalars['String']['output']>;
  givenBy: ConsentGiver;
  id: Scalars['ID']['output'];
  invitations: Array<FollowUpInvitation>;
  lawfulBasis: Scalars['String']['output'];
  purpose: Scalars['String']['output'];
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
};

export type SurveyEdge = {
  __typename?: 'SurveyEdge';
  cursor: Scalars['String']['output'];
  node: Survey;
};

export type SurveyFollowUp = {
  __typename?: 'SurveyFollowUp';
  consented: Scalars['Int']['output'];
  surveyId: Scalars['ID']['output'];
  waves: Array<FollowUpWave>;
  withdrawn: Scalars['Int']['output'];
};

export type SurveyIdInput = {
  id: Scalars['ID']['input'];
};

/** A question of the item bank. */
export type SurveyItem = {
  __typename?: 'SurveyItem';
  bank: SurveyBank;
  bankLabel: Scalars['String']['output'];
  childStatement: Scalars['String']['output'];
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** True when a lower score is better (ONS4 anxiety). */
  lowerIsBetter: Scalars['Boolean']['output'];
  scale: SurveyScale;
  statement: Scalars['String']['output'];
};

/** One question's answers in one wave. */
export type SurveyItemResult = {
  __typename?: 'SurveyItemResult';
  ciHigh?: Maybe<Scalars['Float']['output']>;
  ciLow?: Maybe<Scalars['Float']['output']>;
  distribution: Array<SurveyOptionCount>;
  /** Months after consent, for follow-up waves. */
  followUpMonths?: Maybe<Scalars['Int']['output']>;
  itemCode: Scalars['String']['output'];
  mean?: Maybe<Scalars['Float']['output']>;
  /** Answers; null when withheld. */
  n?: Maybe<Scalars['Int']['output']>;
  /** % 9-10 minus % 0-6 (recommend only). */
  nps?: Maybe<Scalars['Float']['output']>;
  /** % answering 4 or 5 (agree scale only). */
  shareAgreeing?: Maybe<Scalars['Float']['output']>;
  suppressed: Scalars['Boolean']['output'];
  wave: SurveyWave;
};

export type SurveyKind =
  | 'PRE_POST'
  | 'SINGLE';

/** The programme or session a survey belongs to. */
export type SurveyLink = {
  __typename?: 'SurveyLink';
  id: Scalars['ID']['output'];
  kind: SurveyLinkKind;
  name: Scalars['String']['output'];
};

export type SurveyLinkKind =
  | 'PROGRAMME'
  | 'SESSION';

/** How many gave one answer (null when withheld). */
export type SurveyOptionCount = {
  __typename?: 'SurveyOptionCount';
  n?: Maybe<Scalars['Int']['output']>;
  suppressed: Scalars['Boolean']['output'];
  value: Scalars['Float']['output'];
};

export type SurveyResults = {
  __typename?: 'SurveyResults';
  changes: Array<SurveyChange>;
  comments: Array<SurveyComment>;
  items: Array<SurveyItemResult>;
  responseCount: Scalars['Int']['output'];
  /** The museum's small-cell threshold used here. */
  smallCellThreshold: Scalars['Int']['output'];
  surveyId: Scalars['ID']['output'];
  waves: Array<SurveyWaveCount>;
};

export type SurveyScale =
  | 'AGREE_5'
  | 'FREE_TEXT'
  | 'ZERO_ONE'
  | 'ZERO_TEN';

export type SurveyStatistic =
  | 'MEAN_SCORE'
  | 'NPS'
  | 'PRE_POST_CHANGE'
  | 'PROPORTION_IMPROVED'
  | 'SHARE_AGREEING';

export type SurveyStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

export type SurveyWave =
  | 'FOLLOW_UP'
  | 'POST'
  | 'PRE'
  | 'SINGLE';

export type SurveyWaveCount = {
  __typename?: 'SurveyWaveCount';
  followUpMonths?: Maybe<Scalars['Int']['output']>;
  n?: Maybe<Scalars['Int']['output']>;
  suppressed: Scalars['Boolean']['output'];
  wave: SurveyWave;
};

export type SwitchOrganisationInput = {
  organisationId: Scalars['ID']['input'];
};

export type SystemStatus = {
  __typename?: 'SystemStatus';
  database: ServiceHealth;
  environment: Scalars['String']['output'];
  queue: QueueHealth;
  redis: ServiceHealth;
  version: Scalars['String']['output'];
};

export type TaggedProgramme = {
  __typename?: 'TaggedProgramme';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type TaggedSession = {
  __typename?: 'TaggedSession';
  date: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  programmeName: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
};

export type Target = {
  __typename?: 'Target';
  amberThreshold: Scalars['Float']['output'];
  /** e.g. "2024/25 actual". */
  baselineLabel?: Maybe<Scalars['String']['output']>;
  baselineValue?: Maybe<Scalars['Float']['output']>;
  /** Direction-aware: INCREASE green when actual >= greenThreshold; DECREASE when actual <= greenThreshold; MAINTAIN when |actual - target| <= |green - target|. */
  greenThreshold: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  indicator: Indicator;
  note?: Maybe<Scalars['String']['output']>;
  period: Period;
  scope: Scope;
  targetValue: Scalars['Float']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type TargetIdInput = {
  id: Scalars['ID']['input'];
};

export type UnlockPeriodInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** Replaces the commitment with these details. */
export type UpdateCommitmentInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  frameworkElementId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  indicatorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A member of the museum. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  reviewDate?: InputMaybe<Scalars['Date']['input']>;
  /** Default 90. */
  reviewWindowDays?: InputMaybe<Scalars['Int']['input']>;
  /** Default PLANNED. */
  status?: InputMaybe<CommitmentStatus>;
  title: Scalars['String']['input'];
};

/** Replaces the item with these details (the file is kept). */
export type UpdateEvidenceInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  consentGivenBy?: InputMaybe<Scalars['String']['input']>;
  consentGivenOn?: InputMaybe<Scalars['Date']['input']>;
  consentNote?: InputMaybe<Scalars['String']['input']>;
  consentStatus: ConsentStatus;
  frameworkElementIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  id: Scalars['ID']['input'];
  kind: EvidenceKind;
  occurredOn: Scalars['Date']['input'];
  programmeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only allowed when consent is obtained or not needed. */
  publishable?: InputMaybe<Scalars['Boolean']['input']>;
  sessionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title: Scalars['String']['input'];
};

export type UpdateFrameworkElementInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateFrameworkInput = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['String']['input']>;
};

/** A full replace; for built-ins only ownerId, frameworkElementIds and allowedDisaggregations may differ. */
export type UpdateIndicatorInput = {
  allowedDisaggregations: Array<Disaggregation>;
  code: Scalars['String']['input'];
  cumulativeClass: CumulativeClass;
  definition: Scalars['String']['input'];
  direction: IndicatorDirection;
  frameworkElementIds: Array<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** MANUAL, SURVEY or MILESTONE (BUILT_IN refused). */
  source: IndicatorSource;
  surveyId?: InputMaybe<Scalars['ID']['input']>;
  surveyItemCode?: InputMaybe<Scalars['String']['input']>;
  surveyStatistic?: InputMaybe<SurveyStatistic>;
  type: IndicatorType;
  unit: Scalars['String']['input'];
};

export type UpdateOrganisationInput = {
  academicYearStartMonth?: InputMaybe<Scalars['Int']['input']>;
  financialYearStartMonth?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<OrganisationKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  nation?: InputMaybe<Nation>;
  smallCellThreshold?: InputMaybe<Scalars['Int']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** Replaces the partner with these details (send everything, as an edit form does). */
export type UpdatePartnerInput = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  postcode?: InputMaybe<Scalars['String']['input']>;
  /** Guessed from the name and URN when left out. */
  type?: InputMaybe<PartnerType>;
  /** Six digits; schools and colleges only. */
  urn?: InputMaybe<Scalars['String']['input']>;
};

/** Replaces the programme with these details (send everything, as an edit form does). */
export type UpdateProgrammeInput = {
  aims?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  frameworkElementIds?: Array<Scalars['ID']['input']>;
  funders?: Array<FunderInput>;
  id: Scalars['ID']['input'];
  leadUserId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  plan?: Array<PlanPeriodInput>;
  siteIds?: Array<Scalars['ID']['input']>;
  startDate: Scalars['Date']['input'];
  status?: ProgrammeStatus;
  strand: ProgrammeStrand;
  targetAudiences?: Array<AudienceType>;
};

/** Replaces the session with these details, its links and its attendance (send everything, as the edit form does). */
export type UpdateSessionInput = {
  attendance?: InputMaybe<Array<AttendanceCellInput>>;
  coDesigned?: InputMaybe<Scalars['Boolean']['input']>;
  date: Scalars['Date']['input'];
  deliveryMode: DeliveryMode;
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  facilitators?: InputMaybe<Array<SessionFacilitatorInput>>;
  format: SessionFormat;
  frameworkElementIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  id: Scalars['ID']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  objectsUsed?: InputMaybe<Scalars['String']['input']>;
  /** Zoom, Teams, YouTube... */
  onlinePlatform?: InputMaybe<Scalars['String']['input']>;
  /** Where an outreach session took place (or give a partner). */
  outreachPostcode?: InputMaybe<Scalars['String']['input']>;
  participationDepth?: InputMaybe<ParticipationDepth>;
  partnerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  programmeId: Scalars['ID']['input'];
  /** Needed onsite; none online. */
  siteId?: InputMaybe<Scalars['ID']['input']>;
  /** Local start time, HH:MM. */
  startTime?: InputMaybe<Scalars['String']['input']>;
  status: SessionStatus;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateSiteInput = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  postcode?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<SiteType>;
};

/** Replaces the survey with these details (send everything). */
export type UpdateSurveyInput = {
  closesAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Months after consent; default 3, 6, 12. */
  followUpMonths?: InputMaybe<Array<Scalars['Int']['input']>>;
  id: Scalars['ID']['input'];
  intro?: InputMaybe<Scalars['String']['input']>;
  itemCodes: Array<Scalars['String']['input']>;
  kind: SurveyKind;
  offersFollowUp?: InputMaybe<Scalars['Boolean']['input']>;
  /** Set exactly one of programmeId and sessionId. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  sessionId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type User = {
  __typename?: 'User';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type Viewer = {
  __typename?: 'Viewer';
  memberships: Array<Membership>;
  /** The current organisation; null only for an account with no membership left. */
  organisation?: Maybe<Organisation>;
  /** Permission names from libs/domain (ROLE_PERMISSIONS) for the role in the current organisation. */
  permissions: Array<Scalars['String']['output']>;
  role?: Maybe<Role>;
  user: User;
};

export type WithdrawConsentInput = {
  contactId: Scalars['ID']['input'];
};

/** One round trip through the background worker: requested by the API, processed by the worker. */
export type WorkerCheck = {
  __typename?: 'WorkerCheck';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** PostgreSQL version the worker saw. */
  databaseVersion?: Maybe<Scalars['String']['output']>;
  error?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  requestedAt: Scalars['DateTime']['output'];
  /** Milliseconds from request to completion. */
  roundTripMs?: Maybe<Scalars['Int']['output']>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: WorkerCheckStatus;
  /** Host name and pid of the worker that ran it. */
  workerHost?: Maybe<Scalars['String']['output']>;
};

export type WorkerCheckConnection = {
  __typename?: 'WorkerCheckConnection';
  edges: Array<WorkerCheckEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WorkerCheckEdge = {
  __typename?: 'WorkerCheckEdge';
  cursor: Scalars['String']['output'];
  node: WorkerCheck;
};

export type WorkerCheckStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type AuditEventFieldsFragment = { __typename?: 'AuditEvent', id: string, action: string, createdAt: string, entityId?: string | null, entityType: string, summary: string, actor?: { __typename?: 'User', id: string, name: string } | null, changes: Array<{ __typename?: 'AuditChange', field: string, before?: string | null, after?: string | null }> };

export type AuditActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditActionsQuery = { __typename?: 'Query', auditActions: Array<string> };

export type AuditEventsQueryVariables = Exact<{
  filter: AuditEventFilter;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditEventsQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'AuditEventEdge', node: { __typename?: 'AuditEvent', id: string, action: string, createdAt: string, entityId?: string | null, entityType: string, summary: string, actor?: { __typename?: 'User', id: string, name: string } | null, changes: Array<{ __typename?: 'AuditChange', field: string, before?: string | null, after?: string | null }> } }> } };

export type ViewerFieldsFragment = { __typename?: 'Viewer', role?: Role | null, permissions: Array<string>, user: { __typename?: 'User', id: string, name: string, email: string }, memberships: Array<{ __typename?: 'Membership', role: Role, organisation: { __typename?: 'OrganisationSummary', id: string, name: string } }>, organisation?: { __typename?: 'Organisation', id: string, name: string } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', role?: Role | null, permissions: Array<string>, user: { __typename?: 'User', id: string, name: string, email: string }, memberships: Array<{ __typename?: 'Membership', role: Role, organisation: { __typename?: 'OrganisationSummary', id: string, name: string } }>, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'Viewer', role?: Role | null, permissions: Array<string>, user: { __typename?: 'User', id: string, name: string, email: string }, memberships: Array<{ __typename?: 'Membership', role: Role, organisation: { __typename?: 'OrganisationSummary', id: string, name: string } }>, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { __typename?: 'Mutation', signUp: { __typename?: 'Viewer', role?: Role | null, permissions: Array<string>, user: { __typename?: 'User', id: string, name: string, email: string }, memberships: Array<{ __typename?: 'Membership', role: Role, organisation: { __typename?: 'OrganisationSummary', id: string, name: string } }>, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename?: 'Mutation', signOut: boolean };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { __typename?: 'Mutation', signOutEverywhere: boolean };

export type SwitchOrganisationMutationVariables = Exact<{
  input: SwitchOrganisationInput;
}>;


export type SwitchOrganisationMutation = { __typename?: 'Mutation', switchOrganisation: { __typename?: 'Viewer', role?: Role | null, permissions: Array<string>, user: { __typename?: 'User', id: string, name: string, email: string }, memberships: Array<{ __typename?: 'Membership', role: Role, organisation: { __typename?: 'OrganisationSummary', id: string, name: string } }>, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: boolean };

export type InvitationPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationPreviewQuery = { __typename?: 'Query', invitationPreview: { __typename?: 'InvitationPreview', accountExists: boolean, email: string, expiresAt: string, organisationName: string, role: Role } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'Viewer', role?: Role | null, permissions: Array<string>, user: { __typename?: 'User', id: string, name: string, email: string }, memberships: Array<{ __typename?: 'Membership', role: Role, organisation: { __typename?: 'OrganisationSummary', id: string, name: string } }>, organisation?: { __typename?: 'Organisation', id: string, name: string } | null } };

export type CommitmentFieldsFragment = { __typename?: 'Commitment', id: string, title: string, description?: string | null, status: CommitmentStatus, reviewDate?: string | null, reviewWindowDays: number, indicatorIds: Array<string>, ownerId?: string | null, lastActionOn?: string | null, actionCount: number, indicators: Array<{ __typename?: 'Indicator', id: string, code: string, name: string }>, owner?: { __typename?: 'CommitmentOwner', id: string, name: string } | null, frameworkElement: { __typename?: 'FrameworkElement', id: string, code: string, label: string }, sayDoGap?: { __typename?: 'SayDoGap', reason: SayDoGapReason, message: string } | null };

export type ActionEntryFieldsFragment = { __typename?: 'ActionEntry', id: string, sequence: number, occurredOn: string, whatWasDone: string, withWhom?: string | null, observedEffect?: string | null, nextStep?: string | null, amendsId?: string | null, amendedById?: string | null, authorName: string, recordedAt: string, evidenceIds: Array<string>, evidence: Array<{ __typename?: 'Evidence', id: string, title: string, kind: EvidenceKind }> };

export type CommitmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type CommitmentsQuery = { __typename?: 'Query', commitments: Array<{ __typename?: 'Commitment', id: string, title: string, description?: string | null, status: CommitmentStatus, reviewDate?: string | null, reviewWindowDays: number, indicatorIds: Array<string>, ownerId?: string | null, lastActionOn?: string | null, actionCount: number, indicators: Array<{ __typename?: 'Indicator', id: string, code: string, name: string }>, owner?: { __typename?: 'CommitmentOwner', id: string, name: string } | null, frameworkElement: { __typename?: 'FrameworkElement', id: string, code: string, label: string }, sayDoGap?: { __typename?: 'SayDoGap', reason: SayDoGapReason, message: string } | null }> };

export type CommitmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CommitmentQuery = { __typename?: 'Query', commitment: { __typename?: 'Commitment', id: string, title: string, description?: string | null, status: CommitmentStatus, reviewDate?: string | null, reviewWindowDays: number, indicatorIds: Array<string>, ownerId?: string | null, lastActionOn?: string | null, actionCount: number, actions: Array<{ __typename?: 'ActionEntry', id: string, sequence: number, occurredOn: string, whatWasDone: string, withWhom?: string | null, observedEffect?: string | null, nextStep?: string | null, amendsId?: string | null, amendedById?: string | null, authorName: string, recordedAt: string, evidenceIds: Array<string>, evidence: Array<{ __typename?: 'Evidence', id: string, title: string, kind: EvidenceKind }> }>, indicators: Array<{ __typename?: 'Indicator', id: string, code: string, name: string }>, owner?: { __typename?: 'CommitmentOwner', id: string, name: string } | null, frameworkElement: { __typename?: 'FrameworkElement', id: string, code: string, label: string }, sayDoGap?: { __typename?: 'SayDoGap', reason: SayDoGapReason, message: string } | null } };

export type CommitmentFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CommitmentFormOptionsQuery = { __typename?: 'Query', frameworks: Array<{ __typename?: 'Framework', id: string, code: string, name: string, elements: Array<{ __typename?: 'FrameworkElement', id: string, code: string, label: string }> }>, members: Array<{ __typename?: 'Member', id: string, user: { __typename?: 'User', id: string, name: string } }>, indicators: Array<{ __typename?: 'Indicator', id: string, code: string, name: string }> };

export type ActionEvidenceOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ActionEvidenceOptionsQuery = { __typename?: 'Query', evidenceItems: { __typename?: 'EvidenceConnection', edges: Array<{ __typename?: 'EvidenceEdge', node: { __typename?: 'Evidence', id: string, title: string, kind: EvidenceKind, occurredOn: string } }> } };

export type CreateCommitmentMutationVariables = Exact<{
  input: CreateCommitmentInput;
}>;


export type CreateCommitmentMutation = { __typename?: 'Mutation', createCommitment: { __typename?: 'Commitment', id: string, title: string, description?: string | null, status: CommitmentStatus, reviewDate?: string | null, reviewWindowDays: number, indicatorIds: Array<string>, ownerId?: string | null, lastActionOn?: string | null, actionCount: number, indicators: Array<{ __typename?: 'Indicator', id: string, code: string, name: string }>, owner?: { __typename?: 'CommitmentOwner', id: string, name: string } | null, frameworkElement: { __typename?: 'FrameworkElement', id: string, code: string, label: string }, sayDoGap?: { __typename?: 'SayDoGap', reason: SayDoGapReason, message: string } | null } };

export type UpdateCommitmentMutationVariables = Exact<{
  input: UpdateCommitmentInput;
}>;


export type UpdateCommitmentMutation = { __typename?: 'Mutation', updateCommitment: { __typename?: 'Commitment', id: string, title: string, description?: string | null, status: CommitmentStatus, reviewDate?: string | null, reviewWindowDays: number, indicatorIds: Array<string>, ownerId?: string | null, lastActionOn?: string | null, actionCount: number, indicators: Array<{ __typename?: 'Indicator', id: string, code: string, name: string }>, owner?: { __typename?: 'CommitmentOwner', id: string, name: string } | null, frameworkElement: { __typename?: 'FrameworkElement', id: string, code: string, label: string }, sayDoGap?: { __typename?: 'SayDoGap', reason: SayDoGapReason, message: string } | null } };

export type DeleteCommitmentMutationVariables = Exact<{
  input: DeleteCommitmentInput;
}>;


export type DeleteCommitmentMutation = { __typename?: 'Mutation', deleteCommitment: { __typename?: 'Commitment', id: string } };

export type AppendActionMutationVariables = Exact<{
  input: AppendActionInput;
}>;


export type AppendActionMutation = { __typename?: 'Mutation', appendAction: { __typename?: 'ActionEntry', id: string, sequence: number, occurredOn: string, whatWasDone: string, withWhom?: string | null, observedEffect?: string | null, nextStep?: string | null, amendsId?: string | null, amendedById?: string | null, authorName: string, recordedAt: string, evidenceIds: Array<string>, evidence: Array<{ __typename?: 'Evidence', id: string, title: string, kind: EvidenceKind }> } };

export type AmendActionMutationVariables = Exact<{
  input: AmendActionInput;
}>;


export type AmendActionMutation = { __typename?: 'Mutation', amendAction: { __typename?: 'ActionEntry', id: string, sequence: number, occurredOn: string, whatWasDone: string, withWhom?: string | null, observedEffect?: string | null, nextStep?: string | null, amendsId?: string | null, amendedById?: string | null, authorName: string, recordedAt: string, evidenceIds: Array<string>, evidence: Array<{ __typename?: 'Evidence', id: string, title: string, kind: EvidenceKind }> } };

export type VerifyActionLogQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyActionLogQuery = { __typename?: 'Query', verifyActionLog: { __typename?: 'ActionLogVerification', ok: boolean, checkedCount: number, verifiedAt: string, firstBreak?: { __typename?: 'ActionLogBreakDetail', sequence: number, entryId: string, reason: ActionLogBreak, message: string } | null } };

export type DevMailboxEnabledQueryVariables = Exact<{ [key: string]: never; }>;


export type DevMailboxEnabledQuery = { __typename?: 'Query', devMailboxEnabled: boolean };

export type DevMailboxQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type DevMailboxQuery = { __typename?: 'Query', devMailbox: Array<{ __typename?: 'DevMail', id: string, to: string, subject: string, text: string, links: Array<string>, receivedAt: string }> };

export type EvidenceFieldsFragment = { __typename?: 'Evidence', id: string, kind: EvidenceKind, title: string, body?: string | null, occurredOn: string, consentStatus: ConsentStatus, consentGivenBy?: string | null, consentGivenOn?: string | null, consentNote?: string | null, publishable: boolean, isDraft: boolean, file?: { __typename?: 'EvidenceFile', name: string, contentType: string, byteSize: number, url: string, isImage: boolean } | null, frameworkElements: Array<{ __typename?: 'FrameworkElement', id: string, code: string, label: string }>, programmes: Array<{ __typename?: 'TaggedProgramme', id: string, name: string }>, sessions: Array<{ __typename?: 'TaggedSession', id: string, title?: string | null, date: string, programmeName: string }> };

export type EvidenceItemsQueryVariables = Exact<{
  filter?: InputMaybe<EvidenceFilterInput>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EvidenceItemsQuery = { __typename?: 'Query', evidenceItems: { __typename?: 'EvidenceConnection', totalCount: number, edges: Array<{ __typename?: 'EvidenceEdge', cursor: string, node: { __typename?: 'Evidence', id: string, kind: EvidenceKind, title: string, body?: string | null, occurredOn: string, consentStatus: ConsentStatus, consentGivenBy?: string | null, consentGivenOn?: string | null, consentNote?: string | null, publishable: boolean, isDraft: boolean, file?: { __typename?: 'EvidenceFile', name: string, contentType: string, byteSize: number, url: string, isImage: boolean } | null, frameworkElements: Array<{ __typename?: 'FrameworkElement', id: string, code: string, label: string }>, programmes: Array<{ __typename?: 'TaggedProgramme', id: string, name: string }>, sessions: Array<{ __typename?: 'TaggedSession', id: string, title?: string | null, date: string, programmeName: string }> } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type EvidenceTagOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type EvidenceTagOptionsQuery = { __typename?: 'Query', frameworks: Array<{ __typename?: 'Framework', id: string, code: string, name: string, elements: Array<{ __typename?: 'FrameworkElement', id: string, code: string, label: string }> }>, programmes: { __typename?: 'ProgrammeConnection', edges: Array<{ __typename?: 'ProgrammeEdge', node: { __typename?: 'Programme', id: string, name: string } }> } };

export type CreateEvidenceMutationVariables = Exact<{
  input: CreateEvidenceInput;
}>;


export type CreateEvidenceMutation = { __typename?: 'Mutation', createEvidence: { __typename?: 'Evidence', id: string, kind: EvidenceKind, title: string, body?: string | null, occurredOn: string, consentStatus: ConsentStatus, consentGivenBy?: string | null, consentGivenOn?: string | null, consentNote?: string | null, publishable: boolean, isDraft: boolean, file?: { __typename?: 'EvidenceFile', name: string, contentType: string, byteSize: number, url: string, isImage: boolean } | null, frameworkElements: Array<{ __typename?: 'FrameworkElement', id: string, code: string, label: string }>, programmes: Array<{ __typename?: 'TaggedProgramme', id: string, name: string }>, sessions: Array<{ __typename?: 'TaggedSession', id: string, title?: string | null, date: string, programmeName: string }> } };

export type UpdateEvidenceMutationVariables = Exact<{
  input: UpdateEvidenceInput;
}>;


export type UpdateEvidenceMutation = { __typename?: 'Mutation', updateEvidence: { __typename?: 'Evidence', id: string, kind: EvidenceKind, title: string, body?: string | null, occurredOn: string, consentStatus: ConsentStatus, consentGivenBy?: string | null, consentGivenOn?: string | null, consentNote?: string | null, publishable: boolean, isDraft: boolean, file?: { __typename?: 'EvidenceFile', name: string, contentType: string, byteSize: number, url: string, isImage: boolean } | null, frameworkElements: Array<{ __typename?: 'FrameworkElement', id: string, code: string, label: string }>, programmes: Array<{ __typename?: 'TaggedProgramme', id: string, name: string }>, sessions: Array<{ __typename?: 'TaggedSession', id: string, title?: string | null, date: string, programmeName: string }> } };

export type DeleteEvidenceMutationVariables = Exact<{
  input: DeleteEvidenceInput;
}>;


export type DeleteEvidenceMutation = { __typename?: 'Mutation', deleteEvidence: { __typename?: 'Evidence', id: string } };

export type ActivityImportSummaryFieldsFragment = { __typename?: 'ActivityImport', id: string, filename: string, format: ImportFileFormat, byteSize: number, status: ImportStatus, createdAt: string, committedAt?: string | null, createdBy?: { __typename?: 'User', id: string, name: string } | null, summary?: { __typename?: 'ImportSummary', sessions: number, dateFrom?: string | null, dateTo?: string | null } | null };

export type ActivityImportFieldsFragment = { __typename?: 'ActivityImport', id: string, filename: string, format: ImportFileFormat, byteSize: number, status: ImportStatus, processedRows: number, totalRows?: number | null, progress: number, headers: Array<string>, errorCount: number, failureMessage?: string | null, createdAt: string, committedAt?: string | null, columns: Array<{ __typename?: 'ImportColumn', column: string, field?: ImportField | null, suggested?: ImportField | null, remembered: boolean }>, targetFields: Array<{ __typename?: 'ImportTargetField', field: ImportField, label: string, required: boolean, description: string }>, mappingProblems: Array<{ __typename?: 'ImportMappingProblem', field: ImportField, message: string }>, errors: Array<{ __typename?: 'ImportRowError', row: number, column: string, field: ImportField, value: string, message: string }>, summary?: { __typename?: 'ImportSummary', rows: number, sessions: number, attendanceCells: number, attendances: number, duplicates: number, newProgrammes: number, newPartners: number, newSites: number, estimatedCounts: number, dateFrom?: string | null, dateTo?: string | null, skippedRows: number, sessionsCreated?: number | null, attendancesCreated?: number | null } | null, preview: Array<{ __typename?: 'ImportPreviewRow', row: number, date: string, startTime?: string | null, durationMinutes?: number | null, status: string, programme: string, sessionType: string, format: string, deliveryMode: string, venue?: string | null, partner?: string | null, partnerType?: string | null, partnerUrn?: string | null, postcode?: string | null, keyStage?: string | null, pupils?: number | null, adults?: number | null, otherParticipants?: number | null, estimated: boolean, firstVisit?: boolean | null, notes?: string | null, attendances: number, duplicate: boolean }> };

export type ActivityImportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActivityImportQuery = { __typename?: 'Query', activityImport: { __typename?: 'ActivityImport', id: string, filename: string, format: ImportFileFormat, byteSize: number, status: ImportStatus, processedRows: number, totalRows?: number | null, progress: number, headers: Array<string>, errorCount: number, failureMessage?: string | null, createdAt: string, committedAt?: string | null, columns: Array<{ __typename?: 'ImportColumn', column: string, field?: ImportField | null, suggested?: ImportField | null, remembered: boolean }>, targetFields: Array<{ __typename?: 'ImportTargetField', field: ImportField, label: string, required: boolean, description: string }>, mappingProblems: Array<{ __typename?: 'ImportMappingProblem', field: ImportField, message: string }>, errors: Array<{ __typename?: 'ImportRowError', row: number, column: string, field: ImportField, value: string, message: string }>, summary?: { __typename?: 'ImportSummary', rows: number, sessions: number, attendanceCells: number, attendances: number, duplicates: number, newProgrammes: number, newPartners: number, newSites: number, estimatedCounts: number, dateFrom?: string | null, dateTo?: string | null, skippedRows: number, sessionsCreated?: number | null, attendancesCreated?: number | null } | null, preview: Array<{ __typename?: 'ImportPreviewRow', row: number, date: string, startTime?: string | null, durationMinutes?: number | null, status: string, programme: string, sessionType: string, format: string, deliveryMode: string, venue?: string | null, partner?: string | null, partnerType?: string | null, partnerUrn?: string | null, postcode?: string | null, keyStage?: string | null, pupils?: number | null, adults?: number | null, otherParticipants?: number | null, estimated: boolean, firstVisit?: boolean | null, notes?: string | null, attendances: number, duplicate: boolean }> } };

export type ActivityImportsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ActivityImportsQuery = { __typename?: 'Query', activityImports: { __typename?: 'ActivityImportConnection', totalCount: number, edges: Array<{ __typename?: 'ActivityImportEdge', cursor: string, node: { __typename?: 'ActivityImport', id: string, filename: string, format: ImportFileFormat, byteSize: number, status: ImportStatus, createdAt: string, committedAt?: string | null, createdBy?: { __typename?: 'User', id: string, name: string } | null, summary?: { __typename?: 'ImportSummary', sessions: number, dateFrom?: string | null, dateTo?: string | null } | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type SetImportMappingMutationVariables = Exact<{
  input: SetImportMappingInput;
}>;


export type SetImportMappingMutation = { __typename?: 'Mutation', setImportMapping: { __typename?: 'ActivityImport', id: string, filename: string, format: ImportFileFormat, byteSize: number, status: ImportStatus, processedRows: number, totalRows?: number | null, progress: number, headers: Array<string>, errorCount: number, failureMessage?: string | null, createdAt: string, committedAt?: string | null, columns: Array<{ __typename?: 'ImportColumn', column: string, field?: ImportField | null, suggested?: ImportField | null, remembered: boolean }>, targetFields: Array<{ __typename?: 'ImportTargetField', field: ImportField, label: string, required: boolean, description: string }>, mappingProblems: Array<{ __typename?: 'ImportMappingProblem', field: ImportField, message: string }>, errors: Array<{ __typename?: 'ImportRowError', row: number, column: string, field: ImportField, value: string, message: string }>, summary?: { __typename?: 'ImportSummary', rows: number, sessions: number, attendanceCells: number, attendances: number, duplicates: number, newProgrammes: number, newPartners: number, newSites: number, estimatedCounts: number, dateFrom?: string | null, dateTo?: string | null, skippedRows: number, sessionsCreated?: number | null, attendancesCreated?: number | null } | null, preview: Array<{ __typename?: 'ImportPreviewRow', row: number, date: string, startTime?: string | null, durationMinutes?: number | null, status: string, programme: string, sessionType: string, format: string, deliveryMode: string, venue?: string | null, partner?: string | null, partnerType?: string | null, partnerUrn?: string | null, postcode?: string | null, keyStage?: string | null, pupils?: number | null, adults?: number | null, otherParticipants?: number | null, estimated: boolean, firstVisit?: boolean | null, notes?: string | null, attendances: number, duplicate: boolean }> } };

export type CommitImportMutationVariables = Exact<{
  input: CommitImportInput;
}>;


export type CommitImportMutation = { __typename?: 'Mutation', commitImport: { __typename?: 'ActivityImport', id: string, filename: string, format: ImportFileFormat, byteSize: number, status: ImportStatus, processedRows: number, totalRows?: number | null, progress: number, headers: Array<string>, errorCount: number, failureMessage?: string | null, createdAt: string, committedAt?: string | null, columns: Array<{ __typename?: 'ImportColumn', column: string, field?: ImportField | null, suggested?: ImportField | null, remembered: boolean }>, targetFields: Array<{ __typename?: 'ImportTargetField', field: ImportField, label: string, required: boolean, description: string }>, mappingProblems: Array<{ __typename?: 'ImportMappingProblem', field: ImportField, message: string }>, errors: Array<{ __typename?: 'ImportRowError', row: number, column: string, field: ImportField, value: string, message: string }>, summary?: { __typename?: 'ImportSummary', rows: number, sessions: number, attendanceCells: number, attendances: number, duplicates: number, newProgrammes: number, newPartners: number, newSites: number, estimatedCounts: number, dateFrom?: string | null, dateTo?: string | null, skippedRows: number, sessionsCreated?: number | null, attendancesCreated?: number | null } | null, preview: Array<{ __typename?: 'ImportPreviewRow', row: number, date: string, startTime?: string | null, durationMinutes?: number | null, status: string, programme: string, sessionType: string, format: string, deliveryMode: string, venue?: string | null, partner?: string | null, partnerType?: string | null, partnerUrn?: string | null, postcode?: string | null, keyStage?: string | null, pupils?: number | null, adults?: number | null, otherParticipants?: number | null, estimated: boolean, firstVisit?: boolean | null, notes?: string | null, attendances: number, duplicate: boolean }> } };

export type DiscardImportMutationVariables = Exact<{
  input: DiscardImportInput;
}>;


export type DiscardImportMutation = { __typename?: 'Mutation', discardImport: { __typename?: 'ActivityImport', id: string, filename: string } };

export type IndicatorFieldsFragment = { __typename?: 'Indicator', id: string, code: string, name: string, definition: string, type: IndicatorType, source: IndicatorSource, unit: string, direction: IndicatorDirection, cumulativeClass: CumulativeClass, allowedDisaggregations: Array<Disaggregation>, surveyStatistic?: SurveyStatistic | null, surveyItemCode?: string | null, surveyId?: string | null, archived: boolean, editable: boolean, frameworkElements: Array<{ __typename?: 'FrameworkElement', id: string, code: string, label: string, frameworkId: string, position: number }>, owner?: { __typename?: 'User', id: string, name: string } | null };

export type ScopeFieldsFragment = { __typename?: 'Scope', kind: ScopeKind, id?: string | null, label: string };

export type TargetFieldsFragment = { __typename?: 'Target', id: string, targetValue: number, baselineValue?: number | null, baselineLabel?: string | null, greenThreshold: number, amberThreshold: number, note?: string | null, updatedAt: string, scope: { __typename?: 'Scope', kind: ScopeKind, id?: string | null, label: string }, period: { __typename?: 'Period', type: PeriodType, key: string, label: string, start: string, end: string } };

export type IndicatorsQueryVariables = Exact<{
  filter?: InputMaybe<IndicatorFilterInput>;
}>;


export type IndicatorsQuery = { __typename?: 'Query', indicators: Array<{ __typename?: 'Indicator', id: string, code: string, name: string, definition: string, type: IndicatorType, source: IndicatorSource, unit: string, direction: IndicatorDirection, cumulativeClass: CumulativeClass, allowedDisaggregations: Array<Disaggregation>, surveyStatistic?: SurveyStatistic | null, surveyItemCode?: string | null, surveyId?: string | null, archived: boolean, editable: boolean, frameworkElements: Array<{ __typename?: 'FrameworkElement', id: string, code: string, label: string, frameworkId: string, position: number }>, owner?: { __typename?: 'User', id: string, name: string } | null }> };

export type IndicatorQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IndicatorQuery = { __typename?: 'Query', indicator: { __typename?: 'Indicator', id: string, code: string, name: string, definition: string, type: IndicatorType, source: IndicatorSource, unit: string, direction: IndicatorDirection, cumulativeClass: CumulativeClass, allowedDisaggregations: Array<Disaggregation>, surveyStatistic?: SurveyStatistic | null, surveyItemCode?: string | null, surveyId?: string | null, archived: boolean, editable: boolean, frameworkElements: Array<{ __typename?: 'FrameworkElement', id: string, code: string, label: string, frameworkId: string, position: number }>, owner?: { __typename?: 'User', id: string, name: string } | null } };

export type IndicatorTargetsQueryVariables = Exact<{
  indicatorId: Scalars['ID']['input'];
}>;


export type IndicatorTargetsQuery = { __typename?: 'Query', targets: Array<{ __typename?: 'Target', id: string, targetValue: number, baselineValue?: number | null, baselineLabel?: string | null, greenThreshold: number, amberThreshold: number, note?: string | null, updatedAt: string, scope: { __typename?: 'Scope', kind: ScopeKind, id?: string | null, label: string }, period: { __typename?: 'Period', type: PeriodType, key: string, label: string, start: string, end: string } }> };

export type IndicatorValueFieldsFragment = { __typename?: 'IndicatorValue', value?: number | null, n?: number | null, ciLow?: number | null, ciHigh?: number | null, benchmark?: number | null, disaggregation?: Disaggregation | null, rag?: RagStatus | null, note?: string | null, indicator: { __typename?: 'Indicator', id: string }, period: { __typename?: 'Period', type: PeriodType, key: string, label: string, start: string, end: string }, scope: { __typename?: 'Scope', kind: ScopeKind, id?: string | null, label: string }, cells: Array<{ __typename?: 'IndicatorCell', key: string, label: string, value?: number | null, n?: number | null, suppressed: boolean }>, target?: { __typename?: 'Target', id: string, targetValue: number, baselineValue?: number | null, baselineLabel?: string | null, greenThreshold: number, amberThreshold: number, note?: string | null, updatedAt: string, scope: { __typename?: 'Scope', kind: ScopeKind, id?: string | null, label: string }, period: { __typename?: 'Period', type: PeriodType, key: string, label: string, start: string, end: string } } | null };

export type IndicatorValuesQueryVariables = Exact<{
  period: PeriodInput;
  scope?: InputMaybe<ScopeInput>;
  indicatorIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  disaggregation?: InputMaybe<Disaggregation>;
}>;


export type IndicatorValuesQuery = { __typename?: 'Query', indicatorValues: Array<{ __typename?: 'IndicatorValue', value?: number | null, n?: number | null, ciLow?: number | null, ciHigh?: number | null, benchmark?: number | null, disaggregation?: Disaggregation | null, rag?: RagStatus | null, note?: string | null, indicator: { __typename?: 'Indicator', id: string }, period: { __typename?: 'Period', type: PeriodType, key: string, label: string, start: string, end: string }, scope: { __typename?: 'Scope', kind: ScopeKind, id?: string | null, label: string }, cells: Array<{ __typename?: 'IndicatorCell', key: string, label: string, value?: number | null, n?: number | null, suppressed: boolean }>, target?: { __typename?: 'Target', id: string, targetValue: number, baselineValue?: number | null, baselineLabel?: string | null, greenThreshold: number, amberThreshold: number, note?: string | null, updatedAt: string, scope: { __typename?: 'Scope', kind: ScopeKind, id?: string | null, label: string }, period: { __typename?: 'Period', type: PeriodType, key: string, label: string, start: string, end: string } } | null }> };

export type IndicatorOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type IndicatorOptionsQuery = { __typename?: 'Query', members: Array<{ __typename?: 'Member', id: string, user: { __typename?: 'User', id: string, name: string } }>, frameworks: Array<{ __typename?: 'Framework', id: string, code: string, name: string, elements: Array<{ __typename?: 'FrameworkElement', id: string, code: string, label: string, frameworkId: string, position: number }> }> };

export type ScopeOptionsQueryVariables = Exact<{
  withProgrammes: Scalars['Boolean']['input'];
}>;


export type ScopeOptionsQuery = { __typename?: 'Query', organisation: { __typename?: 'Organisation', id: string, name: string, sites: Array<{ __typename?: 'Site', id: string, name: string }> }, programmes?: { __typename?: 'ProgrammeConnection', edges: Array<{ __typename?: 'ProgrammeEdge', node: { __typename?: 'Programme', id: string, name: string } }> } };

export type CreateIndicatorMutationVariables = Exact<{
  input: CreateIndicatorInput;
}>;


export type CreateIndicatorMutation = { __typename?: 'Mutation', createIndicator: { __typename?: 'Indicator', id: string, code: string, name: string, definition: string, type: IndicatorType, source: IndicatorSource, unit: string, direction: IndicatorDirection, cumulativeClass: CumulativeClass, allowedDisaggregations: Array<Disaggregation>, surveyStatistic?: SurveyStatistic | null, surveyItemCode?: string | null, surveyId?: string | null, archived: boolean, editable: boolean, frameworkElements: Array<{ __typename?: 'FrameworkElement', id: string, code: string, label: string, frameworkId: string, position: number }>, owner?: { __typename?: 'User', id: string, name: string } | null } };

export type UpdateIndicatorMutationVariables = Exact<{
  input: UpdateIndicatorInput;
}>;


export type UpdateIndicatorMutation = { __typename?: 'Mutation', updateIndicator: { __typename?: 'Indicator', id: string, code: string, name: string, definition: string, type: IndicatorType, source: IndicatorSource, unit: string, direction: IndicatorDirection, cumulativeClass: CumulativeClass, allowedDisaggregations: Array<Disaggregation>, surveyStatistic?: SurveyStatistic | null, surveyItemCode?: string | null, surveyId?: string | null, archived: boolean, editable: boolean, frameworkElements: Array<{ __typename?: 'FrameworkElement', id: string, code: string, label: string, frameworkId: string, position: number }>, owner?: { __typename?: 'User', id: string, name: string } | null } };

export type ArchiveIndicatorMutationVariables = Exact<{
  input: IndicatorIdInput;
}>;


export type ArchiveIndicatorMutation = { __typename?: 'Mutation', archiveIndicator: { __typename?: 'Indicator', id: string, code: string, name: string, definition: string, type: IndicatorType, source: IndicatorSource, unit: string, direction: IndicatorDirection, cumulativeClass: CumulativeClass, allowedDisaggregations: Array<Disaggregation>, surveyStatistic?: SurveyStatistic | null, surveyItemCode?: string | null, surveyId?: string | null, archived: boolean, editable: boolean, frameworkElements: Array<{ __typename?: 'FrameworkElement', id: string, code: string, label: string, frameworkId: string, position: number }>, owner?: { __typename?: 'User', id: string, name: string } | null } };

export type RestoreIndicatorMutationVariables = Exact<{
  input: IndicatorIdInput;
}>;


export type RestoreIndicatorMutation = { __typename?: 'Mutation', restoreIndicator: { __typename?: 'Indicator', id: string, code: string, name: string, definition: string, type: IndicatorType, source: IndicatorSource, unit: string, direction: IndicatorDirection, cumulativeClass: CumulativeClass, allowedDisaggregations: Array<Disaggregation>, surveyStatistic?: SurveyStatistic | null, surveyItemCode?: string | null, surveyId?: string | null, archived: boolean, editable: boolean, frameworkElements: Array<{ __typename?: 'FrameworkElement', id: string, code: string, label: string, frameworkId: string, position: number }>, owner?: { __typename?: 'User', id: string, name: string } | null } };

export type DeleteIndicatorMutationVariables = Exact<{
  input: IndicatorIdInput;
}>;


export type DeleteIndicatorMutation = { __typename?: 'Mutation', deleteIndicator: { __typename?: 'Indicator', id: string, name: string } };

export type SetTargetMutationVariables = Exact<{
  input: SetTargetInput;
}>;


export type SetTargetMutation = { __typename?: 'Mutation', setTarget: { __typename?: 'Target', id: string, targetValue: number, baselineValue?: number | null, baselineLabel?: string | null, greenThreshold: number, amberThreshold: number, note?: string | null, updatedAt: string, scope: { __typename?: 'Scope', kind: ScopeKind, id?: string | null, label: string }, period: { __typename?: 'Period', type: PeriodType, key: string, label: string, start: string, end: string } } };

export type DeleteTargetMutationVariables = Exact<{
  input: TargetIdInput;
}>;


export type DeleteTargetMutation = { __typename?: 'Mutation', deleteTarget: { __typename?: 'Target', id: string } };

export type DeprivationLookupFieldsFragment = { __typename?: 'DeprivationLookup', id: string, indexVersion: DeprivationIndex, rowCount: number, sourceFilename?: string | null, loadedAt: string, active: boolean, loadedBy?: { __typename?: 'User', id: string, name: string } | null };

export type DeprivationLookupsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeprivationLookupsQuery = { __typename?: 'Query', deprivationLookups: Array<{ __typename?: 'DeprivationLookup', id: string, indexVersion: DeprivationIndex, rowCount: number, sourceFilename?: string | null, loadedAt: string, active: boolean, loadedBy?: { __typename?: 'User', id: string, name: string } | null }>, organisation: { __typename?: 'Organisation', id: string, deprivationIndex?: DeprivationIndex | null } };

export type DeprivationDecileQueryVariables = Exact<{
  postcode: Scalars['String']['input'];
}>;


export type DeprivationDecileQuery = { __typename?: 'Query', deprivationDecile?: { __typename?: 'PostcodeDecile', postcode: string, areaCode: string, decile: number, indexVersion: DeprivationIndex } | null };

export type DeleteDeprivationLookupMutationVariables = Exact<{
  input: DeleteDeprivationLookupInput;
}>;


export type DeleteDeprivationLookupMutation = { __typename?: 'Mutation', deleteDeprivationLookup: { __typename?: 'DeprivationLookup', id: string, indexVersion: DeprivationIndex } };

export type SetDeprivationIndexMutationVariables = Exact<{
  input: SetDeprivationIndexInput;
}>;


export type SetDeprivationIndexMutation = { __typename?: 'Mutation', setDeprivationIndex: { __typename?: 'Organisation', id: string, deprivationIndex?: DeprivationIndex | null } };

export type ManifestoCoverageQueryVariables = Exact<{
  period: PeriodInput;
}>;


export type ManifestoCoverageQuery = { __typename?: 'Query', manifestoCoverage: { __typename?: 'ManifestoCoverage', actionsFrom: string, actionsUntil: string, period: { __typename?: 'Period', key: string, label: string, start: string, end: string }, principles: Array<{ __typename?: 'PrincipleCoverage', activeCommitments: number, actionsLast90Days: number, programmesTagged: number, sessionsTagged: number, evidenceItems: number, indicatorsWithResults: number, principle: { __typename?: 'FrameworkElement', id: string, code: string, label: string } }> } };

export type MemberFieldsFragment = { __typename?: 'Member', id: string, isYou: boolean, joinedAt: string, role: Role, user: { __typename?: 'User', id: string, name: string, email: string } };

export type InvitationFieldsFragment = { __typename?: 'Invitation', id: string, email: string, role: Role, status: InvitationStatus, createdAt: string, expiresAt: string, lastSentAt: string, invitedBy?: { __typename?: 'User', id: string, name: string } | null };

export type MembersQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersQuery = { __typename?: 'Query', members: Array<{ __typename?: 'Member', id: string, isYou: boolean, joinedAt: string, role: Role, user: { __typename?: 'User', id: string, name: string, email: string } }> };

export type InvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitationsQuery = { __typename?: 'Query', invitations: Array<{ __typename?: 'Invitation', id: string, email: string, role: Role, status: InvitationStatus, createdAt: string, expiresAt: string, lastSentAt: string, invitedBy?: { __typename?: 'User', id: string, name: string } | null }> };

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type ChangeMemberRoleMutation = { __typename?: 'Mutation', changeMemberRole: { __typename?: 'Member', id: string, isYou: boolean, joinedAt: string, role: Role, user: { __typename?: 'User', id: string, name: string, email: string } } };

export type RemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type RemoveMemberMutation = { __typename?: 'Mutation', removeMember: { __typename?: 'Member', id: string } };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { __typename?: 'Mutation', inviteMember: { __typename?: 'Invitation', id: string, email: string, role: Role, status: InvitationStatus, createdAt: string, expiresAt: string, lastSentAt: string, invitedBy?: { __typename?: 'User', id: string, name: string } | null } };

export type ResendInvitationMutationVariables = Exact<{
  input: InvitationIdInput;
}>;


export type ResendInvitationMutation = { __typename?: 'Mutation', resendInvitation: { __typename?: 'Invitation', id: string, email: string, role: Role, status: InvitationStatus, createdAt: string, expiresAt: string, lastSentAt: string, invitedBy?: { __typename?: 'User', id: string, name: string } | null } };

export type RevokeInvitationMutationVariables = Exact<{
  input: InvitationIdInput;
}>;


export type RevokeInvitationMutation = { __typename?: 'Mutation', revokeInvitation: { __typename?: 'Invitation', id: string, email: string, role: Role, status: InvitationStatus, createdAt: string, expiresAt: string, lastSentAt: string, invitedBy?: { __typename?: 'User', id: string, name: string } | null } };

export type SiteFieldsFragment = { __typename?: 'Site', id: string, name: string, type: SiteType, postcode?: string | null, createdAt: string };

export type OrganisationSettingsFieldsFragment = { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind, nation: Nation, financialYearStartMonth: number, academicYearStartMonth: number, smallCellThreshold: number, timeZone: string, updatedAt: string };

export type OrganisationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationSettingsQuery = { __typename?: 'Query', organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind, nation: Nation, financialYearStartMonth: number, academicYearStartMonth: number, smallCellThreshold: number, timeZone: string, updatedAt: string, sites: Array<{ __typename?: 'Site', id: string, name: string, type: SiteType, postcode?: string | null, createdAt: string }> } };

export type UpdateOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;


export type UpdateOrganisationMutation = { __typename?: 'Mutation', updateOrganisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind, nation: Nation, financialYearStartMonth: number, academicYearStartMonth: number, smallCellThreshold: number, timeZone: string, updatedAt: string } };

export type CreateSiteMutationVariables = Exact<{
  input: CreateSiteInput;
}>;


export type CreateSiteMutation = { __typename?: 'Mutation', createSite: { __typename?: 'Site', id: string, name: string, type: SiteType, postcode?: string | null, createdAt: string } };

export type UpdateSiteMutationVariables = Exact<{
  input: UpdateSiteInput;
}>;


export type UpdateSiteMutation = { __typename?: 'Mutation', updateSite: { __typename?: 'Site', id: string, name: string, type: SiteType, postcode?: string | null, createdAt: string } };

export type DeleteSiteMutationVariables = Exact<{
  input: DeleteSiteInput;
}>;


export type DeleteSiteMutation = { __typename?: 'Mutation', deleteSite: { __typename?: 'Site', id: string } };

export type PartnerFieldsFragment = { __typename?: 'Partner', id: string, name: string, type: PartnerType, urn?: string | null, postcode?: string | null, deprivationDecile?: number | null, deprivationIndex?: DeprivationIndex | null, notes?: string | null, firstEngagement?: string | null, lastEngagement?: string | null, sessionCount: number };

export type PartnersQueryVariables = Exact<{
  filter?: InputMaybe<PartnerFilterInput>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PartnersQuery = { __typename?: 'Query', partners: { __typename?: 'PartnerConnection', totalCount: number, edges: Array<{ __typename?: 'PartnerEdge', cursor: string, node: { __typename?: 'Partner', id: string, name: string, type: PartnerType, urn?: string | null, postcode?: string | null, deprivationDecile?: number | null, deprivationIndex?: DeprivationIndex | null, notes?: string | null, firstEngagement?: string | null, lastEngagement?: string | null, sessionCount: number } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type CreatePartnerMutationVariables = Exact<{
  input: CreatePartnerInput;
}>;


export type CreatePartnerMutation = { __typename?: 'Mutation', createPartner: { __typename?: 'Partner', id: string, name: string, type: PartnerType, urn?: string | null, postcode?: string | null, deprivationDecile?: number | null, deprivationIndex?: DeprivationIndex | null, notes?: string | null, firstEngagement?: string | null, lastEngagement?: string | null, sessionCount: number } };

export type UpdatePartnerMutationVariables = Exact<{
  input: UpdatePartnerInput;
}>;


export type UpdatePartnerMutation = { __typename?: 'Mutation', updatePartner: { __typename?: 'Partner', id: string, name: string, type: PartnerType, urn?: string | null, postcode?: string | null, deprivationDecile?: number | null, deprivationIndex?: DeprivationIndex | null, notes?: string | null, firstEngagement?: string | null, lastEngagement?: string | null, sessionCount: number } };

export type DeletePartnerMutationVariables = Exact<{
  input: DeletePartnerInput;
}>;


export type DeletePartnerMutation = { __typename?: 'Mutation', deletePartner: { __typename?: 'Partner', id: string, name: string } };

export type PeriodSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PeriodSettingsQuery = { __typename?: 'Query', organisation: { __typename?: 'Organisation', id: string, financialYearStartMonth: number, academicYearStartMonth: number, timeZone: string, smallCellThreshold: number } };

export type ProgrammeSummaryFieldsFragment = { __typename?: 'Programme', id: string, name: string, strand: ProgrammeStrand, status: ProgrammeStatus, startDate: string, endDate?: string | null, lead?: { __typename?: 'User', id: string, name: string } | null };

export type ProgrammeFieldsFragment = { __typename?: 'Programme', aims?: string | null, targetAudiences: Array<AudienceType>, updatedAt: string, id: string, name: string, strand: ProgrammeStrand, status: ProgrammeStatus, startDate: string, endDate?: string | null, sites: Array<{ __typename?: 'Site', id: string, name: string }>, frameworkElements: Array<{ __typename?: 'FrameworkElement', id: string, code: string, label: string, frameworkId: string, position: number }>, funders: Array<{ __typename?: 'Funder', name: string, grantReference?: string | null, amountPence?: number | null, periodStart?: string | null, periodEnd?: string | null }>, plan: Array<{ __typename?: 'PlanPeriod', periodStart: string, periodEnd: string, plannedSessions: number, plannedReach: number }>, lead?: { __typename?: 'User', id: string, name: string } | null };

export type ProgrammesQueryVariables = Exact<{
  filter: ProgrammeFilterInput;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProgrammesQuery = { __typename?: 'Query', programmes: { __typename?: 'ProgrammeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'ProgrammeEdge', node: { __typename?: 'Programme', id: string, name: string, strand: ProgrammeStrand, status: ProgrammeStatus, startDate: string, endDate?: string | null, lead?: { __typename?: 'User', id: string, name: string } | null } }> } };

export type ProgrammeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProgrammeQuery = { __typename?: 'Query', programme: { __typename?: 'Programme', aims?: string | null, targetAudiences: Array<AudienceType>, updatedAt: string, id: string, name: string, strand: ProgrammeStrand, status: ProgrammeStatus, startDate: string, endDate?: string | null, sites: Array<{ __typename?: 'Site', id: string, name: string }>, frameworkElements: Array<{ __typename?: 'FrameworkElement', id: string, code: string, label: string, frameworkId: string, position: number }>, funders: Array<{ __typename?: 'Funder', name: string, grantReference?: string | null, amountPence?: number | null, periodStart?: string | null, periodEnd?: string | null }>, plan: Array<{ __typename?: 'PlanPeriod', periodStart: string, periodEnd: string, plannedSessions: number, plannedReach: number }>, lead?: { __typename?: 'User', id: string, name: string } | null } };

export type ProgrammeContextQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammeContextQuery = { __typename?: 'Query', organisation: { __typename?: 'Organisation', id: string, financialYearStartMonth: number }, frameworks: Array<{ __typename?: 'Framework', id: string, code: string, name: string }> };

export type ProgrammeFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammeFormOptionsQuery = { __typename?: 'Query', organisation: { __typename?: 'Organisation', id: string, financialYearStartMonth: number, sites: Array<{ __typename?: 'Site', id: string, name: string }> }, members: Array<{ __typename?: 'Member', id: string, user: { __typename?: 'User', id: string, name: string } }>, frameworks: Array<{ __typename?: 'Framework', id: string, code: string, name: string, elements: Array<{ __typename?: 'FrameworkElement', id: string, code: string, label: string, frameworkId: string, position: number }> }> };

export type CreateProgrammeMutationVariables = Exact<{
  input: CreateProgrammeInput;
}>;


export type CreateProgrammeMutation = { __typename?: 'Mutation', createProgramme: { __typename?: 'Programme', aims?: string | null, targetAudiences: Array<AudienceType>, updatedAt: string, id: string, name: string, strand: ProgrammeStrand, status: ProgrammeStatus, startDate: string, endDate?: string | null, sites: Array<{ __typename?: 'Site', id: string, name: string }>, frameworkElements: Array<{ __typename?: 'FrameworkElement', id: string, code: string, label: string, frameworkId: string, position: number }>, funders: Array<{ __typename?: 'Funder', name: string, grantReference?: string | null, amountPence?: number | null, periodStart?: string | null, periodEnd?: string | null }>, plan: Array<{ __typename?: 'PlanPeriod', periodStart: string, periodEnd: string, plannedSessions: number, plannedReach: number }>, lead?: { __typename?: 'User', id: string, name: string } | null } };

export type UpdateProgrammeMutationVariables = Exact<{
  input: UpdateProgrammeInput;
}>;


export type UpdateProgrammeMutation = { __typename?: 'Mutation', updateProgramme: { __typename?: 'Programme', aims?: string | null, targetAudiences: Array<AudienceType>, updatedAt: string, id: string, name: string, strand: ProgrammeStrand, status: ProgrammeStatus, startDate: string, endDate?: string | null, sites: Array<{ __typename?: 'Site', id: string, name: string }>, frameworkElements: Array<{ __typename?: 'FrameworkElement', id: string, code: string, label: string, frameworkId: string, position: number }>, funders: Array<{ __typename?: 'Funder', name: string, grantReference?: string | null, amountPence?: number | null, periodStart?: string | null, periodEnd?: string | null }>, plan: Array<{ __typename?: 'PlanPeriod', periodStart: string, periodEnd: string, plannedSessions: number, plannedReach: number }>, lead?: { __typename?: 'User', id: string, name: string } | null } };

export type DeleteProgrammeMutationVariables = Exact<{
  input: DeleteProgrammeInput;
}>;


export type DeleteProgrammeMutation = { __typename?: 'Mutation', deleteProgramme: { __typename?: 'Programme', id: string, name: string } };

export type ResultFieldsFragment = { __typename?: 'IndicatorResult', id: string, disaggregation?: Disaggregation | null, cellKey?: string | null, cellLabel?: string | null, value?: number | null, n?: number | null, suppressed: boolean, status: ResultStatus, commentary?: string | null, approvedAt?: string | null, updatedAt: string, indicator: { __typename?: 'Indicator', id: string }, scope: { __typename?: 'Scope', kind: ScopeKind, id?: string | null, label: string }, period: { __typename?: 'Period', key: string, label: string }, enteredBy?: { __typename?: 'User', id: string, name: string } | null, approvedBy?: { __typename?: 'User', id: string, name: string } | null };

export type PeriodLockFieldsFragment = { __typename?: 'PeriodLock', id: string, reason?: string | null, lockedAt: string, period: { __typename?: 'Period', type: PeriodType, key: string, label: string, start: string, end: string }, lockedBy?: { __typename?: 'User', id: string, name: string } | null };

export type ResultsPageQueryVariables = Exact<{
  period: PeriodInput;
  scope?: InputMaybe<ScopeInput>;
}>;


export type ResultsPageQuery = { __typename?: 'Query', indicatorValues: Array<{ __typename?: 'IndicatorValue', value?: number | null, n?: number | null, ciLow?: number | null, ciHigh?: number | null, benchmark?: number | null, disaggregation?: Disaggregation | null, rag?: RagStatus | null, note?: string | null, indicator: { __typename?: 'Indicator', id: string, code: string, name: string, definition: string, type: IndicatorType, source: IndicatorSource, unit: string, direction: IndicatorDirection, cumulativeClass: CumulativeClass, allowedDisaggregations: Array<Disaggregation>, surveyStatistic?: SurveyStatistic | null, surveyItemCode?: string | null, surveyId?: string | null, archived: boolean, editable: boolean, frameworkElements: Array<{ __typename?: 'FrameworkElement', id: string, code: string, label: string, frameworkId: string, position: number }>, owner?: { __typename?: 'User', id: string, name: string } | null }, period: { __typename?: 'Period', type: PeriodType, key: string, label: string, start: string, end: string }, scope: { __typename?: 'Scope', kind: ScopeKind, id?: string | null, label: string }, cells: Array<{ __typename?: 'IndicatorCell', key: string, label: string, value?: number | null, n?: number | null, suppressed: boolean }>, target?: { __typename?: 'Target', id: string, targetValue: number, baselineValue?: number | null, baselineLabel?: string | null, greenThreshold: number, amberThreshold: number, note?: string | null, updatedAt: string, scope: { __typename?: 'Scope', kind: ScopeKind, id?: string | null, label: string }, period: { __typename?: 'Period', type: PeriodType, key: string, label: string, start: string, end: string } } | null }>, results: Array<{ __typename?: 'IndicatorResult', id: string, disaggregation?: Disaggregation | null, cellKey?: string | null, cellLabel?: string | null, value?: number | null, n?: number | null, suppressed: boolean, status: ResultStatus, commentary?: string | null, approvedAt?: string | null, updatedAt: string, indicator: { __typename?: 'Indicator', id: string }, scope: { __typename?: 'Scope', kind: ScopeKind, id?: string | null, label: string }, period: { __typename?: 'Period', key: string, label: string }, enteredBy?: { __typename?: 'User', id: string, name: string } | null, approvedBy?: { __typename?: 'User', id: string, name: string } | null }>, periodLocks: Array<{ __typename?: 'PeriodLock', id: string, reason?: string | null, lockedAt: string, period: { __typename?: 'Period', type: PeriodType, key: string, label: string, start: string, end: string }, lockedBy?: { __typename?: 'User', id: string, name: string } | null }> };

export type SaveResultMutationVariables = Exact<{
  input: SaveResultInput;
}>;


export type SaveResultMutation = { __typename?: 'Mutation', saveResult: { __typename?: 'IndicatorResult', id: string, disaggregation?: Disaggregation | null, cellKey?: string | null, cellLabel?: string | null, value?: number | null, n?: number | null, suppressed: boolean, status: ResultStatus, commentary?: string | null, approvedAt?: string | null, updatedAt: string, indicator: { __typename?: 'Indicator', id: string }, scope: { __typename?: 'Scope', kind: ScopeKind, id?: string | null, label: string }, period: { __typename?: 'Period', key: string, label: string }, enteredBy?: { __typename?: 'User', id: string, name: string } | null, approvedBy?: { __typename?: 'User', id: string, name: string } | null } };

export type RecordComputedResultsMutationVariables = Exact<{
  input: RecordComputedResultsInput;
}>;


export type RecordComputedResultsMutation = { __typename?: 'Mutation', recordComputedResults: Array<{ __typename?: 'IndicatorResult', id: string, disaggregation?: Disaggregation | null, cellKey?: string | null, cellLabel?: string | null, value?: number | null, n?: number | null, suppressed: boolean, status: ResultStatus, commentary?: string | null, approvedAt?: string | null, updatedAt: string, indicator: { __typename?: 'Indicator', id: string }, scope: { __typename?: 'Scope', kind: ScopeKind, id?: string | null, label: string }, period: { __typename?: 'Period', key: string, label: string }, enteredBy?: { __typename?: 'User', id: string, name: string } | null, approvedBy?: { __typename?: 'User', id: string, name: string } | null }> };

export type ApproveResultsMutationVariables = Exact<{
  input: ResultIdsInput;
}>;


export type ApproveResultsMutation = { __typename?: 'Mutation', approveResults: Array<{ __typename?: 'IndicatorResult', id: string, disaggregation?: Disaggregation | null, cellKey?: string | null, cellLabel?: string | null, value?: number | null, n?: number | null, suppressed: boolean, status: ResultStatus, commentary?: string | null, approvedAt?: string | null, updatedAt: string, indicator: { __typename?: 'Indicator', id: string }, scope: { __typename?: 'Scope', kind: ScopeKind, id?: string | null, label: string }, period: { __typename?: 'Period', key: string, label: string }, enteredBy?: { __typename?: 'User', id: string, name: string } | null, approvedBy?: { __typename?: 'User', id: string, name: string } | null }> };

export type DeleteResultMutationVariables = Exact<{
  input: ResultIdInput;
}>;


export type DeleteResultMutation = { __typename?: 'Mutation', deleteResult: { __typename?: 'IndicatorResult', id: string } };

export type LockPeriodMutationVariables = Exact<{
  input: LockPeriodInput;
}>;


export type LockPeriodMutation = { __typename?: 'Mutation', lockPeriod: { __typename?: 'PeriodLock', id: string, reason?: string | null, lockedAt: string, period: { __typename?: 'Period', type: PeriodType, key: string, label: string, start: string, end: string }, lockedBy?: { __typename?: 'User', id: string, name: string } | null } };

export type UnlockPeriodMutationVariables = Exact<{
  input: UnlockPeriodInput;
}>;


export type UnlockPeriodMutation = { __typename?: 'Mutation', unlockPeriod: { __typename?: 'PeriodLock', id: string, reason?: string | null, lockedAt: string, period: { __typename?: 'Period', type: PeriodType, key: string, label: string, start: string, end: string }, lockedBy?: { __typename?: 'User', id: string, name: string } | null } };

export type SessionSummaryFieldsFragment = { __typename?: 'Session', id: string, title?: string | null, date: string, startTime?: string | null, format: SessionFormat, deliveryMode: DeliveryMode, status: SessionStatus, attendanceTotal: number, hasEstimates: boolean, outreachPostcode?: string | null, onlinePlatform?: string | null, programme: { __typename?: 'Programme', id: string, name: string }, site?: { __typename?: 'Site', id: string, name: string } | null, partners: Array<{ __typename?: 'Partner', id: string, name: string }> };

export type SessionFieldsFragment = { __typename?: 'Session', durationMinutes?: number | null, coDesigned: boolean, participationDepth?: ParticipationDepth | null, objectsUsed?: string | null, notes?: string | null, deprivationDecile?: number | null, deprivationIndex?: DeprivationIndex | null, createdAt: string, updatedAt: string, id: string, title?: string | null, date: string, startTime?: string | null, format: SessionFormat, deliveryMode: DeliveryMode, status: SessionStatus, attendanceTotal: number, hasEstimates: boolean, outreachPostcode?: string | null, onlinePlatform?: string | null, createdBy?: { __typename?: 'User', id: string, name: string } | null, partners: Array<{ __typename?: 'Partner', id: string, name: string, type: PartnerType }>, facilitators: Array<{ __typename?: 'SessionFacilitator', type: FacilitatorType, name: string, user?: { __typename?: 'User', id: string, name: string } | null }>, frameworkElements: Array<{ __typename?: 'FrameworkElement', id: string, code: string, label: string, frameworkId: string, position: number }>, attendance: Array<{ __typename?: 'AttendanceCell', id?: string | null, audienceType: AudienceType, ageBand?: AgeBand | null, keyStage?: KeyStage | null, count: number, countKind: CountKind, firstTime?: boolean | null, send?: boolean | null, deprivationDecile?: number | null, deprivationIndex?: DeprivationIndex | null }>, programme: { __typename?: 'Programme', id: string, name: string }, site?: { __typename?: 'Site', id: string, name: string } | null };

export type SessionsQueryVariables = Exact<{
  filter: SessionFilterInput;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SessionsQuery = { __typename?: 'Query', sessions: { __typename?: 'SessionConnection', totalCount: number, totalAttendance: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'SessionEdge', node: { __typename?: 'Session', id: string, title?: string | null, date: string, startTime?: string | null, format: SessionFormat, deliveryMode: DeliveryMode, status: SessionStatus, attendanceTotal: number, hasEstimates: boolean, outreachPostcode?: string | null, onlinePlatform?: string | null, programme: { __typename?: 'Programme', id: string, name: string }, site?: { __typename?: 'Site', id: string, name: string } | null, partners: Array<{ __typename?: 'Partner', id: string, name: string }> } }> } };

export type SessionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SessionQuery = { __typename?: 'Query', session: { __typename?: 'Session', durationMinutes?: number | null, coDesigned: boolean, participationDepth?: ParticipationDepth | null, objectsUsed?: string | null, notes?: string | null, deprivationDecile?: number | null, deprivationIndex?: DeprivationIndex | null, createdAt: string, updatedAt: string, id: string, title?: string | null, date: string, startTime?: string | null, format: SessionFormat, deliveryMode: DeliveryMode, status: SessionStatus, attendanceTotal: number, hasEstimates: boolean, outreachPostcode?: string | null, onlinePlatform?: string | null, createdBy?: { __typename?: 'User', id: string, name: string } | null, partners: Array<{ __typename?: 'Partner', id: string, name: string, type: PartnerType }>, facilitators: Array<{ __typename?: 'SessionFacilitator', type: FacilitatorType, name: string, user?: { __typename?: 'User', id: string, name: string } | null }>, frameworkElements: Array<{ __typename?: 'FrameworkElement', id: string, code: string, label: string, frameworkId: string, position: number }>, attendance: Array<{ __typename?: 'AttendanceCell', id?: string | null, audienceType: AudienceType, ageBand?: AgeBand | null, keyStage?: KeyStage | null, count: number, countKind: CountKind, firstTime?: boolean | null, send?: boolean | null, deprivationDecile?: number | null, deprivationIndex?: DeprivationIndex | null }>, programme: { __typename?: 'Programme', id: string, name: string }, site?: { __typename?: 'Site', id: string, name: string } | null } };

export type SessionDefaultsQueryVariables = Exact<{
  programmeId: Scalars['ID']['input'];
}>;


export type SessionDefaultsQuery = { __typename?: 'Query', sessionDefaults: { __typename?: 'SessionDefaults', programmeId: string, date: string, startTime?: string | null, durationMinutes?: number | null, format: SessionFormat, deliveryMode: DeliveryMode, siteId?: string | null, partnerIds: Array<string>, fromSessionId?: string | null, partners: Array<{ __typename?: 'Partner', id: string, name: string, type: PartnerType }>, facilitators: Array<{ __typename?: 'SessionFacilitator', type: FacilitatorType, name: string, user?: { __typename?: 'User', id: string, name: string } | null }>, attendance: Array<{ __typename?: 'AttendanceCell', audienceType: AudienceType, ageBand?: AgeBand | null, keyStage?: KeyStage | null, count: number, countKind: CountKind, firstTime?: boolean | null, send?: boolean | null, deprivationDecile?: number | null, deprivationIndex?: DeprivationIndex | null }> } };

export type LogSessionMutationVariables = Exact<{
  input: LogSessionInput;
}>;


export type LogSessionMutation = { __typename?: 'Mutation', logSession: { __typename?: 'Session', durationMinutes?: number | null, coDesigned: boolean, participationDepth?: ParticipationDepth | null, objectsUsed?: string | null, notes?: string | null, deprivationDecile?: number | null, deprivationIndex?: DeprivationIndex | null, createdAt: string, updatedAt: string, id: string, title?: string | null, date: string, startTime?: string | null, format: SessionFormat, deliveryMode: DeliveryMode, status: SessionStatus, attendanceTotal: number, hasEstimates: boolean, outreachPostcode?: string | null, onlinePlatform?: string | null, createdBy?: { __typename?: 'User', id: string, name: string } | null, partners: Array<{ __typename?: 'Partner', id: string, name: string, type: PartnerType }>, facilitators: Array<{ __typename?: 'SessionFacilitator', type: FacilitatorType, name: string, user?: { __typename?: 'User', id: string, name: string } | null }>, frameworkElements: Array<{ __typename?: 'FrameworkElement', id: string, code: string, label: string, frameworkId: string, position: number }>, attendance: Array<{ __typename?: 'AttendanceCell', id?: string | null, audienceType: AudienceType, ageBand?: AgeBand | null, keyStage?: KeyStage | null, count: number, countKind: CountKind, firstTime?: boolean | null, send?: boolean | null, deprivationDecile?: number | null, deprivationIndex?: DeprivationIndex | null }>, programme: { __typename?: 'Programme', id: string, name: string }, site?: { __typename?: 'Site', id: string, name: string } | null } };

export type UpdateSessionMutationVariables = Exact<{
  input: UpdateSessionInput;
}>;


export type UpdateSessionMutation = { __typename?: 'Mutation', updateSession: { __typename?: 'Session', durationMinutes?: number | null, coDesigned: boolean, participationDepth?: ParticipationDepth | null, objectsUsed?: string | null, notes?: string | null, deprivationDecile?: number | null, deprivationIndex?: DeprivationIndex | null, createdAt: string, updatedAt: string, id: string, title?: string | null, date: string, startTime?: string | null, format: SessionFormat, deliveryMode: DeliveryMode, status: SessionStatus, attendanceTotal: number, hasEstimates: boolean, outreachPostcode?: string | null, onlinePlatform?: string | null, createdBy?: { __typename?: 'User', id: string, name: string } | null, partners: Array<{ __typename?: 'Partner', id: string, name: string, type: PartnerType }>, facilitators: Array<{ __typename?: 'SessionFacilitator', type: FacilitatorType, name: string, user?: { __typename?: 'User', id: string, name: string } | null }>, frameworkElements: Array<{ __typename?: 'FrameworkElement', id: string, code: string, label: string, frameworkId: string, position: number }>, attendance: Array<{ __typename?: 'AttendanceCell', id?: string | null, audienceType: AudienceType, ageBand?: AgeBand | null, keyStage?: KeyStage | null, count: number, countKind: CountKind, firstTime?: boolean | null, send?: boolean | null, deprivationDecile?: number | null, deprivationIndex?: DeprivationIndex | null }>, programme: { __typename?: 'Programme', id: string, name: string }, site?: { __typename?: 'Site', id: string, name: string } | null } };

export type DeleteSessionMutationVariables = Exact<{
  input: DeleteSessionInput;
}>;


export type DeleteSessionMutation = { __typename?: 'Mutation', deleteSession: { __typename?: 'Session', id: string, date: string, programme: { __typename?: 'Programme', id: string, name: string } } };

export type SessionFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionFormOptionsQuery = { __typename?: 'Query', organisation: { __typename?: 'Organisation', id: string, timeZone: string, sites: Array<{ __typename?: 'Site', id: string, name: string }> }, programmes: { __typename?: 'ProgrammeConnection', totalCount: number, edges: Array<{ __typename?: 'ProgrammeEdge', node: { __typename?: 'Programme', id: string, name: string, status: ProgrammeStatus } }> }, members: Array<{ __typename?: 'Member', id: string, user: { __typename?: 'User', id: string, name: string } }>, frameworks: Array<{ __typename?: 'Framework', id: string, code: string, name: string, elements: Array<{ __typename?: 'FrameworkElement', id: string, code: string, label: string, position: number }> }> };

export type PartnerOptionsQueryVariables = Exact<{
  filter?: InputMaybe<PartnerFilterInput>;
  first: Scalars['Int']['input'];
}>;


export type PartnerOptionsQuery = { __typename?: 'Query', partners: { __typename?: 'PartnerConnection', totalCount: number, edges: Array<{ __typename?: 'PartnerEdge', node: { __typename?: 'Partner', id: string, name: string, type: PartnerType } }> } };

export type SessionFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionFilterOptionsQuery = { __typename?: 'Query', organisation: { __typename?: 'Organisation', id: string, sites: Array<{ __typename?: 'Site', id: string, name: string }> }, programmes: { __typename?: 'ProgrammeConnection', edges: Array<{ __typename?: 'ProgrammeEdge', node: { __typename?: 'Programme', id: string, name: string, status: ProgrammeStatus } }> } };

export type SurveyFieldsFragment = { __typename?: 'Survey', id: string, title: string, intro?: string | null, kind: SurveyKind, status: SurveyStatus, itemCodes: Array<string>, closesAt?: string | null, offersFollowUp: boolean, followUpMonths: Array<number>, publicToken: string, programmeId?: string | null, sessionId?: string | null, responseCount: number, createdAt: string, updatedAt: string, linkedTo?: { __typename?: 'SurveyLink', kind: SurveyLinkKind, id: string, name: string } | null };

export type SurveysQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SurveysQuery = { __typename?: 'Query', surveys: { __typename?: 'SurveyConnection', totalCount: number, edges: Array<{ __typename?: 'SurveyEdge', cursor: string, node: { __typename?: 'Survey', id: string, title: string, intro?: string | null, kind: SurveyKind, status: SurveyStatus, itemCodes: Array<string>, closesAt?: string | null, offersFollowUp: boolean, followUpMonths: Array<number>, publicToken: string, programmeId?: string | null, sessionId?: string | null, responseCount: number, createdAt: string, updatedAt: string, linkedTo?: { __typename?: 'SurveyLink', kind: SurveyLinkKind, id: string, name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type SurveyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SurveyQuery = { __typename?: 'Query', survey: { __typename?: 'Survey', id: string, title: string, intro?: string | null, kind: SurveyKind, status: SurveyStatus, itemCodes: Array<string>, closesAt?: string | null, offersFollowUp: boolean, followUpMonths: Array<number>, publicToken: string, programmeId?: string | null, sessionId?: string | null, responseCount: number, createdAt: string, updatedAt: string, linkedTo?: { __typename?: 'SurveyLink', kind: SurveyLinkKind, id: string, name: string } | null } };

export type SurveyItemBankQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveyItemBankQuery = { __typename?: 'Query', surveyItemBank: Array<{ __typename?: 'SurveyItem', code: string, bank: SurveyBank, bankLabel: string, scale: SurveyScale, label: string, statement: string, childStatement: string, lowerIsBetter: boolean }> };

export type SurveyLinkOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveyLinkOptionsQuery = { __typename?: 'Query', programmes: { __typename?: 'ProgrammeConnection', edges: Array<{ __typename?: 'ProgrammeEdge', node: { __typename?: 'Programme', id: string, name: string } }> }, sessions: { __typename?: 'SessionConnection', edges: Array<{ __typename?: 'SessionEdge', node: { __typename?: 'Session', id: string, date: string, title?: string | null, programme: { __typename?: 'Programme', id: string, name: string } } }> } };

export type SurveyResultsQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
}>;


export type SurveyResultsQuery = { __typename?: 'Query', surveyResults: { __typename?: 'SurveyResults', surveyId: string, responseCount: number, smallCellThreshold: number, waves: Array<{ __typename?: 'SurveyWaveCount', wave: SurveyWave, followUpMonths?: number | null, n?: number | null, suppressed: boolean }>, items: Array<{ __typename?: 'SurveyItemResult', itemCode: string, wave: SurveyWave, followUpMonths?: number | null, n?: number | null, suppressed: boolean, mean?: number | null, ciLow?: number | null, ciHigh?: number | null, shareAgreeing?: number | null, nps?: number | null, distribution: Array<{ __typename?: 'SurveyOptionCount', value: number, n?: number | null, suppressed: boolean }> }>, changes: Array<{ __typename?: 'SurveyChange', itemCode: string, n?: number | null, suppressed: boolean, meanChange?: number | null, ciLow?: number | null, ciHigh?: number | null, proportionImproved?: number | null }>, comments: Array<{ __typename?: 'SurveyComment', itemCode: string, wave: SurveyWave, text: string, date: string }> } };

export type SurveyFollowUpQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
}>;


export type SurveyFollowUpQuery = { __typename?: 'Query', surveyFollowUp: { __typename?: 'SurveyFollowUp', surveyId: string, consented: number, withdrawn: number, waves: Array<{ __typename?: 'FollowUpWave', months: number, invited?: number | null, responded?: number | null, pending: number, cancelled: number, responseRate?: number | null, attrition?: number | null, suppressed: boolean }> } };

export type SurveyContactsQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
}>;


export type SurveyContactsQuery = { __typename?: 'Query', surveyContacts: Array<{ __typename?: 'SurveyContact', id: string, email?: string | null, givenBy: ConsentGiver, lawfulBasis: string, consentedAt: string, withdrawnAt?: string | null, invitations: Array<{ __typename?: 'FollowUpInvitation', months: number, status: FollowUpStatus, dueOn: string }> }> };

export type CreateSurveyMutationVariables = Exact<{
  input: CreateSurveyInput;
}>;


export type CreateSurveyMutation = { __typename?: 'Mutation', createSurvey: { __typename?: 'Survey', id: string, title: string, intro?: string | null, kind: SurveyKind, status: SurveyStatus, itemCodes: Array<string>, closesAt?: string | null, offersFollowUp: boolean, followUpMonths: Array<number>, publicToken: string, programmeId?: string | null, sessionId?: string | null, responseCount: number, createdAt: string, updatedAt: string, linkedTo?: { __typename?: 'SurveyLink', kind: SurveyLinkKind, id: string, name: string } | null } };

export type UpdateSurveyMutationVariables = Exact<{
  input: UpdateSurveyInput;
}>;


export type UpdateSurveyMutation = { __typename?: 'Mutation', updateSurvey: { __typename?: 'Survey', id: string, title: string, intro?: string | null, kind: SurveyKind, status: SurveyStatus, itemCodes: Array<string>, closesAt?: string | null, offersFollowUp: boolean, followUpMonths: Array<number>, publicToken: string, programmeId?: string | null, sessionId?: string | null, responseCount: number, createdAt: string, updatedAt: string, linkedTo?: { __typename?: 'SurveyLink', kind: SurveyLinkKind, id: string, name: string } | null } };

export type OpenSurveyMutationVariables = Exact<{
  input: SurveyIdInput;
}>;


export type OpenSurveyMutation = { __typename?: 'Mutation', openSurvey: { __typename?: 'Survey', id: string, title: string, intro?: string | null, kind: SurveyKind, status: SurveyStatus, itemCodes: Array<string>, closesAt?: string | null, offersFollowUp: boolean, followUpMonths: Array<number>, publicToken: string, programmeId?: string | null, sessionId?: string | null, responseCount: number, createdAt: string, updatedAt: string, linkedTo?: { __typename?: 'SurveyLink', kind: SurveyLinkKind, id: string, name: string } | null } };

export type CloseSurveyMutationVariables = Exact<{
  input: SurveyIdInput;
}>;


export type CloseSurveyMutation = { __typename?: 'Mutation', closeSurvey: { __typename?: 'Survey', id: string, title: string, intro?: string | null, kind: SurveyKind, status: SurveyStatus, itemCodes: Array<string>, closesAt?: string | null, offersFollowUp: boolean, followUpMonths: Array<number>, publicToken: string, programmeId?: string | null, sessionId?: string | null, responseCount: number, createdAt: string, updatedAt: string, linkedTo?: { __typename?: 'SurveyLink', kind: SurveyLinkKind, id: string, name: string } | null } };

export type RegenerateSurveyLinkMutationVariables = Exact<{
  input: SurveyIdInput;
}>;


export type RegenerateSurveyLinkMutation = { __typename?: 'Mutation', regenerateSurveyLink: { __typename?: 'Survey', id: string, title: string, intro?: string | null, kind: SurveyKind, status: SurveyStatus, itemCodes: Array<string>, closesAt?: string | null, offersFollowUp: boolean, followUpMonths: Array<number>, publicToken: string, programmeId?: string | null, sessionId?: string | null, responseCount: number, createdAt: string, updatedAt: string, linkedTo?: { __typename?: 'SurveyLink', kind: SurveyLinkKind, id: string, name: string } | null } };

export type DeleteSurveyMutationVariables = Exact<{
  input: SurveyIdInput;
}>;


export type DeleteSurveyMutation = { __typename?: 'Mutation', deleteSurvey: { __typename?: 'Survey', id: string } };

export type WithdrawConsentMutationVariables = Exact<{
  input: WithdrawConsentInput;
}>;


export type WithdrawConsentMutation = { __typename?: 'Mutation', withdrawConsent: boolean };

export type SystemStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemStatusQuery = { __typename?: 'Query', systemStatus: { __typename?: 'SystemStatus', version: string, environment: string, database: { __typename?: 'ServiceHealth', ok: boolean, latencyMs?: number | null }, redis: { __typename?: 'ServiceHealth', ok: boolean, latencyMs?: number | null }, queue: { __typename?: 'QueueHealth', waiting: number, active: number, failed: number, delayed: number, workers: number } } };

export type WorkerCheckFieldsFragment = { __typename?: 'WorkerCheck', id: string, status: WorkerCheckStatus, note?: string | null, requestedAt: string, startedAt?: string | null, completedAt?: string | null, roundTripMs?: number | null, workerHost?: string | null, databaseVersion?: string | null, error?: string | null };

export type WorkerChecksQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WorkerChecksQuery = { __typename?: 'Query', workerChecks: { __typename?: 'WorkerCheckConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'WorkerCheckEdge', node: { __typename?: 'WorkerCheck', id: string, status: WorkerCheckStatus, note?: string | null, requestedAt: string, startedAt?: string | null, completedAt?: string | null, roundTripMs?: number | null, workerHost?: string | null, databaseVersion?: string | null, error?: string | null } }> } };

export type RequestWorkerCheckMutationVariables = Exact<{
  input: RequestWorkerCheckInput;
}>;


export type RequestWorkerCheckMutation = { __typename?: 'Mutation', requestWorkerCheck: { __typename?: 'WorkerCheck', id: string, status: WorkerCheckStatus, note?: string | null, requestedAt: string, startedAt?: string | null, completedAt?: string | null, roundTripMs?: number | null, workerHost?: string | null, databaseVersion?: string | null, error?: string | null } };

export const AuditEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<AuditEventFieldsFragment, unknown>;
export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const CommitmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorIds"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworkElement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sayDoGap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastActionOn"}},{"kind":"Field","name":{"kind":"Name","value":"actionCount"}}]}}]} as unknown as DocumentNode<CommitmentFieldsFragment, unknown>;
export const ActionEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"whatWasDone"}},{"kind":"Field","name":{"kind":"Name","value":"withWhom"}},{"kind":"Field","name":{"kind":"Name","value":"observedEffect"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"amendsId"}},{"kind":"Field","name":{"kind":"Name","value":"amendedById"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceIds"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ActionEntryFieldsFragment, unknown>;
export const EvidenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"consentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"consentGivenBy"}},{"kind":"Field","name":{"kind":"Name","value":"consentGivenOn"}},{"kind":"Field","name":{"kind":"Name","value":"consentNote"}},{"kind":"Field","name":{"kind":"Name","value":"publishable"}},{"kind":"Field","name":{"kind":"Name","value":"isDraft"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworkElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}}]}}]}}]} as unknown as DocumentNode<EvidenceFieldsFragment, unknown>;
export const ActivityImportSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityImportSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"dateFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dateTo"}}]}}]}}]} as unknown as DocumentNode<ActivityImportSummaryFieldsFragment, unknown>;
export const ActivityImportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"suggested"}},{"kind":"Field","name":{"kind":"Name","value":"remembered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mappingProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceCells"}},{"kind":"Field","name":{"kind":"Name","value":"attendances"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"newProgrammes"}},{"kind":"Field","name":{"kind":"Name","value":"newPartners"}},{"kind":"Field","name":{"kind":"Name","value":"newSites"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCounts"}},{"kind":"Field","name":{"kind":"Name","value":"dateFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dateTo"}},{"kind":"Field","name":{"kind":"Name","value":"skippedRows"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"attendancesCreated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"sessionType"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"partnerType"}},{"kind":"Field","name":{"kind":"Name","value":"partnerUrn"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"keyStage"}},{"kind":"Field","name":{"kind":"Name","value":"pupils"}},{"kind":"Field","name":{"kind":"Name","value":"adults"}},{"kind":"Field","name":{"kind":"Name","value":"otherParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}},{"kind":"Field","name":{"kind":"Name","value":"firstVisit"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"attendances"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}}]} as unknown as DocumentNode<ActivityImportFieldsFragment, unknown>;
export const IndicatorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeClass"}},{"kind":"Field","name":{"kind":"Name","value":"allowedDisaggregations"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveyStatistic"}},{"kind":"Field","name":{"kind":"Name","value":"surveyItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}}]} as unknown as DocumentNode<IndicatorFieldsFragment, unknown>;
export const ScopeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]} as unknown as DocumentNode<ScopeFieldsFragment, unknown>;
export const TargetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Target"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineLabel"}},{"kind":"Field","name":{"kind":"Name","value":"greenThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"amberThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]} as unknown as DocumentNode<TargetFieldsFragment, unknown>;
export const IndicatorValueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}},{"kind":"Field","name":{"kind":"Name","value":"benchmark"}},{"kind":"Field","name":{"kind":"Name","value":"disaggregation"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Target"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineLabel"}},{"kind":"Field","name":{"kind":"Name","value":"greenThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"amberThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<IndicatorValueFieldsFragment, unknown>;
export const DeprivationLookupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeprivationLookupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeprivationLookup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indexVersion"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFilename"}},{"kind":"Field","name":{"kind":"Name","value":"loadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"loadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeprivationLookupFieldsFragment, unknown>;
export const MemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isYou"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<MemberFieldsFragment, unknown>;
export const InvitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InvitationFieldsFragment, unknown>;
export const SiteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Site"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SiteFieldsFragment, unknown>;
export const OrganisationSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}},{"kind":"Field","name":{"kind":"Name","value":"financialYearStartMonth"}},{"kind":"Field","name":{"kind":"Name","value":"academicYearStartMonth"}},{"kind":"Field","name":{"kind":"Name","value":"smallCellThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<OrganisationSettingsFieldsFragment, unknown>;
export const PartnerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationDecile"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationIndex"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"firstEngagement"}},{"kind":"Field","name":{"kind":"Name","value":"lastEngagement"}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}}]}}]} as unknown as DocumentNode<PartnerFieldsFragment, unknown>;
export const ProgrammeSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"strand"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProgrammeSummaryFieldsFragment, unknown>;
export const ProgrammeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"aims"}},{"kind":"Field","name":{"kind":"Name","value":"targetAudiences"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworkElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grantReference"}},{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"plannedReach"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"strand"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProgrammeFieldsFragment, unknown>;
export const ResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disaggregation"}},{"kind":"Field","name":{"kind":"Name","value":"cellKey"}},{"kind":"Field","name":{"kind":"Name","value":"cellLabel"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commentary"}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]} as unknown as DocumentNode<ResultFieldsFragment, unknown>;
export const PeriodLockFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodLockFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodLock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"lockedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}}]}}]} as unknown as DocumentNode<PeriodLockFieldsFragment, unknown>;
export const SessionSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceTotal"}},{"kind":"Field","name":{"kind":"Name","value":"hasEstimates"}},{"kind":"Field","name":{"kind":"Name","value":"outreachPostcode"}},{"kind":"Field","name":{"kind":"Name","value":"onlinePlatform"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SessionSummaryFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"coDesigned"}},{"kind":"Field","name":{"kind":"Name","value":"participationDepth"}},{"kind":"Field","name":{"kind":"Name","value":"objectsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationDecile"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationIndex"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworkElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"audienceType"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"keyStage"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"countKind"}},{"kind":"Field","name":{"kind":"Name","value":"firstTime"}},{"kind":"Field","name":{"kind":"Name","value":"send"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationDecile"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationIndex"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceTotal"}},{"kind":"Field","name":{"kind":"Name","value":"hasEstimates"}},{"kind":"Field","name":{"kind":"Name","value":"outreachPostcode"}},{"kind":"Field","name":{"kind":"Name","value":"onlinePlatform"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const SurveyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"offersFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMonths"}},{"kind":"Field","name":{"kind":"Name","value":"publicToken"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"linkedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SurveyFieldsFragment, unknown>;
export const WorkerCheckFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkerCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkerCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"roundTripMs"}},{"kind":"Field","name":{"kind":"Name","value":"workerHost"}},{"kind":"Field","name":{"kind":"Name","value":"databaseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<WorkerCheckFieldsFragment, unknown>;
export const AuditActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditActions"}}]}}]} as unknown as DocumentNode<AuditActionsQuery, AuditActionsQueryVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const SignOutEverywhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutEverywhere"}}]}}]} as unknown as DocumentNode<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const SwitchOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SwitchOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SwitchOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]} as unknown as DocumentNode<SwitchOrganisationMutation, SwitchOrganisationMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const InvitationPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountExists"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const CommitmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorIds"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworkElement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sayDoGap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastActionOn"}},{"kind":"Field","name":{"kind":"Name","value":"actionCount"}}]}}]} as unknown as DocumentNode<CommitmentsQuery, CommitmentsQueryVariables>;
export const CommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Commitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitmentFields"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionEntryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorIds"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworkElement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sayDoGap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastActionOn"}},{"kind":"Field","name":{"kind":"Name","value":"actionCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"whatWasDone"}},{"kind":"Field","name":{"kind":"Name","value":"withWhom"}},{"kind":"Field","name":{"kind":"Name","value":"observedEffect"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"amendsId"}},{"kind":"Field","name":{"kind":"Name","value":"amendedById"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceIds"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CommitmentQuery, CommitmentQueryVariables>;
export const CommitmentFormOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitmentFormOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"elements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CommitmentFormOptionsQuery, CommitmentFormOptionsQueryVariables>;
export const ActionEvidenceOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionEvidenceOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidenceItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActionEvidenceOptionsQuery, ActionEvidenceOptionsQueryVariables>;
export const CreateCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCommitmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorIds"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworkElement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sayDoGap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastActionOn"}},{"kind":"Field","name":{"kind":"Name","value":"actionCount"}}]}}]} as unknown as DocumentNode<CreateCommitmentMutation, CreateCommitmentMutationVariables>;
export const UpdateCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCommitmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorIds"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworkElement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sayDoGap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastActionOn"}},{"kind":"Field","name":{"kind":"Name","value":"actionCount"}}]}}]} as unknown as DocumentNode<UpdateCommitmentMutation, UpdateCommitmentMutationVariables>;
export const DeleteCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCommitmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteCommitmentMutation, DeleteCommitmentMutationVariables>;
export const AppendActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppendAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppendActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appendAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"whatWasDone"}},{"kind":"Field","name":{"kind":"Name","value":"withWhom"}},{"kind":"Field","name":{"kind":"Name","value":"observedEffect"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"amendsId"}},{"kind":"Field","name":{"kind":"Name","value":"amendedById"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceIds"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<AppendActionMutation, AppendActionMutationVariables>;
export const AmendActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmendAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"whatWasDone"}},{"kind":"Field","name":{"kind":"Name","value":"withWhom"}},{"kind":"Field","name":{"kind":"Name","value":"observedEffect"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"amendsId"}},{"kind":"Field","name":{"kind":"Name","value":"amendedById"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceIds"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<AmendActionMutation, AmendActionMutationVariables>;
export const VerifyActionLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyActionLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyActionLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checkedCount"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstBreak"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyActionLogQuery, VerifyActionLogQueryVariables>;
export const DevMailboxEnabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevMailboxEnabled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devMailboxEnabled"}}]}}]} as unknown as DocumentNode<DevMailboxEnabledQuery, DevMailboxEnabledQueryVariables>;
export const DevMailboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevMailbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devMailbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"links"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}}]} as unknown as DocumentNode<DevMailboxQuery, DevMailboxQueryVariables>;
export const EvidenceItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidenceItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"consentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"consentGivenBy"}},{"kind":"Field","name":{"kind":"Name","value":"consentGivenOn"}},{"kind":"Field","name":{"kind":"Name","value":"consentNote"}},{"kind":"Field","name":{"kind":"Name","value":"publishable"}},{"kind":"Field","name":{"kind":"Name","value":"isDraft"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworkElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}}]}}]}}]} as unknown as DocumentNode<EvidenceItemsQuery, EvidenceItemsQueryVariables>;
export const EvidenceTagOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceTagOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"elements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceTagOptionsQuery, EvidenceTagOptionsQueryVariables>;
export const CreateEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"consentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"consentGivenBy"}},{"kind":"Field","name":{"kind":"Name","value":"consentGivenOn"}},{"kind":"Field","name":{"kind":"Name","value":"consentNote"}},{"kind":"Field","name":{"kind":"Name","value":"publishable"}},{"kind":"Field","name":{"kind":"Name","value":"isDraft"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworkElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}}]}}]}}]} as unknown as DocumentNode<CreateEvidenceMutation, CreateEvidenceMutationVariables>;
export const UpdateEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"consentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"consentGivenBy"}},{"kind":"Field","name":{"kind":"Name","value":"consentGivenOn"}},{"kind":"Field","name":{"kind":"Name","value":"consentNote"}},{"kind":"Field","name":{"kind":"Name","value":"publishable"}},{"kind":"Field","name":{"kind":"Name","value":"isDraft"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworkElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}}]}}]}}]} as unknown as DocumentNode<UpdateEvidenceMutation, UpdateEvidenceMutationVariables>;
export const DeleteEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteEvidenceMutation, DeleteEvidenceMutationVariables>;
export const ActivityImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityImportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"suggested"}},{"kind":"Field","name":{"kind":"Name","value":"remembered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mappingProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceCells"}},{"kind":"Field","name":{"kind":"Name","value":"attendances"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"newProgrammes"}},{"kind":"Field","name":{"kind":"Name","value":"newPartners"}},{"kind":"Field","name":{"kind":"Name","value":"newSites"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCounts"}},{"kind":"Field","name":{"kind":"Name","value":"dateFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dateTo"}},{"kind":"Field","name":{"kind":"Name","value":"skippedRows"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"attendancesCreated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"sessionType"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"partnerType"}},{"kind":"Field","name":{"kind":"Name","value":"partnerUrn"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"keyStage"}},{"kind":"Field","name":{"kind":"Name","value":"pupils"}},{"kind":"Field","name":{"kind":"Name","value":"adults"}},{"kind":"Field","name":{"kind":"Name","value":"otherParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}},{"kind":"Field","name":{"kind":"Name","value":"firstVisit"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"attendances"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}}]} as unknown as DocumentNode<ActivityImportQuery, ActivityImportQueryVariables>;
export const ActivityImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityImports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityImports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityImportSummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityImportSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"dateFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dateTo"}}]}}]}}]} as unknown as DocumentNode<ActivityImportsQuery, ActivityImportsQueryVariables>;
export const SetImportMappingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetImportMapping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetImportMappingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setImportMapping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityImportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"suggested"}},{"kind":"Field","name":{"kind":"Name","value":"remembered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mappingProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceCells"}},{"kind":"Field","name":{"kind":"Name","value":"attendances"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"newProgrammes"}},{"kind":"Field","name":{"kind":"Name","value":"newPartners"}},{"kind":"Field","name":{"kind":"Name","value":"newSites"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCounts"}},{"kind":"Field","name":{"kind":"Name","value":"dateFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dateTo"}},{"kind":"Field","name":{"kind":"Name","value":"skippedRows"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"attendancesCreated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"sessionType"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"partnerType"}},{"kind":"Field","name":{"kind":"Name","value":"partnerUrn"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"keyStage"}},{"kind":"Field","name":{"kind":"Name","value":"pupils"}},{"kind":"Field","name":{"kind":"Name","value":"adults"}},{"kind":"Field","name":{"kind":"Name","value":"otherParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}},{"kind":"Field","name":{"kind":"Name","value":"firstVisit"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"attendances"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}}]} as unknown as DocumentNode<SetImportMappingMutation, SetImportMappingMutationVariables>;
export const CommitImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityImportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"suggested"}},{"kind":"Field","name":{"kind":"Name","value":"remembered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mappingProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceCells"}},{"kind":"Field","name":{"kind":"Name","value":"attendances"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"newProgrammes"}},{"kind":"Field","name":{"kind":"Name","value":"newPartners"}},{"kind":"Field","name":{"kind":"Name","value":"newSites"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCounts"}},{"kind":"Field","name":{"kind":"Name","value":"dateFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dateTo"}},{"kind":"Field","name":{"kind":"Name","value":"skippedRows"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"attendancesCreated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"sessionType"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"partnerType"}},{"kind":"Field","name":{"kind":"Name","value":"partnerUrn"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"keyStage"}},{"kind":"Field","name":{"kind":"Name","value":"pupils"}},{"kind":"Field","name":{"kind":"Name","value":"adults"}},{"kind":"Field","name":{"kind":"Name","value":"otherParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}},{"kind":"Field","name":{"kind":"Name","value":"firstVisit"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"attendances"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}}]} as unknown as DocumentNode<CommitImportMutation, CommitImportMutationVariables>;
export const DiscardImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiscardImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}}]} as unknown as DocumentNode<DiscardImportMutation, DiscardImportMutationVariables>;
export const IndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Indicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeClass"}},{"kind":"Field","name":{"kind":"Name","value":"allowedDisaggregations"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveyStatistic"}},{"kind":"Field","name":{"kind":"Name","value":"surveyItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}}]} as unknown as DocumentNode<IndicatorsQuery, IndicatorsQueryVariables>;
export const IndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Indicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeClass"}},{"kind":"Field","name":{"kind":"Name","value":"allowedDisaggregations"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveyStatistic"}},{"kind":"Field","name":{"kind":"Name","value":"surveyItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}}]} as unknown as DocumentNode<IndicatorQuery, IndicatorQueryVariables>;
export const IndicatorTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Target"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineLabel"}},{"kind":"Field","name":{"kind":"Name","value":"greenThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"amberThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<IndicatorTargetsQuery, IndicatorTargetsQueryVariables>;
export const IndicatorValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ScopeInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicatorIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disaggregation"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Disaggregation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicatorIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicatorIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"disaggregation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disaggregation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Target"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineLabel"}},{"kind":"Field","name":{"kind":"Name","value":"greenThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"amberThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}},{"kind":"Field","name":{"kind":"Name","value":"benchmark"}},{"kind":"Field","name":{"kind":"Name","value":"disaggregation"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<IndicatorValuesQuery, IndicatorValuesQueryVariables>;
export const IndicatorOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"elements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorOptionsQuery, IndicatorOptionsQueryVariables>;
export const ScopeOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withProgrammes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withProgrammes"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScopeOptionsQuery, ScopeOptionsQueryVariables>;
export const CreateIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeClass"}},{"kind":"Field","name":{"kind":"Name","value":"allowedDisaggregations"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveyStatistic"}},{"kind":"Field","name":{"kind":"Name","value":"surveyItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}}]} as unknown as DocumentNode<CreateIndicatorMutation, CreateIndicatorMutationVariables>;
export const UpdateIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeClass"}},{"kind":"Field","name":{"kind":"Name","value":"allowedDisaggregations"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveyStatistic"}},{"kind":"Field","name":{"kind":"Name","value":"surveyItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}}]} as unknown as DocumentNode<UpdateIndicatorMutation, UpdateIndicatorMutationVariables>;
export const ArchiveIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeClass"}},{"kind":"Field","name":{"kind":"Name","value":"allowedDisaggregations"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveyStatistic"}},{"kind":"Field","name":{"kind":"Name","value":"surveyItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}}]} as unknown as DocumentNode<ArchiveIndicatorMutation, ArchiveIndicatorMutationVariables>;
export const RestoreIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeClass"}},{"kind":"Field","name":{"kind":"Name","value":"allowedDisaggregations"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveyStatistic"}},{"kind":"Field","name":{"kind":"Name","value":"surveyItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}}]} as unknown as DocumentNode<RestoreIndicatorMutation, RestoreIndicatorMutationVariables>;
export const DeleteIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeleteIndicatorMutation, DeleteIndicatorMutationVariables>;
export const SetTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Target"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineLabel"}},{"kind":"Field","name":{"kind":"Name","value":"greenThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"amberThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SetTargetMutation, SetTargetMutationVariables>;
export const DeleteTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteTargetMutation, DeleteTargetMutationVariables>;
export const DeprivationLookupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeprivationLookups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deprivationLookups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeprivationLookupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationIndex"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeprivationLookupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeprivationLookup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indexVersion"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFilename"}},{"kind":"Field","name":{"kind":"Name","value":"loadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"loadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeprivationLookupsQuery, DeprivationLookupsQueryVariables>;
export const DeprivationDecileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeprivationDecile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postcode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deprivationDecile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postcode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postcode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"decile"}},{"kind":"Field","name":{"kind":"Name","value":"indexVersion"}}]}}]}}]} as unknown as DocumentNode<DeprivationDecileQuery, DeprivationDecileQueryVariables>;
export const DeleteDeprivationLookupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDeprivationLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteDeprivationLookupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDeprivationLookup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indexVersion"}}]}}]}}]} as unknown as DocumentNode<DeleteDeprivationLookupMutation, DeleteDeprivationLookupMutationVariables>;
export const SetDeprivationIndexDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDeprivationIndex"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDeprivationIndexInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDeprivationIndex"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationIndex"}}]}}]}}]} as unknown as DocumentNode<SetDeprivationIndexMutation, SetDeprivationIndexMutationVariables>;
export const ManifestoCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManifestoCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manifestoCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionsFrom"}},{"kind":"Field","name":{"kind":"Name","value":"actionsUntil"}},{"kind":"Field","name":{"kind":"Name","value":"principles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeCommitments"}},{"kind":"Field","name":{"kind":"Name","value":"actionsLast90Days"}},{"kind":"Field","name":{"kind":"Name","value":"programmesTagged"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsTagged"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceItems"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorsWithResults"}}]}}]}}]}}]} as unknown as DocumentNode<ManifestoCoverageQuery, ManifestoCoverageQueryVariables>;
export const MembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isYou"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<MembersQuery, MembersQueryVariables>;
export const InvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InvitationsQuery, InvitationsQueryVariables>;
export const ChangeMemberRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isYou"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const InviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const ResendInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const OrganisationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSettingsFields"}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}},{"kind":"Field","name":{"kind":"Name","value":"financialYearStartMonth"}},{"kind":"Field","name":{"kind":"Name","value":"academicYearStartMonth"}},{"kind":"Field","name":{"kind":"Name","value":"smallCellThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Site"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<OrganisationSettingsQuery, OrganisationSettingsQueryVariables>;
export const UpdateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}},{"kind":"Field","name":{"kind":"Name","value":"financialYearStartMonth"}},{"kind":"Field","name":{"kind":"Name","value":"academicYearStartMonth"}},{"kind":"Field","name":{"kind":"Name","value":"smallCellThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const CreateSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Site"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateSiteMutation, CreateSiteMutationVariables>;
export const UpdateSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Site"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateSiteMutation, UpdateSiteMutationVariables>;
export const DeleteSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteSiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteSiteMutation, DeleteSiteMutationVariables>;
export const PartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Partners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationDecile"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationIndex"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"firstEngagement"}},{"kind":"Field","name":{"kind":"Name","value":"lastEngagement"}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}}]}}]} as unknown as DocumentNode<PartnersQuery, PartnersQueryVariables>;
export const CreatePartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationDecile"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationIndex"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"firstEngagement"}},{"kind":"Field","name":{"kind":"Name","value":"lastEngagement"}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}}]}}]} as unknown as DocumentNode<CreatePartnerMutation, CreatePartnerMutationVariables>;
export const UpdatePartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationDecile"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationIndex"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"firstEngagement"}},{"kind":"Field","name":{"kind":"Name","value":"lastEngagement"}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}}]}}]} as unknown as DocumentNode<UpdatePartnerMutation, UpdatePartnerMutationVariables>;
export const DeletePartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeletePartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeletePartnerMutation, DeletePartnerMutationVariables>;
export const PeriodSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeriodSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"financialYearStartMonth"}},{"kind":"Field","name":{"kind":"Name","value":"academicYearStartMonth"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"smallCellThreshold"}}]}}]}}]} as unknown as DocumentNode<PeriodSettingsQuery, PeriodSettingsQueryVariables>;
export const ProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Programmes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeFilterInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeSummaryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"strand"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProgrammesQuery, ProgrammesQueryVariables>;
export const ProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Programme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"strand"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"aims"}},{"kind":"Field","name":{"kind":"Name","value":"targetAudiences"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworkElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grantReference"}},{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"plannedReach"}}]}}]}}]} as unknown as DocumentNode<ProgrammeQuery, ProgrammeQueryVariables>;
export const ProgrammeContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeContext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"financialYearStartMonth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProgrammeContextQuery, ProgrammeContextQueryVariables>;
export const ProgrammeFormOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeFormOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"financialYearStartMonth"}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"elements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeFormOptionsQuery, ProgrammeFormOptionsQueryVariables>;
export const CreateProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"strand"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"aims"}},{"kind":"Field","name":{"kind":"Name","value":"targetAudiences"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworkElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grantReference"}},{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"plannedReach"}}]}}]}}]} as unknown as DocumentNode<CreateProgrammeMutation, CreateProgrammeMutationVariables>;
export const UpdateProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"strand"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"aims"}},{"kind":"Field","name":{"kind":"Name","value":"targetAudiences"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworkElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grantReference"}},{"kind":"Field","name":{"kind":"Name","value":"amountPence"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"plannedReach"}}]}}]}}]} as unknown as DocumentNode<UpdateProgrammeMutation, UpdateProgrammeMutationVariables>;
export const DeleteProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeleteProgrammeMutation, DeleteProgrammeMutationVariables>;
export const ResultsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResultsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ScopeInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResultFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodLocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodLockFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Target"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineLabel"}},{"kind":"Field","name":{"kind":"Name","value":"greenThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"amberThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}},{"kind":"Field","name":{"kind":"Name","value":"benchmark"}},{"kind":"Field","name":{"kind":"Name","value":"disaggregation"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeClass"}},{"kind":"Field","name":{"kind":"Name","value":"allowedDisaggregations"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveyStatistic"}},{"kind":"Field","name":{"kind":"Name","value":"surveyItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disaggregation"}},{"kind":"Field","name":{"kind":"Name","value":"cellKey"}},{"kind":"Field","name":{"kind":"Name","value":"cellLabel"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commentary"}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodLockFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodLock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"lockedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}}]}}]} as unknown as DocumentNode<ResultsPageQuery, ResultsPageQueryVariables>;
export const SaveResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveResultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disaggregation"}},{"kind":"Field","name":{"kind":"Name","value":"cellKey"}},{"kind":"Field","name":{"kind":"Name","value":"cellLabel"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commentary"}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SaveResultMutation, SaveResultMutationVariables>;
export const RecordComputedResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordComputedResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordComputedResultsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordComputedResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disaggregation"}},{"kind":"Field","name":{"kind":"Name","value":"cellKey"}},{"kind":"Field","name":{"kind":"Name","value":"cellLabel"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commentary"}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RecordComputedResultsMutation, RecordComputedResultsMutationVariables>;
export const ApproveResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResultIdsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disaggregation"}},{"kind":"Field","name":{"kind":"Name","value":"cellKey"}},{"kind":"Field","name":{"kind":"Name","value":"cellLabel"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commentary"}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ApproveResultsMutation, ApproveResultsMutationVariables>;
export const DeleteResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResultIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteResultMutation, DeleteResultMutationVariables>;
export const LockPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LockPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LockPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lockPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodLockFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodLockFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodLock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"lockedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}}]}}]} as unknown as DocumentNode<LockPeriodMutation, LockPeriodMutationVariables>;
export const UnlockPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnlockPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodLockFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodLockFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodLock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"lockedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}}]}}]} as unknown as DocumentNode<UnlockPeriodMutation, UnlockPeriodMutationVariables>;
export const SessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionFilterInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAttendance"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionSummaryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceTotal"}},{"kind":"Field","name":{"kind":"Name","value":"hasEstimates"}},{"kind":"Field","name":{"kind":"Name","value":"outreachPostcode"}},{"kind":"Field","name":{"kind":"Name","value":"onlinePlatform"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SessionsQuery, SessionsQueryVariables>;
export const SessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Session"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceTotal"}},{"kind":"Field","name":{"kind":"Name","value":"hasEstimates"}},{"kind":"Field","name":{"kind":"Name","value":"outreachPostcode"}},{"kind":"Field","name":{"kind":"Name","value":"onlinePlatform"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"coDesigned"}},{"kind":"Field","name":{"kind":"Name","value":"participationDepth"}},{"kind":"Field","name":{"kind":"Name","value":"objectsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationDecile"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationIndex"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworkElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"audienceType"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"keyStage"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"countKind"}},{"kind":"Field","name":{"kind":"Name","value":"firstTime"}},{"kind":"Field","name":{"kind":"Name","value":"send"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationDecile"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationIndex"}}]}}]}}]} as unknown as DocumentNode<SessionQuery, SessionQueryVariables>;
export const SessionDefaultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionDefaults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionDefaults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerIds"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audienceType"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"keyStage"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"countKind"}},{"kind":"Field","name":{"kind":"Name","value":"firstTime"}},{"kind":"Field","name":{"kind":"Name","value":"send"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationDecile"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationIndex"}}]}}]}}]}}]} as unknown as DocumentNode<SessionDefaultsQuery, SessionDefaultsQueryVariables>;
export const LogSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceTotal"}},{"kind":"Field","name":{"kind":"Name","value":"hasEstimates"}},{"kind":"Field","name":{"kind":"Name","value":"outreachPostcode"}},{"kind":"Field","name":{"kind":"Name","value":"onlinePlatform"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"coDesigned"}},{"kind":"Field","name":{"kind":"Name","value":"participationDepth"}},{"kind":"Field","name":{"kind":"Name","value":"objectsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationDecile"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationIndex"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworkElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"audienceType"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"keyStage"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"countKind"}},{"kind":"Field","name":{"kind":"Name","value":"firstTime"}},{"kind":"Field","name":{"kind":"Name","value":"send"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationDecile"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationIndex"}}]}}]}}]} as unknown as DocumentNode<LogSessionMutation, LogSessionMutationVariables>;
export const UpdateSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryMode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceTotal"}},{"kind":"Field","name":{"kind":"Name","value":"hasEstimates"}},{"kind":"Field","name":{"kind":"Name","value":"outreachPostcode"}},{"kind":"Field","name":{"kind":"Name","value":"onlinePlatform"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"coDesigned"}},{"kind":"Field","name":{"kind":"Name","value":"participationDepth"}},{"kind":"Field","name":{"kind":"Name","value":"objectsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationDecile"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationIndex"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworkElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"audienceType"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"keyStage"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"countKind"}},{"kind":"Field","name":{"kind":"Name","value":"firstTime"}},{"kind":"Field","name":{"kind":"Name","value":"send"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationDecile"}},{"kind":"Field","name":{"kind":"Name","value":"deprivationIndex"}}]}}]}}]} as unknown as DocumentNode<UpdateSessionMutation, UpdateSessionMutationVariables>;
export const DeleteSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteSessionMutation, DeleteSessionMutationVariables>;
export const SessionFormOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionFormOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"elements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<SessionFormOptionsQuery, SessionFormOptionsQueryVariables>;
export const PartnerOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerOptionsQuery, PartnerOptionsQueryVariables>;
export const SessionFilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionFilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionFilterOptionsQuery, SessionFilterOptionsQueryVariables>;
export const SurveysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Surveys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"offersFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMonths"}},{"kind":"Field","name":{"kind":"Name","value":"publicToken"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"linkedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SurveysQuery, SurveysQueryVariables>;
export const SurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Survey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"offersFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMonths"}},{"kind":"Field","name":{"kind":"Name","value":"publicToken"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"linkedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SurveyQuery, SurveyQueryVariables>;
export const SurveyItemBankDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyItemBank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyItemBank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"bank"}},{"kind":"Field","name":{"kind":"Name","value":"bankLabel"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"childStatement"}},{"kind":"Field","name":{"kind":"Name","value":"lowerIsBetter"}}]}}]}}]} as unknown as DocumentNode<SurveyItemBankQuery, SurveyItemBankQueryVariables>;
export const SurveyLinkOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyLinkOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SurveyLinkOptionsQuery, SurveyLinkOptionsQueryVariables>;
export const SurveyResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"smallCellThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"waves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wave"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMonths"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"wave"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMonths"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}},{"kind":"Field","name":{"kind":"Name","value":"shareAgreeing"}},{"kind":"Field","name":{"kind":"Name","value":"nps"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"meanChange"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}},{"kind":"Field","name":{"kind":"Name","value":"proportionImproved"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"wave"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<SurveyResultsQuery, SurveyResultsQueryVariables>;
export const SurveyFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"consented"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"waves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"attrition"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<SurveyFollowUpQuery, SurveyFollowUpQueryVariables>;
export const SurveyContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"lawfulBasis"}},{"kind":"Field","name":{"kind":"Name","value":"consentedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]}}]} as unknown as DocumentNode<SurveyContactsQuery, SurveyContactsQueryVariables>;
export const CreateSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"offersFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMonths"}},{"kind":"Field","name":{"kind":"Name","value":"publicToken"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"linkedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateSurveyMutation, CreateSurveyMutationVariables>;
export const UpdateSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"offersFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMonths"}},{"kind":"Field","name":{"kind":"Name","value":"publicToken"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"linkedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateSurveyMutation, UpdateSurveyMutationVariables>;
export const OpenSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"offersFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMonths"}},{"kind":"Field","name":{"kind":"Name","value":"publicToken"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"linkedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<OpenSurveyMutation, OpenSurveyMutationVariables>;
export const CloseSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"offersFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMonths"}},{"kind":"Field","name":{"kind":"Name","value":"publicToken"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"linkedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CloseSurveyMutation, CloseSurveyMutationVariables>;
export const RegenerateSurveyLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegenerateSurveyLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regenerateSurveyLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"offersFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMonths"}},{"kind":"Field","name":{"kind":"Name","value":"publicToken"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"linkedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RegenerateSurveyLinkMutation, RegenerateSurveyLinkMutationVariables>;
export const DeleteSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteSurveyMutation, DeleteSurveyMutationVariables>;
export const WithdrawConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<WithdrawConsentMutation, WithdrawConsentMutationVariables>;
export const SystemStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systemStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"database"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"delayed"}},{"kind":"Field","name":{"kind":"Name","value":"workers"}}]}}]}}]}}]} as unknown as DocumentNode<SystemStatusQuery, SystemStatusQueryVariables>;
export const WorkerChecksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerChecks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workerChecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkerCheckFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkerCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkerCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"roundTripMs"}},{"kind":"Field","name":{"kind":"Name","value":"workerHost"}},{"kind":"Field","name":{"kind":"Name","value":"databaseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<WorkerChecksQuery, WorkerChecksQueryVariables>;
export const RequestWorkerCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestWorkerCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestWorkerCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestWorkerCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkerCheckFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkerCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkerCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"roundTripMs"}},{"kind":"Field","name":{"kind":"Name","value":"workerHost"}},{"kind":"Field","name":{"kind":"Name","value":"databaseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<RequestWorkerCheckMutation, RequestWorkerCheckMutationVariables>;