import type { IndicatorFilterInput, IndicatorSource } from '../../gql/graphql';
import { INDICATOR_SOURCES } from './labels';

/** The library's filters as they sit in the address (`?search=…&source=MANUAL&archived=1`). */
export interface IndicatorFilterValues {
  search: string;
  /** An IndicatorSource, or '' for any. */
  source: string;
  archived: boolean;
}

export function isIndicatorSource(value: string): value is IndicatorSource {
  return (INDICATOR_SOURCES as readonly string[]).includes(value);
}

export function indicatorFiltersFromSearchParams(params: URLSearchParams): IndicatorFilterValues {
  const source = params.get('source') ?? '';
  return {
    search: (params.get('search') ?? '').trim().slice(0, 160),
    source: isIndicatorSource(source) ? source : '',
    archived: params.get('archived') === '1',
  };
}

export function searchParamsFromIndicatorFilters(values: IndicatorFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  if (values.search.trim()) params.set('search', values.search.trim());
  if (isIndicatorSource(values.source)) params.set('source', values.source);
  if (values.archived) params.set('archived', '1');
  return params;
}

/** The API's filter: only what is set. */
export function toIndicatorFilter(values: IndicatorFilterValues): IndicatorFilterInput {
  const filter: IndicatorFilterInput = {};
  if (values.search.trim()) filter.search = values.search.trim();
  if (isIndicatorSource(values.source)) filter.source = values.source;
  if (values.archived) filter.includeArchived = true;
  return filter;
}

export function hasIndicatorFilters(values: IndicatorFilterValues): boolean {
  return values.search.trim() !== '' || values.source !== '';
}
