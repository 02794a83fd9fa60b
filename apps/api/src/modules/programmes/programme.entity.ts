import {
  PROGRAMME_STATUSES,
  PROGRAMME_STRANDS,
  type AudienceType,
  type ProgrammeStatus,
  type ProgrammeStrand,
} from '@lantern/domain';
import {
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
import { SiteEntity } from '../organisations/site.entity';
import { UserEntity } from '../users/user.entity';

export interface ProgrammeFunder {
  name: string;
  grantReference: string | null;
  amountPence: number | null;
  periodStart: string | null;
  periodEnd: string | null;
}

export interface ProgrammePlanPeriod {
  periodStart: string;
  periodEnd: string;
  plannedSessions: number;
  plannedReach: number;
}

/** A strand of work: school workshops, family days, a community partnership. */
@Entity({ name: 'programmes' })
@Index('programmes_organisation_id_name_idx', ['organisationId', 'name'])
export class ProgrammeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'enum', enum: PROGRAMME_STRANDS, enumName: 'programme_strand' })
  strand: ProgrammeStrand;

  @Column({ type: 'text', nullable: true })
  aims: string | null;

  @Column({
    type: 'enum',
    enum: PROGRAMME_STATUSES,
    enumName: 'programme_status',
    default: 'PLANNED',
  })
  status: ProgrammeStatus;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @Column({ type: 'uuid', nullable: true })
  leadUserId: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  targetAudiences: AudienceType[];

  /** Funders (name, grant reference, amount in pence, period), validated by zod on the way in. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  funders: ProgrammeFunder[];

  /** Planned sessions and reach per period. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  plan: ProgrammePlanPeriod[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'lead_user_id' })
  lead?: UserEntity;
}

/** Where a programme runs. */
@Entity({ name: 'programme_sites' })
@Index('programme_sites_organisation_id_programme_id_idx', ['organisationId', 'programmeId'])
export class ProgrammeSiteEntity {
  @PrimaryColumn({ type: 'uuid' })
  programmeId: string;

  @PrimaryColumn({ type: 'uuid' })
  siteId: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @ManyToOne(() => SiteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'site_id' })
  site?: SiteEntity;
}

/** Framework elements (manifesto principles, outcomes, own aims) a programme works towards. */
@Entity({ name: 'programme_framework_elements' })
@Index('programme_framework_elements_organisation_id_programme_id_idx', [
  'organisationId',
  'programmeId',
])
export class ProgrammeFrameworkElementEntity {
  @PrimaryColumn({ type: 'uuid' })
  programmeId: string;

  @PrimaryColumn({ type: 'uuid' })
  elementId: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @ManyToOne(() => FrameworkElementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'element_id' })
  element?: FrameworkElementEntity;
}
