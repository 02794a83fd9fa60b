import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { FileDropZone, formatFileSize, LiveRegion, ProgressBar } from '@lantern/ui';
import { useState } from 'react';
import { actionMessage } from '../../../lib/errors';
import { useFileUpload } from '../../../lib/use-file-upload';
import { IMPORT_ACCEPT, importFileProblem } from '../steps';

export const IMPORTS_UPLOAD_URL = '/api/imports';
/** The largest file the API takes (it refuses bigger ones with BAD_USER_INPUT too). */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;

export interface ChooseFileStepProps {
  /** The upload finished: the new import's id. */
  onUploaded: (id: string) => void | Promise<void>;
  /** The start button's text. */
  submitLabel?: string;
}

/**
 * Step 1: choose a spreadsheet (button or drag and drop), see its name and size, upload it
 * with progress, and cancel while it goes.
 */
export function ChooseFileStep({
  onUploaded,
  submitLabel = 'Upload and continue',
}: ChooseFileStepProps) {
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const upload = useFileUpload<{ id: string }>();
  const { state } = upload;

  const handleFile = (chosen: File) => {
    upload.reset();
    setProblem(importFileProblem(chosen, IMPORT_MAX_BYTES));
    setFile(chosen);
  };

  const handleUpload = async () => {
    if (!file || problem) return;
    const result = await upload.start(IMPORTS_UPLOAD_URL, file);
    if (result?.id) await onUploaded(result.id);
  };

  let announcement = '';
  if (state.status === 'uploading') announcement = `Uploading ${state.file.name}.`;
  else if (state.status === 'cancelled') announcement = 'Upload cancelled.';
  else if (state.status === 'done') announcement = `${state.file.name} uploaded.`;

  return (
    <Stack gap="md">
      <LiveRegion>{announcement}</LiveRegion>
      {state.status === 'uploading' ? (
        <Paper withBorder radius="md" p="md">
          <Stack gap="sm">
            <ProgressBar
              label={`Uploading ${state.file.name}`}
              value={state.progress?.percent ?? null}
              valueText={
                state.progress
                  ? `${formatFileSize(state.progress.loaded)} of ${formatFileSize(state.progress.total)}`
                  : 'Starting…'
              }
            />
            <Group>
              <Button variant="default" onClick={upload.cancel}>
                Cancel upload
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : (
        <>
          <FileDropZone
            label="Spreadsheet"
            description="An activity log saved as CSV or Excel (.xlsx), one session a row, with a header row. Up to 50 MB."
            accept={IMPORT_ACCEPT}
            buttonLabel={file ? 'Choose another file' : 'Choose a file'}
            error={problem}
            onFile={handleFile}
          />
          {file ? (
            <Paper withBorder radius="md" p="md" data-chosen-file>
              <Group justify="space-between" gap="sm" wrap="wrap">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {file.name}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {formatFileSize(file.size)}
                  </Text>
                </Stack>
                <Button onClick={() => void handleUpload()} disabled={problem !== null}>
                  {submitLabel}
                </Button>
              </Group>
            </Paper>
          ) : null}
          {state.status === 'cancelled' ? (
            <Text size="sm" c="dimmed">
              The upload was cancelled. Nothing was sent to Lantern.
            </Text>
          ) : null}
          {state.status === 'failed' ? (
            <Alert color="red" variant="light" title="The file was not uploaded" role="alert">
              {actionMessage(state.error)}
            </Alert>
          ) : null}
        </>
      )}
    </Stack>
  );
}
