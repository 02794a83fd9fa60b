import { Button, Group, Modal, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { PARTNER_TYPE_LABELS, PARTNER_TYPES } from '@lantern/domain';
import { useState, type FormEvent } from 'react';
import type { PartnerFieldsFragment } from '../../../gql/graphql';
import { actionMessage, toUserError } from '../../../lib/errors';
import { useFieldErrors } from '../../../lib/forms';
import { optionsFrom } from '../../../lib/labels';
import { FormAlert } from '../../auth/components/FormAlert';
import { checkPartner, type PartnerDraft, type PartnerValues } from '../validation';

const FIELDS = ['name', 'type', 'urn', 'postcode', 'notes'] as const;

const TYPE_OPTIONS = [
  { value: '', label: 'Work it out from the name and URN' },
  ...optionsFrom(PARTNER_TYPES, PARTNER_TYPE_LABELS),
];

export interface PartnerFormDialogProps {
  opened: boolean;
  /** The partner being edited; none to add a new one. */
  partner: PartnerFieldsFragment | null;
  pending: boolean;
  onSave: (draft: PartnerDraft) => Promise<unknown>;
  onClose: () => void;
}

function PartnerForm({
  partner,
  pending,
  onSave,
  onClose,
}: Omit<PartnerFormDialogProps, 'opened'>) {
  const [values, setValues] = useState<PartnerValues>({
    name: partner?.name ?? '',
    type: partner?.type ?? '',
    urn: partner?.urn ?? '',
    postcode: partner?.postcode ?? '',
    notes: partner?.notes ?? '',
  });
  const [formError, setFormError] = useState<string | null>(null);
  const fieldErrors = useFieldErrors(FIELDS);

  const update = (field: keyof PartnerValues, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    fieldErrors.clear(field);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const checked = checkPartner(values);
    if (!checked.ok) {
      fieldErrors.show(checked.errors);
      return;
    }
    try {
      await onSave(checked.value);
    } catch (error) {
      const userError = toUserError(error);
      if (!fieldErrors.show(userError.fieldErrors)) {
        setFormError(actionMessage(userError));
      }
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="md">
        <FormAlert title="The partner was not saved" message={formError} />
        <TextInput
          ref={fieldErrors.refFor('name')}
          name="name"
          label="Name"
          autoComplete="off"
          data-autofocus
          value={values.name}
          onChange={(event) => update('name', event.currentTarget.value)}
          error={fieldErrors.errors.name}
        />
        <NativeSelect
          ref={fieldErrors.refFor('type')}
          name="type"
          label="Type"
          data={TYPE_OPTIONS}
          value={values.type}
          onChange={(event) => update('type', event.currentTarget.value)}
          error={fieldErrors.errors.type}
        />
        <TextInput
          ref={fieldErrors.refFor('urn')}
          name="urn"
          label="URN (optional)"
          description="A school's or college's six-digit DfE unique reference number."
          autoComplete="off"
          inputMode="numeric"
          value={values.urn}
          onChange={(event) => update('urn', event.currentTarget.value)}
          error={fieldErrors.errors.urn}
          styles={{ input: { maxWidth: 200 } }}
        />
        <TextInput
          ref={fieldErrors.refFor('postcode')}
          name="postcode"
          label="Postcode (optional)"
          description="Gives the partner a deprivation decile from the lookup in use."
          autoComplete="postal-code"
          value={values.postcode}
          onChange={(event) => update('postcode', event.currentTarget.value)}
          error={fieldErrors.errors.postcode}
          styles={{ input: { maxWidth: 200 } }}
        />
        <Textarea
          ref={fieldErrors.refFor('notes')}
          name="notes"
          label="Notes (optional)"
          autosize
          minRows={2}
          maxRows={8}
          value={values.notes}
          onChange={(event) => update('notes', event.currentTarget.value)}
          error={fieldErrors.errors.notes}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" loading={pending}>
            {partner ? 'Save partner' : 'Add partner'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Add a partner, or edit one, in a dialog. */
export function PartnerFormDialog({
  opened,
  partner,
  pending,
  onSave,
  onClose,
}: PartnerFormDialogProps) {
  return (
    <Modal
      opened={opened}
      onClose={pending ? () => undefined : onClose}
      title={partner ? `Edit ${partner.name}` : 'Add a partner'}
      centered
      closeButtonProps={{ 'aria-label': 'Close' }}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {opened ? (
        <PartnerForm
          key={partner?.id ?? 'new'}
          partner={partner}
          pending={pending}
          onSave={onSave}
          onClose={onClose}
        />
      ) : null}
    </Modal>
  );
}
