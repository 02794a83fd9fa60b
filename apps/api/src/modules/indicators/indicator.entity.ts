import {
  CUMULATIVE_CLASSES,
  INDICATOR_DIRECTIONS,
  INDICATOR_SOURCES,
  INDICATOR_TYPES,
  RESULT_STATUSES,
  SCOPE_KINDS,
  type CumulativeClass,
  type Disaggregation,
  type IndicatorDirection,
  type IndicatorSource,
  type IndicatorType,
  type ResultStatus,
  type ScopeKind,
  type SurveyStatistic,
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
import { UserEntity } from '../users/user.entity';

/**
 * What a museum measures: built-in indicators (computed from sessions; one row per museum so
 * targets and results can refer to them) and its own (manual, survey-derived, milestones).
 */
@Entity({ name: 'indicators' })
@Index('indicators_organisation_id_code_key', ['organisationId', 'code'], { unique: true })
export class IndicatorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  definition: string;

  @Column({ type: 'enum', enum: INDICATOR_TYPES, enumName: 'indicator_type' })
  type: IndicatorType;

  @Column({ type: 'enum', enum: INDICATOR_SOURCES, enumName: 'indicator_source' })
  source: IndicatorSource;

  @Column({ type: 'text' })
  unit: string;

  @Column({ type: 'enum', enum: INDICATOR_DIRECTIONS, enumName: 'indicator_direction' })
  direction: IndicatorDirection;

  @Column({ type: 'enum', enum: CUMULATIVE_CLASSES, enumName: 'cumulative_class' })
  cumulativeClass: CumulativeClass;

  /** Disaggregation codes (libs/domain DISAGGREGATIONS). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  allowedDisaggregations: Disaggregation[];

  @Column({ type: 'uuid', nullable: true })
  ownerUserId: string | null;

  @Column({ type: 'text', nullable: true })
  surveyStatistic: SurveyStatistic | null;

  @Column({ type: 'text', nullable: true })
  surveyItemCode: string | null;

  /** A survey of the museum's (no foreign key: surveys are their own module). */
  @Column({ type: 'uuid', nullable: true })
  surveyId: string | null;

  /** A comparison figure shown beside the value, e.g. 30 (%) for the deprivation share. */
  @Column({ type: 'double precision', nullable: true })
  benchmark: number | null;

  /** Built-ins come first, in their fixed order; the museum's own follow by name. */
  @Column({ type: 'smallint', default: 100 })
  position: number;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_user_id' })
  owner?: UserEntity | null;
}

@Entity({ name: 'indicator_framework_elements' })
@Index('indicator_framework_elements_organisation_id_indicator_id_idx', [
  'organisationId',
  'indicatorId',
])
export class IndicatorFrameworkElementEntity {
  @PrimaryColumn({ type: 'uuid' })
  indicatorId: string;

  @PrimaryColumn({ type: 'uuid' })
  elementId: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: IndicatorEntity;

  @ManyToOne(() => FrameworkElementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'element_id' })
  element?: FrameworkElementEntity;
}

/** Columns a target and a result share: where (scope) and when (period). */
abstract class ScopedPeriodColumns {
  @Column({ type: 'enum', enum: SCOPE_KINDS, enumName: 'scope_kind' })
  scopeKind: ScopeKind;

  /** The site or programme; null for the whole museum. */
  @Column({ type: 'uuid', nullable: true })
  scopeId: string | null;

  /** MUSEUM, SITE:<id> or PROGRAMME:<id>: what the unique indexes use (no nulls). */
  @Column({ type: 'text' })
  scopeKey: string;

  @Column({ type: 'text' })
  periodType: string;

  @Column({ type: 'text' })
  periodKey: string;

  @Column({ type: 'text' })
  periodLabel: string;

  @Column({ type: 'date' })
  periodStart: string;

  @Column({ type: 'date' })
  periodEnd: string;
}

@Entity({ name: 'indicator_targets' })
@Index(
  'indicator_targets_org_indicator_scope_period_key',
  ['organisationId', 'indicatorId', 'scopeKey', 'periodKey'],
  { unique: true },
)
@Index('indicator_targets_organisation_id_period_key_idx', ['organisationId', 'periodKey'])
export class IndicatorTargetEntity extends ScopedPeriodColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid' })
  indicatorId: string;

  @Column({ type: 'double precision' })
  targetValue: number;

  @Column({ type: 'double precision', nullable: true })
  baselineValue: number | null;

  @Column({ type: 'text', nullable: true })
  baselineLabel: string | null;

  @Column({ type: 'double precision' })
  greenThreshold: number;

  @Column({ type: 'double precision' })
  amberThreshold: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: IndicatorEntity;
}

@Entity({ name: 'indicator_results' })
@Index(
  'indicator_results_org_indicator_scope_period_cell_key',
  ['organisationId', 'indicatorId', 'scopeKey', 'periodKey', 'cellSlot'],
  { unique: true },
)
@Index('indicator_results_organisation_id_period_start_period_end_idx', [
  'organisationId',
  'periodStart',
  'periodEnd',
])
export class IndicatorResultEntity extends ScopedPeriodColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid' })
  indicatorId: string;

  /** Null for the total. */
  @Column({ type: 'text', nullable: true })
  disaggregation: Disaggregation | null;

  @Column({ type: 'text', nullable: true })
  cellKey: string | null;

  @Column({ type: 'text', nullable: true })
  cellLabel: string | null;

  /** '' for the total, else <disaggregation>:<cell key>: what the unique index uses. */
  @Column({ type: 'text' })
  cellSlot: string;

  /** Stored as entered; small cells are withheld on the way out, never here. */
  @Column({ type: 'double precision' })
  value: number;

  @Column({ type: 'integer', nullable: true })
  n: number | null;

  @Column({ type: 'enum', enum: RESULT_STATUSES, enumName: 'result_status', default: 'DRAFT' })
  status: ResultStatus;

  @Column({ type: 'text', nullable: true })
  commentary: string | null;

  @Column({ type: 'uuid', nullable: true })
  enteredByUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  approvedByUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: IndicatorEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'entered_by_user_id' })
  enteredBy?: UserEntity | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'approved_by_user_id' })
  approvedBy?: UserEntity | null;
}

/** A period whose sessions, attendance and results may not change until it is unlocked. */
@Entity({ name: 'period_locks' })
@Index('period_locks_organisation_id_period_key_key', ['organisationId', 'periodKey'], {
  unique: true,
})
export class PeriodLockEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  periodType: string;

  @Column({ type: 'text' })
  periodKey: string;

  @Column({ type: 'text' })
  periodLabel: string;

  @Column({ type: 'date' })
  periodStart: string;

  @Column({ type: 'date' })
  periodEnd: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'uuid', nullable: true })
  lockedByUserId: string | null;

  @Column({ type: 'timestamptz' })
  lockedAt: Date;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'locked_by_user_id' })
  lockedBy?: UserEntity | null;
}

/**
 * One row per statement that changed what built-in indicators are computed from (sessions,
 * their attendance and partners, partners), written by triggers. The museum's count and
 * latest id are the version computed figures are cached under: any committed change,
 * whichever path wrote it (the app, an import, SQL), moves it.
 */
@Entity({ name: 'indicator_data_changes' })
@Index('indicator_data_changes_organisation_id_id_idx', ['organisationId', 'id'])
export class IndicatorDataChangeEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt: Date;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
