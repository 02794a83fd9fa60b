import { PAGE_SIZE_MAX } from '@lantern/domain';
import {
  Args,
  ArgsType,
  Context,
  Field,
  ID,
  InputType,
  Int,
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
import { decodeCursor, encodeCursor } from '../../platform/graphql/pagination';
import { UserModel } from '../users/user.model';
import { UsersLoaders } from '../users/users.loaders';
import { AuditEventConnectionModel, AuditEventModel } from './audit-event.model';
import { AuditRepository } from './audit.repository';

@InputType()
export class AuditEventFilter {
  @Field(() => String, { nullable: true })
  action?: string | null;

  @Field(() => String, { nullable: true })
  entityType?: string | null;

  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}

@ArgsType()
export class AuditEventsArgs {
  @Field(() => AuditEventFilter, { nullable: true })
  filter?: AuditEventFilter | null;

  @Field(() => Int, { defaultValue: 50 })
  first: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

/** The audit trail of the caller's museum, for admins. */
@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(
    private readonly audit: AuditRepository,
    private readonly users: UsersLoaders,
  ) {}

  @RequirePermission('audit.read')
  @Query(() => AuditEventConnectionModel)
  async auditEvents(
    @CurrentActor() actor: OrgActor,
    @Args() args: AuditEventsArgs,
  ): Promise<AuditEventConnectionModel> {
    if (args.first < 1 || args.first > PAGE_SIZE_MAX) {
      throw BadUserInputError.field(['first'], `first must be between 1 and ${PAGE_SIZE_MAX}`);
    }
    const cursor = args.after ? decodeCursor(args.after) : null;
    if (args.after && !cursor)
      throw BadUserInputError.field(['after'], 'is not a cursor from this list');
    const filter = args.filter ?? {};
    if (filter.actorId && !/^[0-9a-f-]{36}$/i.test(filter.actorId)) {
      throw BadUserInputError.field(['filter', 'actorId'], 'is not a user id');
    }
    const [{ rows, hasNextPage }, totalCount] = await Promise.all([
      this.audit.page(actor.organisationId, filter, args.first, cursor),
      this.audit.count(actor.organisationId, filter),
    ]);
    const edges = rows.map((row) => ({
      cursor: encodeCursor({ at: row.createdAt, id: row.id }),
      node: AuditEventModel.fromEntity(row),
    }));
    return {
      edges,
      pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage },
      totalCount,
    };
  }

  @RequirePermission('audit.read')
  @Query(() => [String], { description: 'Every action recorded so far, for the filter.' })
  auditActions(@CurrentActor() actor: OrgActor): Promise<string[]> {
    return this.audit.actions(actor.organisationId);
  }

  @RequirePermission('audit.read')
  @ResolveField('actor', () => UserModel, { nullable: true })
  async actor(
    @Parent() event: AuditEventModel,
    @Context('req') req: Request,
  ): Promise<UserModel | null> {
    if (!event.actorUserId) return null;
    const user = await this.users.byId(req).load(event.actorUserId);
    return user ? UserModel.fromEntity(user) : null;
  }
}
