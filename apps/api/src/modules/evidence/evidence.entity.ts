import {
  CONSENT_STATUSES,
  EVIDENCE_KINDS,
  type ConsentStatus,
  type EvidenceKind,
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
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProgrammeEntity } from '../programmes/programme.entity';
import { SessionEntity } from '../sessions/session.entity';

/**
 * A quote, story, photo, artwork, observation note or document, with its consent. Publishable
 * only when consent permits it (a check constraint keeps that true in the database as well).
 */
@Entity({ name: 'evidence_items' })
@Index('evidence_items_organisation_id_occurred_on_idx', ['organisationId', 'occurredOn', 'id'])
@Check(
  'evidence_items_publishable_consent_check',
  "NOT publishable OR consent_status IN ('NOT_NEEDED', 'OBTAINED')",
)
@Check(
  'evidence_items_file_check',
  '(file_storage_key IS NULL) = (file_content_type IS NULL) AND (file_storage_key IS NULL) = (file_byte_size IS NULL)',
)
export class EvidenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'enum', enum: EVIDENCE_KINDS, enumName: 'evidence_kind' })
  kind: EvidenceKind;

  @Column({ type: 'text' })
  title: string;

  /** The words: a quote, a story, observation notes; a caption for a photo. */
  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Column({ type: 'date' })
  occurredOn: string;

  @Column({ type: 'enum', enum: CONSENT_STATUSES, enumName: 'consent_status' })
  consentStatus: ConsentStatus;

  @Column({ type: 'text', nullable: true })
  consentGivenBy: string | null;

  @Column({ type: 'date', nullable: true })
  consentGivenOn: string | null;

  @Column({ type: 'text', nullable: true })
  consentNote: string | null;

  @Column({ type: 'boolean', default: false })
  publishable: boolean;

  @Column({ type: 'text', nullable: true })
  fileStorageKey: string | null;

  @Column({ type: 'text', nullable: true })
  fileName: string | null;

  /** The type found in the file's first bytes (which matched the type it was sent as). */
  @Column({ type: 'text', nullable: true })
  fileContentType: string | null;

  @Column({ type: 'integer', nullable: true })
  fileByteSize: number | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}

@Entity({ name: 'evidence_framework_elements' })
@Index('evidence_framework_elements_organisation_id_element_id_idx', [
  'organisationId',
  'elementId',
])
export class EvidenceFrameworkElementEntity {
  @PrimaryColumn({ type: 'uuid' })
  evidenceId: string;

  @PrimaryColumn({ type: 'uuid' })
  elementId: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => EvidenceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evidence_id' })
  evidence?: EvidenceEntity;

  @ManyToOne(() => FrameworkElementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'element_id' })
  element?: FrameworkElementEntity;
}

@Entity({ name: 'evidence_programmes' })
@Index('evidence_programmes_organisation_id_programme_id_idx', ['organisationId', 'programmeId'])
export class EvidenceProgrammeEntity {
  @PrimaryColumn({ type: 'uuid' })
  evidenceId: string;

  @PrimaryColumn({ type: 'uuid' })
  programmeId: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => EvidenceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evidence_id' })
  evidence?: EvidenceEntity;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;
}

@Entity({ name: 'evidence_sessions' })
@Index('evidence_sessions_organisation_id_session_id_idx', ['organisationId', 'sessionId'])
export class EvidenceSessionEntity {
  @PrimaryColumn({ type: 'uuid' })
  evidenceId: string;

  @PrimaryColumn({ type: 'uuid' })
  sessionId: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => EvidenceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evidence_id' })
  evidence?: EvidenceEntity;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;
}
