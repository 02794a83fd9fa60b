import { createHash, randomBytes } from 'node:crypto';
import { suppressSmallCells, type ConsentGiver, type FollowUpStatus } from '@lantern/domain';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { OrgActor } from '../../platform/auth/actor';
import { Clock } from '../../platform/clock/clock';
import { AppConfig } from '../../platform/config';
import { NotFoundError } from '../../platform/graphql/app-errors';
import { assertId } from '../../platform/graphql/ids';
import { MailOutboxService } from '../../platform/mail/mail-outbox.service';
import { AuditService, auditedBy } from '../audit/audit.service';
import { followUpMail } from './follow-up-mail';
import type { SurveyContactModel, SurveyFollowUpModel } from './survey.model';
import { SurveyStatisticsRepository } from './survey-statistics.repository';

export const FOLLOW_UP_MAIL_KIND = 'survey.follow-up';
const SEND_BATCH = 50;

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export interface NewConsent {
  organisationId: string;
  surveyId: string;
  email: string;
  purpose: string;
  givenBy: ConsentGiver;
  months: readonly number[];
  timeZone: string;
}

/**
 * Long-term follow-up: consents, the waves they schedule, sending invitations when due (worker)
 * and withdrawal. Contacts are kept apart from responses and never reach an export.
 */
@Injectable()
export class FollowUpService {
  private readonly logger = new Logger(FollowUpService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: MailOutboxService,
    private readonly audit: AuditService,
    private readonly statistics: SurveyStatisticsRepository,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Records consent and schedules its waves; returns the token that withdraws it. */
  async consent(input: NewConsent): Promise<string> {
    const withdrawToken = newToken();
    const now = this.clock.now();
    await this.dataSource.transaction(async (em) => {
      const rows: Array<{ id: string }> = await em.query(
        `INSERT INTO survey_contacts
           (organisation_id, survey_id, email, purpose, lawful_basis, given_by, consented_at, withdraw_token_hash)
         VALUES ($1, $2, $3, $4, 'CONSENT', $5, $6, $7) RETURNING id`,
        [
          input.organisationId,
          input.surveyId,
          input.email,
          input.purpose,
          input.givenBy,
          now,
          tokenHash(withdrawToken),
        ],
      );
      const contactId = rows[0]?.id;
      await em.query(
        `INSERT INTO follow_up_invitations (organisation_id, survey_id, contact_id, months, due_on)
         SELECT $1, $2, $3, m, (($4::timestamptz AT TIME ZONE $5)::date + make_interval(months => m))::date
           FROM unnest($6::int[]) AS m`,
        [input.organisationId, input.surveyId, contactId, now, input.timeZone, [...input.months]],
      );
      await this.audit.record(em, {
        organisationId: input.organisationId,
        actorUserId: null,
        requestId: null,
        action: 'survey_contact.consented',
        entityType: 'survey_contact',
        entityId: contactId ?? null,
        summary: `A participant agreed to follow-up at ${input.months.join(', ')} months (${input.givenBy === 'SELF' ? 'their own consent' : 'consent from a parent or guardian'})`,
      });
    });
    return withdrawToken;
  }

  /**
   * Withdraws consent: the email is deleted at once (the anonymous record says withdrawn and
   * when), pending waves are cancelled and unsent follow-up mail to the address is dropped.
   * Safe to repeat. `actor` is the staff member, or null for the participant's own link.
   */
  async withdraw(
    organisationId: string,
    contactId: string,
    actor: OrgActor | null,
    em?: EntityManager,
  ): Promise<void> {
    const work = async (tx: EntityManager) => {
      const rows: Array<{ email: string | null; withdrawn_at: Date | null }> = await tx.query(
        `SELECT email, withdrawn_at FROM survey_contacts
          WHERE organisation_id = $1 AND id = $2 FOR UPDATE`,
        [organisationId, contactId],
      );
      const contact = rows[0];
      if (!contact) throw new NotFoundError('Contact');
      if (contact.withdrawn_at) return;
      await tx.query(
        `UPDATE survey_contacts SET email = NULL, withdrawn_at = $3
          WHERE organisation_id = $1 AND id = $2`,
        [organisationId, contactId, this.clock.now()],
      );
      await tx.query(
        `UPDATE follow_up_invitations SET status = 'CANCELLED'
          WHERE organisation_id = $1 AND contact_id = $2 AND status = 'PENDING'`,
        [organisationId, contactId],
      );
      if (contact.email) {
        await tx.query(
          `DELETE FROM mail_outbox
            WHERE organisation_id = $1 AND kind = $2 AND to_address = $3`,
          [organisationId, FOLLOW_UP_MAIL_KIND, contact.email],
        );
      }
      await this.audit.record(tx, {
        ...(actor ? auditedBy(actor) : { organisationId, actorUserId: null, requestId: null }),
        action: 'survey_contact.withdrawn',
        entityType: 'survey_contact',
        entityId: contactId,
        summary: actor
          ? `${actor.userName} withdrew a participant's follow-up consent; their email address was deleted`
          : 'A participant withdrew their follow-up consent; their email address was deleted',
      });
    };
    if (em) return work(em);
    return this.dataSource.transaction(work);
  }

  /** Staff withdrawal on a participant's behalf. */
  async withdrawByStaff(actor: OrgActor, rawContactId: unknown): Promise<void> {
    await this.withdraw(actor.organisationId, assertId(rawContactId, 'Contact'), actor);
  }

  /** The contact a withdraw token (from the form, or from any follow-up mail) belongs to. */
  async contactForToken(token: string): Promise<{ organisationId: string; id: string } | null> {
    const hash = tokenHash(token);
    const rows: Array<{ organisation_id: string; id: string }> = await this.dataSource.query(
      `SELECT organisation_id, id FROM survey_contacts WHERE withdraw_token_hash = $1
       UNION ALL
       SELECT organisation_id, contact_id FROM follow_up_invitations WHERE token_hash = $1
       LIMIT 1`,
      [hash],
    );
    const row = rows[0];
    return row ? { organisationId: row.organisation_id, id: row.id } : null;
  }

  /** Museums with invitations due today or earlier in their own time zone. */
  async organisationsWithDueInvitations(): Promise<string[]> {
    const rows: Array<{ organisation_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT i.organisation_id
         FROM follow_up_invitations i
         JOIN organisations o ON o.id = i.organisation_id
        WHERE i.status = 'PENDING'
          AND i.due_on <= ($1::timestamptz AT TIME ZONE o.time_zone)::date`,
      [this.clock.now()],
    );
    return rows.map((row) => row.organisation_id);
  }

  /**
   * Sends one museum's due invitations: each batch locks its rows (SKIP LOCKED, so two workers
   * share the work), queues the mail through the outbox and marks the wave SENT in the same
   * transaction. A wave is sent at most once. Returns how many were sent.
   */
  async sendDue(organisationId: string): Promise<number> {
    let sent = 0;
    for (;;) {
      const mailIds = await this.dataSource.transaction(async (em) => {
        const due: Array<{
          id: string;
          months: number;
          email: string;
          title: string;
          public_token: string;
          organisation_name: string;
        }> = await em.query(
          `SELECT i.id, i.months, c.email, s.title, s.public_token, o.name AS organisation_name
             FROM follow_up_invitations i
             JOIN survey_contacts c ON c.organisation_id = i.organisation_id AND c.id = i.contact_id
             JOIN surveys s ON s.organisation_id = i.organisation_id AND s.id = i.survey_id
             JOIN organisations o ON o.id = i.organisation_id
            WHERE i.organisation_id = $1 AND i.status = 'PENDING'
              AND c.email IS NOT NULL AND c.withdrawn_at IS NULL
              AND i.due_on <= ($2::timestamptz AT TIME ZONE o.time_zone)::date
            ORDER BY i.due_on, i.id
            LIMIT ${SEND_BATCH}
            FOR UPDATE OF i SKIP LOCKED`,
          [organisationId, this.clock.now()],
        );
        const ids: string[] = [];
        for (const invitation of due) {
          const token = newToken();
          const mail = followUpMail({
            organisationName: invitation.organisation_name,
            surveyTitle: invitation.title,
            months: invitation.months,
            surveyLink: `${this.config.appUrl}/s/${invitation.public_token}?f=${token}`,
            withdrawLink: `${this.config.appUrl}/follow-up/stop?token=${token}`,
          });
          const queued = await this.outbox.enqueue(em, {
            organisationId,
            kind: FOLLOW_UP_MAIL_KIND,
            to: invitation.email,
            ...mail,
          });
          await em.query(
            `UPDATE follow_up_invitations SET status = 'SENT', sent_at = $2, token_hash = $3
              WHERE id = $1 AND status = 'PENDING'`,
            [invitation.id, this.clock.now(), tokenHash(token)],
          );
          ids.push(queued.id);
        }
        return ids;
      });
      await this.outbox.dispatch(mailIds);
      sent += mailIds.length;
      if (mailIds.length < SEND_BATCH) break;
    }
    if (sent) this.logger.log({ organisationId, sent }, 'follow-up invitations sent');
    return sent;
  }

  /** Per wave: invited, responded, response rate and attrition (small cells withheld). */
  async status(organisationId: string, surveyId: string): Promise<SurveyFollowUpModel> {
    const [threshold, totals, waves] = await Promise.all([
      this.statistics.smallCellThreshold(organisationId),
      this.dataSource.query(
        `SELECT count(*)::int AS consented, count(*) FILTER (WHERE withdrawn_at IS NOT NULL)::int AS withdrawn
           FROM survey_contacts WHERE organisation_id = $1 AND survey_id = $2`,
        [organisationId, surveyId],
      ) as Promise<Array<{ consented: number; withdrawn: number }>>,
      this.dataSource.query(
        `SELECT months,
                count(*) FILTER (WHERE status IN ('SENT', 'RESPONDED'))::int AS invited,
                count(*) FILTER (WHERE status = 'RESPONDED')::int AS responded,
                count(*) FILTER (WHERE status = 'PENDING')::int AS pending,
                count(*) FILTER (WHERE status = 'CANCELLED')::int AS cancelled
           FROM follow_up_invitations WHERE organisation_id = $1 AND survey_id = $2
          GROUP BY months ORDER BY months`,
        [organisationId, surveyId],
      ) as Promise<
        Array<{
          months: number;
          invited: number;
          responded: number;
          pending: number;
          cancelled: number;
        }>
      >,
    ]);
    const consented = totals[0]?.consented ?? 0;
    const cells = suppressSmallCells(
      waves.map((wave) => ({ ...wave, n: wave.invited, value: wave.responded })),
      threshold,
    );
    let previous: number | null = consented;
    return {
      surveyId,
      consented,
      withdrawn: totals[0]?.withdrawn ?? 0,
      waves: cells.map((cell, i) => {
        const wave = waves[i] as (typeof waves)[number];
        const attrition =
          cell.suppressed || previous === null || previous === 0
            ? null
            : ((previous - wave.responded) / previous) * 100;
        previous = cell.suppressed || wave.invited === 0 ? null : wave.responded;
        return {
          months: wave.months,
          invited: cell.n,
          responded: cell.suppressed ? null : wave.responded,
          pending: wave.pending,
          cancelled: wave.cancelled,
          responseRate:
            cell.suppressed || !wave.invited ? null : (wave.responded / wave.invited) * 100,
          attrition: wave.invited === 0 ? null : attrition,
          suppressed: cell.suppressed,
        };
      }),
    };
  }

  /** Contacts of a survey with their waves (personal data: callers check personal_data.read). */
  async contacts(organisationId: string, surveyId: string): Promise<SurveyContactModel[]> {
    const rows: Array<{
      id: string;
      email: string | null;
      purpose: string;
      lawful_basis: string;
      given_by: ConsentGiver;
      consented_at: Date;
      withdrawn_at: Date | null;
      invitations: Array<{
        months: number;
        due_on: string;
        status: FollowUpStatus;
        sent_at: string | null;
      }>;
    }> = await this.dataSource.query(
      `SELECT c.id, c.email, c.purpose, c.lawful_basis, c.given_by, c.consented_at, c.withdrawn_at,
              coalesce(json_agg(json_build_object('months', i.months, 'due_on', i.due_on,
                         'status', i.status, 'sent_at', i.sent_at) ORDER BY i.months)
                       FILTER (WHERE i.id IS NOT NULL), '[]') AS invitations
         FROM survey_contacts c
         LEFT JOIN follow_up_invitations i ON i.organisation_id = c.organisation_id AND i.contact_id = c.id
        WHERE c.organisation_id = $1 AND c.survey_id = $2
        GROUP BY c.id
        ORDER BY c.consented_at DESC, c.id`,
      [organisationId, surveyId],
    );
    return rows.map((row) => ({
      id: row.id,
      email: row.email,
      purpose: row.purpose,
      lawfulBasis: row.lawful_basis,
      givenBy: row.given_by,
      consentedAt: row.consented_at,
      withdrawnAt: row.withdrawn_at,
      invitations: row.invitations.map((i) => ({
        months: i.months,
        dueOn: i.due_on,
        status: i.status,
        sentAt: i.sent_at ? new Date(i.sent_at) : null,
      })),
    }));
  }
}
