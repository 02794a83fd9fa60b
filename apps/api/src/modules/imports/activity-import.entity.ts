import {
  IMPORT_STATUSES,
  type ColumnMapping,
  type ImportStatus,
  type SavedColumnMapping,
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
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';

export interface SuggestedColumnMapping {
  columns?: ColumnMapping;
  /** Headers whose suggestion came from the organisation's remembered mapping. */
  remembered?: string[];
}

/**
 * An uploaded activity spreadsheet on its way in: uploaded -> validated (or invalid) ->
 * committed (or failed). The file itself sits in storage under `storageKey`.
 */
@Entity({ name: 'activity_imports' })
@Index('activity_imports_organisation_id_created_at_idx', ['organisationId', 'createdAt'])
export class ActivityImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @Column({ type: 'text' })
  filename: string;

  /** csv or xlsx, from the file's bytes rather than its name. */
  @Column({ type: 'text' })
  format: string;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  byteSize: number;

  @Column({ type: 'text' })
  storageKey: string;

  /** SHA-256 of the file's bytes. */
  @Column({ type: 'text' })
  fileSha256: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  headers: string[];

  /** The mapping in use: Lantern's suggestion until someone sets one. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  mapping: ColumnMapping;

  /**
   * What Lantern suggested at upload, and which headers the organisation's remembered
   * mapping settled, kept so the mapping screen can show it after the mapping is changed.
   */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  suggestedMapping: SuggestedColumnMapping;

  /**
   * Bumped by every step that enqueues a job (set mapping, commit). Job ids carry it, so a
   * repeat of one step is a no-op while a later step gets a job of its own, and a job whose
   * step has been overtaken leaves the import alone.
   */
  @Column({ type: 'integer', default: 0 })
  revision: number;

  @Column({ type: 'enum', enum: IMPORT_STATUSES, enumName: 'import_status', default: 'UPLOADED' })
  status: ImportStatus;

  /** Data rows read so far by the running job, and the file's total once known. */
  @Column({ type: 'integer', default: 0 })
  processedRows: number;

  @Column({ type: 'integer', nullable: true })
  totalRows: number | null;

  /** Every bad row and column is counted; the first thousand are kept to show. */
  @Column({ type: 'integer', default: 0 })
  errorCount: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  errors: unknown[];

  /** What a commit would do / did: sessions, cells, attendances, new programmes and partners, duplicates. */
  @Column({ type: 'jsonb', nullable: true })
  summary: Record<string, unknown> | null;

  /** The first rows as normalised, to show before committing. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  preview: unknown[];

  @Column({ type: 'text', nullable: true })
  failureMessage: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  committedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_user_id' })
  createdBy?: UserEntity;
}

/** The column mapping an organisation last committed with, offered for its next file. */
@Entity({ name: 'import_column_mappings' })
export class ImportColumnMappingEntity {
  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'jsonb' })
  mapping: SavedColumnMapping;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
