import {
  createSiteInputSchema,
  parseWithFieldErrors,
  updateOrganisationInputSchema,
  type Nation,
  type OrganisationKind,
  type SiteType,
} from '@lantern/domain';
import type { UpdateOrganisationInput } from '../../gql/graphql';
import { fieldErrorMap } from '../../lib/forms';

export const SMALL_CELL_MIN = 1;
export const SMALL_CELL_MAX = 50;

/** The settings form's values, as typed (numbers are still text). */
export interface SettingsValues {
  name: string;
  kind: string;
  nation: string;
  financialYearStartMonth: string;
  academicYearStartMonth: string;
  smallCellThreshold: string;
  timeZone: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

/**
 * The browser's check of the settings form, with the API's own zod schema (libs/domain), so
 * messages match; errors are keyed like the API's field errors ("input.smallCellThreshold").
 */
export function checkSettings(values: SettingsValues): Checked<UpdateOrganisationInput> {
  const threshold = values.smallCellThreshold.trim();
  const input = {
    name: values.name,
    kind: values.kind as OrganisationKind,
    nation: values.nation as Nation,
    financialYearStartMonth: Number(values.financialYearStartMonth),
    academicYearStartMonth: Number(values.academicYearStartMonth),
    smallCellThreshold: threshold === '' ? Number.NaN : Number(threshold),
    timeZone: values.timeZone,
  };
  if (!Number.isFinite(input.smallCellThreshold)) {
    const parsed = parseWithFieldErrors(updateOrganisationInputSchema, {
      ...input,
      smallCellThreshold: 5,
    });
    const errors = parsed.ok ? {} : fieldErrorMap(parsed.fieldErrors);
    errors['input.smallCellThreshold'] =
      `Enter a whole number from ${SMALL_CELL_MIN} to ${SMALL_CELL_MAX}`;
    return { ok: false, errors };
  }
  const parsed = parseWithFieldErrors(updateOrganisationInputSchema, input);
  return parsed.ok
    ? { ok: true, value: parsed.value }
    : { ok: false, errors: fieldErrorMap(parsed.fieldErrors) };
}

export interface SiteValues {
  name: string;
  type: string;
  postcode: string;
}

export interface SiteDraft {
  name: string;
  type: SiteType;
  /** Normalised ("SW1A 1AA"), or null for none. */
  postcode: string | null;
}

/** The browser's check of the site form, with the API's schema; the postcode comes back normalised. */
export function checkSite(values: SiteValues): Checked<SiteDraft> {
  const parsed = parseWithFieldErrors(createSiteInputSchema, values);
  return parsed.ok
    ? {
        ok: true,
        value: {
          name: parsed.value.name,
          type: parsed.value.type,
          postcode: parsed.value.postcode,
        },
      }
    : { ok: false, errors: fieldErrorMap(parsed.fieldErrors) };
}
