import type { AuditEventFilter } from '../../gql/graphql';

/** The audit log's filters as they sit in the address bar (`?action=…&from=2026-04-01`). */
export interface AuditFilterValues {
  action: string;
  entityType: string;
  /** A UK calendar date, YYYY-MM-DD: events from the start of that day. */
  from: string;
  /** A UK calendar date, YYYY-MM-DD: events up to the end of that day. */
  to: string;
}

export const EMPTY_FILTERS: AuditFilterValues = { action: '', entityType: '', from: '', to: '' };

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const FILTER_KEYS = ['action', 'entityType', 'from', 'to'] as const;

function isDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) {
    return false;
  }
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export function filtersFromSearchParams(params: URLSearchParams): AuditFilterValues {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    action: params.get('action') ?? '',
    entityType: params.get('entityType') ?? '',
    from: isDate(from) ? from : '',
    to: isDate(to) ? to : '',
  };
}

export function searchParamsFromFilters(values: AuditFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = values[key].trim();
    if (value !== '') {
      params.set(key, value);
    }
  }
  return params;
}

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** Minutes that UK clocks are ahead of UTC at this instant (0 in winter, 60 in summer). */
function londonOffsetMinutes(instant: number): number {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of londonParts.formatToParts(new Date(instant))) {
    parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return Math.round((asUtc - instant) / 60_000);
}

/** The instant UK clocks show midnight at the start of `date` (+ `addDays`), as ISO 8601. */
export function startOfUkDay(date: string, addDays = 0): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(year, month - 1, day + addDays);
  return new Date(utcMidnight - londonOffsetMinutes(utcMidnight) * 60_000).toISOString();
}

/** The API's filter: dates become UK day bounds (`to` is exclusive, so the next midnight). */
export function toAuditEventFilter(values: AuditFilterValues): AuditEventFilter {
  const filter: AuditEventFilter = {};
  if (values.action) {
    filter.action = values.action;
  }
  if (values.entityType) {
    filter.entityType = values.entityType;
  }
  if (values.from) {
    filter.from = startOfUkDay(values.from);
  }
  if (values.to) {
    filter.to = startOfUkDay(values.to, 1);
  }
  return filter;
}

export function hasFilters(values: AuditFilterValues): boolean {
  return FILTER_KEYS.some((key) => values[key] !== '');
}

/** "member.role_changed" → "Member role changed". */
export function describeAction(action: string): string {
  const words = action.replace(/[._]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Known entity types, with words; an unknown one from the address bar is kept as it is. */
export const ENTITY_TYPE_LABELS: Record<string, string> = {
  organisation: 'Organisation',
  site: 'Site',
  membership: 'Membership',
  invitation: 'Invitation',
  user: 'User account',
};
