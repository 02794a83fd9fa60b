import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfoModel } from '../../platform/graphql/pagination';
import { UserModel } from '../users/user.model';
import type { AuditEventEntity } from './audit-event.entity';

@ObjectType('AuditChange')
export class AuditChangeModel {
  @Field()
  field: string;

  @Field(() => String, {
    nullable: true,
    description: 'JSON of the value before, null when created.',
  })
  before: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'JSON of the value after, null when removed.',
  })
  after: string | null;
}

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID)
  id: string;

  @Field({
    description: 'e.g. site.created, member.role_changed, organisation.updated, auth.signed_in',
  })
  action: string;

  @Field()
  entityType: string;

  @Field(() => ID, { nullable: true })
  entityId: string | null;

  @Field({ description: 'One human sentence describing what happened.' })
  summary: string;

  @Field(() => [AuditChangeModel])
  changes: AuditChangeModel[];

  @Field(() => String, { nullable: true })
  requestId: string | null;

  @Field()
  createdAt: Date;

  @Field(() => UserModel, { nullable: true })
  actor?: UserModel | null;

  actorUserId: string | null;

  static fromEntity(entity: AuditEventEntity): AuditEventModel {
    const json = (value: unknown) =>
      value === null || value === undefined ? null : JSON.stringify(value);
    return Object.assign(new AuditEventModel(), {
      id: entity.id,
      action: entity.action,
      entityType: entity.entityType,
      entityId: entity.entityId,
      summary: entity.summary,
      changes: entity.changes.map((c) => ({
        field: c.field,
        before: json(c.before),
        after: json(c.after),
      })),
      requestId: entity.requestId,
      createdAt: entity.createdAt,
      actorUserId: entity.actorUserId,
    });
  }
}

@ObjectType('AuditEventEdge')
export class AuditEventEdgeModel {
  @Field()
  cursor: string;

  @Field(() => AuditEventModel)
  node: AuditEventModel;
}

@ObjectType('AuditEventConnection')
export class AuditEventConnectionModel {
  @Field(() => [AuditEventEdgeModel])
  edges: AuditEventEdgeModel[];

  @Field(() => PageInfoModel)
  pageInfo: PageInfoModel;

  @Field(() => Int)
  totalCount: number;
}
