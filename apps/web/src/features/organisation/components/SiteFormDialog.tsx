import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { SiteFieldsFragment } from '../../../gql/graphql';
import { actionMessage, toUserError } from '../../../lib/errors';
import { useFieldErrors } from '../../../lib/forms';
import { SITE_TYPE_OPTIONS } from '../../../lib/labels';
import { FormAlert } from '../../auth/components/FormAlert';
import { checkSite, type SiteDraft, type SiteValues } from '../validation';

const FIELDS = ['name', 'type', 'postcode'] as const;

export type { SiteDraft };

export interface SiteFormDialogProps {
  opened: boolean;
  /** The site being edited; none to add a new one. */
  site: SiteFieldsFragment | null;
  pending: boolean;
  onSave: (draft: SiteDraft) => Promise<unknown>;
  onClose: () => void;
}

function SiteForm({ site, pending, onSave, onClose }: Omit<SiteFormDialogProps, 'opened'>) {
  const [values, setValues] = useState<SiteValues>({
    name: site?.name ?? '',
    type: site?.type ?? 'MUSEUM',
    postcode: site?.postcode ?? '',
  });
  const [formError, setFormError] = useState<string | null>(null);
  const fieldErrors = useFieldErrors(FIELDS);

  const update = (field: keyof SiteValues, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    fieldErrors.clear(field);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const checked = checkSite(values);
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
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <FormAlert title="The site was not saved" message={formError} />
        <TextInput
          ref={fieldErrors.refFor('name')}
          name="name"
          label="Site name"
          autoComplete="off"
          data-autofocus
          value={values.name}
          onChange={(event) => update('name', event.currentTarget.value)}
          error={fieldErrors.errors.name}
        />
        <NativeSelect
          ref={fieldErrors.refFor('type')}
          name="type"
          label="Type of site"
          data={SITE_TYPE_OPTIONS}
          value={values.type}
          onChange={(event) => update('type', event.currentTarget.value)}
          error={fieldErrors.errors.type}
        />
        <TextInput
          ref={fieldErrors.refFor('postcode')}
          name="postcode"
          label="Postcode (optional)"
          description="A UK postcode, such as SW1A 1AA."
          autoComplete="postal-code"
          value={values.postcode}
          onChange={(event) => update('postcode', event.currentTarget.value)}
          error={fieldErrors.errors.postcode}
          styles={{ input: { maxWidth: 200 } }}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" loading={pending}>
            {site ? 'Save site' : 'Add site'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Add a site, or edit one, in a dialog. */
export function SiteFormDialog({ opened, site, pending, onSave, onClose }: SiteFormDialogProps) {
  return (
    <Modal
      opened={opened}
      onClose={pending ? () => undefined : onClose}
      title={site ? `Edit ${site.name}` : 'Add a site'}
      centered
      closeButtonProps={{ 'aria-label': 'Close' }}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {/* A fresh form each time the dialog opens, for this site. */}
      {opened ? (
        <SiteForm
          key={site?.id ?? 'new'}
          site={site}
          pending={pending}
          onSave={onSave}
          onClose={onClose}
        />
      ) : null}
    </Modal>
  );
}
