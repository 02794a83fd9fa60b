import {
  PAGE_SIZE_MAX,
  SURVEY_BANK_LABELS,
  SURVEY_ITEMS,
  type SurveyStatus,
} from '@lantern/domain';
import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { Request } from 'express';
import { RequirePermission } from '../../platform/auth/access.decorators';
import type { OrgActor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { BadUserInputError } from '../../platform/graphql/app-errors';
import { isUuid } from '../../platform/graphql/ids';
import { requestLoader } from '../../platform/graphql/request-loaders';
import { FollowUpService } from './follow-up.service';
import {
  CreateSurveyInput,
  SurveyConnectionModel,
  SurveyContactModel,
  SurveyFollowUpModel,
  SurveyIdInput,
  SurveyItemModel,
  SurveyLinkModel,
  SurveyModel,
  SurveyResultsModel,
  SurveyStatusEnum,
  UpdateSurveyInput,
  WithdrawConsentInput,
} from './survey.model';
import { SurveyResultsService } from './survey-results.service';
import type { SurveyCursor } from './surveys.repository';
import { SurveysService } from './surveys.service';

export function encodeSurveyCursor(cursor: SurveyCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id]), 'utf8').toString('base64url');
}

export function decodeSurveyCursor(raw: string): SurveyCursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      !Number.isNaN(Date.parse(parsed[0])) &&
      isUuid(parsed[1])
    )
      return { createdAt: parsed[0], id: parsed[1] };
    return null;
  } catch {
    return null;
  }
}

@Resolver(() => SurveyModel)
export class SurveysResolver {
  constructor(
    private readonly service: SurveysService,
    private readonly results: SurveyResultsService,
    private readonly followUp: FollowUpService,
  ) {}

  @RequirePermission('surveys.manage')
  @Query(() => [SurveyItemModel], { description: 'The questions surveys are built from.' })
  surveyItemBank(): SurveyItemModel[] {
    return SURVEY_ITEMS.map((item) => ({ ...item, bankLabel: SURVEY_BANK_LABELS[item.bank] }));
  }

  @RequirePermission('surveys.manage')
  @Query(() => SurveyConnectionModel, { description: 'Surveys, newest first.' })
  async surveys(
    @CurrentActor() actor: OrgActor,
    @Args('status', { type: () => SurveyStatusEnum, nullable: true }) status: SurveyStatus | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<SurveyConnectionModel> {
    if (first < 1 || first > PAGE_SIZE_MAX)
      throw BadUserInputError.field(['first'], `first must be between 1 and ${PAGE_SIZE_MAX}`);
    const cursor = after ? decodeSurveyCursor(after) : null;
    if (after && !cursor)
      throw BadUserInputError.field(['after'], 'is not a cursor from this list');
    const { rows, total } = await this.service.list(actor, status, first + 1, cursor);
    const edges = rows.slice(0, first).map((row) => ({
      cursor: encodeSurveyCursor({ createdAt: row.createdAt.toISOString(), id: row.id }),
      node: SurveyModel.fromEntity(row),
    }));
    return {
      edges,
      totalCount: total,
      pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > first },
    };
  }

  @RequirePermission('surveys.manage')
  @Query(() => SurveyModel)
  async survey(
    @CurrentActor() actor: OrgActor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SurveyModel> {
    return SurveyModel.fromEntity(await this.service.get(actor, id));
  }

  @RequirePermission('surveys.manage')
  @Query(() => SurveyResultsModel, {
    description: 'Per question and wave, paired change and comments; small cells withheld.',
  })
  async surveyResults(
    @CurrentActor() actor: OrgActor,
    @Args('surveyId', { type: () => ID }) surveyId: string,
  ): Promise<SurveyResultsModel> {
    return this.results.results(await this.service.get(actor, surveyId));
  }

  @RequirePermission('surveys.manage')
  @Query(() => SurveyFollowUpModel, {
    description: 'Follow-up waves with response rate and attrition.',
  })
  async surveyFollowUp(
    @CurrentActor() actor: OrgActor,
    @Args('surveyId', { type: () => ID }) surveyId: string,
  ): Promise<SurveyFollowUpModel> {
    const survey = await this.service.get(actor, surveyId);
    return this.followUp.status(actor.organisationId, survey.id);
  }

  @RequirePermission('personal_data.read')
  @Query(() => [SurveyContactModel], {
    description: 'People who agreed to follow-up (personal data: never in any export).',
  })
  async surveyContacts(
    @CurrentActor() actor: OrgActor,
    @Args('surveyId', { type: () => ID }) surveyId: string,
  ): Promise<SurveyContactModel[]> {
    const survey = await this.service.get(actor, surveyId);
    return this.followUp.contacts(actor.organisationId, survey.id);
  }

  @RequirePermission('surveys.manage')
  @ResolveField('linkedTo', () => SurveyLinkModel, {
    nullable: true,
    description: 'The programme or session the survey belongs to.',
  })
  linkedTo(
    @CurrentActor() actor: OrgActor,
    @Parent() survey: SurveyModel,
    @Context('req') req: Request,
  ): Promise<SurveyLinkModel | null> {
    return requestLoader<string, SurveyLinkModel | null>(req, 'surveyLinks', async (ids) => {
      const rows = await this.service.links(actor, ids);
      const byId = new Map(rows.map((row) => [row.surveyId, row]));
      return ids.map((id) => {
        const row = byId.get(id);
        return row ? { kind: row.kind, id: row.id, name: row.name } : null;
      });
    }).load(survey.id);
  }

  @RequirePermission('surveys.manage')
  @ResolveField('responseCount', () => Int)
  responseCount(
    @CurrentActor() actor: OrgActor,
    @Parent() survey: SurveyModel,
    @Context('req') req: Request,
  ): Promise<number> {
    return requestLoader<string, number>(req, 'surveyResponseCounts', async (ids) => {
      const counts = await this.service.responseCounts(actor, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }).load(survey.id);
  }

  @RequirePermission('surveys.manage')
  @Mutation(() => SurveyModel)
  async createSurvey(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => CreateSurveyInput }) input: CreateSurveyInput,
  ): Promise<SurveyModel> {
    return SurveyModel.fromEntity(await this.service.create(actor, { ...input }));
  }

  @RequirePermission('surveys.manage')
  @Mutation(() => SurveyModel, {
    description: 'CONFLICT when the questions, kind or link change on a survey with responses.',
  })
  async updateSurvey(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => UpdateSurveyInput }) input: UpdateSurveyInput,
  ): Promise<SurveyModel> {
    return SurveyModel.fromEntity(await this.service.update(actor, { ...input }));
  }

  @RequirePermission('surveys.manage')
  @Mutation(() => SurveyModel, { description: 'Opens the public link.' })
  async openSurvey(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => SurveyIdInput }) input: SurveyIdInput,
  ): Promise<SurveyModel> {
    return SurveyModel.fromEntity(await this.service.setStatus(actor, input.id, 'OPEN'));
  }

  @RequirePermission('surveys.manage')
  @Mutation(() => SurveyModel, { description: 'Closes the public link (follow-up waves go on).' })
  async closeSurvey(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => SurveyIdInput }) input: SurveyIdInput,
  ): Promise<SurveyModel> {
    return SurveyModel.fromEntity(await this.service.setStatus(actor, input.id, 'CLOSED'));
  }

  @RequirePermission('surveys.manage')
  @Mutation(() => SurveyModel, {
    description: 'A new link and QR code; the old ones stop working.',
  })
  async regenerateSurveyLink(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => SurveyIdInput }) input: SurveyIdInput,
  ): Promise<SurveyModel> {
    return SurveyModel.fromEntity(await this.service.regenerateLink(actor, input.id));
  }

  @RequirePermission('surveys.manage')
  @Mutation(() => SurveyModel, {
    description: 'Deletes a survey with no responses (CONFLICT otherwise); returns it as it was.',
  })
  async deleteSurvey(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => SurveyIdInput }) input: SurveyIdInput,
  ): Promise<SurveyModel> {
    return SurveyModel.fromEntity(await this.service.remove(actor, input.id));
  }

  @RequirePermission('personal_data.read')
  @Mutation(() => Boolean, {
    description:
      "Withdraws a participant's consent: deletes their email and cancels pending waves.",
  })
  async withdrawConsent(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => WithdrawConsentInput }) input: WithdrawConsentInput,
  ): Promise<boolean> {
    await this.followUp.withdrawByStaff(actor, input.contactId);
    return true;
  }
}
