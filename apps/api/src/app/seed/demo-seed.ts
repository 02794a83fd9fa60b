import { ORGANISATION_DEFAULTS } from '@lantern/domain';
import type { DataSource } from 'typeorm';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity';

export const DEMO_ORGANISATION_SLUG = 'riverside-museum-demo';

export interface DemoSeedResult {
  organisation: { id: string; name: string; created: boolean };
}

/**
 * The demo museum for `npm start`. Idempotent: running it again changes nothing that is
 * already there. Later issues add people, programmes and sessions here.
 */
export async function seedDemo(dataSource: DataSource): Promise<DemoSeedResult> {
  return dataSource.transaction(async (manager) => {
    const repo = manager.getRepository(OrganisationEntity);
    const inserted = await repo
      .createQueryBuilder()
      .insert()
      .values({
        name: 'Riverside Museum (demo)',
        slug: DEMO_ORGANISATION_SLUG,
        kind: 'MUSEUM_SERVICE',
        nation: 'ENGLAND',
        ...ORGANISATION_DEFAULTS,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const organisation = await repo.findOneByOrFail({ slug: DEMO_ORGANISATION_SLUG });
    return {
      organisation: { id: organisation.id, name: organisation.name, created: inserted.raw.length > 0 },
    };
  });
}
