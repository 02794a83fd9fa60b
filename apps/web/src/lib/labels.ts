import {
  NATIONS,
  ORGANISATION_KINDS,
  SITE_TYPES,
  type Nation,
  type OrganisationKind,
  type SiteType,
} from '@lantern/domain';

/** Words for the API's enum values, in the order people expect to choose from. */
export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  MUSEUM: 'Museum',
  GALLERY: 'Gallery',
  HERITAGE_SITE: 'Heritage site',
  MUSEUM_SERVICE: 'Museum service',
};

export const NATION_LABELS: Record<Nation, string> = {
  ENGLAND: 'England',
  SCOTLAND: 'Scotland',
  WALES: 'Wales',
  NORTHERN_IRELAND: 'Northern Ireland',
};

export const SITE_TYPE_LABELS: Record<SiteType, string> = {
  MUSEUM: 'Museum',
  GALLERY: 'Gallery',
  HERITAGE_SITE: 'Heritage site',
  LEARNING_CENTRE: 'Learning centre',
  LIBRARY_OR_ARCHIVE: 'Library or archive',
  OUTDOOR: 'Outdoor site',
  OTHER: 'Other',
};

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Options for a NativeSelect, values as strings. */
export function optionsFrom<Value extends string>(
  values: readonly Value[],
  labels: Record<Value, string>,
) {
  return values.map((value) => ({ value, label: labels[value] }));
}

export const ORGANISATION_KIND_OPTIONS = /* @__PURE__ */ optionsFrom(
  ORGANISATION_KINDS,
  ORGANISATION_KIND_LABELS,
);
export const NATION_OPTIONS = /* @__PURE__ */ optionsFrom(NATIONS, NATION_LABELS);
export const SITE_TYPE_OPTIONS = /* @__PURE__ */ optionsFrom(SITE_TYPES, SITE_TYPE_LABELS);
export const MONTH_OPTIONS = /* @__PURE__ */ MONTH_NAMES.map((name, index) => ({
  value: String(index + 1),
  label: name,
}));
