import {
  Alert,
  Box,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import {
  DEPRIVATION_INDEX_LABELS,
  DEPRIVATION_INDEXES,
  type DeprivationIndex,
} from '@lantern/domain';
import {
  FileDropZone,
  formatFileSize,
  LiveRegion,
  ProgressBar,
  visuallyHiddenStyle,
} from '@lantern/ui';
import { useState, type FormEvent } from 'react';
import { actionMessage } from '../../../lib/errors';
import { optionsFrom } from '../../../lib/labels';
import { useFileUpload } from '../../../lib/use-file-upload';
import { RestApiError } from '../../../lib/upload';
import { lookupRowProblems, type LookupRowProblem } from '../row-problems';

export interface LoadedLookupAnswer {
  indexVersion: DeprivationIndex;
  rowCount: number;
  sourceFilename: string | null;
  active: boolean;
  partnersUpdated: number;
  sessionsUpdated: number;
  replacedRowCount: number | null;
}

export interface LoadLookupFormProps {
  /** A lookup was loaded: say so and refresh the list. */
  onLoaded: (loaded: LoadedLookupAnswer) => void;
}

const INDEX_OPTIONS = optionsFrom(DEPRIVATION_INDEXES, DEPRIVATION_INDEX_LABELS);

export const lookupUploadUrl = (index: DeprivationIndex) =>
  `/api/deprivation-lookups/${encodeURIComponent(index)}`;

function RowProblemsTable({ problems }: { problems: LookupRowProblem[] }) {
  return (
    <Box
      role="region"
      aria-label="Rows with problems"
      tabIndex={0}
      style={{ position: 'relative', overflowX: 'auto', maxHeight: 420, overflowY: 'auto' }}
      bd="1px solid var(--mantine-color-gray-3)"
    >
      <Table striped verticalSpacing="xs" fz="sm" miw={420} stickyHeader>
        <caption style={visuallyHiddenStyle}>Rows with problems</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Row</Table.Th>
            <Table.Th scope="col">Column</Table.Th>
            <Table.Th scope="col">What’s wrong</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((problem) => (
            <Table.Tr key={`${problem.row}-${problem.column}`}>
              <Table.Th scope="row">{problem.row ?? '—'}</Table.Th>
              <Table.Td>{problem.column}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{problem.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}

/**
 * Load a postcode -> decile CSV for one index version, with upload progress and cancel. A file
 * with bad rows loads nothing: the rows the server names are listed with its total.
 */
export function LoadLookupForm({ onLoaded }: LoadLookupFormProps) {
  const [indexVersion, setIndexVersion] = useState<DeprivationIndex>('IMD2025');
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const upload = useFileUpload<LoadedLookupAnswer>();
  const { state } = upload;

  const handleFile = (chosen: File) => {
    upload.reset();
    const extension = chosen.name.split('.').pop()?.toLowerCase();
    setFileProblem(
      extension !== 'csv'
        ? 'Choose a CSV file (save a spreadsheet as CSV first).'
        : chosen.size === 0
          ? 'That file is empty.'
          : null,
    );
    setFile(chosen);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setFileProblem('Choose the lookup file to load.');
      return;
    }
    if (fileProblem) return;
    const loaded = await upload.start(lookupUploadUrl(indexVersion), file);
    if (loaded) {
      setFile(null);
      onLoaded(loaded);
    }
  };

  const failure = state.status === 'failed' ? state : null;
  const rowProblems =
    failure?.cause instanceof RestApiError ? lookupRowProblems(failure.cause) : null;

  let announcement = '';
  if (state.status === 'uploading') announcement = `Loading ${state.file.name}.`;
  else if (state.status === 'cancelled') announcement = 'Loading cancelled. Nothing was loaded.';
  else if (failure) announcement = 'The lookup was not loaded.';

  return (
    <Stack component="section" aria-labelledby="load-lookup-heading" gap="md">
      <Title order={2} id="load-lookup-heading">
        Load a lookup file
      </Title>
      <Text size="sm" c="dimmed" maw="70ch">
        A CSV with a postcode, an area code and a decile column (1 is the most deprived 10%), such
        as the official postcode files of each index. Loading a version again replaces it.
      </Text>
      <LiveRegion>{announcement}</LiveRegion>
      <form
        onSubmit={(event) => void handleSubmit(event)}
        noValidate
        aria-label="Load a lookup file"
      >
        <Stack gap="md" maw={640}>
          <NativeSelect
            label="Index version"
            description="The deciles in the file must all be from this index."
            data={INDEX_OPTIONS}
            value={indexVersion}
            disabled={state.status === 'uploading'}
            onChange={(event) => setIndexVersion(event.currentTarget.value as DeprivationIndex)}
          />
          {state.status === 'uploading' ? (
            <Paper withBorder radius="md" p="md">
              <Stack gap="sm">
                <ProgressBar
                  label={`Loading ${state.file.name} as ${DEPRIVATION_INDEX_LABELS[indexVersion]}`}
                  value={state.progress?.percent ?? null}
                  valueText={
                    state.progress
                      ? state.progress.percent >= 100
                        ? 'Sent: checking and saving the rows…'
                        : `${formatFileSize(state.progress.loaded)} of ${formatFileSize(state.progress.total)}`
                      : 'Starting…'
                  }
                />
                <Group>
                  <Button variant="default" onClick={upload.cancel}>
                    Cancel
                  </Button>
                </Group>
              </Stack>
            </Paper>
          ) : (
            <>
              <FileDropZone
                label="Lookup file"
                description="CSV only. A national file can take a few minutes."
                accept=".csv,text/csv"
                buttonLabel={file ? 'Choose another file' : 'Choose a file'}
                error={fileProblem}
                onFile={handleFile}
              />
              {file ? (
                <Text size="sm" data-chosen-file>
                  <Text span fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {file.name}
                  </Text>{' '}
                  ({formatFileSize(file.size)})
                </Text>
              ) : null}
              <Group>
                <Button type="submit">Load lookup</Button>
              </Group>
            </>
          )}
        </Stack>
      </form>
      {state.status === 'cancelled' ? (
        <Text size="sm" c="dimmed">
          Loading was cancelled. Nothing was loaded.
        </Text>
      ) : null}
      {failure ? (
        <Alert color="red" variant="light" title="The lookup was not loaded" role="alert">
          <Stack gap="sm">
            <Text size="sm">
              {rowProblems ? rowProblems.summary : actionMessage(failure.error)}
            </Text>
            {rowProblems && rowProblems.problems.length > 0 ? (
              <RowProblemsTable problems={rowProblems.problems} />
            ) : null}
          </Stack>
        </Alert>
      ) : null}
    </Stack>
  );
}
