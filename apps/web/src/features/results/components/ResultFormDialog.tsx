import {
  Button,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type {
  Disaggregation,
  IndicatorFieldsFragment,
  ResultFieldsFragment,
  SaveResultInput,
  ScopeInput,
} from '../../../gql/graphql';
import { actionMessage, toUserError } from '../../../lib/errors';
import { useFieldErrors } from '../../../lib/forms';
import { FormAlert } from '../../auth/components/FormAlert';
import { DISAGGREGATION_LABELS } from '../../indicators';
import { CELL_OPTIONS } from '../cells';

const FIELDS = ['disaggregation', 'cellKey', 'value', 'n', 'commentary'] as const;

export interface ResultValues {
  disaggregation: string;
  cellKey: string;
  value: string;
  n: string;
  commentary: string;
}

/** A number as typed; null when blank, NaN when not a number. */
function parseNumber(text: string): number | null {
  const tidy = text.replace(/,/g, '').trim();
  if (tidy === '') return null;
  const value = Number(tidy);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** The browser's check of a result, errors keyed like the API's ("input.value"). */
export function checkResult(
  indicatorId: string,
  periodKey: string,
  scope: ScopeInput,
  values: ResultValues,
): { ok: true; value: SaveResultInput } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const value = parseNumber(values.value);
  if (value === null) errors['input.value'] = 'Enter the value';
  else if (Number.isNaN(value)) errors['input.value'] = 'Enter the value as a number';
  const n = parseNumber(values.n);
  if (n !== null && (Number.isNaN(n) || !Number.isInteger(n) || n < 0))
    errors['input.n'] = 'Enter n as a whole number of people (or responses), or leave it blank';
  if (values.disaggregation && !values.cellKey)
    errors['input.cellKey'] = 'Choose the group this figure is for';
  if (values.commentary.trim().length > 2000)
    errors['input.commentary'] = 'Keep the commentary to 2000 characters or fewer';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      indicatorId,
      scope: scope.kind === 'MUSEUM' ? { kind: 'MUSEUM' } : scope,
      period: { key: periodKey },
      disaggregation: (values.disaggregation || null) as Disaggregation | null,
      cellKey: values.disaggregation ? values.cellKey : null,
      value: value as number,
      n,
      commentary: values.commentary.trim() || null,
    },
  };
}

export interface ResultFormDialogProps {
  opened: boolean;
  indicator: IndicatorFieldsFragment | null;
  /** The result being changed; null to enter a new one. */
  result: ResultFieldsFragment | null;
  periodKey: string;
  periodLabel: string;
  scope: ScopeInput;
  pending: boolean;
  onSave: (input: SaveResultInput) => Promise<unknown>;
  onClose: () => void;
}

function ResultForm({
  indicator,
  result,
  periodKey,
  scope,
  pending,
  onSave,
  onClose,
}: Omit<ResultFormDialogProps, 'opened' | 'indicator' | 'periodLabel'> & {
  indicator: IndicatorFieldsFragment;
}) {
  const [values, setValues] = useState<ResultValues>({
    disaggregation: result?.disaggregation ?? '',
    cellKey: result?.cellKey ?? '',
    value: result?.value === null || result?.value === undefined ? '' : String(result.value),
    n: result?.n === null || result?.n === undefined ? '' : String(result.n),
    commentary: result?.commentary ?? '',
  });
  const [formError, setFormError] = useState<string | null>(null);
  const fieldErrors = useFieldErrors(FIELDS);
  const errors = fieldErrors.errors;
  const update = (field: (typeof FIELDS)[number], value: string) => {
    setValues((current) => ({
      ...current,
      [field]: value,
      ...(field === 'disaggregation' ? { cellKey: '' } : {}),
    }));
    fieldErrors.clear(field);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const checked = checkResult(indicator.id, periodKey, scope, values);
    if (!checked.ok) {
      fieldErrors.show(checked.errors);
      return;
    }
    fieldErrors.clearAll();
    try {
      await onSave(checked.value);
    } catch (error) {
      const userError = toUserError(error);
      if (!fieldErrors.show(userError.fieldErrors)) setFormError(actionMessage(userError));
    }
  };

  const disaggregation = values.disaggregation as Disaggregation | '';
  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-label="Result">
      <Stack gap="md">
        <FormAlert title="The result was not saved" message={formError} />
        {result?.status === 'APPROVED' ? (
          <Text size="sm">
            This result is approved. Saving a change returns it to draft, so it needs approving
            again.
          </Text>
        ) : null}
        {indicator.allowedDisaggregations.length > 0 && !result ? (
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <NativeSelect
              ref={fieldErrors.refFor('disaggregation')}
              name="disaggregation"
              label="For"
              description="The total, or one group of a breakdown."
              data={[
                { value: '', label: 'The total' },
                ...indicator.allowedDisaggregations.map((item) => ({
                  value: item,
                  label: `A group by ${DISAGGREGATION_LABELS[item].toLowerCase()}`,
                })),
              ]}
              value={values.disaggregation}
              onChange={(event) => update('disaggregation', event.currentTarget.value)}
              error={errors.disaggregation}
            />
            {disaggregation ? (
              <NativeSelect
                ref={fieldErrors.refFor('cellKey')}
                name="cellKey"
                label="Group"
                data={[{ value: '', label: 'Choose a group' }, ...CELL_OPTIONS[disaggregation]]}
                value={values.cellKey}
                onChange={(event) => update('cellKey', event.currentTarget.value)}
                error={errors.cellKey}
              />
            ) : null}
          </SimpleGrid>
        ) : null}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <TextInput
            ref={fieldErrors.refFor('value')}
            name="value"
            label={`Value (${indicator.unit})`}
            inputMode="decimal"
            autoComplete="off"
            data-autofocus
            value={values.value}
            onChange={(event) => update('value', event.currentTarget.value)}
            error={errors.value}
          />
          <TextInput
            ref={fieldErrors.refFor('n')}
            name="n"
            label="n (optional)"
            description="How many people or responses the value is based on."
            inputMode="numeric"
            autoComplete="off"
            value={values.n}
            onChange={(event) => update('n', event.currentTarget.value)}
            error={errors.n}
          />
        </SimpleGrid>
        <Textarea
          ref={fieldErrors.refFor('commentary')}
          name="commentary"
          label="Commentary (optional)"
          description="What lies behind the figure: context a trustee would want."
          autosize
          minRows={3}
          maxRows={8}
          value={values.commentary}
          onChange={(event) => update('commentary', event.currentTarget.value)}
          error={errors.commentary}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" loading={pending}>
            Save as draft
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Enter or change a result for a manual or milestone indicator; it is saved as a draft. */
export function ResultFormDialog({
  opened,
  indicator,
  periodLabel,
  ...props
}: ResultFormDialogProps) {
  return (
    <Modal
      opened={opened}
      onClose={props.pending ? () => undefined : props.onClose}
      title={indicator ? `${indicator.name}: ${periodLabel}` : 'Result'}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {opened && indicator ? (
        <ResultForm key={props.result?.id ?? indicator.id} indicator={indicator} {...props} />
      ) : null}
    </Modal>
  );
}
