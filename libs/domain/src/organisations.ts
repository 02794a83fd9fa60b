import { z } from 'zod';
import { postcodeSchema } from './postcode';

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

/** Kinds of site a museum runs. */
export const SITE_TYPES = [
  'MUSEUM',
  'GALLERY',
  'HERITAGE_SITE',
  'LEARNING_CENTRE',
  'LIBRARY_OR_ARCHIVE',
  'OUTDOOR',
  'OTHER',
] as const;
export type SiteType = (typeof SITE_TYPES)[number];

export const INVITATION_STATUSES = ['PENDING', 'ACCEPTED', 'EXPIRED', 'REVOKED'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

const month = z.number().int('Choose a month').min(1, 'Choose a month').max(12, 'Choose a month');

export const updateOrganisationInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, 'Enter the organisation name')
    .max(160, 'Name must be at most 160 characters')
    .optional(),
  kind: z.enum(ORGANISATION_KINDS).optional(),
  nation: z.enum(NATIONS).optional(),
  financialYearStartMonth: month.optional(),
  academicYearStartMonth: month.optional(),
  smallCellThreshold: z
    .number()
    .int('Enter a whole number')
    .min(1, 'Must be at least 1')
    .max(50, 'Must be at most 50')
    .optional(),
  timeZone: z
    .string()
    .trim()
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat('en-GB', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, 'Enter a time zone like Europe/London')
    .optional(),
});

const siteName = z
  .string()
  .trim()
  .min(1, 'Enter the site name')
  .max(160, 'Name must be at most 160 characters');

export const createSiteInputSchema = z.object({
  name: siteName,
  type: z.enum(SITE_TYPES),
  postcode: z
    .string()
    .nullish()
    .transform((value) => (value && value.trim() ? value : null))
    .pipe(postcodeSchema.nullable()),
});

export const updateSiteInputSchema = z.object({
  id: z.string(),
  name: siteName.optional(),
  type: z.enum(SITE_TYPES).optional(),
  postcode: createSiteInputSchema.shape.postcode.optional(),
});
