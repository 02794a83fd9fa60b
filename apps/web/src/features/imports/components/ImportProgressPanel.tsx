import { Paper, Stack, Text, Title } from '@mantine/core';
import { ProgressBar } from '@lantern/ui';
import { formatCount } from '../format';

export interface ImportProgressPanelProps {
  headingId?: string;
  /** Checking the rows, or writing them. */
  kind: 'check' | 'commit';
  processedRows: number;
  totalRows: number | null | undefined;
  /** 0-100 from the API. */
  progress: number;
}

/** Step 3 (and the commit): a progress bar with rows processed of the total, while the worker runs. */
export function ImportProgressPanel({
  headingId,
  kind,
  processedRows,
  totalRows,
  progress,
}: ImportProgressPanelProps) {
  const known = totalRows !== null && totalRows !== undefined && totalRows > 0;
  const valueText = known
    ? `${formatCount(Math.min(processedRows, totalRows))} of about ${formatCount(totalRows)} rows`
    : processedRows > 0
      ? `${formatCount(processedRows)} rows so far`
      : 'Starting…';
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        <Title order={2} id={headingId} tabIndex={-1}>
          {kind === 'check' ? 'Checking your file' : 'Importing'}
        </Title>
        <Text size="sm" c="dimmed" maw="65ch">
          {kind === 'check'
            ? 'Lantern reads every row and checks dates, programmes, counts and postcodes. Nothing is saved yet. You can leave this page and come back.'
            : 'Lantern is adding the sessions, all in one go: if anything goes wrong, nothing is added. You can leave this page and come back.'}
        </Text>
        <ProgressBar
          label={kind === 'check' ? 'Rows checked' : 'Rows imported'}
          value={known ? progress : null}
          valueText={valueText}
        />
      </Stack>
    </Paper>
  );
}
