import type { SurveyStatus, SurveyWave } from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { SurveyEntity } from './survey.entity';

/** The survey as the public form needs it, with its museum's name and time zone. */
export interface PublicSurveyRow {
  id: string;
  organisationId: string;
  organisationName: string;
  timeZone: string;
  title: string;
  intro: string | null;
  kind: 'SINGLE' | 'PRE_POST';
  status: SurveyStatus;
  itemCodes: string[];
  closesAt: Date | null;
  offersFollowUp: boolean;
  followUpMonths: number[];
}

export interface NewResponse {
  organisationId: string;
  surveyId: string;
  wave: SurveyWave;
  followUpMonths: number | null;
  pairingHash: string | null;
  submittedAt: Date;
  timeZone: string;
  answers: Array<{ itemCode: string; value: number | null; text: string | null }>;
}

/** Where a page of surveys starts: after this one in (created at desc, id desc) order. */
export interface SurveyCursor {
  createdAt: string;
  id: string;
}

/** Surveys and responses; every method is scoped by organisation id (public ones by token). */
@Injectable()
export class SurveysRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(em?: EntityManager) {
    return (em ?? this.dataSource.manager).getRepository(SurveyEntity);
  }

  async page(
    organisationId: string,
    status: SurveyStatus | null,
    first: number,
    after: SurveyCursor | null,
  ): Promise<{ rows: SurveyEntity[]; total: number }> {
    const query = this.repo()
      .createQueryBuilder('survey')
      .where('survey.organisation_id = :organisationId', { organisationId });
    if (status) query.andWhere('survey.status = :status', { status });
    const total = await query.getCount();
    if (after) {
      query.andWhere('(survey.created_at, survey.id) < (:afterAt::timestamptz, :afterId::uuid)', {
        afterAt: after.createdAt,
        afterId: after.id,
      });
    }
    const rows = await query
      .orderBy('survey.created_at', 'DESC')
      .addOrderBy('survey.id', 'DESC')
      .limit(first)
      .getMany();
    return { rows, total };
  }

  findById(organisationId: string, id: string, em?: EntityManager): Promise<SurveyEntity | null> {
    return this.repo(em).findOneBy({ organisationId, id });
  }

  /** Locks the survey row for a change (status, items) racing with another. */
  lockById(organisationId: string, id: string, em: EntityManager): Promise<SurveyEntity | null> {
    return this.repo(em)
      .createQueryBuilder('survey')
      .setLock('pessimistic_write')
      .where('survey.organisation_id = :organisationId AND survey.id = :id', { organisationId, id })
      .getOne();
  }

  findByIds(organisationId: string, ids: readonly string[]): Promise<SurveyEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.repo().findBy({ organisationId, id: In([...ids]) });
  }

  save(survey: Partial<SurveyEntity>, em: EntityManager): Promise<SurveyEntity> {
    return this.repo(em).save(this.repo(em).create(survey));
  }

  async delete(organisationId: string, id: string, em: EntityManager): Promise<void> {
    await this.repo(em).delete({ organisationId, id });
  }

  /** Whether a programme or session of the organisation exists (to link a survey to it). */
  async linkExists(
    organisationId: string,
    table: 'programmes' | 'sessions',
    id: string,
    em?: EntityManager,
  ): Promise<boolean> {
    const rows: unknown[] = await (em ?? this.dataSource.manager).query(
      `SELECT 1 FROM ${table} WHERE organisation_id = $1 AND id = $2`,
      [organisationId, id],
    );
    return rows.length > 0;
  }

  /** What each survey is linked to, with a name to show. */
  async links(
    organisationId: string,
    surveyIds: readonly string[],
  ): Promise<Array<{ surveyId: string; kind: 'PROGRAMME' | 'SESSION'; id: string; name: string }>> {
    if (!surveyIds.length) return [];
    const rows: Array<{
      survey_id: string;
      kind: 'PROGRAMME' | 'SESSION';
      id: string;
      name: string;
    }> = await this.dataSource.manager.query(
      `SELECT s.id AS survey_id,
                CASE WHEN s.programme_id IS NOT NULL THEN 'PROGRAMME' ELSE 'SESSION' END AS kind,
                coalesce(s.programme_id, s.session_id) AS id,
                coalesce(p.name, coalesce(se.title, sp.name) || ' (' || to_char(se.date, 'DD Mon YYYY') || ')') AS name
           FROM surveys s
           LEFT JOIN programmes p ON p.organisation_id = s.organisation_id AND p.id = s.programme_id
           LEFT JOIN sessions se ON se.organisation_id = s.organisation_id AND se.id = s.session_id
           LEFT JOIN programmes sp ON sp.organisation_id = se.organisation_id AND sp.id = se.programme_id
          WHERE s.organisation_id = $1 AND s.id = ANY($2::uuid[])`,
      [organisationId, [...surveyIds]],
    );
    return rows.map((row) => ({
      surveyId: row.survey_id,
      kind: row.kind,
      id: row.id,
      name: row.name,
    }));
  }

  /** Responses per survey, in one query. */
  async responseCounts(
    organisationId: string,
    surveyIds: readonly string[],
    em?: EntityManager,
  ): Promise<Map<string, number>> {
    if (!surveyIds.length) return new Map();
    const rows: Array<{ survey_id: string; n: number }> = await (
      em ?? this.dataSource.manager
    ).query(
      `SELECT survey_id, count(*)::int AS n FROM survey_responses
        WHERE organisation_id = $1 AND survey_id = ANY($2::uuid[]) GROUP BY survey_id`,
      [organisationId, [...surveyIds]],
    );
    return new Map(rows.map((row) => [row.survey_id, row.n]));
  }

  /** The public form's view of a survey, by its token (any museum's: the token is the key). */
  async findPublic(token: string): Promise<PublicSurveyRow | null> {
    const rows: Array<{
      id: string;
      organisation_id: string;
      organisation_name: string;
      time_zone: string;
      title: string;
      intro: string | null;
      kind: 'SINGLE' | 'PRE_POST';
      status: SurveyStatus;
      item_codes: string[];
      closes_at: Date | null;
      offers_follow_up: boolean;
      follow_up_months: number[];
    }> = await this.dataSource.manager.query(
      `SELECT s.id, s.organisation_id, o.name AS organisation_name, o.time_zone, s.title, s.intro,
              s.kind, s.status, s.item_codes, s.closes_at, s.offers_follow_up, s.follow_up_months
         FROM surveys s JOIN organisations o ON o.id = s.organisation_id
        WHERE s.public_token = $1`,
      [token],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      timeZone: row.time_zone,
      title: row.title,
      intro: row.intro,
      kind: row.kind,
      status: row.status,
      itemCodes: row.item_codes,
      closesAt: row.closes_at,
      offersFollowUp: row.offers_follow_up,
      followUpMonths: row.follow_up_months,
    };
  }

  /**
   * One response and its answers in one statement (so all or nothing): the response row and a
   * multi-row insert of the answers from arrays.
   */
  async insertResponse(response: NewResponse, em?: EntityManager): Promise<string> {
    const rows: Array<{ id: string }> = await (em ?? this.dataSource.manager).query(
      `WITH r AS (
         INSERT INTO survey_responses
           (organisation_id, survey_id, wave, follow_up_months, pairing_hash, submitted_at, local_date)
         VALUES ($1, $2, $3, $4, $5, $6, ($6::timestamptz AT TIME ZONE $7)::date)
         RETURNING id
       ), a AS (
         INSERT INTO survey_answers (response_id, item_code, organisation_id, value, text)
         SELECT r.id, x.item_code, $1, x.value, x.text
           FROM r, unnest($8::text[], $9::numeric[], $10::text[]) AS x(item_code, value, text)
       )
       SELECT id FROM r`,
      [
        response.organisationId,
        response.surveyId,
        response.wave,
        response.followUpMonths,
        response.pairingHash,
        response.submittedAt,
        response.timeZone,
        response.answers.map((a) => a.itemCode),
        response.answers.map((a) => a.value),
        response.answers.map((a) => a.text),
      ],
    );
    return rows[0]?.id as string;
  }

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
