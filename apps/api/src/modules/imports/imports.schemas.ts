import { ACTIVITY_IMPORT_FIELDS, SAVED_MAPPING_MAX_COLUMNS } from '@lantern/domain';
import { z } from 'zod';

/**
 * Inputs of the import mutations. (They sit beside the API rather than in libs/domain
 * because only the API reads them; the web app sends what the generated types allow.)
 */
export const setImportMappingInputSchema = z.object({
  importId: z.string(),
  columns: z
    .array(
      z.object({
        column: z.string().min(1, 'Name a column of the file').max(500),
        field: z
          .enum(ACTIVITY_IMPORT_FIELDS)
          .nullish()
          .transform((field) => field ?? null),
      }),
    )
    .max(SAVED_MAPPING_MAX_COLUMNS, `At most ${SAVED_MAPPING_MAX_COLUMNS} columns`),
});
export type SetImportMappingInput = z.output<typeof setImportMappingInputSchema>;

export const importIdInputSchema = z.object({ importId: z.string() });
