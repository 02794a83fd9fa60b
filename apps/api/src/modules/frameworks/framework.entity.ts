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
import { OrganisationEntity } from '../organisations/organisation.entity';

/**
 * A taxonomy that work is tagged against: a sector framework (system, organisation_id null,
 * read-only, seeded by migration) or a museum's own strategic aims.
 */
@Entity({ name: 'frameworks' })
@Index('frameworks_organisation_id_code_key', ['organisationId', 'code'], { unique: true })
@Index('frameworks_system_code_key', ['code'], { unique: true, where: 'organisation_id IS NULL' })
export class FrameworkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null for the system frameworks every museum shares. */
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  version: string | null;

  @Column({ type: 'text', nullable: true })
  publisher: string | null;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
