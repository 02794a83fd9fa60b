import type { MockedResponse } from '@apollo/client/testing';
import {
  ActivityImportQueryDocument,
  ActivityImportsQueryDocument,
} from '../features/imports/graphql/imports.operations';
import type {
  ActivityImportFieldsFragment,
  ActivityImportSummaryFieldsFragment,
  ImportField,
} from '../gql/graphql';

export type TestImport = ActivityImportFieldsFragment & { __typename: 'ActivityImport' };
type PreviewRow = ActivityImportFieldsFragment['preview'][number];
type Summary = NonNullable<ActivityImportFieldsFragment['summary']>;

/** The headers of the demo activity log (shared/fixtures/activity-log-2024-25.csv). */
export const LOG_COLUMNS: Array<[string, ImportField | null]> = [
  ['Date', 'DATE'],
  ['Programme', 'PROGRAMME'],
  ['Session type', 'SESSION_TYPE'],
  ['Venue', 'VENUE'],
  ['School / group', 'PARTNER_NAME'],
  ['URN', 'PARTNER_URN'],
  ['Postcode', 'POSTCODE'],
  ['Key Stage', 'KEY_STAGE'],
  ['No. pupils', 'PUPILS'],
  ['No. adults', 'ADULTS'],
  ['Other participants', 'OTHER_PARTICIPANTS'],
  ['First visit?', 'FIRST_VISIT'],
  ['Notes', 'NOTES'],
];

const TARGET_FIELDS: Array<[ImportField, string, boolean, string]> = [
  ['DATE', 'Date', true, 'Day first, e.g. 07/04/2024 or 7 Apr 24'],
  ['PROGRAMME', 'Programme', true, 'Matched by name, ignoring case'],
  ['SESSION_TYPE', 'Session type', true, 'e.g. Workshop, Loan box, Family drop-in'],
  ['VENUE', 'Venue', false, 'Site, "Online" or "Outreach"'],
  ['PARTNER_NAME', 'School / group', false, 'The partner who took part'],
  ['PARTNER_URN', 'URN', false, "A school's six-digit DfE number"],
  ['POSTCODE', 'Postcode', false, "The school's or group's postcode"],
  ['KEY_STAGE', 'Key stage', false, 'KS1 to KS5, EYFS, Year 4, Post-19'],
  ['PUPILS', 'Pupils', false, 'Headcount, or an estimate such as c. 30'],
  ['ADULTS', 'Adults', false, 'Teachers with a school'],
  ['OTHER_PARTICIPANTS', 'Other participants', false, 'Everyone else who took part'],
  ['FIRST_VISIT', 'First visit', false, 'Yes or no'],
  ['NOTES', 'Notes', false, 'Kept with the session'],
  ['START_TIME', 'Start time', false, 'e.g. 10:00 or 2pm'],
  ['DURATION_MINUTES', 'Duration', false, 'Minutes, or e.g. 1h 30m'],
  ['STATUS', 'Status', false, 'Delivered, planned or cancelled'],
];

export function buildSummary(overrides: Partial<Summary> = {}): Summary {
  return {
    __typename: 'ImportSummary',
    rows: 72,
    sessions: 72,
    attendanceCells: 150,
    attendances: 2480,
    duplicates: 0,
    newProgrammes: 6,
    newPartners: 14,
    newSites: 2,
    estimatedCounts: 5,
    dateFrom: '2024-04-02',
    dateTo: '2025-03-28',
    skippedRows: 1,
    sessionsCreated: null,
    attendancesCreated: null,
    ...overrides,
  };
}

export function buildPreviewRow(overrides: Partial<PreviewRow> = {}): PreviewRow {
  return {
    __typename: 'ImportPreviewRow',
    row: 2,
    date: '2024-04-02',
    startTime: null,
    durationMinutes: null,
    status: 'DELIVERED',
    programme: 'Schools - KS2 Romans',
    sessionType: 'Workshop (onsite)',
    format: 'SCHOOL_WORKSHOP',
    deliveryMode: 'ONSITE',
    venue: 'Main museum',
    partner: "St Aidan's CE Primary",
    partnerType: 'SCHOOL',
    partnerUrn: '100001',
    postcode: 'ZZ1 1AA',
    keyStage: 'KS2',
    pupils: 29,
    adults: 7,
    otherParticipants: null,
    estimated: false,
    firstVisit: false,
    notes: 'Fire alarm - finished 10 mins early',
    attendances: 36,
    duplicate: false,
    ...overrides,
  };
}

export function buildImport(overrides: Partial<TestImport> = {}): TestImport {
  return {
    __typename: 'ActivityImport',
    id: 'import-1',
    filename: 'activity-log-2024-25.csv',
    format: 'CSV',
    byteSize: 9_830,
    status: 'UPLOADED',
    processedRows: 0,
    totalRows: null,
    progress: 0,
    headers: LOG_COLUMNS.map(([column]) => column),
    columns: LOG_COLUMNS.map(([column, field]) => ({
      __typename: 'ImportColumn',
      column,
      field,
      suggested: field,
      remembered: false,
    })),
    targetFields: TARGET_FIELDS.map(([field, label, required, description]) => ({
      __typename: 'ImportTargetField',
      field,
      label,
      required,
      description,
    })),
    mappingProblems: [],
    errorCount: 0,
    errors: [],
    summary: null,
    preview: [],
    failureMessage: null,
    createdAt: '2026-11-24T10:00:00.000Z',
    committedAt: null,
    ...overrides,
  };
}

export function activityImportMock(activityImport: TestImport, maxUsageCount = 1): MockedResponse {
  return {
    request: { query: ActivityImportQueryDocument, variables: { id: activityImport.id } },
    result: { data: { __typename: 'Query', activityImport } },
    maxUsageCount,
  };
}

type ImportListItem = ActivityImportSummaryFieldsFragment & { __typename: 'ActivityImport' };

export function buildImportListItem(overrides: Partial<ImportListItem> = {}): ImportListItem {
  return {
    __typename: 'ActivityImport',
    id: 'import-0',
    filename: 'activity-log-2023-24.xlsx',
    format: 'XLSX',
    byteSize: 24_900,
    status: 'COMMITTED',
    createdAt: '2026-10-01T09:00:00.000Z',
    committedAt: '2026-10-01T09:05:00.000Z',
    createdBy: { __typename: 'User', id: 'user-sam', name: 'Sam Lee' },
    summary: {
      __typename: 'ImportSummary',
      sessions: 64,
      dateFrom: '2023-04-03',
      dateTo: '2024-03-27',
    },
    ...overrides,
  };
}

export function activityImportsMock(items: ImportListItem[] = []): MockedResponse {
  return {
    request: { query: ActivityImportsQueryDocument, variables: { first: 20 } },
    result: {
      data: {
        __typename: 'Query',
        activityImports: {
          __typename: 'ActivityImportConnection',
          edges: items.map((node) => ({ __typename: 'ActivityImportEdge', cursor: node.id, node })),
          pageInfo: {
            __typename: 'PageInfo',
            endCursor: items.at(-1)?.id ?? null,
            hasNextPage: false,
          },
          totalCount: items.length,
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
