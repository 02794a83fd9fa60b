import { Alert } from '@mantine/core';

/** A problem with the whole form (not one field), announced as it appears. */
export function FormAlert({ title, message }: { title?: string; message: string | null }) {
  if (!message) {
    return null;
  }
  return (
    <Alert color="red" variant="light" title={title}>
      {message}
    </Alert>
  );
}
