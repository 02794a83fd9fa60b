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
  type AgeBand,
  type AudienceType,
  type CountKind,
  type DeliveryMode,
  type DeprivationIndex,
  type FacilitatorType,
  type KeyStage,
  type ParticipationDepth,
  type SessionFormat,
  type SessionStatus,
} from '@lantern/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { FrameworkElementEntity } from '../frameworks/framework-element.entity';
import { ActivityImportEntity } from '../imports/activity-import.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { SiteEntity } from '../organisations/site.entity';
import { PartnerEntity } from '../partners/partner.entity';
import { ProgrammeEntity } from '../programmes/programme.entity';
import { UserEntity } from '../users/user.entity';

/** One occurrence of a programme: a workshop, a family day, an online talk. */
@Entity({ name: 'sessions' })
@Index('sessions_organisation_id_date_id_idx', ['organisationId', 'date', 'id'])
@Index('sessions_organisation_id_programme_id_date_idx', ['organisationId', 'programmeId', 'date'])
@Index('sessions_organisation_id_site_id_idx', ['organisationId', 'siteId'])
@Index('sessions_organisation_id_import_fingerprint_key', ['organisationId', 'importFingerprint'], {
  unique: true,
  where: 'import_fingerprint IS NOT NULL',
})
@Check('sessions_duration_minutes_check', 'duration_minutes > 0 AND duration_minutes <= 14400')
@Check('sessions_deprivation_check', '(deprivation_decile IS NULL) = (deprivation_index IS NULL)')
@Check('sessions_deprivation_decile_check', 'deprivation_decile BETWEEN 1 AND 10')
@Check('sessions_attendance_total_check', 'attendance_total >= 0')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  /** A short title; the import keeps the session type as written in the sheet. */
  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Column({ type: 'date' })
  date: string;

  /** Local wall-clock time (the organisation's time zone), HH:MM:SS. */
  @Column({ type: 'time', nullable: true })
  startTime: string | null;

  @Column({ type: 'integer', nullable: true })
  durationMinutes: number | null;

  @Column({ type: 'enum', enum: SESSION_FORMATS, enumName: 'session_format' })
  format: SessionFormat;

  @Column({ type: 'enum', enum: DELIVERY_MODES, enumName: 'delivery_mode' })
  deliveryMode: DeliveryMode;

  @Column({
    type: 'enum',
    enum: SESSION_STATUSES,
    enumName: 'session_status',
    default: 'DELIVERED',
  })
  status: SessionStatus;

  @Column({ type: 'uuid', nullable: true })
  siteId: string | null;

  /** Where an outreach session took place. */
  @Column({ type: 'text', nullable: true })
  outreachPostcode: string | null;

  /** Zoom, Teams, YouTube... for online and hybrid sessions. */
  @Column({ type: 'text', nullable: true })
  onlinePlatform: string | null;

  @Column({ type: 'boolean', default: false })
  coDesigned: boolean;

  @Column({
    type: 'enum',
    enum: PARTICIPATION_DEPTHS,
    enumName: 'participation_depth',
    nullable: true,
  })
  participationDepth: ParticipationDepth | null;

  @Column({ type: 'text', nullable: true })
  objectsUsed: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /**
   * The decile of the area the session reached (the outreach postcode, else the first
   * partner's), with the index version it came from. Never mixed across versions.
   */
  @Column({ type: 'smallint', nullable: true })
  deprivationDecile: number | null;

  @Column({
    type: 'enum',
    enum: DEPRIVATION_INDEXES,
    enumName: 'deprivation_index',
    nullable: true,
  })
  deprivationIndex: DeprivationIndex | null;

  /** Sum of the attendance cells (attendances, not unique people), kept with the cells. */
  @Column({ type: 'integer', default: 0 })
  attendanceTotal: number;

  /** The import that created the session, and the row's fingerprint (no duplicates on re-import). */
  @Column({ type: 'uuid', nullable: true })
  importId: string | null;

  @Column({ type: 'text', nullable: true })
  importFingerprint: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @ManyToOne(() => SiteEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'site_id' })
  site?: SiteEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_user_id' })
  createdBy?: UserEntity;

  @ManyToOne(() => ActivityImportEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'import_id' })
  activityImport?: ActivityImportEntity;
}

/**
 * One cell of a session's attendance: audience type x age band or key stage, with optional
 * first-time, SEND and deprivation decile. A count is a headcount or an estimate.
 */
@Entity({ name: 'session_attendance' })
@Index('session_attendance_organisation_id_session_id_idx', ['organisationId', 'sessionId'])
@Check('session_attendance_count_check', 'count >= 0')
@Check('session_attendance_age_or_stage_check', 'age_band IS NULL OR key_stage IS NULL')
@Check(
  'session_attendance_deprivation_check',
  '(deprivation_decile IS NULL) = (deprivation_index IS NULL)',
)
@Check('session_attendance_deprivation_decile_check', 'deprivation_decile BETWEEN 1 AND 10')
export class SessionAttendanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  /** Order of the cell in the session's grid. */
  @Column({ type: 'smallint', default: 0 })
  position: number;

  @Column({ type: 'enum', enum: AUDIENCE_TYPES, enumName: 'audience_type' })
  audienceType: AudienceType;

  @Column({ type: 'enum', enum: AGE_BANDS, enumName: 'age_band', nullable: true })
  ageBand: AgeBand | null;

  @Column({ type: 'enum', enum: KEY_STAGES, enumName: 'key_stage', nullable: true })
  keyStage: KeyStage | null;

  @Column({ type: 'integer' })
  count: number;

  @Column({ type: 'enum', enum: COUNT_KINDS, enumName: 'count_kind', default: 'HEADCOUNT' })
  countKind: CountKind;

  @Column({ type: 'boolean', nullable: true })
  firstTime: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  send: boolean | null;

  @Column({ type: 'smallint', nullable: true })
  deprivationDecile: number | null;

  @Column({
    type: 'enum',
    enum: DEPRIVATION_INDEXES,
    enumName: 'deprivation_index',
    nullable: true,
  })
  deprivationIndex: DeprivationIndex | null;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;
}

/** Partners (schools, groups) a session was delivered with or for. */
@Entity({ name: 'session_partners' })
@Index('session_partners_organisation_id_session_id_idx', ['organisationId', 'sessionId'])
@Index('session_partners_organisation_id_partner_id_idx', ['organisationId', 'partnerId'])
export class SessionPartnerEntity {
  @PrimaryColumn({ type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ type: 'uuid' })
  partnerId: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  @ManyToOne(() => PartnerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partner?: PartnerEntity;
}

/**
 * Who led a session: a member of staff (with their user, when they have an account), a
 * freelancer, a volunteer or a partner. The name is kept even if the user is later removed.
 */
@Entity({ name: 'session_facilitators' })
@Index('session_facilitators_organisation_id_session_id_idx', ['organisationId', 'sessionId'])
export class SessionFacilitatorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @Column({ type: 'enum', enum: FACILITATOR_TYPES, enumName: 'facilitator_type' })
  type: FacilitatorType;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'smallint', default: 0 })
  position: number;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}

/** Framework elements a session is tagged to. */
@Entity({ name: 'session_framework_elements' })
@Index('session_framework_elements_organisation_id_session_id_idx', ['organisationId', 'sessionId'])
export class SessionFrameworkElementEntity {
  @PrimaryColumn({ type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ type: 'uuid' })
  elementId: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  @ManyToOne(() => FrameworkElementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'element_id' })
  element?: FrameworkElementEntity;
}
