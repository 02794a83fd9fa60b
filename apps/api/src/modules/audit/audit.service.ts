import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OrgActor } from '../../platform/auth/actor';
import { Clock } from '../../platform/clock/clock';
import { AuditEventEntity, type AuditFieldChange } from './audit-event.entity';

export interface AuditRecord {
  organisationId: string;
  actorUserId: string | null;
  requestId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  /** Field-by-field before/after; use `diff` to build it. */
  changes?: AuditFieldChange[];
}

/** The fields whose values differ between two snapshots (created: before = {}, deleted: after = {}). */
export function diff(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fields: readonly string[] = [...new Set([...Object.keys(before), ...Object.keys(after)])],
): AuditFieldChange[] {
  const normalise = (value: unknown) =>
    value instanceof Date ? value.toISOString() : (value ?? null);
  return fields
    .map((field) => ({ field, before: normalise(before[field]), after: normalise(after[field]) }))
    .filter((change) => stableJson(change.before) !== stableJson(change.after));
}

/** Who an audit event is by: the acting member, in their organisation, in this request. */
export function auditedBy(
  actor: OrgActor,
): Pick<AuditRecord, 'organisationId' | 'actorUserId' | 'requestId'> {
  return {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    requestId: actor.requestId,
  };
}

/** JSON with object keys sorted, so a jsonb round trip (which reorders keys) is not a change. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : inner,
  );
}

/** Writes audit events with the caller's transaction, so an event exists iff its change committed. */
@Injectable()
export class AuditService {
  constructor(private readonly clock: Clock) {}

  async record(em: EntityManager, event: AuditRecord): Promise<void> {
    await em.getRepository(AuditEventEntity).insert({
      organisationId: event.organisationId,
      actorUserId: event.actorUserId,
      requestId: event.requestId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      summary: event.summary,
      changes: (event.changes ?? []) as never, // jsonb: TypeORM's deep-partial type cannot see through unknown
      createdAt: this.clock.now(),
    });
  }
}
