import {
  DEPRIVATION_INDEXES,
  NATIONS,
  ORGANISATION_KINDS,
  type DeprivationIndex,
  type Nation,
  type OrganisationKind,
} from '@lantern/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A tenant: a museum, gallery, heritage site or museum service. */
@Entity({ name: 'organisations' })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** Stable, URL-safe handle; also what makes the demo seed idempotent. */
  @Index('organisations_slug_key', { unique: true })
  @Column({ type: 'text' })
  slug: string;

  @Column({
    type: 'enum',
    enum: ORGANISATION_KINDS,
    enumName: 'organisation_kind',
    default: 'MUSEUM',
  })
  kind: OrganisationKind;

  @Column({ type: 'enum', enum: NATIONS, enumName: 'nation', default: 'ENGLAND' })
  nation: Nation;

  @Column({ type: 'smallint', default: 4 })
  financialYearStartMonth: number;

  @Column({ type: 'smallint', default: 9 })
  academicYearStartMonth: number;

  @Column({ type: 'smallint', default: 5 })
  smallCellThreshold: number;

  @Column({ type: 'text', default: 'Europe/London' })
  timeZone: string;

  /**
   * The deprivation index version sessions and partners take their decile from; null
   * means the most recently loaded lookup.
   */
  @Column({
    type: 'enum',
    enum: DEPRIVATION_INDEXES,
    enumName: 'deprivation_index',
    nullable: true,
  })
  deprivationIndex: DeprivationIndex | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
