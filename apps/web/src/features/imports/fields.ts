import { ACTIVITY_IMPORT_FIELDS, type TargetField } from '@lantern/domain';
import type { ImportField } from '../../gql/graphql';

/**
 * The API names import fields in SCREAMING_SNAKE (`SESSION_TYPE`); libs/domain in camelCase
 * (`sessionType`), which its mapping checks use.
 */
export function toTargetField(field: ImportField | string): TargetField | null {
  const camel = field
    .toLowerCase()
    .replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return (ACTIVITY_IMPORT_FIELDS as readonly string[]).includes(camel)
    ? (camel as TargetField)
    : null;
}

export function toImportField(field: TargetField): ImportField {
  return field.replace(/([A-Z])/g, '_$1').toUpperCase() as ImportField;
}
