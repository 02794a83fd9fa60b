import {
  DELIVERY_MODES,
  SESSION_FORMATS,
  SESSION_STATUSES,
  type DeliveryMode,
  type SessionFormat,
  type SessionStatus,
} from '@lantern/domain';

/**
 * The session list's filters as they sit in the address bar
 * (`/sessions?from=2026-04-01&to=2027-03-31&format=SCHOOL_WORKSHOP`), so a view can be shared
 * and survives a reload. The export links carry the same query string.
 */
export interface SessionFilterValues {
  /** YYYY-MM-DD, sessions on or after that day. */
  from: string;
  /** YYYY-MM-DD, sessions on or before that day. */
  to: string;
  programmeId: string;
  siteId: string;
  format: string;
  deliveryMode: string;
  partnerId: string;
  status: string;
}

export const SESSION_FILTER_KEYS = [
  'from',
  'to',
  'programmeId',
  'siteId',
  'format',
  'deliveryMode',
  'partnerId',
  'status',
] as const satisfies ReadonlyArray<keyof SessionFilterValues>;

export const EMPTY_SESSION_FILTERS: SessionFilterValues = {
  from: '',
  to: '',
  programmeId: '',
  siteId: '',
  format: '',
  deliveryMode: '',
  partnerId: '',
  status: '',
};

/** The API's filter, with only what is set. */
export interface SessionFilter {
  from?: string;
  to?: string;
  programmeId?: string;
  siteId?: string;
  format?: SessionFormat;
  deliveryMode?: DeliveryMode;
  partnerId?: string;
  status?: SessionStatus;
}

const ID_PATTERN = /^[0-9a-f-]{36}$/i;

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return false;
  }
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function oneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** Reads the filters from the address; values the API would refuse are dropped. */
export function sessionFiltersFromSearchParams(params: URLSearchParams): SessionFilterValues {
  const read = (key: keyof SessionFilterValues) => (params.get(key) ?? '').trim();
  const date = (key: 'from' | 'to') => (isDate(read(key)) ? read(key) : '');
  const id = (key: 'programmeId' | 'siteId' | 'partnerId') =>
    ID_PATTERN.test(read(key)) ? read(key) : '';
  return {
    from: date('from'),
    to: date('to'),
    programmeId: id('programmeId'),
    siteId: id('siteId'),
    format: oneOf(SESSION_FORMATS, read('format')) ? read('format') : '',
    deliveryMode: oneOf(DELIVERY_MODES, read('deliveryMode')) ? read('deliveryMode') : '',
    partnerId: id('partnerId'),
    status: oneOf(SESSION_STATUSES, read('status')) ? read('status') : '',
  };
}

/** The address's query string for the filters, in a fixed order, leaving out what is unset. */
export function searchParamsFromSessionFilters(values: SessionFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of SESSION_FILTER_KEYS) {
    const value = values[key].trim();
    if (value !== '') {
      params.set(key, value);
    }
  }
  return params;
}

export function toSessionFilter(values: SessionFilterValues): SessionFilter {
  const filter: SessionFilter = {};
  if (values.from) filter.from = values.from;
  if (values.to) filter.to = values.to;
  if (values.programmeId) filter.programmeId = values.programmeId;
  if (values.siteId) filter.siteId = values.siteId;
  if (oneOf(SESSION_FORMATS, values.format)) filter.format = values.format;
  if (oneOf(DELIVERY_MODES, values.deliveryMode)) filter.deliveryMode = values.deliveryMode;
  if (values.partnerId) filter.partnerId = values.partnerId;
  if (oneOf(SESSION_STATUSES, values.status)) filter.status = values.status;
  return filter;
}

export function hasSessionFilters(values: SessionFilterValues): boolean {
  return SESSION_FILTER_KEYS.some((key) => values[key].trim() !== '');
}

/** A plain link to the export of the sessions these filters show (the API sends a file). */
export function sessionExportHref(kind: 'csv' | 'xlsx', values: SessionFilterValues): string {
  const query = searchParamsFromSessionFilters(values).toString();
  return `/api/exports/sessions.${kind}${query ? `?${query}` : ''}`;
}

/** The "from"/"to" problem, if any, with the message the filter form shows. */
export function checkSessionFilters(values: SessionFilterValues): string | null {
  if (values.from && values.to && values.from > values.to) {
    return 'The "to" date must be on or after the "from" date';
  }
  return null;
}
