import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type {
  OrganisationSettingsFieldsFragment,
  UpdateOrganisationInput,
} from '../../../gql/graphql';
import { actionMessage, toUserError } from '../../../lib/errors';
import { useFieldErrors } from '../../../lib/forms';
import { MONTH_OPTIONS, NATION_OPTIONS, ORGANISATION_KIND_OPTIONS } from '../../../lib/labels';
import { FormAlert } from '../../auth/components/FormAlert';
import { checkSettings, SMALL_CELL_MAX, SMALL_CELL_MIN, type SettingsValues } from '../validation';
import { ACADEMIC_YEAR_NOTE, SMALL_CELL_MEANING } from './settings-text';

const FIELDS = [
  'name',
  'kind',
  'nation',
  'financialYearStartMonth',
  'academicYearStartMonth',
  'smallCellThreshold',
  'timeZone',
] as const;

export interface OrganisationSettingsFormProps {
  organisation: OrganisationSettingsFieldsFragment;
  saving: boolean;
  onSave: (input: UpdateOrganisationInput) => Promise<unknown>;
  onSaved: () => void;
}

function valuesFrom(organisation: OrganisationSettingsFieldsFragment): SettingsValues {
  return {
    name: organisation.name,
    kind: organisation.kind,
    nation: organisation.nation,
    financialYearStartMonth: String(organisation.financialYearStartMonth),
    academicYearStartMonth: String(organisation.academicYearStartMonth),
    smallCellThreshold: String(organisation.smallCellThreshold),
    timeZone: organisation.timeZone,
  };
}

/** The organisation's settings, for roles that may change them. */
export function OrganisationSettingsForm({
  organisation,
  saving,
  onSave,
  onSaved,
}: OrganisationSettingsFormProps) {
  const [values, setValues] = useState<SettingsValues>(() => valuesFrom(organisation));
  const [formError, setFormError] = useState<string | null>(null);
  const fieldErrors = useFieldErrors(FIELDS);

  const update = (field: keyof SettingsValues, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    fieldErrors.clear(field);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const checked = checkSettings(values);
    if (!checked.ok) {
      fieldErrors.show(checked.errors);
      return;
    }
    try {
      await onSave(checked.value);
      onSaved();
    } catch (error) {
      const userError = toUserError(error);
      if (!fieldErrors.show(userError.fieldErrors)) {
        setFormError(actionMessage(userError));
      }
    }
  };

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Organisation settings">
      <Stack gap="md" maw={560}>
        <FormAlert title="The settings were not saved" message={formError} />
        <TextInput
          ref={fieldErrors.refFor('name')}
          name="name"
          label="Organisation name"
          autoComplete="organization"
          value={values.name}
          onChange={(event) => update('name', event.currentTarget.value)}
          error={fieldErrors.errors.name}
        />
        <NativeSelect
          ref={fieldErrors.refFor('kind')}
          name="kind"
          label="Type of organisation"
          data={ORGANISATION_KIND_OPTIONS}
          value={values.kind}
          onChange={(event) => update('kind', event.currentTarget.value)}
          error={fieldErrors.errors.kind}
        />
        <NativeSelect
          ref={fieldErrors.refFor('nation')}
          name="nation"
          label="Nation"
          data={NATION_OPTIONS}
          value={values.nation}
          onChange={(event) => update('nation', event.currentTarget.value)}
          error={fieldErrors.errors.nation}
        />
        <NativeSelect
          ref={fieldErrors.refFor('financialYearStartMonth')}
          name="financialYearStartMonth"
          label="Financial year starts in"
          description="Usually April in the UK."
          data={MONTH_OPTIONS}
          value={values.financialYearStartMonth}
          onChange={(event) => update('financialYearStartMonth', event.currentTarget.value)}
          error={fieldErrors.errors.financialYearStartMonth}
        />
        <NativeSelect
          ref={fieldErrors.refFor('academicYearStartMonth')}
          name="academicYearStartMonth"
          label="Academic year starts in"
          description={ACADEMIC_YEAR_NOTE}
          data={MONTH_OPTIONS}
          value={values.academicYearStartMonth}
          onChange={(event) => update('academicYearStartMonth', event.currentTarget.value)}
          error={fieldErrors.errors.academicYearStartMonth}
        />
        <TextInput
          ref={fieldErrors.refFor('smallCellThreshold')}
          name="smallCellThreshold"
          label="Small-cell threshold"
          description={`${SMALL_CELL_MEANING} A whole number from ${SMALL_CELL_MIN} to ${SMALL_CELL_MAX}.`}
          type="number"
          inputMode="numeric"
          min={SMALL_CELL_MIN}
          max={SMALL_CELL_MAX}
          step={1}
          value={values.smallCellThreshold}
          onChange={(event) => update('smallCellThreshold', event.currentTarget.value)}
          error={fieldErrors.errors.smallCellThreshold}
          styles={{ input: { maxWidth: 160 } }}
        />
        <TextInput
          ref={fieldErrors.refFor('timeZone')}
          name="timeZone"
          label="Time zone"
          description="A time zone name such as Europe/London. Dates in reports use it."
          autoComplete="off"
          spellCheck={false}
          value={values.timeZone}
          onChange={(event) => update('timeZone', event.currentTarget.value)}
          error={fieldErrors.errors.timeZone}
        />
        <Group>
          <Button type="submit" loading={saving}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
