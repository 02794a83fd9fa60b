import { SITE_TYPES, type SiteType } from '@lantern/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

/** A place an organisation runs: a museum building, gallery, store, learning centre. */
@Entity({ name: 'sites' })
@Index('sites_organisation_id_name_idx', ['organisationId', 'name'])
export class SiteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'enum', enum: SITE_TYPES, enumName: 'site_type', default: 'MUSEUM' })
  type: SiteType;

  @Column({ type: 'text', nullable: true })
  postcode: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
