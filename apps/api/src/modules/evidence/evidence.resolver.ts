import { PAGE_SIZE_MAX } from '@lantern/domain';
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
import { FrameworkElementModel } from '../frameworks/framework.model';
import {
  CreateEvidenceInput,
  DeleteEvidenceInput,
  EvidenceConnectionModel,
  EvidenceFilterInput,
  EvidenceModel,
  TaggedProgrammeModel,
  TaggedSessionModel,
  UpdateEvidenceInput,
} from './evidence.model';
import type { EvidenceCursor, EvidenceTags } from './evidence.repository';
import { EvidenceService } from './evidence.service';

export function encodeEvidenceCursor(cursor: EvidenceCursor): string {
  return Buffer.from(JSON.stringify([cursor.occurredOn, cursor.id]), 'utf8').toString('base64url');
}

export function decodeEvidenceCursor(raw: string): EvidenceCursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(parsed[0]) &&
      isUuid(parsed[1])
    ) {
      return { occurredOn: parsed[0], id: parsed[1] };
    }
    return null;
  } catch {
    return null;
  }
}

const NO_TAGS = (evidenceId: string): EvidenceTags => ({
  evidenceId,
  elements: [],
  programmes: [],
  sessions: [],
});

@Resolver(() => EvidenceModel)
export class EvidenceResolver {
  constructor(private readonly service: EvidenceService) {}

  @RequirePermission('dashboards.read')
  @Query(() => EvidenceConnectionModel, {
    description:
      'The evidence library, newest first. Without drafts.read only publishable items with consent are listed.',
  })
  async evidenceItems(
    @CurrentActor() actor: OrgActor,
    @Args('filter', { type: () => EvidenceFilterInput, nullable: true })
    filter: EvidenceFilterInput | null,
    @Args('first', { type: () => Int, defaultValue: 24 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<EvidenceConnectionModel> {
    if (first < 1 || first > PAGE_SIZE_MAX)
      throw BadUserInputError.field(['first'], `first must be between 1 and ${PAGE_SIZE_MAX}`);
    const cursor = after ? decodeEvidenceCursor(after) : null;
    if (after && !cursor)
      throw BadUserInputError.field(['after'], 'is not a cursor from this list');
    for (const key of ['frameworkElementId', 'programmeId', 'sessionId'] as const) {
      const value = filter?.[key];
      if (value && !isUuid(value)) throw BadUserInputError.field(['filter', key], 'is not an id');
    }
    const { rows, total } = await this.service.list(actor, filter ?? {}, first + 1, cursor);
    const edges = rows.slice(0, first).map((row) => ({
      cursor: encodeEvidenceCursor({ occurredOn: row.occurredOn, id: row.id }),
      node: EvidenceModel.fromEntity(row),
    }));
    return {
      edges,
      totalCount: total,
      pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > first },
    };
  }

  @RequirePermission('dashboards.read')
  @Query(() => EvidenceModel)
  async evidence(
    @CurrentActor() actor: OrgActor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<EvidenceModel> {
    return EvidenceModel.fromEntity(await this.service.get(actor, id));
  }

  private tagsOf(actor: OrgActor, req: Request, evidenceId: string): Promise<EvidenceTags> {
    return requestLoader<string, EvidenceTags>(req, 'evidenceTags', async (ids) => {
      const rows = await this.service.tags(actor, ids);
      const byId = new Map(rows.map((row) => [row.evidenceId, row]));
      return ids.map((id) => byId.get(id) ?? NO_TAGS(id));
    }).load(evidenceId);
  }

  @RequirePermission('dashboards.read')
  @ResolveField('frameworkElements', () => [FrameworkElementModel])
  async frameworkElements(
    @CurrentActor() actor: OrgActor,
    @Parent() evidence: EvidenceModel,
    @Context('req') req: Request,
  ): Promise<FrameworkElementModel[]> {
    const tags = await this.tagsOf(actor, req, evidence.id);
    return tags.elements.map((element) => Object.assign(new FrameworkElementModel(), element));
  }

  @RequirePermission('dashboards.read')
  @ResolveField('programmes', () => [TaggedProgrammeModel])
  async programmes(
    @CurrentActor() actor: OrgActor,
    @Parent() evidence: EvidenceModel,
    @Context('req') req: Request,
  ): Promise<TaggedProgrammeModel[]> {
    return (await this.tagsOf(actor, req, evidence.id)).programmes;
  }

  @RequirePermission('dashboards.read')
  @ResolveField('sessions', () => [TaggedSessionModel])
  async sessions(
    @CurrentActor() actor: OrgActor,
    @Parent() evidence: EvidenceModel,
    @Context('req') req: Request,
  ): Promise<TaggedSessionModel[]> {
    return (await this.tagsOf(actor, req, evidence.id)).sessions;
  }

  @RequirePermission('evidence.write')
  @Mutation(() => EvidenceModel, {
    description: 'Adds evidence; attach a file with POST /api/evidence/{id}/file.',
  })
  async createEvidence(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => CreateEvidenceInput }) input: CreateEvidenceInput,
  ): Promise<EvidenceModel> {
    return EvidenceModel.fromEntity(await this.service.create(actor, { ...input }));
  }

  @RequirePermission('evidence.write')
  @Mutation(() => EvidenceModel)
  async updateEvidence(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => UpdateEvidenceInput }) input: UpdateEvidenceInput,
  ): Promise<EvidenceModel> {
    return EvidenceModel.fromEntity(await this.service.update(actor, { ...input }));
  }

  @RequirePermission('evidence.write')
  @Mutation(() => EvidenceModel, {
    description: 'Deletes the item and its file; returns it as it was.',
  })
  async deleteEvidence(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => DeleteEvidenceInput }) input: DeleteEvidenceInput,
  ): Promise<EvidenceModel> {
    return EvidenceModel.fromEntity(await this.service.remove(actor, input.id));
  }
}
