import type { EvidenceKind } from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { EvidenceEntity } from './evidence.entity';

export interface EvidenceFilter {
  kind?: EvidenceKind | null;
  frameworkElementId?: string | null;
  programmeId?: string | null;
  sessionId?: string | null;
  publishable?: boolean | null;
}

/** Where a page starts: after this item in (date descending, id descending) order. */
export interface EvidenceCursor {
  occurredOn: string;
  id: string;
}

export interface EvidenceTags {
  evidenceId: string;
  elements: Array<{
    id: string;
    frameworkId: string;
    code: string;
    label: string;
    description: string | null;
    position: number;
  }>;
  programmes: Array<{ id: string; name: string }>;
  sessions: Array<{ id: string; title: string | null; date: string; programmeName: string }>;
}

export interface TagIds {
  elementIds: string[];
  programmeIds: string[];
  sessionIds: string[];
}

/** Evidence and its tags; every method is scoped by organisation id. */
@Injectable()
export class EvidenceRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(em?: EntityManager) {
    return (em ?? this.dataSource.manager).getRepository(EvidenceEntity);
  }

  /**
   * A page, newest first (keyset on date and id), and how many match. `onlyPublishable`: the
   * caller may not read drafts, so only publishable items with consent exist for them.
   */
  async page(
    organisationId: string,
    filter: EvidenceFilter,
    onlyPublishable: boolean,
    first: number,
    after: EvidenceCursor | null,
  ): Promise<{ rows: EvidenceEntity[]; total: number }> {
    const query = this.repo()
      .createQueryBuilder('evidence')
      .where('evidence.organisation_id = :organisationId', { organisationId });
    if (onlyPublishable) this.publishedOnly(query);
    if (filter.kind) query.andWhere('evidence.kind = :kind', { kind: filter.kind });
    if (filter.publishable !== null && filter.publishable !== undefined)
      query.andWhere('evidence.publishable = :publishable', { publishable: filter.publishable });
    if (filter.frameworkElementId)
      query.andWhere(
        'EXISTS (SELECT 1 FROM evidence_framework_elements t WHERE t.organisation_id = evidence.organisation_id AND t.evidence_id = evidence.id AND t.element_id = :elementId)',
        { elementId: filter.frameworkElementId },
      );
    if (filter.programmeId)
      query.andWhere(
        'EXISTS (SELECT 1 FROM evidence_programmes t WHERE t.organisation_id = evidence.organisation_id AND t.evidence_id = evidence.id AND t.programme_id = :programmeId)',
        { programmeId: filter.programmeId },
      );
    if (filter.sessionId)
      query.andWhere(
        'EXISTS (SELECT 1 FROM evidence_sessions t WHERE t.organisation_id = evidence.organisation_id AND t.evidence_id = evidence.id AND t.session_id = :sessionId)',
        { sessionId: filter.sessionId },
      );
    const total = await query.getCount();
    if (after) {
      query.andWhere('(evidence.occurred_on, evidence.id) < (:afterDate, :afterId)', {
        afterDate: after.occurredOn,
        afterId: after.id,
      });
    }
    const rows = await query
      .orderBy('evidence.occurred_on', 'DESC')
      .addOrderBy('evidence.id', 'DESC')
      .limit(first)
      .getMany();
    return { rows, total };
  }

  private publishedOnly(
    query: SelectQueryBuilder<EvidenceEntity>,
  ): SelectQueryBuilder<EvidenceEntity> {
    return query.andWhere(
      "evidence.publishable AND evidence.consent_status IN ('NOT_NEEDED', 'OBTAINED')",
    );
  }

  async findById(
    organisationId: string,
    id: string,
    onlyPublishable: boolean,
    em?: EntityManager,
  ): Promise<EvidenceEntity | null> {
    const query = this.repo(em)
      .createQueryBuilder('evidence')
      .where('evidence.organisation_id = :organisationId AND evidence.id = :id', {
        organisationId,
        id,
      });
    if (onlyPublishable) this.publishedOnly(query);
    return query.getOne();
  }

  /** For update: the row locked so an upload and an edit do not cross. */
  lockById(organisationId: string, id: string, em: EntityManager): Promise<EvidenceEntity | null> {
    return this.repo(em)
      .createQueryBuilder('evidence')
      .setLock('pessimistic_write')
      .where('evidence.organisation_id = :organisationId AND evidence.id = :id', {
        organisationId,
        id,
      })
      .getOne();
  }

  /** Which of these ids are the museum's own (elements: or a sector framework's). */
  async knownTagIds(organisationId: string, ids: TagIds, em?: EntityManager): Promise<TagIds> {
    const rows: Array<{ element_ids: string[]; programme_ids: string[]; session_ids: string[] }> =
      await (em ?? this.dataSource.manager).query(
        `SELECT
           ARRAY(SELECT e.id FROM framework_elements e WHERE e.id = ANY($2::uuid[])
             AND (e.organisation_id IS NULL OR e.organisation_id = $1)) AS element_ids,
           ARRAY(SELECT p.id FROM programmes p WHERE p.organisation_id = $1 AND p.id = ANY($3::uuid[])) AS programme_ids,
           ARRAY(SELECT s.id FROM sessions s WHERE s.organisation_id = $1 AND s.id = ANY($4::uuid[])) AS session_ids`,
        [organisationId, ids.elementIds, ids.programmeIds, ids.sessionIds],
      );
    const row = rows[0];
    return {
      elementIds: row?.element_ids ?? [],
      programmeIds: row?.programme_ids ?? [],
      sessionIds: row?.session_ids ?? [],
    };
  }

  /** Which of these ids are evidence of the museum's (for action entries). */
  async existingIds(organisationId: string, ids: readonly string[], em?: EntityManager) {
    if (!ids.length) return [];
    const rows = await this.repo(em).find({
      select: { id: true },
      where: { organisationId, id: In([...ids]) },
    });
    return rows.map((row) => row.id);
  }

  save(evidence: Partial<EvidenceEntity>, em: EntityManager): Promise<EvidenceEntity> {
    return this.repo(em).save(this.repo(em).create(evidence));
  }

  /** Replaces the item's tags with these (already checked) ids. */
  async setTags(
    organisationId: string,
    evidenceId: string,
    tags: TagIds,
    em: EntityManager,
  ): Promise<void> {
    await em.query(
      `WITH
         a AS (DELETE FROM evidence_framework_elements WHERE organisation_id = $1 AND evidence_id = $2),
         b AS (DELETE FROM evidence_programmes WHERE organisation_id = $1 AND evidence_id = $2)
       DELETE FROM evidence_sessions WHERE organisation_id = $1 AND evidence_id = $2`,
      [organisationId, evidenceId],
    );
    await em.query(
      `WITH
         a AS (INSERT INTO evidence_framework_elements (evidence_id, element_id, organisation_id)
               SELECT $2, unnest($3::uuid[]), $1),
         b AS (INSERT INTO evidence_programmes (evidence_id, programme_id, organisation_id)
               SELECT $2, unnest($4::uuid[]), $1)
       INSERT INTO evidence_sessions (evidence_id, session_id, organisation_id)
       SELECT $2, unnest($5::uuid[]), $1`,
      [organisationId, evidenceId, tags.elementIds, tags.programmeIds, tags.sessionIds],
    );
  }

  async tagIds(organisationId: string, evidenceId: string, em?: EntityManager): Promise<TagIds> {
    const rows: Array<{ element_ids: string[]; programme_ids: string[]; session_ids: string[] }> =
      await (em ?? this.dataSource.manager).query(
        `SELECT
           ARRAY(SELECT element_id FROM evidence_framework_elements WHERE organisation_id = $1 AND evidence_id = $2 ORDER BY element_id) AS element_ids,
           ARRAY(SELECT programme_id FROM evidence_programmes WHERE organisation_id = $1 AND evidence_id = $2 ORDER BY programme_id) AS programme_ids,
           ARRAY(SELECT session_id FROM evidence_sessions WHERE organisation_id = $1 AND evidence_id = $2 ORDER BY session_id) AS session_ids`,
        [organisationId, evidenceId],
      );
    const row = rows[0];
    return {
      elementIds: row?.element_ids ?? [],
      programmeIds: row?.programme_ids ?? [],
      sessionIds: row?.session_ids ?? [],
    };
  }

  /** The tags of several items, in one query (for the loader). */
  async tags(organisationId: string, evidenceIds: readonly string[]): Promise<EvidenceTags[]> {
    if (!evidenceIds.length) return [];
    const rows: Array<{
      evidence_id: string;
      elements: EvidenceTags['elements'];
      programmes: EvidenceTags['programmes'];
      sessions: EvidenceTags['sessions'];
    }> = await this.dataSource.manager.query(
      `SELECT ev.id AS evidence_id,
         COALESCE((SELECT json_agg(json_build_object('id', e.id, 'frameworkId', e.framework_id,
             'code', e.code, 'label', e.label, 'description', e.description, 'position', e.position)
             ORDER BY e.code)
           FROM evidence_framework_elements t JOIN framework_elements e ON e.id = t.element_id
           WHERE t.organisation_id = ev.organisation_id AND t.evidence_id = ev.id), '[]') AS elements,
         COALESCE((SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.name)
           FROM evidence_programmes t JOIN programmes p ON p.id = t.programme_id AND p.organisation_id = t.organisation_id
           WHERE t.organisation_id = ev.organisation_id AND t.evidence_id = ev.id), '[]') AS programmes,
         COALESCE((SELECT json_agg(json_build_object('id', s.id, 'title', s.title, 'date', s.date::text,
             'programmeName', p.name) ORDER BY s.date, s.id)
           FROM evidence_sessions t
           JOIN sessions s ON s.id = t.session_id AND s.organisation_id = t.organisation_id
           JOIN programmes p ON p.id = s.programme_id
           WHERE t.organisation_id = ev.organisation_id AND t.evidence_id = ev.id), '[]') AS sessions
       FROM evidence_items ev
       WHERE ev.organisation_id = $1 AND ev.id = ANY($2::uuid[])`,
      [organisationId, [...evidenceIds]],
    );
    return rows.map((row) => ({
      evidenceId: row.evidence_id,
      elements: row.elements,
      programmes: row.programmes,
      sessions: row.sessions,
    }));
  }

  /** Items by id, for loaders (only the organisation's; drafts left out when asked). */
  async findByIds(
    organisationId: string,
    ids: readonly string[],
    onlyPublishable: boolean,
  ): Promise<EvidenceEntity[]> {
    if (!ids.length) return [];
    const query = this.repo()
      .createQueryBuilder('evidence')
      .where('evidence.organisation_id = :organisationId AND evidence.id IN (:...ids)', {
        organisationId,
        ids: [...ids],
      });
    if (onlyPublishable) this.publishedOnly(query);
    return query.getMany();
  }

  async delete(organisationId: string, id: string, em: EntityManager): Promise<void> {
    await this.repo(em).delete({ organisationId, id });
  }
}
