import type { TargetField } from '@lantern/domain';
import type { ActivityImportFieldsFragment } from '../../gql/graphql';
import type { MappingColumnView, TargetFieldView } from './components/MappingStep';
import { toTargetField } from './fields';

type PreviewRow = ActivityImportFieldsFragment['preview'][number];

/** Where each field's value sits in a preview row. */
const PREVIEW_KEYS: Record<TargetField, keyof PreviewRow> = {
  date: 'date',
  programme: 'programme',
  sessionType: 'sessionType',
  venue: 'venue',
  partnerName: 'partner',
  partnerUrn: 'partnerUrn',
  postcode: 'postcode',
  keyStage: 'keyStage',
  pupils: 'pupils',
  adults: 'adults',
  otherParticipants: 'otherParticipants',
  firstVisit: 'firstVisit',
  notes: 'notes',
  startTime: 'startTime',
  durationMinutes: 'durationMinutes',
  status: 'status',
};

const SAMPLE_COUNT = 3;

function sampleText(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const text = String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * The mapping screen's rows: each column of the file with the field it fills now, whether that
 * came from the remembered mapping, and a few values as Lantern read them (only once the file
 * has been checked: before that there is no preview).
 */
export function mappingColumns(activityImport: ActivityImportFieldsFragment): MappingColumnView[] {
  return activityImport.columns.map((column) => {
    const field = column.field ? toTargetField(column.field) : null;
    const samples: string[] = [];
    if (field) {
      for (const row of activityImport.preview) {
        const text = sampleText(row[PREVIEW_KEYS[field]]);
        if (text !== null && !samples.includes(text)) samples.push(text);
        if (samples.length >= SAMPLE_COUNT) break;
      }
    }
    return {
      column: column.column,
      field,
      remembered: column.remembered && column.field === column.suggested,
      samples,
    };
  });
}

export function targetFieldViews(activityImport: ActivityImportFieldsFragment): TargetFieldView[] {
  return activityImport.targetFields.flatMap((target) => {
    const field = toTargetField(target.field);
    return field
      ? [{ field, label: target.label, required: target.required, description: target.description }]
      : [];
  });
}
