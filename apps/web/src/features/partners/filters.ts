import { PARTNER_TYPES, type PartnerType } from '@lantern/domain';
import type { PartnerFilterInput } from '../../gql/graphql';

/** The partner list's filters as they sit in the address bar (`?search=…&type=SCHOOL`). */
export interface PartnerFilterValues {
  search: string;
  /** A PartnerType, or '' for any. */
  type: string;
}

export const EMPTY_PARTNER_FILTERS: PartnerFilterValues = { search: '', type: '' };

function isPartnerType(value: string): value is PartnerType {
  return (PARTNER_TYPES as readonly string[]).includes(value);
}

/** Reads the filters from the address; values the API would refuse are dropped. */
export function partnerFiltersFromSearchParams(params: URLSearchParams): PartnerFilterValues {
  const type = params.get('type') ?? '';
  return {
    search: (params.get('search') ?? '').trim().slice(0, 160),
    type: isPartnerType(type) ? type : '',
  };
}

export function searchParamsFromPartnerFilters(values: PartnerFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  if (values.search.trim()) params.set('search', values.search.trim());
  if (isPartnerType(values.type)) params.set('type', values.type);
  return params;
}

/** The API's filter: only what is set. */
export function toPartnerFilter(values: PartnerFilterValues): PartnerFilterInput {
  const filter: PartnerFilterInput = {};
  if (values.search.trim()) filter.search = values.search.trim();
  if (isPartnerType(values.type)) filter.type = values.type;
  return filter;
}

export function hasPartnerFilters(values: PartnerFilterValues): boolean {
  return values.search.trim() !== '' || values.type !== '';
}
