import { Alert, Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { WorkerCheckFieldsFragment } from '../../../gql/graphql';
import { toUserError } from '../../../lib/errors';
import { useRequestWorkerCheck } from '../hooks/useRequestWorkerCheck';

export const WORKER_CHECK_NOTE_MAX_LENGTH = 200;

export interface WorkerCheckFormProps {
  /** Called with the queued check once the API has accepted it. */
  onRequested: (check: WorkerCheckFieldsFragment) => void;
}

/** "Run a worker check": an optional note and a button that queues the check. */
export function WorkerCheckForm({ onRequested }: WorkerCheckFormProps) {
  const headingId = useId();
  const noteRef = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const { requestCheck, submitting } = useRequestWorkerCheck();

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNoteError(null);
    setFormError(null);
    try {
      const check = await requestCheck(note);
      if (check) {
        setNote('');
        onRequested(check);
      }
    } catch (error) {
      const userError = toUserError(error);
      const fieldMessage = userError.fieldErrors['input.note'];
      if (fieldMessage) {
        setNoteError(fieldMessage);
        noteRef.current?.focus();
      } else {
        setFormError(userError.message);
      }
    }
  };

  return (
    <form aria-labelledby={headingId} onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          Run a worker check
        </Title>
        <TextInput
          ref={noteRef}
          name="note"
          label="Note (optional)"
          description={`Shown beside the check, so you can tell it apart later. Up to ${WORKER_CHECK_NOTE_MAX_LENGTH} characters.`}
          value={note}
          onChange={(event) => {
            setNote(event.currentTarget.value);
            setNoteError(null);
          }}
          maxLength={WORKER_CHECK_NOTE_MAX_LENGTH}
          autoComplete="off"
          error={noteError}
          maw={{ base: '100%', sm: 480 }}
        />
        {formError ? (
          <Alert color="red" variant="light" title="The check was not queued">
            {formError}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={submitting}>
            Run a worker check
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
