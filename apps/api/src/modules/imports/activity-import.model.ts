import {
  ACTIVITY_IMPORT_FIELD_DEFINITIONS,
  ACTIVITY_IMPORT_FIELDS,
  checkMapping,
  IMPORT_STATUSES,
  type ImportStatus,
  type TargetField,
} from '@lantern/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../platform/graphql/local-date.scalar';
import { graphqlEnum } from '../../platform/graphql/enums';
import { PageInfoModel } from '../../platform/graphql/pagination';
import type { ActivityImportEntity } from './activity-import.entity';
import type { ImportPreviewRow, ImportSummary, StoredRowError } from './import-analysis';

export const ImportStatusEnum = graphqlEnum(IMPORT_STATUSES, 'ImportStatus');

/** SCREAMING_SNAKE name of each target field (`sessionType` -> SESSION_TYPE). */
const FIELD_ENUM = Object.fromEntries(
  ACTIVITY_IMPORT_FIELDS.map((field) => [field.replace(/([A-Z])/g, '_$1').toUpperCase(), field]),
) as Record<string, TargetField>;
registerEnumType(FIELD_ENUM, {
  name: 'ImportField',
  description: 'What a column of an activity spreadsheet fills in Lantern.',
});
export const ImportFieldEnum = FIELD_ENUM;

export const IMPORT_FILE_FORMATS = ['csv', 'xlsx'] as const;
const FORMAT_ENUM = { CSV: 'csv', XLSX: 'xlsx' } as const;
registerEnumType(FORMAT_ENUM, { name: 'ImportFileFormat' });

@ObjectType('ImportColumn', { description: 'One column of the file and the field it fills.' })
export class ImportColumnModel {
  @Field({ description: 'The header as written in the file.' })
  column: string;

  @Field(() => FIELD_ENUM, {
    nullable: true,
    description: 'The field it fills now; null: not imported.',
  })
  field: TargetField | null;

  @Field(() => FIELD_ENUM, {
    nullable: true,
    description:
      "Lantern's suggestion at upload (from the museum's remembered mapping, else the header).",
  })
  suggested: TargetField | null;

  @Field({ description: "The suggestion came from the museum's remembered mapping." })
  remembered: boolean;
}

@ObjectType('ImportTargetField')
export class ImportTargetFieldModel {
  @Field(() => FIELD_ENUM)
  field: TargetField;

  @Field()
  label: string;

  @Field()
  required: boolean;

  @Field()
  description: string;
}

@ObjectType('ImportMappingProblem')
export class ImportMappingProblemModel {
  @Field(() => FIELD_ENUM)
  field: TargetField;

  @Field()
  message: string;
}

@ObjectType('ImportRowError', { description: 'A cell that cannot be imported, with the reason.' })
export class ImportRowErrorModel {
  @Field(() => Int, { description: 'Row number as the spreadsheet shows it (headers are row 1).' })
  row: number;

  @Field({ description: "The file's header; empty when no column is chosen for the field." })
  column: string;

  @Field(() => FIELD_ENUM)
  field: TargetField;

  @Field({ description: 'The text found in the cell.' })
  value: string;

  @Field()
  message: string;
}

@ObjectType('ImportSummary', {
  description: 'What the file holds and what a commit would do (or did, once committed).',
})
export class ImportSummaryModel {
  @Field(() => Int, { description: 'Data rows read (blank and totals rows not counted).' })
  rows: number;

  @Field(() => Int, { description: 'Sessions in the file (one a row).' })
  sessions: number;

  @Field(() => Int)
  attendanceCells: number;

  @Field(() => Int, {
    description: 'Attendances (people counted per session, summed), not unique people.',
  })
  attendances: number;

  @Field(() => Int, {
    description: 'Sessions already imported from an earlier file: a commit skips them.',
  })
  duplicates: number;

  @Field(() => Int)
  newProgrammes: number;

  @Field(() => Int)
  newPartners: number;

  @Field(() => Int)
  newSites: number;

  @Field(() => Int, { description: 'Counts given as estimates, such as "c. 40".' })
  estimatedCounts: number;

  @Field(() => LocalDateScalar, { nullable: true })
  dateFrom: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  dateTo: string | null;

  @Field(() => Int, { description: 'Totals rows skipped.' })
  skippedRows: number;

  @Field(() => Int, { nullable: true, description: 'Once committed: sessions added.' })
  sessionsCreated: number | null;

  @Field(() => Int, { nullable: true, description: 'Once committed: attendances added.' })
  attendancesCreated: number | null;
}

@ObjectType('ImportPreviewRow', { description: 'A row as Lantern read it, flattened for display.' })
export class ImportPreviewRowModel {
  @Field(() => Int)
  row: number;

  @Field(() => LocalDateScalar)
  date: string;

  @Field(() => String, { nullable: true, description: 'HH:MM' })
  startTime: string | null;

  @Field(() => Int, { nullable: true })
  durationMinutes: number | null;

  @Field({ description: 'Session status code: PLANNED, DELIVERED or CANCELLED.' })
  status: string;

  @Field()
  programme: string;

  @Field({ description: 'As written in the file.' })
  sessionType: string;

  @Field({
    description: 'Session format code guessed from the session type, e.g. SCHOOL_WORKSHOP.',
  })
  format: string;

  @Field({ description: 'Delivery mode code: ONSITE, OUTREACH, ONLINE, HYBRID or SELF_LED.' })
  deliveryMode: string;

  @Field(() => String, { nullable: true })
  venue: string | null;

  @Field(() => String, { nullable: true })
  partner: string | null;

  @Field(() => String, { nullable: true, description: 'Partner type code, e.g. SCHOOL.' })
  partnerType: string | null;

  @Field(() => String, { nullable: true })
  partnerUrn: string | null;

  @Field(() => String, { nullable: true })
  postcode: string | null;

  @Field(() => String, { nullable: true, description: 'Key stage code, e.g. KS2.' })
  keyStage: string | null;

  @Field(() => Int, { nullable: true })
  pupils: number | null;

  @Field(() => Int, { nullable: true })
  adults: number | null;

  @Field(() => Int, { nullable: true })
  otherParticipants: number | null;

  @Field({ description: 'One of the counts is an estimate.' })
  estimated: boolean;

  @Field(() => Boolean, { nullable: true })
  firstVisit: boolean | null;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => Int)
  attendances: number;

  @Field({ description: 'Already imported: a commit skips it.' })
  duplicate: boolean;
}

/** Percent done of the step in hand (0-100); 100 once nothing is running. */
export function progressPercent(entity: ActivityImportEntity): number {
  if (entity.status !== 'VALIDATING' && entity.status !== 'COMMITTING') {
    return entity.status === 'UPLOADED' ? 0 : 100;
  }
  if (!entity.totalRows) return 0;
  return Math.min(99, Math.floor((entity.processedRows / entity.totalRows) * 100));
}

@ObjectType('ActivityImport', {
  description:
    'An activity spreadsheet on its way in: UPLOADED -> (setImportMapping) VALIDATING -> READY or INVALID -> (commitImport) COMMITTING -> COMMITTED or FAILED.',
})
export class ActivityImportModel {
  @Field(() => ID)
  id: string;

  @Field()
  filename: string;

  @Field(() => FORMAT_ENUM, { description: 'From the bytes of the file, not its name.' })
  format: (typeof IMPORT_FILE_FORMATS)[number];

  @Field(() => Int)
  byteSize: number;

  @Field(() => ImportStatusEnum)
  status: ImportStatus;

  @Field(() => Int, { description: 'Rows read so far by the step in hand.' })
  processedRows: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Rows in the file: estimated from the bytes read while first checked, then exact.',
  })
  totalRows: number | null;

  @Field(() => Int, { description: 'Percent done of the check or commit in hand (0-100).' })
  progress: number;

  @Field(() => [String])
  headers: string[];

  @Field(() => [ImportColumnModel])
  columns: ImportColumnModel[];

  @Field(() => [ImportTargetFieldModel], { description: 'The fields a column can fill.' })
  targetFields: ImportTargetFieldModel[];

  @Field(() => [ImportMappingProblemModel], {
    description: 'What stops the current mapping being used (a required field with no column...).',
  })
  mappingProblems: ImportMappingProblemModel[];

  @Field(() => Int, { description: 'Every problem found; `errors` lists the first 1,000.' })
  errorCount: number;

  @Field(() => [ImportRowErrorModel], { complexity: 10 })
  errors: StoredRowError[];

  @Field(() => ImportSummaryModel, { nullable: true })
  summary: ImportSummary | null;

  @Field(() => [ImportPreviewRowModel], { description: 'The first 20 rows as Lantern read them.' })
  preview: ImportPreviewRow[];

  @Field(() => String, {
    nullable: true,
    description: 'Why the file could not be checked or committed.',
  })
  failureMessage: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  committedAt: Date | null;

  createdByUserId: string | null;

  static fromEntity(entity: ActivityImportEntity): ActivityImportModel {
    const suggested = entity.suggestedMapping.columns ?? {};
    const remembered = new Set(entity.suggestedMapping.remembered ?? []);
    return Object.assign(new ActivityImportModel(), {
      id: entity.id,
      filename: entity.filename,
      format: entity.format,
      byteSize: entity.byteSize,
      status: entity.status,
      processedRows: entity.processedRows,
      totalRows: entity.totalRows,
      progress: progressPercent(entity),
      headers: entity.headers,
      columns: entity.headers.map((column) => ({
        column,
        field: entity.mapping[column] ?? null,
        suggested: suggested[column] ?? null,
        remembered: remembered.has(column),
      })),
      targetFields: ACTIVITY_IMPORT_FIELDS.map((field) => ({
        field,
        label: ACTIVITY_IMPORT_FIELD_DEFINITIONS[field].label,
        required: ACTIVITY_IMPORT_FIELD_DEFINITIONS[field].required,
        description: ACTIVITY_IMPORT_FIELD_DEFINITIONS[field].hint,
      })),
      mappingProblems: checkMapping(entity.mapping),
      errorCount: entity.errorCount,
      errors: entity.errors as StoredRowError[],
      summary: entity.summary as ImportSummary | null,
      preview: entity.preview as ImportPreviewRow[],
      failureMessage: entity.failureMessage,
      createdAt: entity.createdAt,
      committedAt: entity.committedAt,
      createdByUserId: entity.createdByUserId,
    });
  }
}

@ObjectType('ActivityImportEdge')
export class ActivityImportEdgeModel {
  @Field()
  cursor: string;

  @Field(() => ActivityImportModel)
  node: ActivityImportModel;
}

@ObjectType('ActivityImportConnection')
export class ActivityImportConnectionModel {
  @Field(() => [ActivityImportEdgeModel])
  edges: ActivityImportEdgeModel[];

  @Field(() => PageInfoModel)
  pageInfo: PageInfoModel;

  @Field(() => Int)
  totalCount: number;
}
