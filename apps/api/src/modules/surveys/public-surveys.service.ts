import { createHmac, randomBytes } from 'node:crypto';
import {
  checkAnswers,
  followUpConsentSchema,
  followUpPurpose,
  normalisePairingCode,
  pairingCodeFrom,
  publicResponseSchema,
  surveyItem,
  type SurveyScale,
  type SurveyWave,
} from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import { RateLimiter } from '../../platform/auth/rate-limiter.service';
import { Clock } from '../../platform/clock/clock';
import { AppConfig } from '../../platform/config';
import { BadUserInputError, ConflictError } from '../../platform/graphql/app-errors';
import { parseInput } from '../../platform/graphql/parse-input';
import { FollowUpService, tokenHash } from './follow-up.service';
import { PublicSurveyCache } from './public-survey.cache';
import { SurveyClosedError, SurveyNotFoundError } from './surveys.errors';
import { SurveysRepository, type PublicSurveyRow } from './surveys.repository';

export interface PublicSurveyView {
  title: string;
  intro: string | null;
  organisationName: string;
  kind: 'SINGLE' | 'PRE_POST';
  items: Array<{ code: string; scale: SurveyScale; label: string; statement: string }>;
  offersFollowUp: boolean;
  followUpPurpose: string | null;
  /** Set when the link came from a follow-up mail: which wave this answer counts for. */
  followUpMonths: number | null;
}

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{10,64}$/;

/**
 * The public side of surveys (no account): read a survey by its token, submit one response,
 * consent to follow-up, withdraw. Rate limited per client IP and per survey link; stores no
 * IP or user agent.
 */
@Injectable()
export class PublicSurveysService {
  constructor(
    private readonly repository: SurveysRepository,
    private readonly followUp: FollowUpService,
    private readonly rateLimiter: RateLimiter,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly cache: PublicSurveyCache,
  ) {}

  /** Per minute: generous per IP (a class on one school network), more per link. */
  private async limit(action: string, ip: string, token: string): Promise<void> {
    const perMinute = this.config.rateLimitPerMinute;
    // Both windows at once: two pipelines on one Redis connection, one round trip's wait.
    await Promise.all([
      this.rateLimiter.consume(action, [`ip:${ip}`], perMinute * 12),
      this.rateLimiter.consume(action, [`link:${token}`], perMinute * 60),
    ]);
  }

  /** The survey by token; answering reuses a recent read (see PublicSurveyCache). */
  private async lookup(token: string, fresh: boolean): Promise<PublicSurveyRow | null> {
    const cached = fresh ? undefined : this.cache.get(token);
    if (cached !== undefined) return cached;
    const survey = await this.repository.findPublic(token);
    this.cache.set(token, survey);
    return survey;
  }

  private async answerable(
    token: string,
    followUpToken?: string | null,
    fresh = false,
  ): Promise<PublicSurveyRow> {
    if (!TOKEN_PATTERN.test(token)) throw new SurveyNotFoundError();
    const survey = await this.lookup(token, fresh);
    if (!survey || survey.status === 'DRAFT') throw new SurveyNotFoundError();
    // A follow-up wave is answered after the survey itself has closed.
    if (followUpToken) return survey;
    const now = this.clock.now().getTime();
    if (survey.status === 'CLOSED' || (survey.closesAt && survey.closesAt.getTime() <= now))
      throw new SurveyClosedError();
    return survey;
  }

  async read(token: string, followUpToken: string | null): Promise<PublicSurveyView> {
    const survey = await this.answerable(token, followUpToken, true);
    let followUpMonths: number | null = null;
    if (followUpToken) {
      const rows: Array<{ months: number; status: string }> = await this.repository.transaction(
        (em) =>
          em.query(
            'SELECT months, status FROM follow_up_invitations WHERE token_hash = $1 AND survey_id = $2',
            [tokenHash(followUpToken), survey.id],
          ),
      );
      const invitation = rows[0];
      if (!invitation || invitation.status === 'CANCELLED')
        throw new SurveyNotFoundError(
          'This follow-up link is no longer valid. Thank you for your interest.',
        );
      if (invitation.status === 'RESPONDED')
        throw new ConflictError('You have already answered this follow-up survey. Thank you.');
      followUpMonths = invitation.months;
    }
    return {
      title: survey.title,
      intro: survey.intro,
      organisationName: survey.organisationName,
      kind: survey.kind,
      items: survey.itemCodes.flatMap((code) => {
        const item = surveyItem(code);
        return item
          ? [{ code, scale: item.scale, label: item.label, statement: item.statement }]
          : [];
      }),
      offersFollowUp: survey.offersFollowUp && !followUpToken,
      followUpPurpose: survey.offersFollowUp ? followUpPurpose(survey.followUpMonths) : null,
      followUpMonths,
    };
  }

  /** One response in one statement; answers a pairing code for a PRE response. */
  async submit(
    token: string,
    ip: string,
    body: unknown,
    timings: Record<string, number> = {},
  ): Promise<{ pairingCode: string | null; wave: SurveyWave }> {
    let mark = performance.now();
    const lap = (name: string) => {
      const now = performance.now();
      timings[name] = now - mark;
      mark = now;
    };
    await this.limit('survey-response', ip, token);
    lap('limit');
    const input = parseInput(publicResponseSchema, body, 'response');
    const survey = await this.answerable(token, input.followUpToken);
    lap('survey');
    const checked = checkAnswers(survey.itemCodes, input.answers);
    if (!checked.ok) throw new BadUserInputError(checked.fieldErrors);
    if (!checked.answers.length)
      throw BadUserInputError.field(['answers'], 'Answer at least one question');

    let wave: SurveyWave = 'SINGLE';
    let pairingCode: string | null = null;
    if (input.followUpToken) {
      wave = 'FOLLOW_UP';
    } else if (survey.kind === 'PRE_POST') {
      if (!input.wave)
        throw BadUserInputError.field(['wave'], 'Say whether you are answering before or after');
      wave = input.wave;
      pairingCode = normalisePairingCode(input.pairingCode);
      if (input.pairingCode?.trim() && !pairingCode)
        throw BadUserInputError.field(
          ['pairingCode'],
          'A pairing code has 6 letters and numbers, like K7M2QX',
        );
      if (wave === 'PRE' && !pairingCode) pairingCode = pairingCodeFrom(randomBytes(6));
    }
    const pairingHash = pairingCode
      ? createHmac('sha256', this.config.surveyPairingSecret)
          .update(`${survey.id}:${pairingCode}`)
          .digest('base64url')
      : null;
    const response = {
      organisationId: survey.organisationId,
      surveyId: survey.id,
      wave,
      pairingHash,
      submittedAt: this.clock.now(),
      timeZone: survey.timeZone,
      answers: checked.answers,
    };

    if (input.followUpToken) {
      const followUpToken = input.followUpToken;
      await this.repository.transaction(async (em) => {
        // TypeORM answers an UPDATE ... RETURNING as [rows, affected].
        const [rows]: [Array<{ months: number }>, number] = await em.query(
          `UPDATE follow_up_invitations SET status = 'RESPONDED', responded_at = $3
            WHERE token_hash = $1 AND survey_id = $2 AND status = 'SENT' RETURNING months`,
          [tokenHash(followUpToken), survey.id, response.submittedAt],
        );
        const months = rows[0]?.months;
        if (months === undefined)
          throw new ConflictError(
            'This follow-up link has already been used, or is no longer valid. Thank you.',
          );
        await this.repository.insertResponse({ ...response, followUpMonths: months }, em);
      });
    } else {
      try {
        await this.repository.insertResponse({ ...response, followUpMonths: null });
      } catch (error) {
        // Deleted since it was cached (only a survey nobody had answered can be deleted).
        if ((error as { driverError?: { code?: string } }).driverError?.code === '23503')
          throw new SurveyNotFoundError();
        throw error;
      }
    }
    lap('insert');
    return { pairingCode: wave === 'PRE' ? pairingCode : null, wave };
  }

  /** Consent to be contacted later: separate from the response, so it cannot be linked to it. */
  async consent(token: string, ip: string, body: unknown): Promise<{ withdrawToken: string }> {
    await this.limit('survey-consent', ip, token);
    const input = parseInput(followUpConsentSchema, body, 'consent');
    const survey = await this.answerable(token, null, true);
    if (!survey.offersFollowUp)
      throw BadUserInputError.field(['consent'], 'This survey does not ask to contact you later');
    const withdrawToken = await this.followUp.consent({
      organisationId: survey.organisationId,
      surveyId: survey.id,
      email: input.email,
      purpose: followUpPurpose(survey.followUpMonths),
      givenBy: input.givenBy,
      months: survey.followUpMonths,
      timeZone: survey.timeZone,
    });
    return { withdrawToken };
  }

  /** The participant's own withdrawal (from the form or a follow-up mail). */
  async withdraw(ip: string, body: unknown): Promise<void> {
    const token =
      body && typeof body === 'object' && typeof (body as { token?: unknown }).token === 'string'
        ? (body as { token: string }).token
        : '';
    await this.rateLimiter.consume(
      'survey-withdraw',
      [`ip:${ip}`],
      this.config.rateLimitPerMinute * 6,
    );
    if (!TOKEN_PATTERN.test(token))
      throw BadUserInputError.field(
        ['token'],
        'This link is not complete: open it again from your email',
      );
    const contact = await this.followUp.contactForToken(token);
    if (!contact)
      throw new SurveyNotFoundError(
        "We can't find these contact details. They may already have been deleted.",
      );
    await this.followUp.withdraw(contact.organisationId, contact.id, null);
  }
}
