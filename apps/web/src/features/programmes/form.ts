import {
  parseWithFieldErrors,
  programmeInputSchema,
  type FieldError,
  type ProgrammeInput,
} from '@lantern/domain';
import type { ProgrammeFieldsFragment } from '../../gql/graphql';
import { penceToPoundsText, poundsTextToPence, wholeNumberFromText } from './format';
import type { DatePeriod } from './periods';

/** A funder as typed into the editor (the amount is pounds, as text). */
export interface FunderRow {
  /** Stable React key and id prefix for the row's fields. */
  key: string;
  name: string;
  grantReference: string;
  amount: string;
  periodStart: string;
  periodEnd: string;
}

export interface PlanRow {
  key: string;
  periodStart: string;
  periodEnd: string;
  plannedSessions: string;
  plannedReach: string;
}

/** The editor's values, as typed: text for numbers and dates, '' for "not set". */
export interface ProgrammeFormValues {
  name: string;
  strand: string;
  status: string;
  aims: string;
  startDate: string;
  endDate: string;
  leadUserId: string;
  siteIds: string[];
  targetAudiences: string[];
  frameworkElementIds: string[];
  funders: FunderRow[];
  plan: PlanRow[];
}

let rowCount = 0;

/** A key for a new funder or plan row, unique on the page. */
export function newRowKey(): string {
  rowCount += 1;
  return `row-${rowCount}`;
}

export function emptyFunderRow(): FunderRow {
  return {
    key: newRowKey(),
    name: '',
    grantReference: '',
    amount: '',
    periodStart: '',
    periodEnd: '',
  };
}

export function emptyPlanRow(period?: DatePeriod): PlanRow {
  return {
    key: newRowKey(),
    periodStart: period?.periodStart ?? '',
    periodEnd: period?.periodEnd ?? '',
    plannedSessions: '',
    plannedReach: '',
  };
}

export function emptyProgrammeValues(): ProgrammeFormValues {
  return {
    name: '',
    strand: '',
    status: 'PLANNED',
    aims: '',
    startDate: '',
    endDate: '',
    leadUserId: '',
    siteIds: [],
    targetAudiences: [],
    frameworkElementIds: [],
    funders: [],
    plan: [],
  };
}

/** The editor's values for an existing programme. */
export function programmeValuesFrom(programme: ProgrammeFieldsFragment): ProgrammeFormValues {
  return {
    name: programme.name,
    strand: programme.strand,
    status: programme.status,
    aims: programme.aims ?? '',
    startDate: String(programme.startDate),
    endDate: programme.endDate ? String(programme.endDate) : '',
    leadUserId: programme.lead?.id ?? '',
    siteIds: programme.sites.map((site) => site.id),
    targetAudiences: [...programme.targetAudiences],
    frameworkElementIds: programme.frameworkElements.map((element) => element.id),
    funders: programme.funders.map((funder) => ({
      key: newRowKey(),
      name: funder.name,
      grantReference: funder.grantReference ?? '',
      amount: penceToPoundsText(funder.amountPence),
      periodStart: funder.periodStart ? String(funder.periodStart) : '',
      periodEnd: funder.periodEnd ? String(funder.periodEnd) : '',
    })),
    plan: programme.plan.map((period) => ({
      key: newRowKey(),
      periodStart: String(period.periodStart),
      periodEnd: String(period.periodEnd),
      plannedSessions: String(period.plannedSessions),
      plannedReach: String(period.plannedReach),
    })),
  };
}

/** Lists whose items are chosen, not typed: a problem with one item belongs to the list. */
const LIST_FIELDS = new Set(['siteIds', 'targetAudiences', 'frameworkElementIds']);

/**
 * The editor's key for an error path from zod or the API: "input.funders.0.name" →
 * "funders.0.name", "input.siteIds.2" → "siteIds".
 */
export function fieldKeyFor(path: string, root = 'input'): string {
  const parts = path.split('.');
  if (parts[0] === root) {
    parts.shift();
  }
  if (parts[0] && LIST_FIELDS.has(parts[0])) {
    return parts[0];
  }
  return parts.join('.');
}

/** Errors keyed by the editor's field keys; the first message for a field wins. */
export function errorsByField(byPath: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(byPath)) {
    errors[fieldKeyFor(path)] ??= message;
  }
  return errors;
}

function errorMap(fieldErrors: readonly FieldError[]): Record<string, string> {
  const byPath: Record<string, string> = {};
  for (const error of fieldErrors) {
    byPath[error.path.join('.')] ??= error.message;
  }
  return errorsByField(byPath);
}

export type ProgrammeCheck =
  { ok: true; value: ProgrammeInput } | { ok: false; errors: Record<string, string> };

/**
 * The browser's check of the editor, with the API's own schema (`programmeInputSchema`), so the
 * messages match what the API would say. Text that is not a number or a date at all gets a
 * plainer message than the schema's. Errors are keyed like "name" or "plan.1.plannedReach".
 */
export function checkProgramme(values: ProgrammeFormValues): ProgrammeCheck {
  const own: Record<string, string> = {};
  const whole = (text: string, key: string, message: string) => {
    const value = wholeNumberFromText(text);
    if (value === null || Number.isNaN(value)) {
      own[key] = message;
      return Number.NaN;
    }
    return value;
  };
  const required = (text: string, key: string, message: string) => {
    if (text.trim() === '') {
      own[key] = message;
    }
    return text.trim();
  };

  const input = {
    name: values.name,
    strand: values.strand,
    status: values.status,
    aims: values.aims,
    startDate: required(values.startDate, 'startDate', 'Enter the date the programme starts'),
    endDate: values.endDate.trim() || null,
    leadUserId: values.leadUserId || null,
    targetAudiences: values.targetAudiences,
    siteIds: values.siteIds,
    frameworkElementIds: values.frameworkElementIds,
    funders: values.funders.map((row, index) => {
      const amountPence = poundsTextToPence(row.amount);
      if (amountPence !== null && Number.isNaN(amountPence)) {
        own[`funders.${index}.amountPence`] = 'Enter an amount in pounds, such as 1500 or 1500.50';
      }
      return {
        name: row.name,
        grantReference: row.grantReference,
        amountPence,
        periodStart: row.periodStart.trim() || null,
        periodEnd: row.periodEnd.trim() || null,
      };
    }),
    plan: values.plan.map((row, index) => ({
      periodStart: required(
        row.periodStart,
        `plan.${index}.periodStart`,
        'Enter the date the period starts',
      ),
      periodEnd: required(
        row.periodEnd,
        `plan.${index}.periodEnd`,
        'Enter the date the period ends',
      ),
      plannedSessions: whole(
        row.plannedSessions,
        `plan.${index}.plannedSessions`,
        'Enter the number of sessions planned, as a whole number',
      ),
      plannedReach: whole(
        row.plannedReach,
        `plan.${index}.plannedReach`,
        'Enter the number of people you plan to reach, as a whole number',
      ),
    })),
  };
  if (values.strand === '') {
    own['strand'] = 'Choose a strand';
  }

  const parsed = parseWithFieldErrors(programmeInputSchema, input);
  const errors = { ...(parsed.ok ? {} : errorMap(parsed.fieldErrors)), ...own };
  if (!parsed.ok || Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  return { ok: true, value: parsed.value };
}
