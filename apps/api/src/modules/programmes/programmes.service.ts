import { programmeInputSchema, type ProgrammeInput } from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { OrgActor } from '../../platform/auth/actor';
import { BadUserInputError, ConflictError, NotFoundError } from '../../platform/graphql/app-errors';
import { assertId } from '../../platform/graphql/ids';
import { parseInput } from '../../platform/graphql/parse-input';
import { AuditService, auditedBy, diff } from '../audit/audit.service';
import type { ProgrammeEntity } from './programme.entity';
import { ProgrammesRepository, type ProgrammeFilter } from './programmes.repository';

const FIELDS = [
  'name',
  'strand',
  'aims',
  'status',
  'startDate',
  'endDate',
  'leadUserId',
  'targetAudiences',
  'funders',
  'plan',
] as const;

function snapshot(programme: Partial<ProgrammeEntity>, siteIds: string[], elementIds: string[]) {
  return {
    ...Object.fromEntries(FIELDS.map((field) => [field, programme[field] ?? null])),
    siteIds: [...siteIds].sort(),
    frameworkElementIds: [...elementIds].sort(),
  };
}

/** Programmes: what a museum plans, who leads it, who funds it, what it works towards. */
@Injectable()
export class ProgrammesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ProgrammesRepository,
    private readonly audit: AuditService,
  ) {}

  list(actor: OrgActor, filter: ProgrammeFilter, first: number, offset: number) {
    return this.repository.page(actor.organisationId, filter, first, offset);
  }

  async get(actor: OrgActor, rawId: unknown): Promise<ProgrammeEntity> {
    const programme = await this.repository.findById(
      actor.organisationId,
      assertId(rawId, 'Programme'),
    );
    if (!programme) throw new NotFoundError('Programme');
    return programme;
  }

  async create(actor: OrgActor, rawInput: unknown): Promise<ProgrammeEntity> {
    const input = parseInput(programmeInputSchema, rawInput);
    return this.dataSource.transaction(async (em) => {
      await this.checkReferences(actor, input, em);
      const programme = await this.repository.save(
        { ...this.columns(input), organisationId: actor.organisationId },
        em,
      );
      await this.repository.setLinks(
        actor.organisationId,
        programme.id,
        input.siteIds,
        input.frameworkElementIds,
        em,
      );
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'programme.created',
        entityType: 'programme',
        entityId: programme.id,
        summary: `${actor.userName} created the programme ${programme.name}`,
        changes: diff({}, snapshot(programme, input.siteIds, input.frameworkElementIds)),
      });
      return programme;
    });
  }

  /** Replaces the programme's details, links, funders and plan with the ones given. */
  async update(
    actor: OrgActor,
    rawInput: { id: string } & Record<string, unknown>,
  ): Promise<ProgrammeEntity> {
    const id = assertId(rawInput.id, 'Programme');
    return this.dataSource.transaction(async (em) => {
      const programme = await this.repository.findById(actor.organisationId, id, em);
      if (!programme) throw new NotFoundError('Programme');
      const input = parseInput(programmeInputSchema, rawInput);
      await this.checkReferences(actor, input, em);
      const [sites, elements] = await Promise.all([
        this.repository.siteLinks(actor.organisationId, [id]),
        this.repository.elementLinks(actor.organisationId, [id]),
      ]);
      const before = snapshot(
        programme,
        sites.map((s) => s.siteId),
        elements.map((e) => e.elementId),
      );
      Object.assign(programme, this.columns(input));
      const saved = await this.repository.save(programme, em);
      await this.repository.setLinks(
        actor.organisationId,
        id,
        input.siteIds,
        input.frameworkElementIds,
        em,
      );
      const changes = diff(before, snapshot(saved, input.siteIds, input.frameworkElementIds));
      if (changes.length) {
        await this.audit.record(em, {
          ...auditedBy(actor),
          action: 'programme.updated',
          entityType: 'programme',
          entityId: id,
          summary: `${actor.userName} changed the programme ${saved.name} (${changes.map((c) => c.field).join(', ')})`,
          changes,
        });
      }
      return saved;
    });
  }

  async remove(actor: OrgActor, rawId: unknown): Promise<ProgrammeEntity> {
    const id = assertId(rawId, 'Programme');
    return this.dataSource.transaction(async (em) => {
      const programme = await this.repository.findById(actor.organisationId, id, em);
      if (!programme) throw new NotFoundError('Programme');
      const sessions = await this.repository.sessionCount(actor.organisationId, id, em);
      if (sessions > 0) {
        throw new ConflictError(
          `${programme.name} has ${sessions} ${sessions === 1 ? 'session' : 'sessions'} logged. Archive it instead, or delete its sessions first.`,
        );
      }
      const surveys = await this.repository.surveyCount(actor.organisationId, id, em);
      if (surveys > 0) {
        throw new ConflictError(
          `${programme.name} has ${surveys} ${surveys === 1 ? 'survey' : 'surveys'}. Archive it instead, or delete its surveys first.`,
        );
      }
      await this.repository.delete(actor.organisationId, id, em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'programme.deleted',
        entityType: 'programme',
        entityId: id,
        summary: `${actor.userName} deleted the programme ${programme.name}`,
        changes: diff({ name: programme.name, strand: programme.strand }, {}),
      });
      return programme;
    });
  }

  private columns(input: ProgrammeInput): Partial<ProgrammeEntity> {
    return {
      name: input.name,
      strand: input.strand,
      aims: input.aims,
      status: input.status,
      startDate: input.startDate,
      endDate: input.endDate,
      leadUserId: input.leadUserId,
      targetAudiences: [...new Set(input.targetAudiences)],
      funders: input.funders,
      plan: input.plan,
    };
  }

  /** Sites, elements and the lead must be the museum's own (or a sector framework's element). */
  private async checkReferences(
    actor: OrgActor,
    input: ProgrammeInput,
    em: EntityManager,
  ): Promise<void> {
    const problems: Array<{ path: string[]; message: string }> = [];
    const sites = await this.repository.ownSiteIds(actor.organisationId, input.siteIds, em);
    if (input.siteIds.some((id) => !sites.has(id)))
      problems.push({
        path: ['input', 'siteIds'],
        message: 'includes a site that is not one of yours',
      });
    const elements = await this.repository.visibleElementIds(
      actor.organisationId,
      input.frameworkElementIds,
      em,
    );
    if (input.frameworkElementIds.some((id) => !elements.has(id))) {
      problems.push({
        path: ['input', 'frameworkElementIds'],
        message: 'includes a framework element you cannot use',
      });
    }
    if (
      input.leadUserId &&
      !(await this.repository.isMember(actor.organisationId, input.leadUserId, em))
    ) {
      problems.push({
        path: ['input', 'leadUserId'],
        message: 'The lead must be a member of your organisation',
      });
    }
    if (problems.length) throw new BadUserInputError(problems);
  }
}
