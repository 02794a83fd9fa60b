import {
  Button,
  Group,
  Modal,
  MultiSelect,
  NativeSelect,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  COMMITMENT_STATUS_LABELS,
  COMMITMENT_STATUSES,
  commitmentInputSchema,
  parseWithFieldErrors,
  type CommitmentStatus,
} from '@lantern/domain';
import { useState, type FormEvent } from 'react';
import type { CommitmentFieldsFragment, CreateCommitmentInput } from '../../../gql/graphql';
import { actionMessage, toUserError } from '../../../lib/errors';
import { fieldErrorMap, useFieldErrors } from '../../../lib/forms';
import { optionsFrom } from '../../../lib/labels';
import { FormAlert } from '../../auth/components/FormAlert';
import { useCommitmentFormOptions } from '../hooks/useCommitments';

const FIELDS = [
  'frameworkElementId',
  'title',
  'description',
  'ownerId',
  'reviewDate',
  'reviewWindowDays',
  'status',
] as const;

export interface CommitmentFormDialogProps {
  opened: boolean;
  commitment: CommitmentFieldsFragment | null;
  pending: boolean;
  onSave: (input: CreateCommitmentInput) => Promise<unknown>;
  onClose: () => void;
}

function CommitmentForm({
  commitment,
  pending,
  onSave,
  onClose,
}: Omit<CommitmentFormDialogProps, 'opened'>) {
  const options = useCommitmentFormOptions(false);
  const [values, setValues] = useState({
    frameworkElementId: commitment?.frameworkElement.id ?? '',
    title: commitment?.title ?? '',
    description: commitment?.description ?? '',
    ownerId: commitment?.ownerId ?? '',
    reviewDate: commitment?.reviewDate ?? '',
    reviewWindowDays: String(commitment?.reviewWindowDays ?? 90),
    status: (commitment?.status ?? 'PLANNED') as CommitmentStatus,
  });
  const [indicatorIds, setIndicatorIds] = useState<string[]>(commitment?.indicatorIds ?? []);
  const [formError, setFormError] = useState<string | null>(null);
  const fieldErrors = useFieldErrors(FIELDS);
  const update = (field: (typeof FIELDS)[number], value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    fieldErrors.clear(field);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const days = Number(values.reviewWindowDays);
    const input: CreateCommitmentInput = {
      frameworkElementId: values.frameworkElementId,
      title: values.title,
      description: values.description || null,
      ownerId: values.ownerId || null,
      reviewDate: values.reviewDate || null,
      reviewWindowDays: values.reviewWindowDays.trim() === '' ? null : days,
      status: values.status,
      indicatorIds,
    };
    const errors: Record<string, string> = {};
    if (!values.frameworkElementId)
      errors['input.frameworkElementId'] = 'Choose the principle or aim it is under';
    const checked = parseWithFieldErrors(commitmentInputSchema, input, 'input');
    if (!checked.ok) Object.assign(errors, fieldErrorMap(checked.fieldErrors));
    if (Object.keys(errors).length) {
      fieldErrors.show(errors);
      return;
    }
    try {
      await onSave(input);
    } catch (error) {
      const userError = toUserError(error);
      if (!fieldErrors.show(userError.fieldErrors)) setFormError(actionMessage(userError));
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="md">
        <FormAlert title="The commitment was not saved" message={formError} />
        <NativeSelect
          ref={fieldErrors.refFor('frameworkElementId')}
          name="frameworkElementId"
          label="Under"
          description="The manifesto principle, outcome or strategic aim it serves."
          data={[{ value: '', label: 'Choose…' }, ...options.elements]}
          value={values.frameworkElementId}
          onChange={(event) => update('frameworkElementId', event.currentTarget.value)}
          error={fieldErrors.errors.frameworkElementId}
        />
        <TextInput
          ref={fieldErrors.refFor('title')}
          name="title"
          label="What the museum commits to"
          data-autofocus
          value={values.title}
          onChange={(event) => update('title', event.currentTarget.value)}
          error={fieldErrors.errors.title}
        />
        <Textarea
          ref={fieldErrors.refFor('description')}
          name="description"
          label="Description (optional)"
          autosize
          minRows={2}
          value={values.description}
          onChange={(event) => update('description', event.currentTarget.value)}
          error={fieldErrors.errors.description}
        />
        <NativeSelect
          ref={fieldErrors.refFor('ownerId')}
          name="ownerId"
          label="Owner"
          data={[{ value: '', label: 'No owner yet' }, ...options.members]}
          value={values.ownerId}
          onChange={(event) => update('ownerId', event.currentTarget.value)}
          error={fieldErrors.errors.ownerId}
        />
        <NativeSelect
          ref={fieldErrors.refFor('status')}
          name="status"
          label="Status"
          data={optionsFrom(COMMITMENT_STATUSES, COMMITMENT_STATUS_LABELS)}
          value={values.status}
          onChange={(event) => update('status', event.currentTarget.value)}
          error={fieldErrors.errors.status}
        />
        <MultiSelect
          label="Linked indicators (optional)"
          description="The indicators that will show whether it is kept. Type to search."
          data={options.indicators}
          value={indicatorIds}
          onChange={setIndicatorIds}
          searchable
          nothingFoundMessage="No indicator has that name"
          maxDropdownHeight={280}
        />
        <Group gap="md" align="flex-start" wrap="wrap">
          <TextInput
            ref={fieldErrors.refFor('reviewDate')}
            name="reviewDate"
            type="date"
            label="Review date (optional)"
            value={values.reviewDate}
            onChange={(event) => update('reviewDate', event.currentTarget.value)}
            error={fieldErrors.errors.reviewDate}
          />
          <TextInput
            ref={fieldErrors.refFor('reviewWindowDays')}
            name="reviewWindowDays"
            label="Review window (days)"
            description="With no action for this long it shows a say/do gap."
            inputMode="numeric"
            value={values.reviewWindowDays}
            onChange={(event) => update('reviewWindowDays', event.currentTarget.value)}
            error={fieldErrors.errors.reviewWindowDays}
          />
        </Group>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" loading={pending}>
            {commitment ? 'Save commitment' : 'Make commitment'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function CommitmentFormDialog(props: CommitmentFormDialogProps) {
  return (
    <Modal
      opened={props.opened}
      onClose={props.pending ? () => undefined : props.onClose}
      title={props.commitment ? 'Edit the commitment' : 'Make a commitment'}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {props.opened ? <CommitmentForm {...props} /> : null}
    </Modal>
  );
}
