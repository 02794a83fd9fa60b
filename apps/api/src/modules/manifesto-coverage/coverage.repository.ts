import { MANIFESTO_FRAMEWORK_CODE, type PeriodSettings } from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ENTRY_IN_FORCE } from '../commitments/commitments.repository';

export interface PrincipleCounts {
  element: {
    id: string;
    frameworkId: string;
    code: string;
    label: string;
    description: string | null;
    position: number;
  };
  activeCommitments: number;
  actionsLast90Days: number;
  programmesTagged: number;
  sessionsTagged: number;
  evidenceItems: number;
  /** Indicators linked to the principle with a result for a period overlapping this one. */
  indicatorsWithResults: number;
}

export interface CoverageWindow {
  periodStart: string;
  periodEnd: string;
  actionsFrom: string;
  actionsUntil: string;
  /** No drafts: only publishable evidence with consent, only approved or locked results. */
  onlyPublishable: boolean;
}

/** Manifesto coverage counts, in one SQL statement. */
@Injectable()
export class CoverageRepository {
  constructor(private readonly dataSource: DataSource) {}

  async settings(organisationId: string): Promise<PeriodSettings & { timeZone: string }> {
    const rows: Array<{ fy: number; ay: number; time_zone: string }> =
      await this.dataSource.manager.query(
        `SELECT financial_year_start_month AS fy, academic_year_start_month AS ay, time_zone
           FROM organisations WHERE id = $1`,
        [organisationId],
      );
    const row = rows[0];
    return {
      financialYearStartMonth: row?.fy ?? 4,
      academicYearStartMonth: row?.ay ?? 9,
      timeZone: row?.time_zone ?? 'Europe/London',
    };
  }

  /**
   * Per principle (element of the sector manifesto framework, in order): commitments active
   * or at risk (made by the period end), entries in force in the action window, programmes
   * running in the period, delivered sessions and evidence dated in the period, all tagged to it.
   */
  async counts(organisationId: string, window: CoverageWindow): Promise<PrincipleCounts[]> {
    const rows: Array<{
      id: string;
      framework_id: string;
      code: string;
      label: string;
      description: string | null;
      position: number;
      active_commitments: number;
      actions: number;
      programmes: number;
      sessions: number;
      evidence: number;
      indicators: number;
    }> = await this.dataSource.manager.query(
      `SELECT e.id, e.framework_id, e.code, e.label, e.description, e.position,
         (SELECT count(*)::int FROM commitments c
           JOIN organisations o ON o.id = c.organisation_id
           WHERE c.organisation_id = $1 AND c.element_id = e.id
             AND c.status IN ('ACTIVE', 'AT_RISK')
             AND (c.created_at AT TIME ZONE o.time_zone)::date <= $3::date) AS active_commitments,
         (SELECT count(*)::int FROM action_log_entries a
           JOIN commitments c ON c.organisation_id = a.organisation_id AND c.id = a.commitment_id
           WHERE a.organisation_id = $1 AND c.element_id = e.id
             AND a.occurred_on BETWEEN $4::date AND $5::date AND ${ENTRY_IN_FORCE}) AS actions,
         (SELECT count(*)::int FROM programme_framework_elements pf
           JOIN programmes p ON p.organisation_id = pf.organisation_id AND p.id = pf.programme_id
           WHERE pf.organisation_id = $1 AND pf.element_id = e.id
             AND p.start_date <= $3::date AND (p.end_date IS NULL OR p.end_date >= $2::date)) AS programmes,
         (SELECT count(*)::int FROM session_framework_elements sf
           JOIN sessions s ON s.organisation_id = sf.organisation_id AND s.id = sf.session_id
           WHERE sf.organisation_id = $1 AND sf.element_id = e.id
             AND s.status = 'DELIVERED' AND s.date BETWEEN $2::date AND $3::date) AS sessions,
         (SELECT count(*)::int FROM evidence_framework_elements ef
           JOIN evidence_items ev ON ev.organisation_id = ef.organisation_id AND ev.id = ef.evidence_id
           WHERE ef.organisation_id = $1 AND ef.element_id = e.id
             AND ev.occurred_on BETWEEN $2::date AND $3::date
             AND (NOT $6::boolean OR (ev.publishable AND ev.consent_status IN ('NOT_NEEDED', 'OBTAINED')))) AS evidence,
         (SELECT count(DISTINCT ife.indicator_id)::int FROM indicator_framework_elements ife
           JOIN indicator_results r ON r.organisation_id = ife.organisation_id AND r.indicator_id = ife.indicator_id
           WHERE ife.organisation_id = $1 AND ife.element_id = e.id
             AND r.period_start <= $3::date AND r.period_end >= $2::date
             AND (NOT $6::boolean OR r.status <> 'DRAFT')) AS indicators
       FROM framework_elements e
       JOIN frameworks f ON f.id = e.framework_id
       WHERE f.code = $7 AND f.organisation_id IS NULL
       ORDER BY e.position, e.code`,
      [
        organisationId,
        window.periodStart,
        window.periodEnd,
        window.actionsFrom,
        window.actionsUntil,
        window.onlyPublishable,
        MANIFESTO_FRAMEWORK_CODE,
      ],
    );
    return rows.map((row) => ({
      element: {
        id: row.id,
        frameworkId: row.framework_id,
        code: row.code,
        label: row.label,
        description: row.description,
        position: row.position,
      },
      activeCommitments: row.active_commitments,
      actionsLast90Days: row.actions,
      programmesTagged: row.programmes,
      sessionsTagged: row.sessions,
      evidenceItems: row.evidence,
      indicatorsWithResults: row.indicators,
    }));
  }
}
