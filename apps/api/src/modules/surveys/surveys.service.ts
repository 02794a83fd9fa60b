import { randomBytes } from 'node:crypto';
import { surveyInputSchema, type SurveyInput, type SurveyStatus } from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OrgActor } from '../../platform/auth/actor';
import { BadUserInputError, ConflictError, NotFoundError } from '../../platform/graphql/app-errors';
import { assertId, isUuid } from '../../platform/graphql/ids';
import { parseInput } from '../../platform/graphql/parse-input';
import { AuditService, auditedBy, diff } from '../audit/audit.service';
import { PublicSurveyCache } from './public-survey.cache';
import type { SurveyEntity } from './survey.entity';
import { SurveysRepository, type SurveyCursor } from './surveys.repository';

const FIELDS = [
  'title',
  'intro',
  'programmeId',
  'sessionId',
  'kind',
  'status',
  'itemCodes',
  'closesAt',
  'offersFollowUp',
  'followUpMonths',
] as const;

/** Fields that change what the answers mean: fixed once a survey has responses. */
const STRUCTURE = ['programmeId', 'sessionId', 'kind', 'itemCodes'] as const;

function snapshot(survey: Partial<SurveyEntity>): Record<string, unknown> {
  return Object.fromEntries(FIELDS.map((field) => [field, survey[field] ?? null]));
}

/** A public link token: 128 random bits, URL-safe. */
export function newSurveyToken(): string {
  return randomBytes(16).toString('base64url');
}

/** Surveys: building, opening and closing them; results live in SurveyResultsService. */
@Injectable()
export class SurveysService {
  constructor(
    private readonly repository: SurveysRepository,
    private readonly audit: AuditService,
    private readonly publicCache: PublicSurveyCache,
  ) {}

  list(actor: OrgActor, status: SurveyStatus | null, first: number, after: SurveyCursor | null) {
    return this.repository.page(actor.organisationId, status, first, after);
  }

  async get(actor: OrgActor, rawId: unknown): Promise<SurveyEntity> {
    const survey = await this.repository.findById(actor.organisationId, assertId(rawId, 'Survey'));
    if (!survey) throw new NotFoundError('Survey');
    return survey;
  }

  links(actor: OrgActor, ids: readonly string[]) {
    return this.repository.links(actor.organisationId, ids);
  }

  responseCounts(actor: OrgActor, ids: readonly string[]) {
    return this.repository.responseCounts(actor.organisationId, ids);
  }

  async create(actor: OrgActor, rawInput: unknown): Promise<SurveyEntity> {
    const input = parseInput(surveyInputSchema, rawInput);
    return this.repository.transaction(async (em) => {
      await this.checkLink(actor, input, em);
      const survey = await this.repository.save(
        {
          ...this.columns(input),
          organisationId: actor.organisationId,
          status: 'DRAFT',
          publicToken: newSurveyToken(),
          createdByUserId: actor.userId,
        },
        em,
      );
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'survey.created',
        entityType: 'survey',
        entityId: survey.id,
        summary: `${actor.userName} created the survey ${survey.title}`,
        changes: diff({}, snapshot(survey)),
      });
      return survey;
    });
  }

  async update(actor: OrgActor, rawInput: { id: string } & Record<string, unknown>) {
    const id = assertId(rawInput.id, 'Survey');
    return this.change(async (em, tokens) => {
      const survey = await this.locked(actor, id, em, tokens);
      const input = parseInput(surveyInputSchema, rawInput);
      await this.checkLink(actor, input, em);
      const before = snapshot(survey);
      Object.assign(survey, this.columns(input));
      const changes = diff(before, snapshot(survey));
      const structural = changes.filter((c) => (STRUCTURE as readonly string[]).includes(c.field));
      if (structural.length) {
        const responses = (
          await this.repository.responseCounts(actor.organisationId, [id], em)
        ).get(id);
        if (responses) {
          const error = new ConflictError(
            `This survey has ${responses} ${responses === 1 ? 'response' : 'responses'}: its questions, kind and programme or session can no longer change. Close it and create a new survey instead.`,
          );
          error.extensions['responseCount'] = responses;
          throw error;
        }
      }
      const saved = await this.repository.save(survey, em);
      if (changes.length) {
        await this.audit.record(em, {
          ...auditedBy(actor),
          action: 'survey.updated',
          entityType: 'survey',
          entityId: id,
          summary: `${actor.userName} changed the survey ${saved.title} (${changes.map((c) => c.field).join(', ')})`,
          changes,
        });
      }
      return saved;
    });
  }

  /** DRAFT or CLOSED to OPEN (a past closing time is cleared), or to CLOSED. */
  async setStatus(actor: OrgActor, rawId: unknown, status: 'OPEN' | 'CLOSED') {
    const id = assertId(rawId, 'Survey');
    return this.change(async (em, tokens) => {
      const survey = await this.locked(actor, id, em, tokens);
      if (survey.status === status) return survey;
      const before = snapshot(survey);
      survey.status = status;
      if (status === 'OPEN' && survey.closesAt && survey.closesAt.getTime() <= Date.now())
        survey.closesAt = null;
      const saved = await this.repository.save(survey, em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: status === 'OPEN' ? 'survey.opened' : 'survey.closed',
        entityType: 'survey',
        entityId: id,
        summary: `${actor.userName} ${status === 'OPEN' ? 'opened' : 'closed'} the survey ${saved.title}`,
        changes: diff(before, snapshot(saved)),
      });
      return saved;
    });
  }

  /** A new public token: the old link and QR code stop working. */
  async regenerateLink(actor: OrgActor, rawId: unknown): Promise<SurveyEntity> {
    const id = assertId(rawId, 'Survey');
    return this.change(async (em, tokens) => {
      const survey = await this.locked(actor, id, em, tokens);
      survey.publicToken = newSurveyToken();
      const saved = await this.repository.save(survey, em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'survey.link_regenerated',
        entityType: 'survey',
        entityId: id,
        summary: `${actor.userName} made a new link for the survey ${saved.title}; the old link no longer works`,
      });
      return saved;
    });
  }

  /** Deletes a survey nobody has answered; CONFLICT otherwise (close it instead). */
  async remove(actor: OrgActor, rawId: unknown): Promise<SurveyEntity> {
    const id = assertId(rawId, 'Survey');
    return this.change(async (em, tokens) => {
      const survey = await this.locked(actor, id, em, tokens);
      const responses =
        (await this.repository.responseCounts(actor.organisationId, [id], em)).get(id) ?? 0;
      if (responses > 0) {
        const error = new ConflictError(
          `This survey has ${responses} ${responses === 1 ? 'response' : 'responses'}: close it instead of deleting it`,
        );
        error.extensions['responseCount'] = responses;
        throw error;
      }
      await this.repository.delete(actor.organisationId, id, em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'survey.deleted',
        entityType: 'survey',
        entityId: id,
        summary: `${actor.userName} deleted the survey ${survey.title}`,
        changes: diff(snapshot(survey), {}),
      });
      return survey;
    });
  }

  private async locked(
    actor: OrgActor,
    id: string,
    em: EntityManager,
    tokens: string[],
  ): Promise<SurveyEntity> {
    const survey = await this.repository.lockById(actor.organisationId, id, em);
    if (!survey) throw new NotFoundError('Survey');
    tokens.push(survey.publicToken);
    return survey;
  }

  /**
   * A change in a transaction; afterwards (committed or not) the public form of each survey it
   * locked reads the survey afresh instead of a cached copy.
   */
  private async change<T>(work: (em: EntityManager, tokens: string[]) => Promise<T>): Promise<T> {
    const tokens: string[] = [];
    try {
      return await this.repository.transaction((em) => work(em, tokens));
    } finally {
      this.publicCache.forget(...tokens);
    }
  }

  private async checkLink(actor: OrgActor, input: SurveyInput, em: EntityManager) {
    if (input.programmeId) {
      if (
        !isUuid(input.programmeId) ||
        !(await this.repository.linkExists(
          actor.organisationId,
          'programmes',
          input.programmeId,
          em,
        ))
      )
        throw BadUserInputError.field(
          ['input', 'programmeId'],
          'Choose a programme of this museum',
        );
    }
    if (input.sessionId) {
      if (
        !isUuid(input.sessionId) ||
        !(await this.repository.linkExists(actor.organisationId, 'sessions', input.sessionId, em))
      )
        throw BadUserInputError.field(['input', 'sessionId'], 'Choose a session of this museum');
    }
  }

  private columns(input: SurveyInput): Partial<SurveyEntity> {
    return {
      title: input.title,
      intro: input.intro,
      programmeId: input.programmeId,
      sessionId: input.sessionId,
      kind: input.kind,
      itemCodes: input.itemCodes,
      closesAt: input.closesAt,
      offersFollowUp: input.offersFollowUp,
      followUpMonths: input.followUpMonths,
    };
  }
}
