import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { requestLoader } from '../../platform/graphql/request-loaders';
import { OrganisationsRepository } from './organisations.repository';
import type { SiteEntity } from './site.entity';

@Injectable()
export class OrganisationsLoaders {
  constructor(private readonly repository: OrganisationsRepository) {}

  /** Sites of organisations, batched per request. Keys are organisation ids the caller belongs to. */
  sitesByOrganisation(req: Request) {
    return requestLoader<string, SiteEntity[]>(req, 'sitesByOrganisation', async (ids) => {
      const sites = await this.repository.listSites(ids);
      return ids.map((id) => sites.filter((site) => site.organisationId === id));
    });
  }
}
