import { ORGANISATION_DEFAULTS, type Role } from '@lantern/domain';
import type { DataSource } from 'typeorm';
import { MembershipEntity } from '../../modules/members/membership.entity';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity';
import { SiteEntity } from '../../modules/organisations/site.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { PasswordHasher } from '../../platform/auth/password-hasher';
import { seedDemoActivity, type DemoActivityResult } from './demo-activity';
import { seedDemoImpact } from './demo-impact';
import { seedDemoProof } from './demo-proof';
import type { Storage } from '../../platform/storage/storage';
import { seedDemoVoice } from './demo-voice';

export const DEMO_ORGANISATION_SLUG = 'riverside-museum-demo';
export const DEMO_PASSWORD = 'lantern-demo-2026';

/** One person per role, printed by `npm start`. Invented names; the example.org domain is reserved. */
export const DEMO_PEOPLE: ReadonlyArray<{ role: Role; name: string; email: string }> = [
  { role: 'ADMIN', name: 'Priya Shah', email: 'admin@riverside-museum.example' },
  {
    role: 'HEAD_OF_LEARNING',
    name: 'Morgan Ellis',
    email: 'head.of.learning@riverside-museum.example',
  },
  { role: 'LEARNING_OFFICER', name: 'Sam Lee', email: 'learning.officer@riverside-museum.example' },
  { role: 'TRUSTEE', name: 'Jo Whitfield', email: 'trustee@riverside-museum.example' },
];

const DEMO_SITES: ReadonlyArray<Pick<SiteEntity, 'name' | 'type' | 'postcode'>> = [
  { name: 'Main museum', type: 'MUSEUM', postcode: 'ZZ1 1AA' },
  { name: 'Riverside Gallery', type: 'GALLERY', postcode: 'ZZ1 2AB' },
  { name: 'Collections store', type: 'OTHER', postcode: 'ZZ2 3AD' },
];

export interface DemoSeedResult {
  organisation: { id: string; name: string; created: boolean };
  people: Array<{ role: Role; name: string; email: string }>;
  password: string;
  /** What the activity seed added; null when the museum already had programmes. */
  activity: DemoActivityResult | null;
}

/**
 * The demo museum for `npm start`. Idempotent: running it again changes nothing that is
 * already there. The museum gets two years of programmes and sessions (demo-activity.ts).
 */
export async function seedDemo(
  dataSource: DataSource,
  hasher = new PasswordHasher(),
  today: Date = new Date(),
  storage: Storage | null = null,
): Promise<DemoSeedResult> {
  const passwordHash = await hasher.hash(DEMO_PASSWORD);
  return dataSource.transaction(async (manager) => {
    const organisations = manager.getRepository(OrganisationEntity);
    const inserted = await organisations
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
    const organisation = await organisations.findOneByOrFail({ slug: DEMO_ORGANISATION_SLUG });
    const created = inserted.raw.length > 0;

    if (created) {
      await manager
        .getRepository(SiteEntity)
        .insert(DEMO_SITES.map((site) => ({ ...site, organisationId: organisation.id })));
    }
    const staff: Array<{ id: string; name: string }> = [];
    for (const person of DEMO_PEOPLE) {
      await manager
        .getRepository(UserEntity)
        .createQueryBuilder()
        .insert()
        .values({ email: person.email, name: person.name, passwordHash })
        .orIgnore()
        .execute();
      const user = await manager.getRepository(UserEntity).findOneByOrFail({ email: person.email });
      await manager
        .getRepository(MembershipEntity)
        .createQueryBuilder()
        .insert()
        .values({ organisationId: organisation.id, userId: user.id, role: person.role })
        .orIgnore()
        .execute();
      if (person.role === 'LEARNING_OFFICER' || person.role === 'HEAD_OF_LEARNING') {
        staff.push({ id: user.id, name: user.name });
      }
    }
    const activity = await seedDemoActivity(manager, organisation.id, staff, today);
    await seedDemoImpact(manager, organisation.id, today);
    await seedDemoProof(manager, organisation.id, staff, today, storage);
    await seedDemoVoice(manager, organisation.id, today);
    return {
      organisation: { id: organisation.id, name: organisation.name, created },
      people: DEMO_PEOPLE.map((p) => ({ ...p })),
      password: DEMO_PASSWORD,
      activity,
    };
  });
}
