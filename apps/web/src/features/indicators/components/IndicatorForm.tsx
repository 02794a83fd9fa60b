import {
  Alert,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { SURVEY_STATISTIC_LABELS, SURVEY_STATISTICS } from '@lantern/domain';
import { DescriptionList } from '@lantern/ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { CreateIndicatorInput, Disaggregation } from '../../../gql/graphql';
import { actionMessage, correctFieldsMessage, toUserError } from '../../../lib/errors';
import { frameworkElementOptions } from '../../../lib/framework-options';
import { useFieldErrors } from '../../../lib/forms';
import { FormAlert } from '../../auth/components/FormAlert';
import {
  checkIndicator,
  INDICATOR_FIELDS,
  normaliseFieldPaths,
  type IndicatorField,
  type IndicatorFormValues,
} from '../form';
import type { IndicatorOptions } from '../hooks/useIndicators';
import {
  CUMULATIVE_CLASS_LABELS,
  CUMULATIVE_CLASSES,
  CUSTOM_SOURCES,
  DISAGGREGATION_LABELS,
  DISAGGREGATIONS,
  INDICATOR_DIRECTION_LABELS,
  INDICATOR_DIRECTIONS,
  INDICATOR_SOURCE_LABELS,
  INDICATOR_TYPE_LABELS,
  INDICATOR_TYPES,
  SURVEY_ITEM_BANK,
} from '../labels';

const TYPE_OPTIONS = [
  { value: '', label: 'Choose a type' },
  ...INDICATOR_TYPES.map((value) => ({ value, label: INDICATOR_TYPE_LABELS[value] })),
];
const SOURCE_OPTIONS = CUSTOM_SOURCES.map((value) => ({
  value,
  label: INDICATOR_SOURCE_LABELS[value],
}));
const DIRECTION_OPTIONS = INDICATOR_DIRECTIONS.map((value) => ({
  value,
  label: INDICATOR_DIRECTION_LABELS[value],
}));
const CUMULATIVE_OPTIONS = CUMULATIVE_CLASSES.map((value) => ({
  value,
  label: CUMULATIVE_CLASS_LABELS[value],
}));
const STATISTIC_OPTIONS = [
  { value: '', label: 'Choose a statistic' },
  ...SURVEY_STATISTICS.map((value) => ({ value, label: SURVEY_STATISTIC_LABELS[value] })),
];
const ITEM_GROUPS = [...new Set(SURVEY_ITEM_BANK.map((item) => item.group))];
const ITEM_OPTIONS = [
  { value: '', label: 'Choose a survey item' },
  ...ITEM_GROUPS.map((group) => ({
    group,
    items: SURVEY_ITEM_BANK.filter((item) => item.group === group).map((item) => ({
      value: item.code,
      label: `${item.label} (${item.code})`,
    })),
  })),
];

function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack component="section" aria-labelledby={id} gap="md">
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

export interface IndicatorFormProps {
  initialValues: IndicatorFormValues;
  options: IndicatorOptions;
  /** A built-in: only owner, framework elements and allowed disaggregations can change. */
  builtIn?: boolean;
  /** The owner when they are no longer a member, so the choice is kept. */
  currentOwner?: { id: string; name: string } | null;
  saving: boolean;
  cancelTo: string;
  onSubmit: (input: CreateIndicatorInput) => Promise<unknown>;
}

/**
 * Every field of an indicator in one form, checked in the browser with the API's rules; the
 * API's field errors go beside their fields and focus moves to the first one in error.
 */
export function IndicatorForm({
  initialValues,
  options,
  builtIn = false,
  currentOwner,
  saving,
  cancelTo,
  onSubmit,
}: IndicatorFormProps) {
  const [values, setValues] = useState<IndicatorFormValues>(initialValues);
  const [formError, setFormError] = useState<string | null>(null);
  const fieldErrors = useFieldErrors<IndicatorField>(INDICATOR_FIELDS);
  const errors = fieldErrors.errors;

  const set = <Field extends keyof IndicatorFormValues & IndicatorField>(
    field: Field,
    value: IndicatorFormValues[Field],
  ) => {
    setValues((current) => ({ ...current, [field]: value }));
    fieldErrors.clear(field);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const checked = checkIndicator(values, builtIn);
    if (!checked.ok) {
      fieldErrors.show(checked.errors);
      return;
    }
    fieldErrors.clearAll();
    try {
      await onSubmit(checked.value);
    } catch (error) {
      const userError = toUserError(error);
      if (!fieldErrors.show(normaliseFieldPaths(userError.fieldErrors))) {
        setFormError(actionMessage(userError));
      }
    }
  };

  const errorCount = Object.keys(errors).length;
  const alertMessage = formError ?? correctFieldsMessage(errorCount);

  const ownerOptions = [
    { value: '', label: 'No owner yet' },
    ...options.people.map((person) => ({ value: person.id, label: person.name })),
    ...(currentOwner && !options.people.some((person) => person.id === currentOwner.id)
      ? [{ value: currentOwner.id, label: `${currentOwner.name} (no longer a member)` }]
      : []),
  ];

  const elementOptions = frameworkElementOptions(options.frameworks);

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-label="Indicator details">
      <Stack gap={40} maw={880}>
        <FormAlert title="The indicator was not saved" message={alertMessage} />

        <FormSection id="indicator-form-about" title="What it measures">
          {builtIn ? (
            <>
              <Alert color="blue" variant="light" title="A built-in indicator">
                Lantern computes this indicator from logged sessions, so its code, name, definition,
                type, unit, direction and how it adds up are fixed. You can change its owner, the
                framework elements it links to and the breakdowns it allows.
              </Alert>
              <DescriptionList
                items={[
                  { term: 'Code', value: values.code },
                  { term: 'Name', value: values.name },
                  { term: 'Definition', value: values.definition },
                  {
                    term: 'Type',
                    value: INDICATOR_TYPE_LABELS[values.type as keyof typeof INDICATOR_TYPE_LABELS],
                  },
                  { term: 'Unit', value: values.unit },
                  {
                    term: 'Intended direction',
                    value:
                      INDICATOR_DIRECTION_LABELS[
                        values.direction as keyof typeof INDICATOR_DIRECTION_LABELS
                      ],
                  },
                  {
                    term: 'Cumulative class',
                    value:
                      CUMULATIVE_CLASS_LABELS[
                        values.cumulativeClass as keyof typeof CUMULATIVE_CLASS_LABELS
                      ],
                  },
                ]}
              />
            </>
          ) : (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput
                  ref={fieldErrors.refFor('code')}
                  name="code"
                  label="Code"
                  description="A short, stable identifier in capitals, such as TEACHER_CONFIDENCE."
                  autoComplete="off"
                  value={values.code}
                  onChange={(event) => set('code', event.currentTarget.value)}
                  error={errors.code}
                />
                <TextInput
                  ref={fieldErrors.refFor('unit')}
                  name="unit"
                  label="Unit"
                  description="What the figure counts: %, people, sessions, points…"
                  autoComplete="off"
                  value={values.unit}
                  onChange={(event) => set('unit', event.currentTarget.value)}
                  error={errors.unit}
                />
              </SimpleGrid>
              <TextInput
                ref={fieldErrors.refFor('name')}
                name="name"
                label="Name"
                autoComplete="off"
                value={values.name}
                onChange={(event) => set('name', event.currentTarget.value)}
                error={errors.name}
              />
              <Textarea
                ref={fieldErrors.refFor('definition')}
                name="definition"
                label="Definition"
                description="What is counted and how, so anyone reading a report understands the figure."
                autosize
                minRows={3}
                maxRows={10}
                value={values.definition}
                onChange={(event) => set('definition', event.currentTarget.value)}
                error={errors.definition}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <NativeSelect
                  ref={fieldErrors.refFor('source')}
                  name="source"
                  label="Source"
                  description="Where the figure comes from."
                  data={SOURCE_OPTIONS}
                  value={values.source}
                  onChange={(event) => set('source', event.currentTarget.value)}
                  error={errors.source}
                />
                <NativeSelect
                  ref={fieldErrors.refFor('type')}
                  name="type"
                  label="Type"
                  data={TYPE_OPTIONS}
                  value={values.type}
                  onChange={(event) => set('type', event.currentTarget.value)}
                  error={errors.type}
                />
                <NativeSelect
                  ref={fieldErrors.refFor('direction')}
                  name="direction"
                  label="Intended direction"
                  data={DIRECTION_OPTIONS}
                  value={values.direction}
                  onChange={(event) => set('direction', event.currentTarget.value)}
                  error={errors.direction}
                />
                <NativeSelect
                  ref={fieldErrors.refFor('cumulativeClass')}
                  name="cumulativeClass"
                  label="Cumulative class"
                  description="How the figure adds up over time."
                  data={CUMULATIVE_OPTIONS}
                  value={values.cumulativeClass}
                  onChange={(event) => set('cumulativeClass', event.currentTarget.value)}
                  error={errors.cumulativeClass}
                />
              </SimpleGrid>
              {values.source === 'SURVEY' ? (
                <Stack
                  component="fieldset"
                  gap="md"
                  m={0}
                  p="md"
                  style={{
                    border: '1px solid var(--mantine-color-gray-4)',
                    borderRadius: 'var(--mantine-radius-md)',
                  }}
                >
                  <Text component="legend" fw={600} px={4}>
                    From surveys
                  </Text>
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                    <NativeSelect
                      ref={fieldErrors.refFor('surveyStatistic')}
                      name="surveyStatistic"
                      label="Survey statistic"
                      data={STATISTIC_OPTIONS}
                      value={values.surveyStatistic}
                      onChange={(event) => set('surveyStatistic', event.currentTarget.value)}
                      error={errors.surveyStatistic}
                    />
                    <NativeSelect
                      ref={fieldErrors.refFor('surveyItemCode')}
                      name="surveyItemCode"
                      label="Survey item"
                      description="The item bank question the statistic is about."
                      data={ITEM_OPTIONS}
                      value={values.surveyItemCode}
                      onChange={(event) => set('surveyItemCode', event.currentTarget.value)}
                      error={errors.surveyItemCode}
                    />
                  </SimpleGrid>
                </Stack>
              ) : null}
            </>
          )}
        </FormSection>

        <FormSection id="indicator-form-links" title="Owner, frameworks and breakdowns">
          <NativeSelect
            ref={fieldErrors.refFor('ownerId')}
            name="ownerId"
            label="Owner"
            description="The member of your team who answers for this indicator."
            data={ownerOptions}
            value={values.ownerId}
            onChange={(event) => set('ownerId', event.currentTarget.value)}
            error={errors.ownerId}
          />
          <MultiSelect
            ref={fieldErrors.refFor('frameworkElementIds')}
            label="Framework elements (optional)"
            description="The principles and outcomes this indicator evidences. Type to search; choose as many as apply."
            data={elementOptions}
            value={values.frameworkElementIds}
            onChange={(next) => set('frameworkElementIds', next)}
            error={errors.frameworkElementIds}
            searchable
            nothingFoundMessage="No framework element matches"
            maxDropdownHeight={320}
          />
          <Checkbox.Group
            label="Allowed disaggregations (optional)"
            description="The breakdowns people may see this indicator by. Small groups are always suppressed."
            value={values.allowedDisaggregations}
            onChange={(next) => set('allowedDisaggregations', next as Disaggregation[])}
            error={errors.allowedDisaggregations}
          >
            <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="xs" mt="xs">
              {DISAGGREGATIONS.map((value, index) => (
                <Checkbox
                  key={value}
                  ref={index === 0 ? fieldErrors.refFor('allowedDisaggregations') : undefined}
                  value={value}
                  label={DISAGGREGATION_LABELS[value]}
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        </FormSection>

        <Group gap="sm">
          <Button type="submit" loading={saving}>
            Save indicator
          </Button>
          <Button component={Link} to={cancelTo} variant="default">
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
