import {
  createSiteInputSchema,
  updateOrganisationInputSchema,
  updateSiteInputSchema,
} from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OrgActor } from '../../platform/auth/actor';
import { NotFoundError } from '../../platform/graphql/app-errors';
import { assertId } from '../../platform/graphql/ids';
import { parseInput } from '../../platform/graphql/parse-input';
import { AuditService, auditedBy, diff } from '../audit/audit.service';
import type { OrganisationEntity } from './organisation.entity';
import { OrganisationsRepository } from './organisations.repository';
import type { SiteEntity } from './site.entity';

const ORGANISATION_FIELDS = [
  'name',
  'kind',
  'nation',
  'financialYearStartMonth',
  'academicYearStartMonth',
  'smallCellThreshold',
  'timeZone',
] as const;
const SITE_FIELDS = ['name', 'type', 'postcode'] as const;

function pick<T extends object, K extends keyof T>(
  object: T,
  keys: readonly K[],
): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, object[key]]));
}

/** Organisation settings and sites. Object-level checks: everything is looked up inside the actor's museum. */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: OrganisationsRepository,
    private readonly audit: AuditService,
  ) {}

  async get(actor: OrgActor): Promise<OrganisationEntity> {
    const organisation = await this.repository.findById(actor.organisationId);
    if (!organisation) throw new NotFoundError('Organisation');
    return organisation;
  }

  async update(actor: OrgActor, rawInput: unknown): Promise<OrganisationEntity> {
    const input = parseInput(updateOrganisationInputSchema, rawInput);
    return this.dataSource.transaction(async (em) => {
      const organisation = await this.repository.findById(actor.organisationId, em);
      if (!organisation) throw new NotFoundError('Organisation');
      const before = pick(organisation, ORGANISATION_FIELDS);
      for (const field of ORGANISATION_FIELDS) {
        const value = input[field];
        if (value !== undefined) Object.assign(organisation, { [field]: value });
      }
      const changes = diff(before, pick(organisation, ORGANISATION_FIELDS));
      if (!changes.length) return organisation;
      const saved = await this.repository.save(organisation, em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'organisation.updated',
        entityType: 'organisation',
        entityId: organisation.id,
        summary: `${actor.userName} changed the organisation settings (${changes.map((c) => c.field).join(', ')})`,
        changes,
      });
      return saved;
    });
  }

  async createSite(actor: OrgActor, rawInput: unknown): Promise<SiteEntity> {
    const input = parseInput(createSiteInputSchema, rawInput);
    return this.dataSource.transaction(async (em) => {
      const site = await this.repository.insertSite(actor.organisationId, input, em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'site.created',
        entityType: 'site',
        entityId: site.id,
        summary: `${actor.userName} added the site ${site.name}`,
        changes: diff({}, pick(site, SITE_FIELDS)),
      });
      return site;
    });
  }

  async updateSite(
    actor: OrgActor,
    rawInput: { id: string } & Record<string, unknown>,
  ): Promise<SiteEntity> {
    const id = assertId(rawInput.id, 'Site');
    return this.dataSource.transaction(async (em) => {
      const site = await this.repository.findSite(actor.organisationId, id, em);
      if (!site) throw new NotFoundError('Site');
      const input = parseInput(updateSiteInputSchema, rawInput);
      const before = pick(site, SITE_FIELDS);
      if (input.name !== undefined) site.name = input.name;
      if (input.type !== undefined) site.type = input.type;
      if (input.postcode !== undefined) site.postcode = input.postcode;
      const changes = diff(before, pick(site, SITE_FIELDS));
      if (!changes.length) return site;
      const saved = await this.repository.saveSite(site, em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'site.updated',
        entityType: 'site',
        entityId: site.id,
        summary: `${actor.userName} changed the site ${site.name}`,
        changes,
      });
      return saved;
    });
  }

  async deleteSite(actor: OrgActor, rawId: unknown): Promise<SiteEntity> {
    const id = assertId(rawId, 'Site');
    return this.dataSource.transaction(async (em) => {
      const site = await this.repository.findSite(actor.organisationId, id, em);
      if (!site) throw new NotFoundError('Site');
      await this.repository.deleteSite(actor.organisationId, id, em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'site.deleted',
        entityType: 'site',
        entityId: site.id,
        summary: `${actor.userName} removed the site ${site.name}`,
        changes: diff(pick(site, SITE_FIELDS), {}),
      });
      return site;
    });
  }
}
