import { Button, Group, Modal, MultiSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { actionEntryInputSchema, parseWithFieldErrors } from '@lantern/domain';
import { useState, type FormEvent } from 'react';
import type { ActionEntryFieldsFragment } from '../../../gql/graphql';
import { actionMessage, toUserError } from '../../../lib/errors';
import { fieldErrorMap, useFieldErrors } from '../../../lib/forms';
import { FormAlert } from '../../auth/components/FormAlert';
import { useActionEvidenceOptions } from '../hooks/useCommitments';

const FIELDS = ['occurredOn', 'whatWasDone', 'withWhom', 'observedEffect', 'nextStep'] as const;

export interface ActionDraft {
  occurredOn: string;
  whatWasDone: string;
  withWhom: string | null;
  evidenceIds: string[];
  observedEffect: string | null;
  nextStep: string | null;
}

export interface ActionFormDialogProps {
  opened: boolean;
  /** The entry being corrected; none to record a new action. */
  correcting: ActionEntryFieldsFragment | null;
  today: string;
  pending: boolean;
  onSave: (draft: ActionDraft) => Promise<unknown>;
  onClose: () => void;
}

function ActionForm({
  correcting,
  today,
  pending,
  onSave,
  onClose,
}: Omit<ActionFormDialogProps, 'opened'>) {
  const evidenceOptions = useActionEvidenceOptions(false);
  const [values, setValues] = useState({
    occurredOn: correcting?.occurredOn ?? today,
    whatWasDone: correcting?.whatWasDone ?? '',
    withWhom: correcting?.withWhom ?? '',
    observedEffect: correcting?.observedEffect ?? '',
    nextStep: correcting?.nextStep ?? '',
  });
  const [evidenceIds, setEvidenceIds] = useState<string[]>(correcting?.evidenceIds ?? []);
  const [formError, setFormError] = useState<string | null>(null);
  const fieldErrors = useFieldErrors(FIELDS);
  const update = (field: (typeof FIELDS)[number], value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    fieldErrors.clear(field);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const checked = parseWithFieldErrors(actionEntryInputSchema, values, 'input');
    if (!checked.ok) {
      fieldErrors.show(fieldErrorMap(checked.fieldErrors));
      return;
    }
    try {
      await onSave({ ...checked.value, evidenceIds });
    } catch (error) {
      const userError = toUserError(error);
      if (!fieldErrors.show(userError.fieldErrors)) setFormError(actionMessage(userError));
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="md">
        <FormAlert title="The action was not recorded" message={formError} />
        <TextInput
          ref={fieldErrors.refFor('occurredOn')}
          name="occurredOn"
          type="date"
          label="Date"
          value={values.occurredOn}
          onChange={(event) => update('occurredOn', event.currentTarget.value)}
          error={fieldErrors.errors.occurredOn}
          styles={{ input: { maxWidth: 200 } }}
        />
        <Textarea
          ref={fieldErrors.refFor('whatWasDone')}
          name="whatWasDone"
          label="What was done"
          data-autofocus
          autosize
          minRows={2}
          value={values.whatWasDone}
          onChange={(event) => update('whatWasDone', event.currentTarget.value)}
          error={fieldErrors.errors.whatWasDone}
        />
        <TextInput
          ref={fieldErrors.refFor('withWhom')}
          name="withWhom"
          label="With whom (optional)"
          value={values.withWhom}
          onChange={(event) => update('withWhom', event.currentTarget.value)}
          error={fieldErrors.errors.withWhom}
        />
        <MultiSelect
          label="Evidence (optional)"
          description="Quotes, photos or notes that show it."
          data={evidenceOptions}
          value={evidenceIds}
          onChange={setEvidenceIds}
          searchable
          clearable
        />
        <Textarea
          ref={fieldErrors.refFor('observedEffect')}
          name="observedEffect"
          label="Observed effect (optional)"
          autosize
          minRows={2}
          value={values.observedEffect}
          onChange={(event) => update('observedEffect', event.currentTarget.value)}
          error={fieldErrors.errors.observedEffect}
        />
        <Textarea
          ref={fieldErrors.refFor('nextStep')}
          name="nextStep"
          label="Next step (optional)"
          autosize
          minRows={2}
          value={values.nextStep}
          onChange={(event) => update('nextStep', event.currentTarget.value)}
          error={fieldErrors.errors.nextStep}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" loading={pending}>
            {correcting ? 'Record the correction' : 'Record the action'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Record an action, or correct an entry (a new entry that amends it), in a dialog. */
export function ActionFormDialog(props: ActionFormDialogProps) {
  return (
    <Modal
      opened={props.opened}
      onClose={props.pending ? () => undefined : props.onClose}
      title={props.correcting ? `Correct entry ${props.correcting.sequence}` : 'Record an action'}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {props.opened ? <ActionForm {...props} /> : null}
    </Modal>
  );
}
