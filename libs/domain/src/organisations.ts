/** What kind of organisation a tenant is. */
export const ORGANISATION_KINDS = ['MUSEUM', 'GALLERY', 'HERITAGE_SITE', 'MUSEUM_SERVICE'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** UK nations: each has its own deprivation index and academic calendar. */
export const NATIONS = ['ENGLAND', 'SCOTLAND', 'WALES', 'NORTHERN_IRELAND'] as const;
export type Nation = (typeof NATIONS)[number];

export const ORGANISATION_DEFAULTS = {
  financialYearStartMonth: 4,
  academicYearStartMonth: 9,
  smallCellThreshold: 5,
  timeZone: 'Europe/London',
} as const;
