/**
 * Survey statistics, follow-up sending and withdrawal on real PostgreSQL and Redis: exact
 * figures from SQL aggregates, exactly-once sending, and a withdrawal that deletes the email.
 */
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { createQueuePrefix } from '../../../test/support/test-redis';
import { PlatformModule } from '../../app/platform.module';
import { AppConfig } from '../../platform/config';
import { SurveyIndicatorSource } from '../../platform/impact/survey-indicator-source';
import { MailModule } from '../../platform/mail/mail.module';
import { FOLLOW_UP_MAIL_KIND, FollowUpService } from './follow-up.service';
import { SurveyResultsService } from './survey-results.service';
import type { SurveyEntity } from './survey.entity';
import { SurveysModule } from './surveys.module';
import { SurveysRepository } from './surveys.repository';

const round = (value: number | null | undefined, places = 4) =>
  value === null || value === undefined ? null : Math.round(value * 10 ** places) / 10 ** places;

describe('surveys with real PostgreSQL and Redis', () => {
  let database: TestDatabase;
  let queue: ReturnType<typeof createQueuePrefix>;
  let db: Client;
  let app: INestApplicationContext;
  let organisationId: string;
  let programmeId: string;
  let otherProgrammeId: string;
  let prePost: SurveyEntity;
  let single: SurveyEntity;

  async function insertSurvey(kind: 'SINGLE' | 'PRE_POST', itemCodes: string[]) {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO surveys (organisation_id, title, programme_id, kind, status, item_codes, public_token, offers_follow_up)
       VALUES ($1, $2, $3, $4, 'OPEN', $5, $6, true) RETURNING id`,
      [
        organisationId,
        `${kind} survey`,
        programmeId,
        kind,
        itemCodes,
        `token-${kind}-${Date.now()}`,
      ],
    );
    return (await app.get(SurveysRepository).findById(organisationId, rows[0]!.id))!;
  }

  async function respond(
    survey: SurveyEntity,
    wave: 'PRE' | 'POST' | 'SINGLE',
    pairingHash: string | null,
    at: string,
    answers: Record<string, number | string>,
  ) {
    await app.get(SurveysRepository).insertResponse({
      organisationId,
      surveyId: survey.id,
      wave,
      followUpMonths: null,
      pairingHash,
      submittedAt: new Date(at),
      timeZone: 'Europe/London',
      answers: Object.entries(answers).map(([itemCode, value]) => ({
        itemCode,
        value: typeof value === 'number' ? value : null,
        text: typeof value === 'string' ? value : null,
      })),
    });
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    queue = createQueuePrefix();
    db = new Client({ connectionString: database.url });
    await db.connect();
    organisationId = (
      await db.query<{ id: string }>(
        `INSERT INTO organisations (name, slug) VALUES ('Voice Museum', 'voice-museum') RETURNING id`,
      )
    ).rows[0]!.id;
    const programme = async (name: string) =>
      (
        await db.query<{ id: string }>(
          `INSERT INTO programmes (organisation_id, name, strand, status, start_date)
           VALUES ($1, $2, 'SCHOOLS', 'ACTIVE', '2025-04-01') RETURNING id`,
          [organisationId, name],
        )
      ).rows[0]!.id;
    programmeId = await programme('Schools');
    otherProgrammeId = await programme('Families');
    const config = AppConfig.forTest({
      DATABASE_URL: database.url,
      REDIS_URL: inject('redisUrl'),
      QUEUE_PREFIX: queue.prefix,
    });
    const moduleRef = await Test.createTestingModule({
      imports: [PlatformModule.forRoot(config, 'api'), MailModule.forApi(), SurveysModule.forApi()],
    }).compile();
    app = await moduleRef.init();

    prePost = await insertSurvey('PRE_POST', ['LO_KNOWLEDGE', 'ONS4_ANXIOUS', 'NPS_RECOMMEND']);
    const pre = [2, 3, 3, 4, 2, 3, 1];
    const preAnxious = [6, 5, 7, 4, 6, 5, 5];
    const post = [4, 4, 3, 5, 3, 5];
    const postAnxious = [4, 5, 5, 5, 3, 4];
    const recommend = [10, 9, 8, 6, 3, 9];
    for (let i = 0; i < pre.length; i += 1) {
      await respond(prePost, 'PRE', `h${i}`, '2025-05-10T09:00:00Z', {
        LO_KNOWLEDGE: pre[i]!,
        ONS4_ANXIOUS: preAnxious[i]!,
      });
    }
    for (let i = 0; i < post.length; i += 1) {
      // 23:30 UTC on 10 May is 00:30 on 11 May in London (BST): it counts on the 11th.
      await respond(prePost, 'POST', `h${i}`, '2025-05-10T23:30:00Z', {
        LO_KNOWLEDGE: post[i]!,
        ONS4_ANXIOUS: postAnxious[i]!,
        NPS_RECOMMEND: recommend[i]!,
      });
    }
    single = await insertSurvey('SINGLE', ['QD_CHALLENGE', 'FT_COMMENTS']);
    await respond(single, 'SINGLE', null, '2025-06-01T10:00:00Z', {
      QD_CHALLENGE: 0.7,
      FT_COMMENTS: 'Loved the Roman coins',
    });
    await respond(single, 'SINGLE', null, '2025-06-01T10:00:00Z', { QD_CHALLENGE: 0.64 });
    await respond(single, 'SINGLE', null, '2025-06-01T10:00:00Z', { QD_CHALLENGE: 0.2 });
  });

  afterAll(async () => {
    await app?.close();
    await db?.end();
    await queue?.cleanup();
    await database?.drop();
  });

  describe('results', () => {
    it('give mean with a t-based 95% CI, share agreeing and NPS per wave', async () => {
      const results = await app.get(SurveyResultsService).results(prePost);
      expect(results.responseCount).toBe(13);
      expect(results.waves).toEqual([
        { wave: 'PRE', followUpMonths: null, n: 7, suppressed: false },
        { wave: 'POST', followUpMonths: null, n: 6, suppressed: false },
      ]);
      const item = (code: string, wave: string) =>
        results.items.find((i) => i.itemCode === code && i.wave === wave)!;
      const post = item('LO_KNOWLEDGE', 'POST');
      expect([post.n, round(post.mean), round(post.ciLow), round(post.ciHigh)]).toEqual([
        6, 4, 3.0612, 4.9388,
      ]);
      expect(round(post.shareAgreeing)).toBe(66.6667);
      const pre = item('LO_KNOWLEDGE', 'PRE');
      expect([pre.n, round(pre.mean), round(pre.ciLow), round(pre.ciHigh)]).toEqual([
        7, 2.5714, 1.6688, 3.474,
      ]);
      expect(round(item('NPS_RECOMMEND', 'POST').nps)).toBe(16.6667);
      expect(item('NPS_RECOMMEND', 'POST').shareAgreeing).toBeNull();
      // Questions keep the survey's order, waves before then after.
      expect(results.items.map((i) => `${i.itemCode}:${i.wave}`)).toEqual([
        'LO_KNOWLEDGE:PRE',
        'LO_KNOWLEDGE:POST',
        'ONS4_ANXIOUS:PRE',
        'ONS4_ANXIOUS:POST',
        'NPS_RECOMMEND:POST',
      ]);
    });

    it('withhold distribution options answered by fewer than the threshold', async () => {
      const results = await app.get(SurveyResultsService).results(prePost);
      const post = results.items.find((i) => i.itemCode === 'LO_KNOWLEDGE' && i.wave === 'POST')!;
      expect(post.distribution).toEqual([
        { value: 1, n: 0, suppressed: false },
        { value: 2, n: 0, suppressed: false },
        { value: 3, n: null, suppressed: true },
        { value: 4, n: null, suppressed: true },
        { value: 5, n: null, suppressed: true },
      ]);
      await db.query('UPDATE organisations SET small_cell_threshold = 2 WHERE id = $1', [
        organisationId,
      ]);
      const loose = await app.get(SurveyResultsService).results(prePost);
      expect(
        loose.items.find((i) => i.itemCode === 'LO_KNOWLEDGE' && i.wave === 'POST')!.distribution,
      ).toEqual([
        { value: 1, n: 0, suppressed: false },
        { value: 2, n: 0, suppressed: false },
        { value: 3, n: 2, suppressed: false },
        { value: 4, n: 2, suppressed: false },
        { value: 5, n: 2, suppressed: false },
      ]);
      await db.query('UPDATE organisations SET small_cell_threshold = 5 WHERE id = $1', [
        organisationId,
      ]);
    });

    it('pair before and after by pairing hash: mean change, CI, proportion improved', async () => {
      const results = await app.get(SurveyResultsService).results(prePost);
      const change = (code: string) => results.changes.find((c) => c.itemCode === code)!;
      const knowledge = change('LO_KNOWLEDGE');
      expect([
        knowledge.n,
        round(knowledge.meanChange),
        round(knowledge.ciLow),
        round(knowledge.ciHigh),
        round(knowledge.proportionImproved),
      ]).toEqual([6, 1.1667, 0.3766, 1.9568, 83.3333]);
      // Anxiety: lower is better, so a fall is an improvement.
      const anxious = change('ONS4_ANXIOUS');
      expect([
        anxious.n,
        round(anxious.meanChange),
        round(anxious.ciLow),
        round(anxious.ciHigh),
        round(anxious.proportionImproved),
      ]).toEqual([6, -1.1667, -2.7116, 0.3783, 66.6667]);
    });

    it('withhold every wave of a question answered by fewer than the threshold, and list comments', async () => {
      const results = await app.get(SurveyResultsService).results(single);
      expect(results.waves).toEqual([
        { wave: 'SINGLE', followUpMonths: null, n: null, suppressed: true },
      ]);
      const challenge = results.items.find((i) => i.itemCode === 'QD_CHALLENGE')!;
      expect(challenge).toMatchObject({ n: null, mean: null, suppressed: true, distribution: [] });
      expect(results.comments).toEqual([
        {
          itemCode: 'FT_COMMENTS',
          wave: 'SINGLE',
          text: 'Loved the Roman coins',
          date: '2025-06-01',
          localDate: '2025-06-01',
        },
      ]);
    });
  });

  describe('SurveyIndicatorSource', () => {
    const base = {
      surveyId: null,
      start: '2025-04-01',
      end: '2026-03-31',
      programmeId: null,
      siteId: null,
    };
    const compute = (query: Partial<Parameters<SurveyIndicatorSource['compute']>[0]>) =>
      app
        .get(SurveyIndicatorSource)
        .compute({
          organisationId,
          statistic: 'MEAN_SCORE',
          itemCode: 'LO_KNOWLEDGE',
          ...base,
          ...query,
        })
        .then((v) => ({
          value: round(v.value),
          n: v.n,
          ciLow: round(v.ciLow),
          ciHigh: round(v.ciHigh),
        }));

    it('computes each statistic from the responses given after the activity', async () => {
      expect(await compute({})).toEqual({ value: 4, n: 6, ciLow: 3.0612, ciHigh: 4.9388 });
      expect(await compute({ statistic: 'SHARE_AGREEING' })).toEqual({
        value: 66.6667,
        n: 6,
        ciLow: null,
        ciHigh: null,
      });
      expect(await compute({ statistic: 'NPS', itemCode: 'NPS' })).toEqual({
        value: 16.6667,
        n: 6,
        ciLow: null,
        ciHigh: null,
      });
      expect(await compute({ statistic: 'PRE_POST_CHANGE' })).toEqual({
        value: 1.1667,
        n: 6,
        ciLow: 0.3766,
        ciHigh: 1.9568,
      });
      expect(await compute({ statistic: 'PROPORTION_IMPROVED', itemCode: 'ONS4_ANXIOUS' })).toEqual(
        {
          value: 66.6667,
          n: 6,
          ciLow: null,
          ciHigh: null,
        },
      );
      expect(await compute({ itemCode: 'QD_CHALLENGE' })).toMatchObject({ value: 0.5133, n: 3 });
    });

    it('narrows by survey, programme and local date', async () => {
      expect((await compute({ surveyId: single.id })).n).toBe(0);
      expect((await compute({ programmeId: programmeId })).n).toBe(6);
      expect(await compute({ programmeId: otherProgrammeId })).toEqual({
        value: null,
        n: 0,
        ciLow: null,
        ciHigh: null,
      });
      // The POST responses count on 11 May, London time.
      expect((await compute({ start: '2025-05-11', end: '2025-05-11' })).n).toBe(6);
      expect((await compute({ start: '2025-05-10', end: '2025-05-10' })).n).toBe(0);
      expect(
        (await compute({ statistic: 'PRE_POST_CHANGE', start: '2025-05-10', end: '2025-05-10' })).n,
      ).toBe(0);
      expect((await compute({ itemCode: 'NOT_AN_ITEM' })).n).toBe(0);
    });
  });

  describe('follow-up', () => {
    const makeDue = () =>
      db.query(
        `UPDATE follow_up_invitations SET due_on = current_date - 1 WHERE status = 'PENDING'`,
      );
    const consent = (email: string) =>
      app.get(FollowUpService).consent({
        organisationId,
        surveyId: single.id,
        email,
        purpose: 'To ask how it went',
        givenBy: 'SELF',
        months: [3, 6],
        timeZone: 'Europe/London',
      });

    it('schedules each wave on the consent date plus its months', async () => {
      await consent('ada@example.org');
      const { rows } = await db.query<{ months: number; ok: boolean }>(
        `SELECT months, due_on = ((now() AT TIME ZONE 'Europe/London')::date + make_interval(months => months))::date AS ok
           FROM follow_up_invitations ORDER BY months`,
      );
      expect(rows).toEqual([
        { months: 3, ok: true },
        { months: 6, ok: true },
      ]);
      const contact = await db.query(
        'SELECT email, lawful_basis, given_by, purpose, withdrawn_at FROM survey_contacts',
      );
      expect(contact.rows).toEqual([
        {
          email: 'ada@example.org',
          lawful_basis: 'CONSENT',
          given_by: 'SELF',
          purpose: 'To ask how it went',
          withdrawn_at: null,
        },
      ]);
    });

    it('sends each due wave exactly once, even when two senders race', async () => {
      await consent('grace@example.org');
      await makeDue();
      const service = app.get(FollowUpService);
      expect(await service.organisationsWithDueInvitations()).toEqual([organisationId]);
      const [a, b] = await Promise.all([
        service.sendDue(organisationId),
        service.sendDue(organisationId),
      ]);
      expect(a + b).toBe(4);
      expect(await service.sendDue(organisationId)).toBe(0);
      const mail = await db.query<{ to_address: string; n: number }>(
        `SELECT to_address, count(*)::int AS n FROM mail_outbox WHERE kind = $1 GROUP BY 1 ORDER BY 1`,
        [FOLLOW_UP_MAIL_KIND],
      );
      expect(mail.rows).toEqual([
        { to_address: 'ada@example.org', n: 2 },
        { to_address: 'grace@example.org', n: 2 },
      ]);
      const sent = await db.query(
        `SELECT count(*)::int AS n FROM follow_up_invitations WHERE status = 'SENT' AND token_hash IS NOT NULL`,
      );
      expect(sent.rows[0].n).toBe(4);
    });

    it('withdrawal deletes the email at once, cancels pending waves and stops mail', async () => {
      const token = await consent('lin@example.org');
      const service = app.get(FollowUpService);
      const contact = await service.contactForToken(token);
      expect(contact?.organisationId).toBe(organisationId);
      await service.withdraw(organisationId, contact!.id, null);
      const row = await db.query('SELECT email, withdrawn_at FROM survey_contacts WHERE id = $1', [
        contact!.id,
      ]);
      expect(row.rows[0].email).toBeNull();
      expect(row.rows[0].withdrawn_at).toBeInstanceOf(Date);
      const waves = await db.query(
        'SELECT status FROM follow_up_invitations WHERE contact_id = $1 ORDER BY months',
        [contact!.id],
      );
      expect(waves.rows.map((w) => w.status)).toEqual(['CANCELLED', 'CANCELLED']);
      await makeDue();
      expect(await service.sendDue(organisationId)).toBe(0);
      const anywhere = await db.query(
        `SELECT count(*)::int AS n FROM mail_outbox WHERE to_address = 'lin@example.org'`,
      );
      expect(anywhere.rows[0].n).toBe(0);
      const audit = await db.query(
        `SELECT summary FROM audit_events WHERE action = 'survey_contact.withdrawn' AND entity_id = $1`,
        [contact!.id],
      );
      expect(audit.rows).toHaveLength(1);
      // Withdrawing twice is harmless; the mail already sent to Grace is deleted with her address.
      await service.withdraw(organisationId, contact!.id, null);
      const grace = await db.query<{ id: string }>(
        `SELECT id FROM survey_contacts WHERE email = 'grace@example.org'`,
      );
      await service.withdraw(organisationId, grace.rows[0]!.id, null);
      const left = await db.query(
        `SELECT count(*)::int AS n FROM mail_outbox WHERE to_address = 'grace@example.org'`,
      );
      expect(left.rows[0].n).toBe(0);
    });

    it('reports invited, responded, response rate and attrition per wave', async () => {
      await db.query('UPDATE organisations SET small_cell_threshold = 1 WHERE id = $1', [
        organisationId,
      ]);
      await db.query(
        `UPDATE follow_up_invitations SET status = 'RESPONDED'
          WHERE months = 3 AND contact_id = (SELECT id FROM survey_contacts WHERE email = 'ada@example.org')`,
      );
      const status = await app.get(FollowUpService).status(organisationId, single.id);
      expect(status.consented).toBe(3);
      expect(status.withdrawn).toBe(2);
      expect(
        status.waves.map((w) => ({
          ...w,
          responseRate: round(w.responseRate),
          attrition: round(w.attrition),
        })),
      ).toEqual([
        {
          months: 3,
          invited: 2,
          responded: 1,
          pending: 0,
          cancelled: 1,
          responseRate: 50,
          attrition: 66.6667,
          suppressed: false,
        },
        {
          months: 6,
          invited: 2,
          responded: 0,
          pending: 0,
          cancelled: 1,
          responseRate: 0,
          attrition: 100,
          suppressed: false,
        },
      ]);
      await db.query('UPDATE organisations SET small_cell_threshold = 5 WHERE id = $1', [
        organisationId,
      ]);
      const hidden = await app.get(FollowUpService).status(organisationId, single.id);
      expect(
        hidden.waves.every((w) => w.suppressed && w.invited === null && w.responseRate === null),
      ).toBe(true);
    });
  });
});
