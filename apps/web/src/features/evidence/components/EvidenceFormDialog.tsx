import {
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  CONSENT_STATUS_LABELS,
  CONSENT_STATUSES,
  consentPermitsPublishing,
  EVIDENCE_FILE_ACCEPT,
  EVIDENCE_KIND_LABELS,
  EVIDENCE_KINDS,
  evidenceInputSchema,
  parseWithFieldErrors,
  type ConsentStatus,
  type EvidenceKind,
} from '@lantern/domain';
import { FileDropZone, formatFileSize, ProgressBar } from '@lantern/ui';
import { useState, type FormEvent } from 'react';
import type { CreateEvidenceInput, EvidenceFieldsFragment } from '../../../gql/graphql';
import { actionMessage, toUserError } from '../../../lib/errors';
import { fieldErrorMap, useFieldErrors } from '../../../lib/forms';
import { optionsFrom } from '../../../lib/labels';
import { useFileUpload } from '../../../lib/use-file-upload';
import { FormAlert } from '../../auth/components/FormAlert';
import { useEvidenceTagOptions } from '../hooks/useEvidence';

const FIELDS = [
  'kind',
  'title',
  'body',
  'occurredOn',
  'consentStatus',
  'consentGivenBy',
  'consentGivenOn',
  'consentNote',
  'publishable',
] as const;

interface Values {
  kind: EvidenceKind;
  title: string;
  body: string;
  occurredOn: string;
  consentStatus: ConsentStatus;
  consentGivenBy: string;
  consentGivenOn: string;
  consentNote: string;
  publishable: boolean;
  frameworkElementIds: string[];
  programmeIds: string[];
}

export interface EvidenceFormDialogProps {
  opened: boolean;
  /** The item being edited; none to add one. */
  evidence: EvidenceFieldsFragment | null;
  today: string;
  pending: boolean;
  /** Saves the details; resolves with the saved item's id. */
  onSave: (input: CreateEvidenceInput) => Promise<string | null>;
  /** After the details (and any file) are saved. */
  onDone: (title: string, fileProblem: string | null) => void;
  onClose: () => void;
}

function valuesOf(evidence: EvidenceFieldsFragment | null, today: string): Values {
  return {
    kind: evidence?.kind ?? 'QUOTE',
    title: evidence?.title ?? '',
    body: evidence?.body ?? '',
    occurredOn: evidence?.occurredOn ?? today,
    consentStatus: evidence?.consentStatus ?? 'NOT_OBTAINED',
    consentGivenBy: evidence?.consentGivenBy ?? '',
    consentGivenOn: evidence?.consentGivenOn ?? '',
    consentNote: evidence?.consentNote ?? '',
    publishable: evidence?.publishable ?? false,
    frameworkElementIds: evidence?.frameworkElements.map((e) => e.id) ?? [],
    programmeIds: evidence?.programmes.map((p) => p.id) ?? [],
  };
}

function EvidenceForm({
  evidence,
  today,
  pending,
  onSave,
  onDone,
  onClose,
}: Omit<EvidenceFormDialogProps, 'opened'>) {
  const [values, setValues] = useState<Values>(() => valuesOf(evidence, today));
  const [file, setFile] = useState<File | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [savedId, setSavedId] = useState<string | null>(evidence?.id ?? null);
  const fieldErrors = useFieldErrors(FIELDS);
  const options = useEvidenceTagOptions(false);
  const upload = useFileUpload<{ id: string }>();
  const canPublish = consentPermitsPublishing(values.consentStatus);

  const update = <K extends keyof Values>(field: K, value: Values[K]) => {
    setValues((current) => {
      const next = { ...current, [field]: value };
      if (field === 'consentStatus' && !consentPermitsPublishing(next.consentStatus))
        next.publishable = false;
      return next;
    });
    if ((FIELDS as readonly string[]).includes(field))
      fieldErrors.clear(field as (typeof FIELDS)[number]);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const input: CreateEvidenceInput = {
      kind: values.kind,
      title: values.title,
      body: values.body || null,
      occurredOn: values.occurredOn,
      consentStatus: values.consentStatus,
      consentGivenBy: values.consentGivenBy || null,
      consentGivenOn: values.consentGivenOn || null,
      consentNote: values.consentNote || null,
      publishable: values.publishable,
      frameworkElementIds: values.frameworkElementIds,
      programmeIds: values.programmeIds,
    };
    const checked = parseWithFieldErrors(evidenceInputSchema, input, 'input');
    if (!checked.ok) {
      fieldErrors.show(fieldErrorMap(checked.fieldErrors));
      return;
    }
    let id = savedId;
    try {
      id = await onSave(input);
      setSavedId(id);
    } catch (error) {
      const userError = toUserError(error);
      if (!fieldErrors.show(userError.fieldErrors)) setFormError(actionMessage(userError));
      return;
    }
    if (file && id) {
      const result = await upload.start(`/api/evidence/${id}/file`, file);
      if (!result) return; // the upload state says why; the details are saved
    }
    onDone(values.title, null);
  };

  const uploadProblem =
    upload.state.status === 'failed'
      ? (upload.state.error.serverMessage ?? upload.state.error.message)
      : upload.state.status === 'cancelled'
        ? 'The upload was cancelled.'
        : null;

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="md">
        <FormAlert title="The evidence was not saved" message={formError} />
        {uploadProblem ? (
          <FormAlert
            title="The details were saved, but not the file"
            message={`${uploadProblem} Choose another file and save again, or close to keep it without one.`}
          />
        ) : null}
        <NativeSelect
          ref={fieldErrors.refFor('kind')}
          name="kind"
          label="Kind"
          data={optionsFrom(EVIDENCE_KINDS, EVIDENCE_KIND_LABELS)}
          value={values.kind}
          onChange={(event) => update('kind', event.currentTarget.value as EvidenceKind)}
          error={fieldErrors.errors.kind}
        />
        <TextInput
          ref={fieldErrors.refFor('title')}
          name="title"
          label="Title"
          data-autofocus
          value={values.title}
          onChange={(event) => update('title', event.currentTarget.value)}
          error={fieldErrors.errors.title}
        />
        <Textarea
          ref={fieldErrors.refFor('body')}
          name="body"
          label="Words"
          description="The quote, the story or the notes; a caption for a photo or artwork."
          autosize
          minRows={3}
          maxRows={10}
          value={values.body}
          onChange={(event) => update('body', event.currentTarget.value)}
          error={fieldErrors.errors.body}
        />
        <TextInput
          ref={fieldErrors.refFor('occurredOn')}
          name="occurredOn"
          type="date"
          label="Date"
          description="When it was said, made or seen."
          value={values.occurredOn}
          onChange={(event) => update('occurredOn', event.currentTarget.value)}
          error={fieldErrors.errors.occurredOn}
          styles={{ input: { maxWidth: 200 } }}
        />
        <MultiSelect
          label="Framework elements"
          description="The principles or outcomes it shows."
          data={options.elements.map(({ value, label }) => ({ value, label }))}
          value={values.frameworkElementIds}
          onChange={(next) => update('frameworkElementIds', next)}
          searchable
          clearable
        />
        <MultiSelect
          label="Programmes"
          data={options.programmes}
          value={values.programmeIds}
          onChange={(next) => update('programmeIds', next)}
          searchable
          clearable
        />
        <NativeSelect
          ref={fieldErrors.refFor('consentStatus')}
          name="consentStatus"
          label="Consent"
          data={optionsFrom(CONSENT_STATUSES, CONSENT_STATUS_LABELS)}
          value={values.consentStatus}
          onChange={(event) => update('consentStatus', event.currentTarget.value as ConsentStatus)}
          error={fieldErrors.errors.consentStatus}
        />
        {values.consentStatus === 'OBTAINED' || values.consentStatus === 'WITHDRAWN' ? (
          <Group gap="md" align="flex-start" wrap="wrap">
            <TextInput
              ref={fieldErrors.refFor('consentGivenBy')}
              name="consentGivenBy"
              label="Consent given by"
              description="For example the participant, or a parent or guardian."
              value={values.consentGivenBy}
              onChange={(event) => update('consentGivenBy', event.currentTarget.value)}
              error={fieldErrors.errors.consentGivenBy}
            />
            <TextInput
              ref={fieldErrors.refFor('consentGivenOn')}
              name="consentGivenOn"
              type="date"
              label="Consent given on"
              value={values.consentGivenOn}
              onChange={(event) => update('consentGivenOn', event.currentTarget.value)}
              error={fieldErrors.errors.consentGivenOn}
            />
          </Group>
        ) : null}
        <TextInput
          ref={fieldErrors.refFor('consentNote')}
          name="consentNote"
          label="Consent note (optional)"
          value={values.consentNote}
          onChange={(event) => update('consentNote', event.currentTarget.value)}
          error={fieldErrors.errors.consentNote}
        />
        <Checkbox
          ref={fieldErrors.refFor('publishable')}
          name="publishable"
          label="Publishable: may be shown beyond the learning team (trustees, reports)"
          description={
            canPublish
              ? undefined
              : 'Only evidence with consent obtained (or not needed) can be publishable.'
          }
          checked={values.publishable}
          disabled={!canPublish}
          onChange={(event) => update('publishable', event.currentTarget.checked)}
          error={fieldErrors.errors.publishable}
        />
        <FileDropZone
          label={evidence?.file ? 'Replace the file (optional)' : 'File (optional)'}
          description="A photo or scan (JPEG, PNG, WebP or GIF), a PDF or a plain text file, up to 20 MB."
          accept={EVIDENCE_FILE_ACCEPT}
          disabled={upload.uploading}
          onFile={(chosen) => {
            setFile(chosen);
            upload.reset();
          }}
        />
        {file ? (
          <Text size="sm">
            Chosen: {file.name} ({formatFileSize(file.size)})
          </Text>
        ) : evidence?.file ? (
          <Text size="sm">Current file: {evidence.file.name}</Text>
        ) : null}
        {upload.state.status === 'uploading' ? (
          <ProgressBar
            label={`Uploading ${upload.state.file.name}`}
            value={upload.state.progress?.percent ?? null}
            valueText={upload.state.progress ? `${upload.state.progress.percent}%` : undefined}
          />
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={pending || upload.uploading}>
            {uploadProblem ? 'Close' : 'Cancel'}
          </Button>
          <Button type="submit" loading={pending || upload.uploading}>
            {evidence || savedId ? 'Save evidence' : 'Add evidence'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Add evidence (with a file) or edit it, in a dialog. */
export function EvidenceFormDialog(props: EvidenceFormDialogProps) {
  const { opened, evidence, pending, onClose } = props;
  return (
    <Modal
      opened={opened}
      onClose={pending ? () => undefined : onClose}
      title={evidence ? `Edit ${evidence.title}` : 'Add evidence'}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {opened ? <EvidenceForm {...props} /> : null}
    </Modal>
  );
}
