import type { DeprivationIndex } from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface PostcodeDecile {
  decile: number;
  indexVersion: DeprivationIndex;
}

/** Deprivation lookups; every method is scoped by organisation id. */
@Injectable()
export class DeprivationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The index version deciles are taken from: the organisation's chosen one, else the most
   * recently loaded lookup; null when none is loaded.
   */
  async activeIndex(organisationId: string, em?: EntityManager): Promise<DeprivationIndex | null> {
    const rows: { index_version: DeprivationIndex | null }[] = await (
      em ?? this.dataSource.manager
    ).query(
      `SELECT COALESCE(
         (SELECT o.deprivation_index FROM organisations o WHERE o.id = $1),
         (SELECT v.index_version FROM deprivation_lookup_versions v
           WHERE v.organisation_id = $1 ORDER BY v.loaded_at DESC LIMIT 1)
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
    const rows: { postcode: string; decile: number }[] = await (
      em ?? this.dataSource.manager
    ).query(
      `SELECT postcode, decile FROM deprivation_lookups
        WHERE organisation_id = $1 AND index_version = $2 AND postcode = ANY($3::text[])`,
      [organisationId, indexVersion, unique],
    );
    for (const row of rows) result.set(row.postcode, { decile: row.decile, indexVersion });
    return result;
  }
}
