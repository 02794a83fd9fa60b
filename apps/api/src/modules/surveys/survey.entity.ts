import {
  CONSENT_GIVERS,
  FOLLOW_UP_STATUSES,
  LAWFUL_BASES,
  SURVEY_KINDS,
  SURVEY_STATUSES,
  SURVEY_WAVES,
  type ConsentGiver,
  type FollowUpStatus,
  type LawfulBasis,
  type SurveyKind,
  type SurveyStatus,
  type SurveyWave,
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
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProgrammeEntity } from '../programmes/programme.entity';
import { SessionEntity } from '../sessions/session.entity';

/**
 * A short survey built from the item bank, tied to one programme or one session, answered
 * without an account through its public token (link and QR code).
 */
@Entity({ name: 'surveys' })
@Index('surveys_organisation_id_created_at_idx', ['organisationId', 'createdAt'])
@Index('surveys_public_token_key', ['publicToken'], { unique: true })
@Check('surveys_link_check', '(programme_id IS NULL) <> (session_id IS NULL)')
export class SurveyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  intro: string | null;

  @Column({ type: 'uuid', nullable: true })
  programmeId: string | null;

  @Column({ type: 'uuid', nullable: true })
  sessionId: string | null;

  @Column({ type: 'enum', enum: SURVEY_KINDS, enumName: 'survey_kind' })
  kind: SurveyKind;

  @Column({ type: 'enum', enum: SURVEY_STATUSES, enumName: 'survey_status', default: 'DRAFT' })
  status: SurveyStatus;

  /** Item bank codes in the order the form asks them. */
  @Column({ type: 'text', array: true })
  itemCodes: string[];

  @Column({ type: 'timestamptz', nullable: true })
  closesAt: Date | null;

  @Column({ type: 'boolean', default: false })
  offersFollowUp: boolean;

  @Column({ type: 'integer', array: true, default: () => "'{3,6,12}'" })
  followUpMonths: number[];

  /** Random, URL-safe, unguessable: the public link is /s/<token>. */
  @Column({ type: 'text' })
  publicToken: string;

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

  @ManyToOne(() => SessionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;
}

/**
 * One submitted form. Anonymous: no IP, no user agent, no contact. Pre and post responses
 * of one person share `pairingHash`, a keyed hash of the code the form gave them.
 */
@Entity({ name: 'survey_responses' })
@Index('survey_responses_organisation_id_survey_id_wave_idx', [
  'organisationId',
  'surveyId',
  'wave',
])
@Index('survey_responses_organisation_id_local_date_idx', ['organisationId', 'localDate'])
export class SurveyResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid' })
  surveyId: string;

  @Column({ type: 'enum', enum: SURVEY_WAVES, enumName: 'survey_wave' })
  wave: SurveyWave;

  /** For follow-up responses: which wave (months after consent). */
  @Column({ type: 'integer', nullable: true })
  followUpMonths: number | null;

  @Column({ type: 'text', nullable: true })
  pairingHash: string | null;

  @Column({ type: 'timestamptz' })
  submittedAt: Date;

  /** The date in the museum's time zone: what periods count by. */
  @Column({ type: 'date' })
  localDate: string;

  @ManyToOne(() => SurveyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: SurveyEntity;
}

@Entity({ name: 'survey_answers' })
@Index('survey_answers_organisation_id_item_code_idx', ['organisationId', 'itemCode'])
export class SurveyAnswerEntity {
  @PrimaryColumn({ type: 'uuid' })
  responseId: string;

  @PrimaryColumn({ type: 'text' })
  itemCode: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  /** Scale answers: 1-5, 0-10 or 0-1 (two decimals). */
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true })
  value: string | null;

  @Column({ type: 'text', nullable: true })
  text: string | null;

  @ManyToOne(() => SurveyResponseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id' })
  response?: SurveyResponseEntity;
}

/**
 * Consent to be contacted later. Kept apart from responses (nothing links them). Withdrawal
 * nulls the email at once and keeps this anonymous record of the consent and its withdrawal.
 */
@Entity({ name: 'survey_contacts' })
@Index('survey_contacts_organisation_id_survey_id_idx', ['organisationId', 'surveyId'])
@Index('survey_contacts_withdraw_token_hash_key', ['withdrawTokenHash'], { unique: true })
@Check('survey_contacts_withdrawn_check', '(withdrawn_at IS NULL) OR (email IS NULL)')
export class SurveyContactEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid' })
  surveyId: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text' })
  purpose: string;

  @Column({ type: 'enum', enum: LAWFUL_BASES, enumName: 'lawful_basis', default: 'CONSENT' })
  lawfulBasis: LawfulBasis;

  @Column({ type: 'enum', enum: CONSENT_GIVERS, enumName: 'consent_giver' })
  givenBy: ConsentGiver;

  @Column({ type: 'timestamptz' })
  consentedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  /** sha256 of the token in every mail's withdraw link. */
  @Column({ type: 'text' })
  withdrawTokenHash: string;

  @ManyToOne(() => SurveyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: SurveyEntity;
}

/** One follow-up wave for one contact: due on consent date + months (museum time zone). */
@Entity({ name: 'follow_up_invitations' })
@Index('follow_up_invitations_organisation_id_survey_id_idx', ['organisationId', 'surveyId'])
@Index('follow_up_invitations_status_due_on_idx', ['status', 'dueOn'])
@Index('follow_up_invitations_contact_id_months_key', ['contactId', 'months'], { unique: true })
@Index('follow_up_invitations_token_hash_key', ['tokenHash'], { unique: true })
export class FollowUpInvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid' })
  surveyId: string;

  @Column({ type: 'uuid' })
  contactId: string;

  @Column({ type: 'integer' })
  months: number;

  @Column({ type: 'date' })
  dueOn: string;

  @Column({
    type: 'enum',
    enum: FOLLOW_UP_STATUSES,
    enumName: 'follow_up_status',
    default: 'PENDING',
  })
  status: FollowUpStatus;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  /** sha256 of the token in the mail's survey link (set when sent). */
  @Column({ type: 'text', nullable: true })
  tokenHash: string | null;

  @ManyToOne(() => SurveyContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: SurveyContactEntity;

  @ManyToOne(() => SurveyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: SurveyEntity;
}
