import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { FrameworkEntity } from './framework.entity';

/** One principle, outcome or aim inside a framework; codes are stable identifiers. */
@Entity({ name: 'framework_elements' })
@Index('framework_elements_framework_id_code_key', ['frameworkId', 'code'], { unique: true })
@Index('framework_elements_organisation_id_framework_id_idx', ['organisationId', 'frameworkId'])
export class FrameworkElementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null for elements of system frameworks. */
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ type: 'uuid' })
  frameworkId: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'integer', default: 0 })
  position: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => FrameworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id' })
  framework?: FrameworkEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
