import type { ColumnMapping, ImportStatus, SavedColumnMapping } from '@lantern/domain';
import { savedColumnMappingSchema } from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import type { KeysetCursor } from '../../platform/graphql/pagination';
import {
  ActivityImportEntity,
  ImportColumnMappingEntity,
  type SuggestedColumnMapping,
} from './activity-import.entity';
import type { ImportPreviewRow, ImportSummary, StoredRowError } from './import-analysis';

/** Statuses from which a new mapping may be set (and the file checked again). */
export const REMAPPABLE_STATUSES: readonly ImportStatus[] = [
  'UPLOADED',
  'READY',
  'INVALID',
  'FAILED',
];

export interface NewImport {
  id: string;
  organisationId: string;
  createdByUserId: string;
  filename: string;
  format: string;
  byteSize: number;
  storageKey: string;
  fileSha256: string;
  headers: string[];
  mapping: ColumnMapping;
  suggestedMapping: SuggestedColumnMapping;
}

export interface ValidationOutcome {
  status: 'READY' | 'INVALID';
  processedRows: number;
  totalRows: number;
  errorCount: number;
  errors: StoredRowError[];
  summary: ImportSummary | null;
  preview: ImportPreviewRow[];
  failureMessage: string | null;
}

/**
 * The only place that talks to TypeORM about imports and remembered mappings; every method is
 * scoped by organisation. Worker-side writes also name the revision and status they expect,
 * so a job that has been overtaken (new mapping, discarded import) changes nothing.
 */
@Injectable()
export class ImportsRepository {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(ActivityImportEntity)
    private readonly repo: Repository<ActivityImportEntity>,
  ) {}

  private imports(em?: EntityManager): Repository<ActivityImportEntity> {
    return em ? em.getRepository(ActivityImportEntity) : this.repo;
  }

  async insert(values: NewImport, em?: EntityManager): Promise<ActivityImportEntity> {
    const repo = this.imports(em);
    return repo.save(repo.create({ ...values, status: 'UPLOADED' }));
  }

  findById(organisationId: string, id: string, em?: EntityManager) {
    return this.imports(em).findOneBy({ organisationId, id });
  }

  /** Newest first; keyset pagination on (created_at, id). */
  async page(
    organisationId: string,
    first: number,
    after: KeysetCursor | null,
  ): Promise<{ rows: ActivityImportEntity[]; hasNextPage: boolean }> {
    const query = this.repo
      .createQueryBuilder('import')
      .where('import.organisation_id = :organisationId', { organisationId })
      .orderBy('import.created_at', 'DESC')
      .addOrderBy('import.id', 'DESC')
      .limit(first + 1);
    if (after) {
      query.andWhere('(import.created_at, import.id) < (:at, :id)', { at: after.at, id: after.id });
    }
    const rows = await query.getMany();
    return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
  }

  count(organisationId: string): Promise<number> {
    return this.repo.countBy({ organisationId });
  }

  /** The mapping the organisation last committed with, if it is still one Lantern reads. */
  async savedMapping(organisationId: string): Promise<SavedColumnMapping | null> {
    const row = await this.dataSource
      .getRepository(ImportColumnMappingEntity)
      .findOneBy({ organisationId });
    if (!row) return null;
    const parsed = savedColumnMappingSchema.safeParse(row.mapping);
    return parsed.success ? parsed.data : null;
  }

  async saveMapping(
    organisationId: string,
    mapping: SavedColumnMapping,
    em: EntityManager,
  ): Promise<void> {
    await em.query(
      `INSERT INTO import_column_mappings (organisation_id, mapping, updated_at)
       VALUES ($1, $2::jsonb, now())
       ON CONFLICT (organisation_id) DO UPDATE SET mapping = EXCLUDED.mapping, updated_at = now()`,
      [organisationId, JSON.stringify(mapping)],
    );
  }

  /**
   * Stores a new mapping and starts a fresh check (VALIDATING, results cleared) when the
   * import is in one of `from`; answers the new revision, or null when it was not.
   */
  async startValidation(
    organisationId: string,
    id: string,
    mapping: ColumnMapping,
    from: readonly ImportStatus[],
    em?: EntityManager,
  ): Promise<number | null> {
    const rows: unknown = await (em ?? this.dataSource.manager).query(
      `UPDATE activity_imports
          SET mapping = $3::jsonb, status = 'VALIDATING', revision = revision + 1,
              processed_rows = 0, total_rows = NULL, error_count = 0, errors = '[]',
              summary = NULL, preview = '[]', failure_message = NULL, updated_at = now()
        WHERE organisation_id = $1 AND id = $2 AND status = ANY($4::import_status[])
        RETURNING revision`,
      [organisationId, id, JSON.stringify(mapping), from],
    );
    return firstRow<{ revision: number }>(rows)?.revision ?? null;
  }

  /** READY -> COMMITTING; answers the new revision, or null when the import was not READY. */
  async startCommit(
    organisationId: string,
    id: string,
    em?: EntityManager,
  ): Promise<number | null> {
    const rows: unknown = await (em ?? this.dataSource.manager).query(
      `UPDATE activity_imports
          SET status = 'COMMITTING', revision = revision + 1, processed_rows = 0,
              failure_message = NULL, updated_at = now()
        WHERE organisation_id = $1 AND id = $2 AND status = 'READY'
        RETURNING revision`,
      [organisationId, id],
    );
    return firstRow<{ revision: number }>(rows)?.revision ?? null;
  }

  /** Puts a step back when its job could not be queued: the import is as it was. */
  async revertStep(
    organisationId: string,
    id: string,
    revision: number,
    status: ImportStatus,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE activity_imports SET status = $4, updated_at = now()
        WHERE organisation_id = $1 AND id = $2 AND revision = $3`,
      [organisationId, id, revision, status],
    );
  }

  /** Deletes the import unless it is committing; answers its storage key, or null. */
  async deleteUnlessCommitting(
    organisationId: string,
    id: string,
    em?: EntityManager,
  ): Promise<string | null> {
    const rows: unknown = await (em ?? this.dataSource.manager).query(
      `DELETE FROM activity_imports
        WHERE organisation_id = $1 AND id = $2 AND status <> 'COMMITTING'
        RETURNING storage_key`,
      [organisationId, id],
    );
    return firstRow<{ storage_key: string }>(rows)?.storage_key ?? null;
  }

  // ---- worker side -------------------------------------------------------------------------

  /** The import if it is at `revision` and in `status`: the job's step is still the current one. */
  async findForJob(
    organisationId: string,
    id: string,
    revision: number,
    status: ImportStatus,
  ): Promise<ActivityImportEntity | null> {
    return this.repo.findOneBy({ organisationId, id, revision, status });
  }

  /** Whether another import of the museum has been committed since `since`. */
  async committedSince(
    organisationId: string,
    id: string,
    since: Date,
    em?: EntityManager,
  ): Promise<boolean> {
    const rows: unknown[] = await (em ?? this.dataSource.manager).query(
      `SELECT 1 FROM activity_imports
        WHERE organisation_id = $1 AND id <> $2 AND committed_at >= $3 LIMIT 1`,
      [organisationId, id, since],
    );
    return rows.length > 0;
  }

  /** Progress, on its own short statement (never inside the commit's transaction). */
  async progress(
    organisationId: string,
    id: string,
    revision: number,
    processedRows: number,
    totalRows: number | null,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE activity_imports SET processed_rows = $4, total_rows = COALESCE($5, total_rows)
        WHERE organisation_id = $1 AND id = $2 AND revision = $3`,
      [organisationId, id, revision, processedRows, totalRows],
    );
  }

  async finishValidation(
    organisationId: string,
    id: string,
    revision: number,
    outcome: ValidationOutcome,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE activity_imports
          SET status = $4, processed_rows = $5, total_rows = $6, error_count = $7,
              errors = $8::jsonb, summary = $9::jsonb, preview = $10::jsonb,
              failure_message = $11, updated_at = now()
        WHERE organisation_id = $1 AND id = $2 AND revision = $3 AND status = 'VALIDATING'`,
      [
        organisationId,
        id,
        revision,
        outcome.status,
        outcome.processedRows,
        outcome.totalRows,
        outcome.errorCount,
        JSON.stringify(outcome.errors),
        outcome.summary === null ? null : JSON.stringify(outcome.summary),
        JSON.stringify(outcome.preview),
        outcome.failureMessage,
      ],
    );
  }

  /** Inside the commit's transaction: the import is done, atomically with its sessions. */
  async markCommitted(
    organisationId: string,
    id: string,
    revision: number,
    values: { processedRows: number; summary: ImportSummary; committedAt: Date },
    em: EntityManager,
  ): Promise<boolean> {
    const rows: unknown = await em.query(
      `UPDATE activity_imports
          SET status = 'COMMITTED', processed_rows = $4, summary = $5::jsonb,
              committed_at = $6, failure_message = NULL, updated_at = now()
        WHERE organisation_id = $1 AND id = $2 AND revision = $3 AND status = 'COMMITTING'
        RETURNING id`,
      [
        organisationId,
        id,
        revision,
        values.processedRows,
        JSON.stringify(values.summary),
        values.committedAt,
      ],
    );
    return firstRow<{ id: string }>(rows) !== undefined;
  }

  /** A step that could not finish: FAILED with the reason (and the rows at fault, if any). */
  async markFailed(
    organisationId: string,
    id: string,
    revision: number,
    from: ImportStatus,
    failureMessage: string,
    rowErrors?: { errorCount: number; errors: StoredRowError[] },
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE activity_imports
          SET status = 'FAILED', failure_message = $5,
              error_count = COALESCE($6, error_count), errors = COALESCE($7::jsonb, errors),
              updated_at = now()
        WHERE organisation_id = $1 AND id = $2 AND revision = $3 AND status = $4`,
      [
        organisationId,
        id,
        revision,
        from,
        failureMessage.slice(0, 2000),
        rowErrors?.errorCount ?? null,
        rowErrors ? JSON.stringify(rowErrors.errors) : null,
      ],
    );
  }
}

function firstRow<T>(result: unknown): T | undefined {
  // A RETURNING query through EntityManager.query answers [rows, count] for UPDATE/DELETE.
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0])) {
    return (result[0] as T[])[0];
  }
  return Array.isArray(result) ? (result as T[])[0] : undefined;
}
