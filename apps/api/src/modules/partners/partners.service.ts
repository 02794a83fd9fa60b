import { partnerInputSchema, type PartnerInput } from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { OrgActor } from '../../platform/auth/actor';
import { ConflictError, NotFoundError } from '../../platform/graphql/app-errors';
import { assertId } from '../../platform/graphql/ids';
import { parseInput } from '../../platform/graphql/parse-input';
import { AuditService, auditedBy, diff } from '../audit/audit.service';
import { DeprivationService } from '../deprivation/deprivation.service';
import type { PartnerEntity } from './partner.entity';
import {
  PartnersRepository,
  type PartnerCursor,
  type PartnerEngagement,
  type PartnerFilter,
} from './partners.repository';

const FIELDS = [
  'name',
  'type',
  'urn',
  'postcode',
  'notes',
  'deprivationDecile',
  'deprivationIndex',
] as const;

function snapshot(partner: Partial<PartnerEntity>): Record<string, unknown> {
  return Object.fromEntries(FIELDS.map((field) => [field, partner[field] ?? null]));
}

/** CONFLICT naming the field(s), with fieldErrors a form can show beside them. */
export class PartnerConflictError extends ConflictError {
  constructor(clashes: Array<{ field: 'name' | 'urn'; message: string }>) {
    super(clashes.map((clash) => clash.message).join('; '));
    this.extensions['fieldErrors'] = clashes.map((clash) => ({
      path: ['input', clash.field],
      message: clash.message,
    }));
  }
}

const UNIQUE_FIELDS: Record<string, 'name' | 'urn'> = {
  partners_organisation_id_name_key_key: 'name',
  partners_organisation_id_urn_key: 'urn',
};

function constraintOf(error: unknown): { code?: string; constraint?: string } {
  if (!(error instanceof QueryFailedError)) return {};
  return error.driverError as { code?: string; constraint?: string };
}

/**
 * Partners: the schools and groups sessions are delivered with. The decile is derived from
 * the postcode through the museum's active deprivation index; first and last engagement come
 * from the partner's sessions.
 */
@Injectable()
export class PartnersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: PartnersRepository,
    private readonly deprivation: DeprivationService,
    private readonly audit: AuditService,
  ) {}

  list(actor: OrgActor, filter: PartnerFilter, first: number, after: PartnerCursor | null) {
    return this.repository.page(actor.organisationId, filter, first, after);
  }

  async get(actor: OrgActor, rawId: unknown): Promise<PartnerEntity> {
    const partner = await this.repository.findById(
      actor.organisationId,
      assertId(rawId, 'Partner'),
    );
    if (!partner) throw new NotFoundError('Partner');
    return partner;
  }

  engagement(actor: OrgActor, partnerIds: readonly string[]): Promise<PartnerEngagement[]> {
    return this.repository.engagement(actor.organisationId, partnerIds);
  }

  async create(actor: OrgActor, rawInput: unknown): Promise<PartnerEntity> {
    const input = parseInput(partnerInputSchema, rawInput);
    return this.write(async (em) => {
      await this.deprivation.holdIndex(actor.organisationId, em);
      await this.checkUnique(actor, input, null, em);
      const partner = await this.repository.save(
        {
          ...(await this.columns(actor, input, em)),
          organisationId: actor.organisationId,
        },
        em,
      );
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'partner.created',
        entityType: 'partner',
        entityId: partner.id,
        summary: `${actor.userName} added the partner ${partner.name}`,
        changes: diff({}, snapshot(partner)),
      });
      return partner;
    });
  }

  /** Replaces the partner's details; its decile follows its postcode, its sessions' follow it. */
  async update(
    actor: OrgActor,
    rawInput: { id: string } & Record<string, unknown>,
  ): Promise<PartnerEntity> {
    const id = assertId(rawInput.id, 'Partner');
    return this.write(async (em) => {
      await this.deprivation.holdIndex(actor.organisationId, em);
      const partner = await this.repository.findById(actor.organisationId, id, em);
      if (!partner) throw new NotFoundError('Partner');
      const input = parseInput(partnerInputSchema, rawInput);
      await this.checkUnique(actor, input, id, em);
      const before = snapshot(partner);
      const nameKeyBefore = partner.nameKey;
      Object.assign(partner, await this.columns(actor, input, em));
      const saved = await this.repository.save(partner, em);
      const changes = diff(before, snapshot(saved));
      if (
        saved.nameKey !== nameKeyBefore ||
        changes.some((c) => c.field === 'deprivationDecile' || c.field === 'deprivationIndex')
      ) {
        await this.deprivation.rederiveSessionsOfPartner(actor.organisationId, id, em);
      }
      if (changes.length) {
        await this.audit.record(em, {
          ...auditedBy(actor),
          action: 'partner.updated',
          entityType: 'partner',
          entityId: id,
          summary: `${actor.userName} changed the partner ${saved.name} (${changes.map((c) => c.field).join(', ')})`,
          changes,
        });
      }
      return saved;
    });
  }

  /** Deletes a partner no session uses; otherwise CONFLICT says how many do. */
  async remove(actor: OrgActor, rawId: unknown): Promise<PartnerEntity> {
    const id = assertId(rawId, 'Partner');
    return this.write(async (em) => {
      const partner = await this.repository.findById(actor.organisationId, id, em);
      if (!partner) throw new NotFoundError('Partner');
      const used = await this.repository.sessionCount(actor.organisationId, id, em);
      if (used > 0) throw this.inUse(partner, used);
      await this.repository.delete(actor.organisationId, id, em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'partner.deleted',
        entityType: 'partner',
        entityId: id,
        summary: `${actor.userName} deleted the partner ${partner.name}`,
        changes: diff(snapshot(partner), {}),
      });
      return partner;
    });
  }

  private inUse(partner: PartnerEntity, sessions: number): ConflictError {
    const error = new ConflictError(
      `${partner.name} is a partner in ${sessions} ${sessions === 1 ? 'session' : 'sessions'}: remove it from ${sessions === 1 ? 'that session' : 'those sessions'} before deleting it`,
    );
    error.extensions['sessionCount'] = sessions;
    return error;
  }

  /**
   * Runs a write in a transaction; a unique or foreign key violation that slipped past the
   * checks (two people saving at once) answers CONFLICT like the checks do.
   */
  private async write<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      const { code, constraint } = constraintOf(error);
      const field = constraint ? UNIQUE_FIELDS[constraint] : undefined;
      if (code === '23505' && field) {
        throw new PartnerConflictError([
          {
            field,
            message:
              field === 'name'
                ? 'There is already a partner with this name'
                : 'Another partner already has this URN',
          },
        ]);
      }
      if (code === '23503') {
        throw new ConflictError(
          'This partner is used by a session: remove it from the session first',
        );
      }
      throw error;
    }
  }

  private async checkUnique(
    actor: OrgActor,
    input: PartnerInput,
    exceptId: string | null,
    em: EntityManager,
  ): Promise<void> {
    const clashes = await this.repository.findClashes(
      actor.organisationId,
      input.nameKey,
      input.urn,
      exceptId,
      em,
    );
    if (clashes.length) {
      throw new PartnerConflictError(
        clashes.map(({ field, partner }) => ({
          field,
          message:
            field === 'name'
              ? `There is already a partner called ${partner.name}`
              : `${partner.name} already has the URN ${partner.urn}`,
        })),
      );
    }
  }

  /** The stored columns for an input, the decile looked up from the postcode. */
  private async columns(
    actor: OrgActor,
    input: PartnerInput,
    em: EntityManager,
  ): Promise<Partial<PartnerEntity>> {
    const decile = await this.deprivation.decileFor(actor.organisationId, input.postcode, em);
    return {
      name: input.name,
      nameKey: input.nameKey,
      type: input.type,
      urn: input.urn,
      postcode: input.postcode,
      notes: input.notes,
      deprivationDecile: decile?.decile ?? null,
      deprivationIndex: decile?.indexVersion ?? null,
    };
  }
}
