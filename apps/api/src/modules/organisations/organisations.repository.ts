import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { insertBuiltInIndicators } from '../indicators/indicators.repository';
import { OrganisationEntity } from './organisation.entity';
import { SiteEntity } from './site.entity';

/** Organisations and their sites. Every method is scoped by the organisation id. */
@Injectable()
export class OrganisationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private orgs(em?: EntityManager) {
    return (em ?? this.dataSource.manager).getRepository(OrganisationEntity);
  }

  private sites(em?: EntityManager) {
    return (em ?? this.dataSource.manager).getRepository(SiteEntity);
  }

  findById(organisationId: string, em?: EntityManager): Promise<OrganisationEntity | null> {
    return this.orgs(em).findOneBy({ id: organisationId });
  }

  /** For a user's own memberships only (the caller passes ids from their memberships). */
  findByIds(organisationIds: readonly string[]): Promise<OrganisationEntity[]> {
    return organisationIds.length
      ? this.orgs().findBy({ id: In([...organisationIds]) })
      : Promise.resolve([]);
  }

  /** A new museum, with the built-in indicators every museum has. */
  async insert(
    values: Partial<OrganisationEntity> & Pick<OrganisationEntity, 'name' | 'slug'>,
    em: EntityManager,
  ): Promise<OrganisationEntity> {
    const organisation = await this.orgs(em).save(this.orgs(em).create(values));
    await insertBuiltInIndicators(em, organisation.id);
    return organisation;
  }

  save(organisation: OrganisationEntity, em: EntityManager): Promise<OrganisationEntity> {
    return this.orgs(em).save(organisation);
  }

  listSites(organisationIds: readonly string[]): Promise<SiteEntity[]> {
    if (!organisationIds.length) return Promise.resolve([]);
    return this.sites().find({
      where: { organisationId: In([...organisationIds]) },
      order: { name: 'ASC' },
    });
  }

  findSite(organisationId: string, id: string, em?: EntityManager): Promise<SiteEntity | null> {
    return this.sites(em).findOneBy({ organisationId, id });
  }

  insertSite(
    organisationId: string,
    values: Pick<SiteEntity, 'name' | 'type' | 'postcode'>,
    em: EntityManager,
  ) {
    return this.sites(em).save(this.sites(em).create({ ...values, organisationId }));
  }

  saveSite(site: SiteEntity, em: EntityManager): Promise<SiteEntity> {
    return this.sites(em).save(site);
  }

  async deleteSite(organisationId: string, id: string, em: EntityManager): Promise<void> {
    await this.sites(em).delete({ organisationId, id });
  }
}
