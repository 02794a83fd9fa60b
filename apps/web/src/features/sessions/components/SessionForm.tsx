import {
  Autocomplete,
  Box,
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  NativeSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import {
  DELIVERY_MODE_LABELS,
  DELIVERY_MODES,
  FACILITATOR_TYPE_LABELS,
  FACILITATOR_TYPES,
  PARTICIPATION_DEPTH_LABELS,
  PARTICIPATION_DEPTHS,
  PARTNER_TYPE_LABELS,
  SESSION_FORMAT_LABELS,
  SESSION_FORMATS,
  SESSION_STATUS_LABELS,
  SESSION_STATUSES,
  type PartnerType,
  type SessionInput,
} from '@lantern/domain';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { actionMessage, correctFieldsMessage, toUserError } from '../../../lib/errors';
import { frameworkElementOptions } from '../../../lib/framework-options';
import { useFormFocus, withoutKey } from '../../../lib/forms';
import { optionsFrom } from '../../../lib/labels';
import { FormAlert } from '../../auth/components/FormAlert';
import {
  applyDefaults,
  checkSession,
  DEFAULTED_FIELDS,
  emptyAttendanceRow,
  emptyFacilitatorRow,
  errorsByField,
  hasMoreDetailErrors,
  type AttendanceRow,
  type FacilitatorRow,
  type SessionDefaultsLike,
  type SessionFormValues,
} from '../form';
import { AttendanceGrid } from './AttendanceGrid';

type Errors = Record<string, string>;

/** What the form lets people choose from. */
export interface SessionFormOptions {
  programmes: Array<{ id: string; name: string }>;
  sites: Array<{ id: string; name: string }>;
  partners: Array<{ id: string; name: string; type?: string | null }>;
  /** Members of the museum, who can be staff facilitators. */
  people: Array<{ id: string; name: string }>;
  frameworks: Array<{
    id: string;
    name: string;
    elements: Array<{ id: string; code: string; label: string }>;
  }>;
}

/** The defaults for the chosen programme, once they arrive. */
export interface SessionFormDefaults extends SessionDefaultsLike {
  programmeId: string;
  /** Set when the defaults came from the person's last session in the programme. */
  fromSessionId?: string | null;
}

const FORMAT_OPTIONS = [
  { value: '', label: 'Choose a format' },
  ...optionsFrom(SESSION_FORMATS, SESSION_FORMAT_LABELS),
];
const MODE_OPTIONS = [
  { value: '', label: 'Choose how it was delivered' },
  ...optionsFrom(DELIVERY_MODES, DELIVERY_MODE_LABELS),
];
const STATUS_OPTIONS = optionsFrom(SESSION_STATUSES, SESSION_STATUS_LABELS);
const DEPTH_OPTIONS = [
  { value: '', label: 'Not recorded' },
  ...optionsFrom(PARTICIPATION_DEPTHS, PARTICIPATION_DEPTH_LABELS),
];
const FACILITATOR_TYPE_OPTIONS = optionsFrom(FACILITATOR_TYPES, FACILITATOR_TYPE_LABELS);

const MAIN_FIELDS = new Set([
  'programmeId',
  'date',
  'status',
  'startTime',
  'durationMinutes',
  'format',
  'deliveryMode',
  'siteId',
  'partnerIds',
  'title',
  'outreachPostcode',
  'onlinePlatform',
  'coDesigned',
  'participationDepth',
  'objectsUsed',
  'notes',
  'frameworkElementIds',
]);
const ATTENDANCE_KEY = /^attendance\.(\d+)(\.(audienceType|ageOrStage|count|estimate))?$/;
const FACILITATOR_KEY = /^facilitators\.(\d+)\.(type|name|userId)$/;

/** Whether an error key names a field the form shows (so the message can sit beside it). */
function isShownField(key: string, values: SessionFormValues): boolean {
  if (MAIN_FIELDS.has(key) || key === 'attendance') {
    return true;
  }
  const cell = ATTENDANCE_KEY.exec(key);
  if (cell) {
    return Number(cell[1]) < values.attendance.length;
  }
  const facilitator = FACILITATOR_KEY.exec(key);
  return facilitator ? Number(facilitator[1]) < values.facilitators.length : false;
}

/**
 * Whether a field shows one of the errors: its own, or, on a row's first field, the row's
 * own problem ("repeats row 1"), and on a facilitator's name, the problem with its member.
 */
function hasErrorAt(errors: Errors, key: string): boolean {
  return (
    errors[key] !== undefined ||
    (key.endsWith('.audienceType') &&
      errors[key.slice(0, -'.audienceType'.length)] !== undefined) ||
    (key.endsWith('.name') && errors[key.replace(/\.name$/, '.userId')] !== undefined)
  );
}

/** Drops a removed row's errors and moves later rows' errors up by one. */
function shiftRowErrors(errors: Errors, list: 'attendance' | 'facilitators', removed: number) {
  const next: Errors = {};
  const pattern = new RegExp(`^${list}\\.(\\d+)(.*)$`);
  for (const [key, message] of Object.entries(errors)) {
    const match = pattern.exec(key);
    if (!match) {
      next[key] = message;
    } else if (Number(match[1]) < removed) {
      next[key] = message;
    } else if (Number(match[1]) > removed) {
      next[`${list}.${Number(match[1]) - 1}${match[2]}`] = message;
    }
  }
  return next;
}

function FormSection({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <Stack component="section" aria-labelledby={id} gap="md">
      <Stack gap={4}>
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {description ? (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        ) : null}
      </Stack>
      {children}
    </Stack>
  );
}

export interface SessionFormProps {
  /** "log": a delivered session, with defaults; "edit": any status, as saved. */
  mode: 'log' | 'edit';
  initialValues: SessionFormValues;
  options: SessionFormOptions;
  /** The defaults for the chosen programme (log mode), applied to fields not yet changed. */
  defaults?: SessionFormDefaults | null;
  defaultsLoading?: boolean;
  /** Log mode: the programme was chosen, so its defaults can be fetched. */
  onProgrammeChange?: (programmeId: string) => void;
  /** What is typed in the partner search, for museums with more partners than are loaded. */
  onPartnerSearchChange?: (search: string) => void;
  saving: boolean;
  /** Where "Cancel" goes (edit mode). */
  cancelTo?: string;
  /** Saves the checked input; rejects with the API's error (its field errors are shown). */
  onSubmit: (input: SessionInput) => Promise<unknown>;
}

/**
 * A session's fields in one form, built for speed: programme first, then the defaults fill
 * the rest; the attendance grid totals as counts are typed; less common fields wait under
 * "More details". Checked in the browser with the API's schema; the API's field errors land
 * beside their fields (attendance errors on the right row) and focus moves to the first one.
 */
export function SessionForm({
  mode,
  initialValues,
  options,
  defaults = null,
  defaultsLoading = false,
  onProgrammeChange,
  onPartnerSearchChange,
  saving,
  cancelTo,
  onSubmit,
}: SessionFormProps) {
  const [values, setValues] = useState<SessionFormValues>(initialValues);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [moreOpen, setMoreOpen] = useState(false);
  const [defaultsMessage, setDefaultsMessage] = useState('');
  const touched = useRef(new Set<string>());
  const appliedDefaults = useRef<SessionFormDefaults | null>(null);
  const addFacilitatorRef = useRef<HTMLButtonElement>(null);
  const { formRef, focusErrorAfterRender, focusAfterRender } = useFormFocus();
  const moreId = useId();

  // The defaults fill what the person has not changed yet, once, when they arrive.
  useEffect(() => {
    if (
      mode !== 'log' ||
      !defaults ||
      defaults === appliedDefaults.current ||
      defaults.programmeId !== values.programmeId
    ) {
      return;
    }
    appliedDefaults.current = defaults;
    setValues((current) => {
      const next = applyDefaults(current, defaults, touched.current);
      return next.attendance.length === 0 ? { ...next, attendance: [emptyAttendanceRow()] } : next;
    });
    const programme = options.programmes.find((p) => p.id === defaults.programmeId)?.name;
    setDefaultsMessage(
      defaults.fromSessionId
        ? `Filled in from ${programme ?? 'the programme'} and your last session in it. Check and change anything that differs.`
        : `Filled in from ${programme ?? 'the programme'}. Check and change anything that differs.`,
    );
  }, [mode, defaults, values.programmeId, options.programmes]);

  const clearError = (key: string) => {
    setErrors((current) => withoutKey(current, key));
  };

  const set = <Field extends keyof SessionFormValues>(
    field: Field,
    value: SessionFormValues[Field],
  ) => {
    setValues((current) => ({ ...current, [field]: value }));
    if ((DEFAULTED_FIELDS as readonly string[]).includes(field)) {
      touched.current.add(field);
    }
    clearError(field);
  };

  const showErrors = (next: Errors) => {
    setErrors(next);
    const elsewhere = Object.entries(next).filter(([key]) => !isShownField(key, values));
    setFormError(elsewhere.length > 0 ? elsewhere.map(([, message]) => message).join(' ') : null);
    if (hasMoreDetailErrors(next)) {
      setMoreOpen(true);
    }
    focusErrorAfterRender((key) => hasErrorAt(next, key));
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) {
      return;
    }
    setFormError(null);
    const checked = checkSession(values);
    if (!checked.ok) {
      showErrors(checked.errors);
      return;
    }
    setErrors({});
    try {
      await onSubmit(checked.value);
    } catch (error) {
      const userError = toUserError(error);
      const fieldErrors = errorsByField(userError.fieldErrors, checked.attendanceRows);
      if (Object.keys(fieldErrors).length > 0) {
        showErrors(fieldErrors);
      } else {
        setFormError(actionMessage(userError));
      }
    }
  };

  const handleProgrammeChange = (programmeId: string | null) => {
    set('programmeId', programmeId ?? '');
    if (programmeId && programmeId !== values.programmeId) {
      setDefaultsMessage('');
      onProgrammeChange?.(programmeId);
    }
  };

  const handleAttendanceChange = (rows: AttendanceRow[]) => {
    const removed = values.attendance.findIndex((row, i) => rows[i]?.key !== row.key);
    if (rows.length < values.attendance.length && removed >= 0) {
      setErrors((current) => shiftRowErrors(current, 'attendance', removed));
    } else {
      // Typing in a row clears that row's errors.
      setErrors((current) => {
        const next = { ...current };
        rows.forEach((row, i) => {
          const before = values.attendance[i];
          if (before && before !== row) {
            for (const key of Object.keys(next)) {
              if (key === `attendance.${i}` || key.startsWith(`attendance.${i}.`)) {
                delete next[key];
              }
            }
          }
        });
        delete next['attendance'];
        return next;
      });
    }
    setValues((current) => ({ ...current, attendance: rows }));
    touched.current.add('attendance');
  };

  // Facilitators
  const updateFacilitator = (index: number, patch: Partial<FacilitatorRow>) => {
    setValues((current) => ({
      ...current,
      facilitators: current.facilitators.map((row, i) => {
        if (i !== index) {
          return row;
        }
        const next = { ...row, ...patch };
        const person = options.people.find((p) => p.name === next.name.trim());
        return { ...next, userId: next.type === 'STAFF' && person ? person.id : null };
      }),
    }));
    touched.current.add('facilitators');
    for (const field of Object.keys(patch)) {
      clearError(`facilitators.${index}.${field}`);
    }
  };
  const addFacilitator = () => {
    const row = emptyFacilitatorRow();
    setValues((current) => ({ ...current, facilitators: [...current.facilitators, row] }));
    touched.current.add('facilitators');
    focusAfterRender(`${row.key}-type`);
  };
  const removeFacilitator = (index: number) => {
    setValues((current) => ({
      ...current,
      facilitators: current.facilitators.filter((_, i) => i !== index),
    }));
    touched.current.add('facilitators');
    setErrors((current) => shiftRowErrors(current, 'facilitators', index));
    addFacilitatorRef.current?.focus();
  };

  const programmeOptions = options.programmes.map((p) => ({ value: p.id, label: p.name }));
  const siteOptions = [
    { value: '', label: 'No site' },
    ...options.sites.map((site) => ({ value: site.id, label: site.name })),
  ];
  const partnerOptions = options.partners.map((partner) => ({
    value: partner.id,
    label: partner.type
      ? `${partner.name} (${PARTNER_TYPE_LABELS[partner.type as PartnerType] ?? partner.type})`
      : partner.name,
  }));
  const elementOptions = frameworkElementOptions(options.frameworks);

  const shownErrorCount = Object.keys(errors).filter((key) => isShownField(key, values)).length;
  const alertMessage = formError ?? correctFieldsMessage(shownErrorCount);
  const delivered = values.status === 'DELIVERED';
  const programmeHint = defaultsLoading
    ? 'Filling in from the programme…'
    : defaultsMessage ||
      (values.programmeId === ''
        ? 'Choose the programme first: the rest fills in from it and your last session in it.'
        : '');

  return (
    <form
      ref={formRef}
      onSubmit={handleSubmit}
      noValidate
      aria-label={mode === 'log' ? 'Log a session' : 'Session details'}
    >
      <Stack gap={32} maw={880}>
        <FormAlert
          title={mode === 'log' ? 'The session was not logged' : 'The session was not saved'}
          message={alertMessage}
        />

        <FormSection id="session-form-when" title="Session">
          <Select
            data-field="programmeId"
            name="programmeId"
            label="Programme"
            placeholder="Type to search programmes"
            data={programmeOptions}
            value={values.programmeId || null}
            onChange={handleProgrammeChange}
            searchable
            selectFirstOptionOnChange
            allowDeselect={false}
            nothingFoundMessage="No programme has that name"
            error={errors['programmeId']}
            // In log mode the hint says what the defaults did, announced politely as they arrive.
            description={
              mode === 'log' ? (
                // A span, as the description is a paragraph; polite, so typing is not interrupted.
                <span role="status" aria-live="polite" aria-atomic="true">
                  {programmeHint}
                </span>
              ) : undefined
            }
            comboboxProps={{ withinPortal: true }}
          />
          <SimpleGrid cols={{ base: 1, xs: mode === 'edit' ? 2 : 3 }} spacing="md">
            <TextInput
              data-field="date"
              name="date"
              type="date"
              label="Date"
              value={values.date}
              onChange={(event) => set('date', event.currentTarget.value)}
              error={errors['date']}
            />
            {mode === 'edit' ? (
              <NativeSelect
                data-field="status"
                name="status"
                label="Status"
                data={STATUS_OPTIONS}
                value={values.status}
                onChange={(event) => set('status', event.currentTarget.value)}
                error={errors['status']}
              />
            ) : null}
            <TextInput
              data-field="startTime"
              name="startTime"
              type="time"
              label="Start time (optional)"
              value={values.startTime}
              onChange={(event) => set('startTime', event.currentTarget.value)}
              error={errors['startTime']}
            />
            <TextInput
              data-field="durationMinutes"
              name="durationMinutes"
              label="Duration in minutes (optional)"
              inputMode="numeric"
              autoComplete="off"
              value={values.durationMinutes}
              onChange={(event) => set('durationMinutes', event.currentTarget.value)}
              error={errors['durationMinutes']}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
            <NativeSelect
              data-field="format"
              name="format"
              label="Format"
              data={FORMAT_OPTIONS}
              value={values.format}
              onChange={(event) => set('format', event.currentTarget.value)}
              error={errors['format']}
            />
            <NativeSelect
              data-field="deliveryMode"
              name="deliveryMode"
              label="Delivery"
              data={MODE_OPTIONS}
              value={values.deliveryMode}
              onChange={(event) => set('deliveryMode', event.currentTarget.value)}
              error={errors['deliveryMode']}
            />
            <NativeSelect
              data-field="siteId"
              name="siteId"
              label="Site"
              data={siteOptions}
              value={values.siteId}
              onChange={(event) => set('siteId', event.currentTarget.value)}
              error={errors['siteId']}
            />
          </SimpleGrid>
          <MultiSelect
            data-field="partnerIds"
            name="partnerIds"
            label="Partners (optional)"
            description="The school or group. Type to search; Backspace removes the last one."
            data={partnerOptions}
            value={values.partnerIds}
            onChange={(ids) => set('partnerIds', ids)}
            onSearchChange={onPartnerSearchChange}
            searchable
            selectFirstOptionOnChange
            hidePickedOptions
            nothingFoundMessage="No partner has that name"
            error={errors['partnerIds']}
            comboboxProps={{ withinPortal: true }}
          />
        </FormSection>

        <FormSection
          id="session-form-attendance"
          title="Who came"
          description={
            delivered
              ? 'Attendances, not unique people: one row for each group, such as pupils in KS2 and their teachers. Rows left at 0 are not saved.'
              : undefined
          }
        >
          {delivered ? (
            <AttendanceGrid
              rows={values.attendance}
              onChange={handleAttendanceChange}
              errors={errors}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {values.status === 'PLANNED'
                ? 'A planned session has no attendance yet: set its status to delivered to record who came.'
                : 'A cancelled session has no attendance.'}
              {values.attendance.some((row) => row.count.trim() !== '' && row.count !== '0')
                ? ' Saving it like this removes the attendance recorded for it.'
                : ''}
            </Text>
          )}
        </FormSection>

        <Stack gap="md">
          <Group>
            <Button
              variant="subtle"
              px={4}
              aria-expanded={moreOpen}
              aria-controls={moreId}
              onClick={() => setMoreOpen((open) => !open)}
            >
              {moreOpen ? 'Hide more details' : 'More details'}
            </Button>
            {!moreOpen ? (
              <Text size="sm" c="dimmed">
                Title, facilitators, co-design, objects, notes, framework links, online platform and
                outreach postcode.
              </Text>
            ) : null}
          </Group>
          <div id={moreId} hidden={!moreOpen}>
            <Stack gap="md">
              <TextInput
                data-field="title"
                name="title"
                label="Title (optional)"
                autoComplete="off"
                value={values.title}
                onChange={(event) => set('title', event.currentTarget.value)}
                error={errors['title']}
              />
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
                <TextInput
                  data-field="onlinePlatform"
                  name="onlinePlatform"
                  label="Online platform (optional)"
                  description="Zoom, Teams, YouTube…"
                  autoComplete="off"
                  value={values.onlinePlatform}
                  onChange={(event) => set('onlinePlatform', event.currentTarget.value)}
                  error={errors['onlinePlatform']}
                />
                <TextInput
                  data-field="outreachPostcode"
                  name="outreachPostcode"
                  label="Outreach postcode (optional)"
                  description="Where an outreach session took place."
                  autoComplete="off"
                  value={values.outreachPostcode}
                  onChange={(event) => set('outreachPostcode', event.currentTarget.value)}
                  error={errors['outreachPostcode']}
                />
              </SimpleGrid>

              <Stack gap="xs">
                <Text fw={600} size="sm" id={`${moreId}-facilitators`}>
                  Facilitators
                </Text>
                {values.facilitators.map((row, index) => (
                  <Fieldset
                    key={row.key}
                    legend={`Facilitator ${index + 1}`}
                    radius="md"
                    p="sm"
                    styles={{ legend: { fontSize: 'var(--mantine-font-size-sm)' } }}
                  >
                    <Group align="flex-start" gap="sm" wrap="wrap">
                      <NativeSelect
                        id={`${row.key}-type`}
                        data-field={`facilitators.${index}.type`}
                        label="Role"
                        data={FACILITATOR_TYPE_OPTIONS}
                        value={row.type}
                        onChange={(event) =>
                          updateFacilitator(index, { type: event.currentTarget.value })
                        }
                        error={errors[`facilitators.${index}.type`]}
                        style={{ flex: '0 1 10rem', minWidth: 0 }}
                      />
                      {row.type === 'STAFF' ? (
                        <Autocomplete
                          id={`${row.key}-name`}
                          data-field={`facilitators.${index}.name`}
                          label="Name"
                          data={options.people.map((person) => person.name)}
                          value={row.name}
                          onChange={(name) => updateFacilitator(index, { name })}
                          error={
                            errors[`facilitators.${index}.name`] ??
                            errors[`facilitators.${index}.userId`]
                          }
                          comboboxProps={{ withinPortal: true }}
                          style={{ flex: '1 1 12rem', minWidth: 0 }}
                        />
                      ) : (
                        <TextInput
                          id={`${row.key}-name`}
                          data-field={`facilitators.${index}.name`}
                          label="Name"
                          autoComplete="off"
                          value={row.name}
                          onChange={(event) =>
                            updateFacilitator(index, { name: event.currentTarget.value })
                          }
                          error={errors[`facilitators.${index}.name`]}
                          style={{ flex: '1 1 12rem', minWidth: 0 }}
                        />
                      )}
                      <Box pt={{ base: 0, xs: 24 }}>
                        <Button
                          variant="subtle"
                          color="red"
                          size="compact-sm"
                          onClick={() => removeFacilitator(index)}
                          aria-label={`Remove facilitator ${index + 1}${row.name ? ` (${row.name})` : ''}`}
                        >
                          Remove
                        </Button>
                      </Box>
                    </Group>
                  </Fieldset>
                ))}
                <Group>
                  <Button ref={addFacilitatorRef} variant="default" onClick={addFacilitator}>
                    Add a facilitator
                  </Button>
                </Group>
              </Stack>

              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
                <Box pt={{ base: 0, xs: 28 }}>
                  <Checkbox
                    data-field="coDesigned"
                    name="coDesigned"
                    label="Co-designed with participants or partners"
                    checked={values.coDesigned}
                    onChange={(event) => set('coDesigned', event.currentTarget.checked)}
                    error={errors['coDesigned']}
                  />
                </Box>
                <NativeSelect
                  data-field="participationDepth"
                  name="participationDepth"
                  label="Participation depth (optional)"
                  data={DEPTH_OPTIONS}
                  value={values.participationDepth}
                  onChange={(event) => set('participationDepth', event.currentTarget.value)}
                  error={errors['participationDepth']}
                />
              </SimpleGrid>
              <Textarea
                data-field="objectsUsed"
                name="objectsUsed"
                label="Objects or collections used (optional)"
                autosize
                minRows={2}
                value={values.objectsUsed}
                onChange={(event) => set('objectsUsed', event.currentTarget.value)}
                error={errors['objectsUsed']}
              />
              <Textarea
                data-field="notes"
                name="notes"
                label="Notes (optional)"
                autosize
                minRows={3}
                value={values.notes}
                onChange={(event) => set('notes', event.currentTarget.value)}
                error={errors['notes']}
              />
              <MultiSelect
                data-field="frameworkElementIds"
                name="frameworkElementIds"
                label="Framework links (optional)"
                description="The manifesto principles, outcomes or aims this session served."
                data={elementOptions}
                value={values.frameworkElementIds}
                onChange={(ids) => set('frameworkElementIds', ids)}
                searchable
                hidePickedOptions
                nothingFoundMessage="Nothing matches"
                error={errors['frameworkElementIds']}
                comboboxProps={{ withinPortal: true }}
              />
            </Stack>
          </div>
        </Stack>

        <Group gap="sm">
          <Button type="submit" loading={saving}>
            {mode === 'log' ? 'Log session' : 'Save changes'}
          </Button>
          {cancelTo ? (
            <Button component={Link} to={cancelTo} variant="default">
              Cancel
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
