import type { Writable } from 'node:stream';
import type { DeprivationIndex } from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource, EntityManager, QueryFailedError, type QueryRunner } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { DeprivationLookupVersionEntity } from './deprivation-lookup.entity';

export interface PostcodeDecile {
  decile: number;
  indexVersion: DeprivationIndex;
}

export interface PostcodeLookup extends PostcodeDecile {
  postcode: string;
  areaCode: string;
}

export interface DuplicatePostcode {
  rowNumber: number;
  postcode: string;
  firstRowNumber: number;
}

/** Which partners or sessions to re-derive; all of the organisation's when empty. */
export interface DerivationScope {
  partnerIds?: readonly string[];
  /** Sessions linked to this partner. */
  sessionsOfPartnerId?: string;
}

/**
 * Key of the advisory lock that orders writes of derived deciles: loading, deleting or
 * choosing an index takes it exclusively; storing one partner's decile takes it shared.
 */
const LOCK_KEY = `hashtextextended('lantern.deprivation:' || $1::text, 0)`;

/** Sort memory for replacing a national lookup (2.7 million rows) in one statement. */
const REPLACE_WORK_MEM = '128MB';

/**
 * One upload in progress: a pooled connection in a transaction, with a temporary staging
 * table that COPY fills as the file streams in. Commit or roll back, then release.
 */
export class LookupStaging {
  constructor(
    private readonly runner: QueryRunner,
    private readonly client: PoolClient,
  ) {}

  /** The transaction's entity manager (audit and re-derivation write through it). */
  get manager(): EntityManager {
    return this.runner.manager;
  }

  /** COPY in text format: `row_no \t postcode \t area_code \t decile \n`, values pre-escaped. */
  copyIn(): Writable {
    return this.client.query(
      copyFrom('COPY deprivation_staging (row_no, postcode, area_code, decile) FROM STDIN'),
    );
  }

  /**
   * Repeated postcodes among the staged rows: every repeat after the first, in file order
   * (the first `limit`), and how many there are in all.
   */
  async duplicates(limit: number): Promise<{ total: number; first: DuplicatePostcode[] }> {
    await this.runner.query(
      `CREATE TEMP TABLE deprivation_staging_repeats ON COMMIT DROP AS
         SELECT postcode, min(row_no) AS first_row, count(*) AS n
           FROM deprivation_staging GROUP BY postcode HAVING count(*) > 1`,
    );
    const [totals] = (await this.runner.query(
      'SELECT COALESCE(sum(n - 1), 0)::int AS total FROM deprivation_staging_repeats',
    )) as Array<{ total: number }>;
    const rows = (await this.runner.query(
      `SELECT s.row_no, s.postcode, r.first_row
         FROM deprivation_staging s JOIN deprivation_staging_repeats r USING (postcode)
        WHERE s.row_no > r.first_row
        ORDER BY s.row_no LIMIT $1`,
      [limit],
    )) as Array<{ row_no: number; postcode: string; first_row: number }>;
    return {
      total: totals?.total ?? 0,
      first: rows.map((row) => ({
        rowNumber: row.row_no,
        postcode: row.postcode,
        firstRowNumber: row.first_row,
      })),
    };
  }

  /**
   * Replaces the organisation's rows of this index version with the staged ones. Returns how
   * many were inserted, or null when the file repeats a postcode (nothing is changed then).
   */
  async replace(organisationId: string, indexVersion: DeprivationIndex): Promise<number | null> {
    // Room to sort a national file in memory; for this transaction only.
    await this.runner.query(`SET LOCAL work_mem = '${REPLACE_WORK_MEM}'`);
    await this.runner.query('SAVEPOINT deprivation_replace');
    try {
      await this.runner.query(
        'DELETE FROM deprivation_lookups WHERE organisation_id = $1 AND index_version = $2',
        [organisationId, indexVersion],
      );
      // In postcode order, so the primary key's b-tree fills page by page. A plain INSERT (no
      // ON CONFLICT, measured 2-3 times slower): a repeated postcode fails it and is reported.
      const result = await this.runner.query(
        `INSERT INTO deprivation_lookups (organisation_id, index_version, postcode, area_code, decile)
         SELECT $1, $2, postcode, area_code, decile FROM deprivation_staging ORDER BY postcode`,
        [organisationId, indexVersion],
        true,
      );
      return result.affected ?? 0;
    } catch (error) {
      // The primary key (organisation, version, postcode) is the table's only unique key.
      const { code } = (error instanceof QueryFailedError ? error.driverError : {}) as {
        code?: string;
      };
      if (code !== '23505') throw error;
      await this.runner.query('ROLLBACK TO SAVEPOINT deprivation_replace');
      return null;
    }
  }

  async commit(): Promise<void> {
    await this.runner.commitTransaction();
  }

  async rollback(): Promise<void> {
    if (this.runner.isTransactionActive) await this.runner.rollbackTransaction();
  }

  async release(): Promise<void> {
    if (!this.runner.isReleased) await this.runner.release();
  }
}

/** Deprivation lookups and the deciles derived from them; every method is scoped by organisation id. */
@Injectable()
export class DeprivationRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(em?: EntityManager): EntityManager {
    return em ?? this.dataSource.manager;
  }

  /**
   * The index version deciles are taken from: the organisation's chosen one, else the most
   * recently loaded lookup; null when none is loaded.
   */
  async activeIndex(organisationId: string, em?: EntityManager): Promise<DeprivationIndex | null> {
    const rows: { index_version: DeprivationIndex | null }[] = await this.manager(em).query(
      `SELECT COALESCE(
         (SELECT o.deprivation_index FROM organisations o WHERE o.id = $1),
         (SELECT v.index_version FROM deprivation_lookup_versions v
           WHERE v.organisation_id = $1 ORDER BY v.loaded_at DESC, v.index_version LIMIT 1)
       ) AS index_version`,
      [organisationId],
    );
    return rows[0]?.index_version ?? null;
  }

  /** Deciles of canonical postcodes ("ZZ1 1AA") in one index version; unknown ones are absent. */
  async decilesFor(
    organisationId: string,
    indexVersion: DeprivationIndex,
    postcodes: readonly string[],
    em?: EntityManager,
  ): Promise<Map<string, PostcodeDecile>> {
    const result = new Map<string, PostcodeDecile>();
    const unique = [...new Set(postcodes)];
    if (!unique.length) return result;
    const rows: { postcode: string; decile: number }[] = await this.manager(em).query(
      `SELECT postcode, decile FROM deprivation_lookups
        WHERE organisation_id = $1 AND index_version = $2 AND postcode = ANY($3::text[])`,
      [organisationId, indexVersion, unique],
    );
    for (const row of rows) result.set(row.postcode, { decile: row.decile, indexVersion });
    return result;
  }

  /** One canonical postcode's row of a lookup, area code included. */
  async lookup(
    organisationId: string,
    indexVersion: DeprivationIndex,
    postcode: string,
  ): Promise<PostcodeLookup | null> {
    const rows: { area_code: string; decile: number }[] = await this.manager().query(
      `SELECT area_code, decile FROM deprivation_lookups
        WHERE organisation_id = $1 AND index_version = $2 AND postcode = $3`,
      [organisationId, indexVersion, postcode],
    );
    const row = rows[0];
    return row ? { postcode, areaCode: row.area_code, decile: row.decile, indexVersion } : null;
  }

  versions(organisationId: string, em?: EntityManager): Promise<DeprivationLookupVersionEntity[]> {
    return this.manager(em)
      .getRepository(DeprivationLookupVersionEntity)
      .find({ where: { organisationId }, order: { indexVersion: 'ASC' } });
  }

  findVersion(
    organisationId: string,
    indexVersion: DeprivationIndex,
    em?: EntityManager,
  ): Promise<DeprivationLookupVersionEntity | null> {
    return this.manager(em)
      .getRepository(DeprivationLookupVersionEntity)
      .findOneBy({ organisationId, indexVersion });
  }

  /** Records a loaded version (row count, file, who, when), replacing an earlier load's record. */
  async saveVersion(
    version: Pick<
      DeprivationLookupVersionEntity,
      | 'organisationId'
      | 'indexVersion'
      | 'rowCount'
      | 'sourceFilename'
      | 'loadedByUserId'
      | 'loadedAt'
    >,
    em: EntityManager,
  ): Promise<DeprivationLookupVersionEntity> {
    const rows: Array<{ id: string }> = await em.query(
      `INSERT INTO deprivation_lookup_versions
         (organisation_id, index_version, row_count, source_filename, loaded_by_user_id, loaded_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (organisation_id, index_version) DO UPDATE
         SET row_count = EXCLUDED.row_count, source_filename = EXCLUDED.source_filename,
             loaded_by_user_id = EXCLUDED.loaded_by_user_id, loaded_at = EXCLUDED.loaded_at
       RETURNING id`,
      [
        version.organisationId,
        version.indexVersion,
        version.rowCount,
        version.sourceFilename,
        version.loadedByUserId,
        version.loadedAt,
      ],
    );
    const saved = await this.findVersion(version.organisationId, version.indexVersion, em);
    if (!saved || saved.id !== rows[0]?.id) throw new Error('lookup version was not saved');
    return saved;
  }

  /** Removes a loaded version and its rows. */
  async deleteVersion(
    organisationId: string,
    indexVersion: DeprivationIndex,
    em: EntityManager,
  ): Promise<void> {
    await em.query(
      'DELETE FROM deprivation_lookups WHERE organisation_id = $1 AND index_version = $2',
      [organisationId, indexVersion],
    );
    await em.query(
      'DELETE FROM deprivation_lookup_versions WHERE organisation_id = $1 AND index_version = $2',
      [organisationId, indexVersion],
    );
  }

  organisation(organisationId: string, em?: EntityManager): Promise<OrganisationEntity | null> {
    return this.manager(em).getRepository(OrganisationEntity).findOneBy({ id: organisationId });
  }

  /** The index the organisation chose (null: the latest loaded one is used). */
  async setChosenIndex(
    organisationId: string,
    indexVersion: DeprivationIndex | null,
    em: EntityManager,
  ): Promise<void> {
    await em.query(
      'UPDATE organisations SET deprivation_index = $2, updated_at = now() WHERE id = $1',
      [organisationId, indexVersion],
    );
  }

  /** Exclusive: nothing else stores a derived decile of this organisation until commit. */
  async lockDerivation(organisationId: string, em: EntityManager): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(${LOCK_KEY})`, [organisationId]);
  }

  /** Shared: many partner and session writes at once, but not during a load or a switch. */
  async holdDerivation(organisationId: string, em: EntityManager): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock_shared(${LOCK_KEY})`, [organisationId]);
  }

  /**
   * Sets partners' deciles from their postcodes in `indexVersion` (null: clears them).
   * Returns how many partners changed.
   */
  async rederivePartners(
    organisationId: string,
    indexVersion: DeprivationIndex | null,
    em: EntityManager,
    scope: DerivationScope = {},
  ): Promise<number> {
    const params: unknown[] = [organisationId, indexVersion];
    let filter = '';
    if (scope.partnerIds) {
      params.push([...scope.partnerIds]);
      filter = 'AND p2.id = ANY($3::uuid[])';
    }
    const result = await em.query(
      `UPDATE partners p
          SET deprivation_decile = d.decile, deprivation_index = d.index_version
         FROM (
           SELECT p2.id, l.decile, l.index_version
             FROM partners p2
             LEFT JOIN deprivation_lookups l
               ON l.organisation_id = p2.organisation_id
              AND l.index_version = $2::deprivation_index
              AND l.postcode = p2.postcode
            WHERE p2.organisation_id = $1 ${filter}
         ) d
        WHERE p.organisation_id = $1 AND p.id = d.id
          AND (p.deprivation_decile IS DISTINCT FROM d.decile
               OR p.deprivation_index IS DISTINCT FROM d.index_version)`,
      params,
    );
    return affected(result);
  }

  /**
   * Sets sessions' deciles: the outreach postcode's in `indexVersion` when the session has
   * one, else the first of its partners by name with a decile of that version (as the
   * sessions service does when a session is saved). Null clears them. Returns how many
   * sessions changed.
   */
  async rederiveSessions(
    organisationId: string,
    indexVersion: DeprivationIndex | null,
    em: EntityManager,
    scope: DerivationScope = {},
  ): Promise<number> {
    const params: unknown[] = [organisationId, indexVersion];
    let filter = '';
    if (scope.sessionsOfPartnerId) {
      params.push(scope.sessionsOfPartnerId);
      filter = `AND s2.id IN (SELECT sp.session_id FROM session_partners sp
                               WHERE sp.organisation_id = $1 AND sp.partner_id = $3)`;
    }
    const result = await em.query(
      `UPDATE sessions s
          SET deprivation_decile = d.decile,
              deprivation_index = CASE WHEN d.decile IS NULL THEN NULL ELSE $2::deprivation_index END
         FROM (
           SELECT s2.id,
                  CASE WHEN s2.outreach_postcode IS NOT NULL THEN l.decile
                       ELSE (SELECT p.deprivation_decile
                               FROM session_partners sp
                               JOIN partners p
                                 ON p.organisation_id = sp.organisation_id AND p.id = sp.partner_id
                              WHERE sp.organisation_id = s2.organisation_id AND sp.session_id = s2.id
                                AND p.deprivation_index = $2::deprivation_index
                              ORDER BY lower(p.name), p.id LIMIT 1)
                  END AS decile
             FROM sessions s2
             LEFT JOIN deprivation_lookups l
               ON l.organisation_id = s2.organisation_id
              AND l.index_version = $2::deprivation_index
              AND l.postcode = s2.outreach_postcode
            WHERE s2.organisation_id = $1 ${filter}
         ) d
        WHERE s.organisation_id = $1 AND s.id = d.id
          AND (s.deprivation_decile IS DISTINCT FROM d.decile
               OR s.deprivation_index IS DISTINCT FROM
                  CASE WHEN d.decile IS NULL THEN NULL ELSE $2::deprivation_index END)`,
      params,
    );
    return affected(result);
  }

  /**
   * Starts an upload: a connection of the pool, a transaction and an empty staging table
   * (dropped at commit or rollback). COPY and everything after share this transaction.
   */
  async openStaging(): Promise<LookupStaging> {
    const runner = this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as PoolClient;
      await runner.startTransaction();
      await runner.query(
        `CREATE TEMP TABLE deprivation_staging
           (row_no integer NOT NULL, postcode text NOT NULL, area_code text NOT NULL, decile smallint NOT NULL)
         ON COMMIT DROP`,
      );
      return new LookupStaging(runner, client);
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
      throw error;
    }
  }
}

/** Rows changed by an UPDATE run through EntityManager.query ([rows, count] for pg). */
function affected(result: unknown): number {
  return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
}
