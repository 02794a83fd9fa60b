import { Button, Group, Modal, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { periodFromKey, type PeriodSettings } from '@lantern/domain';
import { useState, type FormEvent } from 'react';
import type {
  IndicatorFieldsFragment,
  SetTargetInput,
  TargetFieldsFragment,
} from '../../../gql/graphql';
import { actionMessage, toUserError } from '../../../lib/errors';
import { useFieldErrors } from '../../../lib/forms';
import { FormAlert } from '../../auth/components/FormAlert';
import { PeriodPicker } from '../../periods';
import { describeRagRule, ragRuleProblems } from '../format';
import type { ScopeOptions } from '../hooks/useIndicators';
import { checkTarget, numberFromText, TARGET_FIELDS, type TargetFormValues } from '../targets';
import { ScopePicker } from './ImpactFigures';

export interface TargetFormDialogProps {
  opened: boolean;
  indicator: IndicatorFieldsFragment;
  /** The target being edited; null for a new one (starting at `defaults`). */
  target: TargetFieldsFragment | null;
  defaults: Pick<TargetFormValues, 'periodKey' | 'scope'>;
  /** Sites and programmes to choose from; the whole museum only until they load. */
  options: ScopeOptions | null;
  settings: PeriodSettings;
  today: string;
  pending: boolean;
  onSave: (input: SetTargetInput) => Promise<unknown>;
  onClose: () => void;
}

const text = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

/** The plain-language rule for the thresholds typed so far, or what is still missing. */
function RulePreview({
  indicator,
  values,
}: {
  indicator: IndicatorFieldsFragment;
  values: TargetFormValues;
}) {
  const targetValue = numberFromText(values.targetValue);
  const green = numberFromText(values.greenThreshold);
  const amber = numberFromText(values.amberThreshold);
  let message: string;
  if ([targetValue, green, amber].some((value) => value === null || Number.isNaN(value))) {
    message = 'Enter the target and both thresholds to see the rule.';
  } else {
    const rule = {
      direction: indicator.direction,
      targetValue: targetValue as number,
      greenThreshold: green as number,
      amberThreshold: amber as number,
    };
    const problems = Object.values(ragRuleProblems(rule));
    message = problems[0] ?? describeRagRule(rule, indicator.unit);
  }
  return (
    <Text
      size="sm"
      p="sm"
      bg="gray.0"
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
      aria-live="polite"
      data-rule-preview
    >
      <Text span fw={600}>
        The rule:{' '}
      </Text>
      {message}
    </Text>
  );
}

function TargetForm({
  indicator,
  target,
  defaults,
  options,
  settings,
  today,
  pending,
  onSave,
  onClose,
}: Omit<TargetFormDialogProps, 'opened'>) {
  const [values, setValues] = useState<TargetFormValues>(() => ({
    periodKey: target?.period.key ?? defaults.periodKey,
    scope: target ? { kind: target.scope.kind, id: target.scope.id ?? null } : defaults.scope,
    targetValue: text(target?.targetValue),
    baselineValue: text(target?.baselineValue),
    baselineLabel: target?.baselineLabel ?? '',
    greenThreshold: text(target?.greenThreshold),
    amberThreshold: text(target?.amberThreshold),
    note: target?.note ?? '',
  }));
  const [formError, setFormError] = useState<string | null>(null);
  const fieldErrors = useFieldErrors(TARGET_FIELDS);
  const errors = fieldErrors.errors;
  const period = periodFromKey(values.periodKey, settings);

  const update = (field: keyof TargetFormValues, value: TargetFormValues[typeof field]) => {
    setValues((current) => ({ ...current, [field]: value }));
    if ((TARGET_FIELDS as readonly string[]).includes(field))
      fieldErrors.clear(field as (typeof TARGET_FIELDS)[number]);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const checked = checkTarget(indicator.id, indicator.direction, values);
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

  const directionHint =
    indicator.direction === 'INCREASE'
      ? 'Higher is better: green is reached at or above the green threshold.'
      : indicator.direction === 'DECREASE'
        ? 'Lower is better: green is reached at or below the green threshold.'
        : 'Close to the target is better: the thresholds set how far from it green and amber reach.';

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-label="Target">
      <Stack gap="md">
        <FormAlert title="The target was not saved" message={formError} />
        {period ? (
          <PeriodPicker
            value={period}
            onChange={(key) => update('periodKey', key)}
            settings={settings}
            today={today}
          />
        ) : null}
        {options ? (
          <ScopePicker
            value={values.scope}
            onChange={(scope) => update('scope', scope)}
            options={options}
          />
        ) : null}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <TextInput
            ref={fieldErrors.refFor('targetValue')}
            name="targetValue"
            label={`Target (${indicator.unit})`}
            inputMode="decimal"
            autoComplete="off"
            data-autofocus
            value={values.targetValue}
            onChange={(event) => update('targetValue', event.currentTarget.value)}
            error={errors.targetValue}
          />
          <TextInput
            ref={fieldErrors.refFor('baselineValue')}
            name="baselineValue"
            label="Baseline (optional)"
            inputMode="decimal"
            autoComplete="off"
            value={values.baselineValue}
            onChange={(event) => update('baselineValue', event.currentTarget.value)}
            error={errors.baselineValue}
          />
        </SimpleGrid>
        <TextInput
          ref={fieldErrors.refFor('baselineLabel')}
          name="baselineLabel"
          label="Baseline label (optional)"
          description='Where the baseline comes from, such as "2024/25 actual".'
          autoComplete="off"
          value={values.baselineLabel}
          onChange={(event) => update('baselineLabel', event.currentTarget.value)}
          error={errors.baselineLabel}
        />
        <Text size="sm" c="dimmed">
          {directionHint}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <TextInput
            ref={fieldErrors.refFor('greenThreshold')}
            name="greenThreshold"
            label="Green threshold"
            inputMode="decimal"
            autoComplete="off"
            value={values.greenThreshold}
            onChange={(event) => update('greenThreshold', event.currentTarget.value)}
            error={errors.greenThreshold}
          />
          <TextInput
            ref={fieldErrors.refFor('amberThreshold')}
            name="amberThreshold"
            label="Amber threshold"
            inputMode="decimal"
            autoComplete="off"
            value={values.amberThreshold}
            onChange={(event) => update('amberThreshold', event.currentTarget.value)}
            error={errors.amberThreshold}
          />
        </SimpleGrid>
        <RulePreview indicator={indicator} values={values} />
        <Textarea
          ref={fieldErrors.refFor('note')}
          name="note"
          label="Note (optional)"
          autosize
          minRows={2}
          maxRows={6}
          value={values.note}
          onChange={(event) => update('note', event.currentTarget.value)}
          error={errors.note}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" loading={pending}>
            Save target
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Set a target for a period and scope, or change one, in a dialog. */
export function TargetFormDialog({ opened, ...props }: TargetFormDialogProps) {
  return (
    <Modal
      opened={opened}
      onClose={props.pending ? () => undefined : props.onClose}
      title={props.target ? 'Change the target' : 'Set a target'}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {opened ? <TargetForm key={props.target?.id ?? 'new'} {...props} /> : null}
    </Modal>
  );
}
