import {
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
import {
  AUDIENCE_TYPE_LABELS,
  AUDIENCE_TYPES,
  PROGRAMME_STATUS_LABELS,
  PROGRAMME_STATUSES,
  PROGRAMME_STRAND_LABELS,
  PROGRAMME_STRANDS,
  type ProgrammeInput,
} from '@lantern/domain';
import { LiveRegion } from '@lantern/ui';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { actionMessage, correctFieldsMessage, toUserError } from '../../../lib/errors';
import { frameworkElementOptions } from '../../../lib/framework-options';
import { useFormFocus, withoutKey } from '../../../lib/forms';
import { optionsFrom } from '../../../lib/labels';
import { FormAlert } from '../../auth/components/FormAlert';
import {
  checkProgramme,
  emptyFunderRow,
  emptyPlanRow,
  errorsByField,
  type ProgrammeFormValues,
} from '../form';
import { formatCount, isIsoDate, wholeNumberFromText } from '../format';
import type { ProgrammeFormOptions } from '../hooks/useProgrammeFormOptions';
import { financialYearQuarters } from '../periods';
import { FunderFields, funderErrorKey, type FunderField } from './FunderFields';
import { PlanFields, type PlanField } from './PlanFields';

type Errors = Record<string, string>;

const STRAND_OPTIONS = [
  { value: '', label: 'Choose a strand' },
  ...optionsFrom(PROGRAMME_STRANDS, PROGRAMME_STRAND_LABELS),
];
const STATUS_OPTIONS = optionsFrom(PROGRAMME_STATUSES, PROGRAMME_STATUS_LABELS);

/** The API's limit on periods in a plan (programmeInputSchema). */
const MAX_PLAN_PERIODS = 200;

const FIELD_KEYS = new Set([
  'name',
  'strand',
  'status',
  'aims',
  'startDate',
  'endDate',
  'leadUserId',
  'siteIds',
  'targetAudiences',
  'frameworkElementIds',
]);
const FUNDER_KEY = /^funders\.(\d+)\.(name|grantReference|amountPence|periodStart|periodEnd)$/;
const PLAN_KEY = /^plan\.(\d+)\.(periodStart|periodEnd|plannedSessions|plannedReach)$/;

/** Whether an error key names a field the form shows (so the message can sit beside it). */
function isShownField(key: string, values: ProgrammeFormValues): boolean {
  if (FIELD_KEYS.has(key)) {
    return true;
  }
  const funder = FUNDER_KEY.exec(key);
  if (funder) {
    return Number(funder[1]) < values.funders.length;
  }
  const period = PLAN_KEY.exec(key);
  return period ? Number(period[1]) < values.plan.length : false;
}

/** Moves errors of rows after a removed row up by one, and drops the removed row's. */
function shiftRowErrors(errors: Errors, list: 'funders' | 'plan', removed: number): Errors {
  const next: Errors = {};
  const pattern = new RegExp(`^${list}\\.(\\d+)\\.(.+)$`);
  for (const [key, message] of Object.entries(errors)) {
    const match = pattern.exec(key);
    if (!match) {
      next[key] = message;
      continue;
    }
    const index = Number(match[1]);
    if (index < removed) {
      next[key] = message;
    } else if (index > removed) {
      next[`${list}.${index - 1}.${match[2]}`] = message;
    }
  }
  return next;
}

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

export interface ProgrammeFormProps {
  initialValues: ProgrammeFormValues;
  options: ProgrammeFormOptions;
  /** The programme's lead when they are no longer a member, so the choice is kept. */
  currentLead?: { id: string; name: string } | null;
  saving: boolean;
  /** Where "Cancel" goes. */
  cancelTo: string;
  /** Saves the checked input; rejects with the API's error. */
  onSubmit: (input: ProgrammeInput) => Promise<unknown>;
}

/**
 * Every field of a programme in one form: checked in the browser with the API's schema, the
 * API's field errors put beside their fields, focus on the first field in error.
 */
export function ProgrammeForm({
  initialValues,
  options,
  currentLead,
  saving,
  cancelTo,
  onSubmit,
}: ProgrammeFormProps) {
  const [values, setValues] = useState<ProgrammeFormValues>(initialValues);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [planMessage, setPlanMessage] = useState('');
  const addFunderRef = useRef<HTMLButtonElement>(null);
  const addPeriodRef = useRef<HTMLButtonElement>(null);
  // Focus moves after the render that shows the errors or the new row.
  const { formRef, focusErrorAfterRender, focusAfterRender } = useFormFocus();

  const clearError = (key: string) => {
    setErrors((current) => withoutKey(current, key));
  };

  const set = <Field extends keyof ProgrammeFormValues>(
    field: Field,
    value: ProgrammeFormValues[Field],
  ) => {
    setValues((current) => ({ ...current, [field]: value }));
    clearError(field);
  };

  const showErrors = (next: Errors) => {
    setErrors(next);
    const elsewhere = Object.entries(next).filter(([key]) => !isShownField(key, values));
    setFormError(elsewhere.length > 0 ? elsewhere.map(([, message]) => message).join(' ') : null);
    focusErrorAfterRender((key) => next[key] !== undefined);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const checked = checkProgramme(values);
    if (!checked.ok) {
      showErrors(checked.errors);
      return;
    }
    setErrors({});
    try {
      await onSubmit(checked.value);
    } catch (error) {
      const userError = toUserError(error);
      const fieldErrors = errorsByField(userError.fieldErrors);
      if (Object.keys(fieldErrors).length > 0) {
        showErrors(fieldErrors);
      } else {
        setFormError(actionMessage(userError));
      }
    }
  };

  // Funders
  const updateFunder = (index: number, field: FunderField, value: string) => {
    setValues((current) => ({
      ...current,
      funders: current.funders.map((row, i) => (i === index ? { ...row, [field]: value } : row)),
    }));
    clearError(funderErrorKey(index, field));
  };
  const addFunder = () => {
    const row = emptyFunderRow();
    setValues((current) => ({ ...current, funders: [...current.funders, row] }));
    focusAfterRender(`${row.key}-name`);
  };
  const removeFunder = (index: number) => {
    setValues((current) => ({
      ...current,
      funders: current.funders.filter((_, i) => i !== index),
    }));
    setErrors((current) => shiftRowErrors(current, 'funders', index));
    addFunderRef.current?.focus();
  };

  // Plan
  const updatePeriod = (index: number, field: PlanField, value: string) => {
    setValues((current) => ({
      ...current,
      plan: current.plan.map((row, i) => (i === index ? { ...row, [field]: value } : row)),
    }));
    clearError(`plan.${index}.${field}`);
  };
  const addPeriod = () => {
    const row = emptyPlanRow();
    setValues((current) => ({ ...current, plan: [...current.plan, row] }));
    setPlanMessage('');
    focusAfterRender(`${row.key}-periodStart`);
  };
  const removePeriod = (index: number) => {
    setValues((current) => ({ ...current, plan: current.plan.filter((_, i) => i !== index) }));
    setErrors((current) => shiftRowErrors(current, 'plan', index));
    setPlanMessage('');
    addPeriodRef.current?.focus();
  };
  const addQuarters = () => {
    if (!isIsoDate(values.startDate) || !isIsoDate(values.endDate)) {
      setPlanMessage('Enter the programme’s start and end dates first.');
      return;
    }
    const quarters = financialYearQuarters(
      values.startDate,
      values.endDate,
      options.financialYearStartMonth,
    );
    if (quarters.length === 0) {
      setPlanMessage('The programme must end on or after it starts.');
      return;
    }
    const planned = new Set(values.plan.map((row) => `${row.periodStart}/${row.periodEnd}`));
    const fresh = quarters
      .filter((quarter) => !planned.has(`${quarter.periodStart}/${quarter.periodEnd}`))
      .slice(0, Math.max(0, MAX_PLAN_PERIODS - values.plan.length));
    const first = fresh[0];
    const last = fresh.at(-1);
    if (!first || !last) {
      setPlanMessage('Every quarter between the start and end dates is already in the plan.');
      return;
    }
    const rows = fresh.map((quarter) => emptyPlanRow(quarter));
    setValues((current) => ({ ...current, plan: [...current.plan, ...rows] }));
    setPlanMessage(
      rows.length === 1
        ? `Added ${first.label}. Enter its planned sessions and reach.`
        : `Added ${rows.length} quarters, ${first.label} to ${last.label}. Enter their planned sessions and reach.`,
    );
    focusAfterRender(`${rows[0]?.key}-plannedSessions`);
  };

  const leadOptions = [
    { value: '', label: 'No lead yet' },
    ...options.people.map((person) => ({ value: person.id, label: person.name })),
    ...(currentLead && !options.people.some((person) => person.id === currentLead.id)
      ? [{ value: currentLead.id, label: `${currentLead.name} (no longer a member)` }]
      : []),
  ];

  const elementOptions = frameworkElementOptions(options.frameworks);

  const shownErrorCount = Object.keys(errors).filter((key) => isShownField(key, values)).length;
  const alertMessage = formError ?? correctFieldsMessage(shownErrorCount);

  const planSessions = values.plan.reduce(
    (sum, row) => sum + (wholeNumberFromText(row.plannedSessions) || 0),
    0,
  );
  const planReach = values.plan.reduce(
    (sum, row) => sum + (wholeNumberFromText(row.plannedReach) || 0),
    0,
  );

  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate aria-label="Programme details">
      <Stack gap={40} maw={880}>
        <FormAlert title="The programme was not saved" message={alertMessage} />

        <FormSection id="programme-form-about" title="About the programme">
          <TextInput
            data-field="name"
            name="name"
            label="Name"
            autoComplete="off"
            value={values.name}
            onChange={(event) => set('name', event.currentTarget.value)}
            error={errors['name']}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <NativeSelect
              data-field="strand"
              name="strand"
              label="Strand"
              data={STRAND_OPTIONS}
              value={values.strand}
              onChange={(event) => set('strand', event.currentTarget.value)}
              error={errors['strand']}
            />
            <NativeSelect
              data-field="status"
              name="status"
              label="Status"
              data={STATUS_OPTIONS}
              value={values.status}
              onChange={(event) => set('status', event.currentTarget.value)}
              error={errors['status']}
            />
            <TextInput
              data-field="startDate"
              name="startDate"
              type="date"
              label="Start date"
              value={values.startDate}
              onChange={(event) => set('startDate', event.currentTarget.value)}
              error={errors['startDate']}
            />
            <TextInput
              data-field="endDate"
              name="endDate"
              type="date"
              label="End date (optional)"
              value={values.endDate}
              onChange={(event) => set('endDate', event.currentTarget.value)}
              error={errors['endDate']}
            />
          </SimpleGrid>
          <Textarea
            data-field="aims"
            name="aims"
            label="Aims (optional)"
            description="What the programme is for and what should change for the people it reaches."
            autosize
            minRows={3}
            maxRows={12}
            value={values.aims}
            onChange={(event) => set('aims', event.currentTarget.value)}
            error={errors['aims']}
          />
          <NativeSelect
            data-field="leadUserId"
            name="leadUserId"
            label="Lead"
            description="The member of your team who leads it."
            data={leadOptions}
            value={values.leadUserId}
            onChange={(event) => set('leadUserId', event.currentTarget.value)}
            error={errors['leadUserId']}
          />
        </FormSection>

        <FormSection id="programme-form-where" title="Where and who">
          {options.sites.length > 0 ? (
            <Checkbox.Group
              data-field="siteIds"
              label="Sites (optional)"
              description="Where the programme takes place."
              value={values.siteIds}
              onChange={(next) => set('siteIds', next)}
              error={errors['siteIds']}
            >
              <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="xs" mt="xs">
                {options.sites.map((site) => (
                  <Checkbox key={site.id} value={site.id} label={site.name} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          ) : (
            <Text size="sm" c="dimmed">
              Your organisation has no sites yet. An admin can add them in Settings.
            </Text>
          )}
          <Checkbox.Group
            data-field="targetAudiences"
            label="Target audiences (optional)"
            description="Who the programme is for."
            value={values.targetAudiences}
            onChange={(next) => set('targetAudiences', next)}
            error={errors['targetAudiences']}
          >
            <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="xs" mt="xs">
              {AUDIENCE_TYPES.map((audience) => (
                <Checkbox key={audience} value={audience} label={AUDIENCE_TYPE_LABELS[audience]} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        </FormSection>

        <FormSection id="programme-form-frameworks" title="Frameworks">
          <div data-field="frameworkElementIds">
            <MultiSelect
              label="Framework elements (optional)"
              description="The principles and outcomes the programme works towards. Type to search; choose as many as apply."
              data={elementOptions}
              value={values.frameworkElementIds}
              onChange={(next) => set('frameworkElementIds', next)}
              error={errors['frameworkElementIds']}
              searchable
              nothingFoundMessage="No framework element matches"
              maxDropdownHeight={320}
            />
          </div>
        </FormSection>

        <FormSection id="programme-form-funders" title="Funders">
          {values.funders.length === 0 ? (
            <Text size="sm" c="dimmed">
              No funders yet.
            </Text>
          ) : (
            values.funders.map((row, index) => (
              <FunderFields
                key={row.key}
                row={row}
                index={index}
                errors={errors}
                onChange={updateFunder}
                onRemove={removeFunder}
              />
            ))
          )}
          <Group>
            <Button ref={addFunderRef} variant="default" onClick={addFunder}>
              Add a funder
            </Button>
          </Group>
        </FormSection>

        <FormSection id="programme-form-plan" title="Plan">
          <Text size="sm" c="dimmed" maw="65ch">
            The sessions and reach you plan for each period, such as each quarter of the financial
            year. Reach counts attendances: a person who comes to three sessions counts three times.
          </Text>
          {values.plan.map((row, index) => (
            <PlanFields
              key={row.key}
              row={row}
              index={index}
              financialYearStartMonth={options.financialYearStartMonth}
              errors={errors}
              onChange={updatePeriod}
              onRemove={removePeriod}
            />
          ))}
          {values.plan.length > 0 ? (
            <Text size="sm" fw={600}>
              Planned in total: {formatCount(planSessions)}{' '}
              {planSessions === 1 ? 'session' : 'sessions'}, reaching {formatCount(planReach)}
            </Text>
          ) : null}
          <Group gap="sm">
            <Button ref={addPeriodRef} variant="default" onClick={addPeriod}>
              Add a period
            </Button>
            <Button variant="default" onClick={addQuarters}>
              Add financial-year quarters
            </Button>
          </Group>
          <LiveRegion visuallyHidden={false}>
            {planMessage ? <Text size="sm">{planMessage}</Text> : null}
          </LiveRegion>
        </FormSection>

        <Group gap="sm">
          <Button type="submit" loading={saving}>
            Save programme
          </Button>
          <Button component={Link} to={cancelTo} variant="default">
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
