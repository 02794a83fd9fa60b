import {
  DEPRIVATION_INDEXES,
  PARTNER_TYPES,
  type DeprivationIndex,
  type PartnerType,
} from '@lantern/domain';
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
import { OrganisationEntity } from '../organisations/organisation.entity';

/**
 * A school, college, community group or other body a museum works with. First and last
 * engagement are not stored: they are derived from the partner's sessions.
 */
@Entity({ name: 'partners' })
@Index('partners_organisation_id_name_key_key', ['organisationId', 'nameKey'], { unique: true })
@Index('partners_organisation_id_urn_key', ['organisationId', 'urn'], {
  unique: true,
  where: 'urn IS NOT NULL',
})
@Check('partners_deprivation_check', '(deprivation_decile IS NULL) = (deprivation_index IS NULL)')
@Check('partners_deprivation_decile_check', 'deprivation_decile BETWEEN 1 AND 10')
export class PartnerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  name: string;

  /** normaliseName(name): how imports and searches match a partner already known. */
  @Column({ type: 'text' })
  nameKey: string;

  @Column({ type: 'enum', enum: PARTNER_TYPES, enumName: 'partner_type', default: 'OTHER' })
  type: PartnerType;

  /** DfE unique reference number, for schools and colleges in England. */
  @Column({ type: 'text', nullable: true })
  urn: string | null;

  @Column({ type: 'text', nullable: true })
  postcode: string | null;

  /** Derived from the postcode through the organisation's deprivation lookup. */
  @Column({ type: 'smallint', nullable: true })
  deprivationDecile: number | null;

  @Column({
    type: 'enum',
    enum: DEPRIVATION_INDEXES,
    enumName: 'deprivation_index',
    nullable: true,
  })
  deprivationIndex: DeprivationIndex | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
