import { Button, Paper, Stack, Text } from '@mantine/core';
import { useId, useRef, useState, type DragEvent, type ReactNode } from 'react';

export interface FileDropZoneProps {
  /** What the file is ("Spreadsheet"); names the group and the hidden file input. */
  label: string;
  /** What kind of file and how large, under the label. */
  description?: ReactNode;
  /** The file input's `accept`, such as ".csv,.xlsx". */
  accept?: string;
  /** The button's text. */
  buttonLabel?: string;
  disabled?: boolean;
  /** Why the chosen file cannot be used, under the zone. */
  error?: string | null;
  /** A file was chosen with the button or dropped on the zone. */
  onFile: (file: File) => void;
}

function UploadIcon() {
  return (
    <svg
      width="28"
      height="28"
      viewBox="0 0 24 24"
      fill="none"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M12 16V4m0 0L7 9m5-5 5 5M5 15v3a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-3"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/**
 * Choose one file with a button (the keyboard way) or by dropping it on the zone around it.
 * The native file input stays in the page, hidden, so the browser's own picker opens and tests
 * can set files on it.
 */
export function FileDropZone({
  label,
  description,
  accept,
  buttonLabel = 'Choose a file',
  disabled = false,
  error,
  onFile,
}: FileDropZoneProps) {
  const id = useId();
  const labelId = `${id}-label`;
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const describedBy = [description ? descriptionId : null, error ? errorId : null]
    .filter(Boolean)
    .join(' ');

  const handleDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (disabled) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };

  const handleDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (disabled) return;
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };

  return (
    <Stack gap={6} role="group" aria-labelledby={labelId}>
      <Text id={labelId} fw={600} size="sm">
        {label}
      </Text>
      {description ? (
        <Text id={descriptionId} size="sm" c="dimmed">
          {description}
        </Text>
      ) : null}
      <Paper
        withBorder
        radius="md"
        p="xl"
        data-dragging={dragging || undefined}
        data-drop-zone
        onDragEnter={handleDragOver}
        onDragOver={handleDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={handleDrop}
        bg={dragging ? 'var(--mantine-primary-color-light)' : 'gray.0'}
        style={{
          borderStyle: 'dashed',
          borderWidth: 2,
          borderColor: error
            ? 'var(--mantine-color-red-7)'
            : dragging
              ? 'var(--mantine-primary-color-filled)'
              : 'var(--mantine-color-gray-5)',
        }}
      >
        <Stack gap="sm" align="center" ta="center">
          <Text c="dimmed" component="span" style={{ display: 'inline-flex' }}>
            <UploadIcon />
          </Text>
          <Text size="sm">Drag the file here, or</Text>
          <Button
            variant="default"
            disabled={disabled}
            onClick={() => inputRef.current?.click()}
            aria-describedby={describedBy || undefined}
          >
            {buttonLabel}
          </Button>
        </Stack>
      </Paper>
      {error ? (
        <Text id={errorId} size="sm" c="red.7" fw={500}>
          {error}
        </Text>
      ) : null}
      <input
        ref={inputRef}
        type="file"
        accept={accept}
        aria-label={label}
        tabIndex={-1}
        disabled={disabled}
        style={{ display: 'none' }}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Clear the input so choosing the same file again still reports it.
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </Stack>
  );
}

const UNITS = ['KB', 'MB', 'GB'];

/** A file size as people read it: "812 bytes", "24.3 KB", "1.2 MB" (1 KB = 1,024 bytes). */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return 'Unknown size';
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = value >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${rounded.toLocaleString('en-GB')} ${UNITS[unit]}`;
}
