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
import { LocalDateScalar } from '../../platform/graphql/local-date.scalar';
import { requestLoader } from '../../platform/graphql/request-loaders';
import {
  CreatePartnerInput,
  DeletePartnerInput,
  PartnerConnectionModel,
  PartnerFilterInput,
  PartnerModel,
  UpdatePartnerInput,
} from './partner.model';
import type { PartnerCursor, PartnerEngagement } from './partners.repository';
import { PartnersService } from './partners.service';

/** An opaque keyset cursor over (name key, id). */
export function encodePartnerCursor(cursor: PartnerCursor): string {
  return Buffer.from(JSON.stringify([cursor.nameKey, cursor.id]), 'utf8').toString('base64url');
}

/** Null for anything that is not a cursor this list issued. */
export function decodePartnerCursor(raw: string): PartnerCursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      isUuid(parsed[1])
    ) {
      return { nameKey: parsed[0], id: parsed[1] };
    }
    return null;
  } catch {
    return null;
  }
}

const NO_ENGAGEMENT = { firstEngagement: null, lastEngagement: null, sessionCount: 0 };

@Resolver(() => PartnerModel)
export class PartnersResolver {
  constructor(private readonly service: PartnersService) {}

  @RequirePermission('programmes.read')
  @Query(() => PartnerConnectionModel, { description: 'Partners in name order.' })
  async partners(
    @CurrentActor() actor: OrgActor,
    @Args('filter', { type: () => PartnerFilterInput, nullable: true })
    filter: PartnerFilterInput | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<PartnerConnectionModel> {
    if (first < 1 || first > PAGE_SIZE_MAX)
      throw BadUserInputError.field(['first'], `first must be between 1 and ${PAGE_SIZE_MAX}`);
    const cursor = after ? decodePartnerCursor(after) : null;
    if (after && !cursor)
      throw BadUserInputError.field(['after'], 'is not a cursor from this list');
    const { rows, total } = await this.service.list(actor, filter ?? {}, first + 1, cursor);
    const page = rows.slice(0, first);
    const edges = page.map((row) => ({
      cursor: encodePartnerCursor({ nameKey: row.nameKey, id: row.id }),
      node: PartnerModel.fromEntity(row),
    }));
    return {
      edges,
      totalCount: total,
      pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > first },
    };
  }

  @RequirePermission('programmes.read')
  @Query(() => PartnerModel)
  async partner(
    @CurrentActor() actor: OrgActor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PartnerModel> {
    return PartnerModel.fromEntity(await this.service.get(actor, id));
  }

  private engagement(actor: OrgActor, req: Request, partnerId: string) {
    return requestLoader<string, PartnerEngagement | typeof NO_ENGAGEMENT>(
      req,
      'partnerEngagement',
      async (ids) => {
        const rows = await this.service.engagement(actor, ids);
        const byId = new Map(rows.map((row) => [row.partnerId, row]));
        return ids.map((id) => byId.get(id) ?? NO_ENGAGEMENT);
      },
    ).load(partnerId);
  }

  @RequirePermission('programmes.read')
  @ResolveField('firstEngagement', () => LocalDateScalar, {
    nullable: true,
    description: 'Date of its first delivered session.',
  })
  async firstEngagement(
    @CurrentActor() actor: OrgActor,
    @Parent() partner: PartnerModel,
    @Context('req') req: Request,
  ): Promise<string | null> {
    return (await this.engagement(actor, req, partner.id)).firstEngagement;
  }

  @RequirePermission('programmes.read')
  @ResolveField('lastEngagement', () => LocalDateScalar, {
    nullable: true,
    description: 'Date of its latest delivered session.',
  })
  async lastEngagement(
    @CurrentActor() actor: OrgActor,
    @Parent() partner: PartnerModel,
    @Context('req') req: Request,
  ): Promise<string | null> {
    return (await this.engagement(actor, req, partner.id)).lastEngagement;
  }

  @RequirePermission('programmes.read')
  @ResolveField('sessionCount', () => Int, {
    description: 'Sessions it is a partner in, whatever their status.',
  })
  async sessionCount(
    @CurrentActor() actor: OrgActor,
    @Parent() partner: PartnerModel,
    @Context('req') req: Request,
  ): Promise<number> {
    return (await this.engagement(actor, req, partner.id)).sessionCount;
  }

  @RequirePermission('sessions.write')
  @Mutation(() => PartnerModel)
  async createPartner(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => CreatePartnerInput }) input: CreatePartnerInput,
  ): Promise<PartnerModel> {
    return PartnerModel.fromEntity(await this.service.create(actor, { ...input }));
  }

  @RequirePermission('sessions.write')
  @Mutation(() => PartnerModel)
  async updatePartner(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => UpdatePartnerInput }) input: UpdatePartnerInput,
  ): Promise<PartnerModel> {
    return PartnerModel.fromEntity(await this.service.update(actor, { ...input }));
  }

  @RequirePermission('sessions.write')
  @Mutation(() => PartnerModel, {
    description:
      'Deletes a partner no session uses (CONFLICT, with extensions.sessionCount, otherwise); returns it as it was.',
  })
  async deletePartner(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => DeletePartnerInput }) input: DeletePartnerInput,
  ): Promise<PartnerModel> {
    return PartnerModel.fromEntity(await this.service.remove(actor, input.id));
  }
}
