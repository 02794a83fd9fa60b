import {
  PROGRAMME_STATUSES,
  PROGRAMME_STRANDS,
  type ProgrammeStatus,
  type ProgrammeStrand,
} from '@lantern/domain';
import type { ProgrammeFilterInput } from '../../gql/graphql';

/** The programme list's filters as they sit in the address bar (`?search=…&status=ACTIVE`). */
export interface ProgrammeFilterValues {
  search: string;
  /** A ProgrammeStatus, or '' for any. */
  status: string;
  /** A ProgrammeStrand, or '' for any. */
  strand: string;
}

export const EMPTY_PROGRAMME_FILTERS: ProgrammeFilterValues = {
  search: '',
  status: '',
  strand: '',
};

const FILTER_KEYS = ['search', 'status', 'strand'] as const;

function isStatus(value: string): value is ProgrammeStatus {
  return (PROGRAMME_STATUSES as readonly string[]).includes(value);
}

function isStrand(value: string): value is ProgrammeStrand {
  return (PROGRAMME_STRANDS as readonly string[]).includes(value);
}

/** Reads the filters from the address; values the API would refuse are dropped. */
export function programmeFiltersFromSearchParams(params: URLSearchParams): ProgrammeFilterValues {
  const status = params.get('status') ?? '';
  const strand = params.get('strand') ?? '';
  return {
    search: (params.get('search') ?? '').trim().slice(0, 160),
    status: isStatus(status) ? status : '',
    strand: isStrand(strand) ? strand : '',
  };
}

export function searchParamsFromProgrammeFilters(values: ProgrammeFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = values[key].trim();
    if (value !== '') {
      params.set(key, value);
    }
  }
  return params;
}

/** The API's filter: only what is set. */
export function toProgrammeFilter(values: ProgrammeFilterValues): ProgrammeFilterInput {
  const filter: ProgrammeFilterInput = {};
  if (values.search.trim()) {
    filter.search = values.search.trim();
  }
  if (isStatus(values.status)) {
    filter.status = values.status;
  }
  if (isStrand(values.strand)) {
    filter.strand = values.strand;
  }
  return filter;
}

export function hasProgrammeFilters(values: ProgrammeFilterValues): boolean {
  return FILTER_KEYS.some((key) => values[key].trim() !== '');
}
