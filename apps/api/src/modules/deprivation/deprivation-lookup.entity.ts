import { DEPRIVATION_INDEXES, type DeprivationIndex } from '@lantern/domain';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';

/** One loaded index version of an organisation's postcode -> area -> decile lookup. */
@Entity({ name: 'deprivation_lookup_versions' })
@Index(
  'deprivation_lookup_versions_organisation_id_index_version_key',
  ['organisationId', 'indexVersion'],
  {
    unique: true,
  },
)
export class DeprivationLookupVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'enum', enum: DEPRIVATION_INDEXES, enumName: 'deprivation_index' })
  indexVersion: DeprivationIndex;

  @Column({ type: 'integer' })
  rowCount: number;

  @Column({ type: 'text', nullable: true })
  sourceFilename: string | null;

  @Column({ type: 'uuid', nullable: true })
  loadedByUserId: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  loadedAt: Date;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'loaded_by_user_id' })
  loadedBy?: UserEntity;
}

/**
 * One postcode of a loaded lookup. Loaded with COPY (millions of rows for a national file),
 * so the table has no surrogate id and no foreign keys beyond the organisation.
 */
@Entity({ name: 'deprivation_lookups' })
@Check('deprivation_lookups_decile_check', 'decile BETWEEN 1 AND 10')
export class DeprivationLookupEntity {
  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @PrimaryColumn({ type: 'enum', enum: DEPRIVATION_INDEXES, enumName: 'deprivation_index' })
  indexVersion: DeprivationIndex;

  /** Canonical form: upper case, one space before the inward code ("ZZ1 1AA"). */
  @PrimaryColumn({ type: 'text' })
  postcode: string;

  @Column({ type: 'text' })
  areaCode: string;

  @Column({ type: 'smallint' })
  decile: number;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
