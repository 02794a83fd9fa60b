import type { OrganisationSettingsQuery } from '../gql/graphql';

type Organisation = OrganisationSettingsQuery['organisation'];
type Site = Organisation['sites'][number];

export function buildSite(overrides: Partial<Site> = {}): Site {
  return {
    __typename: 'Site',
    id: 'site-1',
    name: 'Main building',
    type: 'MUSEUM',
    postcode: 'SW1A 1AA',
    createdAt: '2026-04-01T09:00:00.000Z',
    ...overrides,
  };
}

export function buildOrganisationSettings(overrides: Partial<Organisation> = {}): Organisation {
  return {
    __typename: 'Organisation',
    id: 'org-hilltop',
    name: 'Hilltop Museum',
    kind: 'MUSEUM',
    nation: 'ENGLAND',
    financialYearStartMonth: 4,
    academicYearStartMonth: 9,
    smallCellThreshold: 5,
    timeZone: 'Europe/London',
    updatedAt: '2026-04-01T09:00:00.000Z',
    sites: [buildSite()],
    ...overrides,
  };
}
