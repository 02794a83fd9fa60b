import { COMMITMENT_STATUSES, type CommitmentStatus } from '@lantern/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { FrameworkElementEntity } from '../frameworks/framework-element.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** What the museum commits to under a framework element (e.g. a manifesto principle). */
@Entity({ name: 'commitments' })
@Index('commitments_organisation_id_element_id_idx', ['organisationId', 'elementId'])
@Check('commitments_review_window_days_check', 'review_window_days BETWEEN 1 AND 3650')
export class CommitmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid' })
  elementId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** The member answerable for it. */
  @Column({ type: 'uuid', nullable: true })
  ownerUserId: string | null;

  @Column({ type: 'date', nullable: true })
  reviewDate: string | null;

  /** Days without an action before it shows a say/do gap. */
  @Column({ type: 'integer', default: 90 })
  reviewWindowDays: number;

  @Column({
    type: 'enum',
    enum: COMMITMENT_STATUSES,
    enumName: 'commitment_status',
    default: 'PLANNED',
  })
  status: CommitmentStatus;

  /**
   * Indicators that measure it. No foreign key yet: the indicators module lands on another
   * branch and the key is added when the two are merged.
   */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  indicatorIds: string[];

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => FrameworkElementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'element_id' })
  element?: FrameworkElementEntity;
}
