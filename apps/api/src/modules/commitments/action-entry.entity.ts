import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { CommitmentEntity } from './commitment.entity';

/**
 * One dated entry of the museum's action log. Append-only: a database trigger refuses UPDATE
 * and DELETE (only the cascade from deleting the whole organisation passes), a correction is
 * a new entry whose `amendsId` names the original, and each entry's hash covers its content,
 * its sequence and the previous entry's hash, so `verifyActionLog` detects any tampering.
 * No foreign key to users: a removed account must not rewrite the log.
 */
@Entity({
  name: 'action_log_entries',
  comment:
    'Append-only, hash-chained per organisation. Never UPDATE or DELETE (a trigger refuses both); treat as if UPDATE and DELETE were revoked. Corrections are new entries with amends_id set. verifyActionLog checks the chain.',
})
@Index('action_log_entries_organisation_id_sequence_key', ['organisationId', 'sequence'], {
  unique: true,
})
@Index('action_log_entries_organisation_id_commitment_id_idx', [
  'organisationId',
  'commitmentId',
  'occurredOn',
])
export class ActionEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  /** 1, 2, 3, ... per organisation: one chain per museum. */
  @Column({ type: 'integer' })
  sequence: number;

  @Column({ type: 'uuid' })
  commitmentId: string;

  @Column({ type: 'date' })
  occurredOn: string;

  @Column({ type: 'text' })
  whatWasDone: string;

  @Column({ type: 'text', nullable: true })
  withWhom: string | null;

  /** Evidence items it points to (kept as ids: evidence may later be deleted, the entry not). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  evidenceIds: string[];

  @Column({ type: 'text', nullable: true })
  observedEffect: string | null;

  @Column({ type: 'text', nullable: true })
  nextStep: string | null;

  /** The earlier entry this one corrects. */
  @Column({ type: 'uuid', nullable: true })
  amendsId: string | null;

  @Column({ type: 'uuid', nullable: true })
  authorUserId: string | null;

  @Column({ type: 'text' })
  authorName: string;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;

  @Column({ type: 'text' })
  prevHash: string;

  @Column({ type: 'text' })
  hash: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => CommitmentEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'commitment_id' })
  commitment?: CommitmentEntity;
}
