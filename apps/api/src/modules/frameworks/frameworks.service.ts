import {
  addFrameworkElementInputSchema,
  createFrameworkInputSchema,
  updateFrameworkElementInputSchema,
  updateFrameworkInputSchema,
} from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OrgActor } from '../../platform/auth/actor';
import { ConflictError, ForbiddenError, NotFoundError } from '../../platform/graphql/app-errors';
import { assertId } from '../../platform/graphql/ids';
import { parseInput } from '../../platform/graphql/parse-input';
import { AuditService, auditedBy, diff } from '../audit/audit.service';
import type { FrameworkElementEntity } from './framework-element.entity';
import type { FrameworkEntity } from './framework.entity';
import { FrameworksRepository } from './frameworks.repository';

const READ_ONLY =
  'Sector frameworks are read-only. Add your own framework for your strategic aims.';

/** Sector frameworks (read-only) and the museum's own frameworks of strategic aims. */
@Injectable()
export class FrameworksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: FrameworksRepository,
    private readonly audit: AuditService,
  ) {}

  list(actor: OrgActor): Promise<FrameworkEntity[]> {
    return this.repository.listVisible(actor.organisationId);
  }

  async get(actor: OrgActor, rawId: unknown): Promise<FrameworkEntity> {
    const framework = await this.repository.findVisible(
      actor.organisationId,
      assertId(rawId, 'Framework'),
    );
    if (!framework) throw new NotFoundError('Framework');
    return framework;
  }

  async create(actor: OrgActor, rawInput: unknown): Promise<FrameworkEntity> {
    const input = parseInput(createFrameworkInputSchema, rawInput);
    return this.dataSource.transaction(async (em) => {
      if (await this.repository.findOwnByCode(actor.organisationId, input.code, em)) {
        throw new ConflictError(
          `Your organisation already has a framework with the code ${input.code}.`,
        );
      }
      const framework = await this.repository.saveFramework(
        { ...input, organisationId: actor.organisationId },
        em,
      );
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'framework.created',
        entityType: 'framework',
        entityId: framework.id,
        summary: `${actor.userName} added the framework ${framework.name}`,
        changes: diff(
          {},
          { code: framework.code, name: framework.name, version: framework.version },
        ),
      });
      return framework;
    });
  }

  async update(
    actor: OrgActor,
    rawInput: { id: string } & Record<string, unknown>,
  ): Promise<FrameworkEntity> {
    const id = assertId(rawInput.id, 'Framework');
    return this.dataSource.transaction(async (em) => {
      const framework = await this.ownFramework(actor, id);
      const input = parseInput(updateFrameworkInputSchema, rawInput);
      const before = { name: framework.name, version: framework.version };
      if (input.name !== undefined) framework.name = input.name;
      if (input.version !== undefined) framework.version = input.version;
      const changes = diff(before, { name: framework.name, version: framework.version });
      if (!changes.length) return framework;
      const saved = await this.repository.saveFramework(framework, em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'framework.updated',
        entityType: 'framework',
        entityId: framework.id,
        summary: `${actor.userName} changed the framework ${framework.name}`,
        changes,
      });
      return saved;
    });
  }

  async remove(actor: OrgActor, rawId: unknown): Promise<FrameworkEntity> {
    const id = assertId(rawId, 'Framework');
    return this.dataSource.transaction(async (em) => {
      const framework = await this.ownFramework(actor, id);
      await this.repository.deleteFramework(actor.organisationId, id, em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'framework.deleted',
        entityType: 'framework',
        entityId: framework.id,
        summary: `${actor.userName} removed the framework ${framework.name} and its elements`,
        changes: diff({ code: framework.code, name: framework.name }, {}),
      });
      return framework;
    });
  }

  async addElement(
    actor: OrgActor,
    rawInput: { frameworkId: string } & Record<string, unknown>,
  ): Promise<FrameworkElementEntity> {
    const frameworkId = assertId(rawInput.frameworkId, 'Framework');
    return this.dataSource.transaction(async (em) => {
      const framework = await this.ownFramework(actor, frameworkId);
      const input = parseInput(addFrameworkElementInputSchema, rawInput);
      if (await this.repository.findElementByCode(framework.id, input.code, em)) {
        throw new ConflictError(
          `${framework.name} already has an element with the code ${input.code}.`,
        );
      }
      const element = await this.repository.saveElement(
        {
          organisationId: actor.organisationId,
          frameworkId: framework.id,
          code: input.code,
          label: input.label,
          description: input.description,
          position: await this.repository.nextPosition(framework.id, em),
        },
        em,
      );
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'framework_element.created',
        entityType: 'framework_element',
        entityId: element.id,
        summary: `${actor.userName} added ${element.code} ${element.label} to ${framework.name}`,
        changes: diff(
          {},
          { code: element.code, label: element.label, description: element.description },
        ),
      });
      return element;
    });
  }

  async updateElement(
    actor: OrgActor,
    rawInput: { id: string } & Record<string, unknown>,
  ): Promise<FrameworkElementEntity> {
    const id = assertId(rawInput.id, 'Framework element');
    return this.dataSource.transaction(async (em) => {
      const element = await this.repository.findOwnElement(actor.organisationId, id, em);
      if (!element) throw new NotFoundError('Framework element');
      const input = parseInput(updateFrameworkElementInputSchema, rawInput);
      const before = { label: element.label, description: element.description };
      if (input.label !== undefined) element.label = input.label;
      if (input.description !== undefined) element.description = input.description;
      const changes = diff(before, { label: element.label, description: element.description });
      if (!changes.length) return element;
      const saved = await this.repository.saveElement(element, em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'framework_element.updated',
        entityType: 'framework_element',
        entityId: element.id,
        summary: `${actor.userName} changed ${element.code} ${element.label}`,
        changes,
      });
      return saved;
    });
  }

  async removeElement(actor: OrgActor, rawId: unknown): Promise<FrameworkElementEntity> {
    const id = assertId(rawId, 'Framework element');
    return this.dataSource.transaction(async (em) => {
      const element = await this.repository.findOwnElement(actor.organisationId, id, em);
      if (!element) throw new NotFoundError('Framework element');
      const commitments = await this.repository.commitmentCount(actor.organisationId, id, em);
      if (commitments > 0)
        throw new ConflictError(
          `${element.code} ${element.label} has ${commitments} ${commitments === 1 ? 'commitment' : 'commitments'} under it. Move or delete them first.`,
        );
      await this.repository.deleteElement(actor.organisationId, id, em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'framework_element.deleted',
        entityType: 'framework_element',
        entityId: element.id,
        summary: `${actor.userName} removed ${element.code} ${element.label}`,
        changes: diff({ code: element.code, label: element.label }, {}),
      });
      return element;
    });
  }

  /** The caller's own framework; a visible system one is read-only, anything else is not found. */
  private async ownFramework(actor: OrgActor, id: string): Promise<FrameworkEntity> {
    const framework = await this.repository.findVisible(actor.organisationId, id);
    if (!framework) throw new NotFoundError('Framework');
    if (framework.organisationId === null) throw new ForbiddenError(READ_ONLY);
    return framework;
  }
}
