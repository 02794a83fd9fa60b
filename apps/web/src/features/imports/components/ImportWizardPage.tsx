import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ImportStatus, TargetField } from '@lantern/domain';
import {
  ConfirmDialog,
  formatCalendarDate,
  formatFileSize,
  LiveRegion,
  LoadingState,
  PageHeader,
} from '@lantern/ui';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ActivityImportFieldsFragment } from '../../../gql/graphql';
import { actionMessage, toUserError } from '../../../lib/errors';
import { QueryErrorState } from '../../auth';
import { toImportField } from '../fields';
import { formatCount, plural } from '../format';
import { useActivityImport } from '../hooks/useActivityImport';
import { useImportActions } from '../hooks/useImportActions';
import { mappingColumns, targetFieldViews } from '../mapping';
import { canDiscardImport, canRemapImport, isImportWorking, stepForStatus } from '../steps';
import { ChooseFileStep } from './ChooseFileStep';
import { ImportErrorsTable } from './ImportErrorsTable';
import { ImportPreviewTable } from './ImportPreviewTable';
import { ImportProgressPanel } from './ImportProgressPanel';
import { ImportStepper } from './ImportStepper';
import { ImportSummaryList, sessionsToAdd } from './ImportSummaryList';
import { MappingStep } from './MappingStep';

const STEP_HEADING_ID = 'import-step-heading';

/** What screen readers hear when the import moves on (the page shows the same). */
function statusAnnouncement(activityImport: ActivityImportFieldsFragment): string {
  const { status, summary, errorCount } = activityImport;
  switch (status) {
    case 'UPLOADED':
      return 'File uploaded. Match its columns to continue.';
    case 'VALIDATING':
      return 'Checking your file.';
    case 'READY':
      return `Checked: ${plural(summary?.sessions ?? 0, 'session')} ready to import.`;
    case 'INVALID':
      return `Checked: ${plural(errorCount, 'problem')} found. Nothing was imported.`;
    case 'COMMITTING':
      return 'Importing.';
    case 'COMMITTED':
      return `Imported ${plural(summary?.sessionsCreated ?? summary?.sessions ?? 0, 'session')}.`;
    case 'FAILED':
      return 'The import failed. Nothing was imported.';
  }
}

/** Announces status changes, and every quarter of the way while the worker runs. */
function useImportAnnouncement(activityImport: ActivityImportFieldsFragment | null) {
  const [message, setMessage] = useState('');
  const last = useRef<{ status: ImportStatus; quarter: number } | null>(null);
  useEffect(() => {
    if (!activityImport) return;
    const quarter = Math.floor(activityImport.progress / 25);
    const previous = last.current;
    last.current = { status: activityImport.status, quarter };
    if (previous === null) return;
    if (previous.status !== activityImport.status) {
      setMessage(statusAnnouncement(activityImport));
    } else if (
      isImportWorking(activityImport.status) &&
      quarter > previous.quarter &&
      quarter < 4
    ) {
      setMessage(`${quarter * 25}% done.`);
    }
  }, [activityImport]);
  return message;
}

function committedSentence(activityImport: ActivityImportFieldsFragment): string {
  const summary = activityImport.summary;
  if (!summary) return 'The sessions are in the sessions list.';
  const attendances = summary.attendancesCreated ?? summary.attendances;
  const dates =
    summary.dateFrom && summary.dateTo
      ? `, dated ${formatCalendarDate(summary.dateFrom)} to ${formatCalendarDate(summary.dateTo)}`
      : '';
  return `With ${plural(attendances, 'attendance')}${dates}. They are in the sessions list with the programmes, partners and sites the file named.`;
}

function sessionsLink(activityImport: ActivityImportFieldsFragment): string {
  const params = new URLSearchParams();
  if (activityImport.summary?.dateFrom) params.set('from', activityImport.summary.dateFrom);
  if (activityImport.summary?.dateTo) params.set('to', activityImport.summary.dateTo);
  const query = params.toString();
  return query ? `/sessions?${query}` : '/sessions';
}

export interface ImportWizardPageProps {
  importId: string;
}

/**
 * The import wizard for one uploaded file: match columns, watch the check, review the problems
 * or the preview, commit, and see the outcome. Discarding is possible until the commit starts.
 */
export function ImportWizardPage({ importId }: ImportWizardPageProps) {
  const { activityImport, loading, error, retry, retrying } = useActivityImport(importId);
  const actions = useImportActions();
  const navigate = useNavigate();
  const announcement = useImportAnnouncement(activityImport);
  const [remapping, setRemapping] = useState(false);
  const [replacing, setReplacing] = useState(false);
  const [mappingError, setMappingError] = useState<string | null>(null);
  const [commitOpen, setCommitOpen] = useState(false);
  const [commitError, setCommitError] = useState<string | null>(null);
  const [discardOpen, setDiscardOpen] = useState(false);
  const [discardError, setDiscardError] = useState<string | null>(null);

  if (loading) {
    return (
      <>
        <PageHeader title="Import activity" />
        <LoadingState label="Loading the import…" rows={4} />
      </>
    );
  }
  if (!activityImport) {
    return (
      <>
        <PageHeader title="Import activity" />
        <Stack gap="md" align="flex-start">
          <QueryErrorState
            title="This import could not be shown"
            error={error}
            onRetry={retry}
            retrying={retrying}
          />
          <Anchor component={Link} to="/imports">
            Back to imports
          </Anchor>
        </Stack>
      </>
    );
  }

  const { status, filename } = activityImport;
  const showMapping = status === 'UPLOADED' || (remapping && canRemapImport(status));
  const summary = activityImport.summary;

  const handleMapping = async (columns: Array<{ column: string; field: string | null }>) => {
    setMappingError(null);
    try {
      await actions.setMapping(
        activityImport.id,
        columns.map(({ column, field }) => ({
          column,
          field: field ? toImportField(field as TargetField) : null,
        })),
      );
      setRemapping(false);
      window.setTimeout(() => document.getElementById(STEP_HEADING_ID)?.focus(), 0);
    } catch (caught) {
      setMappingError(actionMessage(toUserError(caught)));
    }
  };

  const handleCommit = async () => {
    setCommitError(null);
    try {
      await actions.commit(activityImport.id);
      setCommitOpen(false);
    } catch (caught) {
      setCommitError(actionMessage(toUserError(caught)));
    }
  };

  const handleDiscard = async () => {
    setDiscardError(null);
    try {
      await actions.discard(activityImport.id);
      setDiscardOpen(false);
      navigate('/imports', {
        state: { announcement: `${filename} was discarded. Nothing was imported.` },
      });
    } catch (caught) {
      setDiscardError(actionMessage(toUserError(caught)));
    }
  };

  const handleReplaced = async (newId: string) => {
    // The corrected file replaces this one: nothing of this one was imported.
    await actions.discard(activityImport.id).catch(() => undefined);
    setReplacing(false);
    navigate(`/imports/${newId}`);
  };

  let body;
  if (replacing) {
    body = (
      <Stack gap="md">
        <Title order={2} id={STEP_HEADING_ID} tabIndex={-1}>
          Upload a corrected file
        </Title>
        <Text size="sm" c="dimmed" maw="65ch">
          Once the corrected file is uploaded, {filename} is discarded.
        </Text>
        <ChooseFileStep onUploaded={handleReplaced} />
        <Group>
          <Button variant="default" onClick={() => setReplacing(false)}>
            Back to the problems
          </Button>
        </Group>
      </Stack>
    );
  } else if (showMapping) {
    body = (
      <MappingStep
        headingId={STEP_HEADING_ID}
        key={`${activityImport.id}-${status}`}
        columns={mappingColumns(activityImport)}
        targetFields={targetFieldViews(activityImport)}
        pending={actions.settingMapping}
        error={mappingError}
        onSubmit={(columns) => void handleMapping(columns)}
        onCancel={status === 'UPLOADED' ? undefined : () => setRemapping(false)}
      />
    );
  } else if (status === 'VALIDATING' || status === 'COMMITTING') {
    body = (
      <ImportProgressPanel
        headingId={STEP_HEADING_ID}
        kind={status === 'VALIDATING' ? 'check' : 'commit'}
        processedRows={activityImport.processedRows}
        totalRows={activityImport.totalRows}
        progress={activityImport.progress}
      />
    );
  } else if (status === 'INVALID') {
    body = (
      <Stack gap="md">
        <Title order={2} id={STEP_HEADING_ID} tabIndex={-1}>
          Nothing was imported
        </Title>
        <Alert
          color="red"
          variant="light"
          title={`${plural(activityImport.errorCount, 'problem')} in ${filename}`}
        >
          Lantern imports a file only when every row can be read. Fix these rows in your spreadsheet
          and upload it again, or match the columns differently if a column was matched to the wrong
          field.
        </Alert>
        <ImportErrorsTable errors={activityImport.errors} errorCount={activityImport.errorCount} />
        <Group gap="sm">
          <Button onClick={() => setReplacing(true)}>Upload a corrected file</Button>
          <Button variant="default" onClick={() => setRemapping(true)}>
            Match columns again
          </Button>
        </Group>
      </Stack>
    );
  } else if (status === 'READY' && summary) {
    const toAdd = sessionsToAdd(summary);
    body = (
      <Stack gap="lg">
        <Title order={2} id={STEP_HEADING_ID} tabIndex={-1}>
          Ready to import
        </Title>
        <Text maw="65ch">
          Every row of {filename} can be read. Check the figures and the first rows, then import.
          {summary.duplicates > 0
            ? ` ${plural(summary.duplicates, 'session')} already imported from an earlier file will be skipped.`
            : ''}
        </Text>
        <Paper withBorder radius="md" p="md" maw={640}>
          <Title order={3} size="h4" mb="xs">
            What will be imported
          </Title>
          <ImportSummaryList summary={summary} />
        </Paper>
        <Stack gap="xs">
          <Title order={3} size="h4">
            The first {plural(activityImport.preview.length, 'row')} as Lantern read them
          </Title>
          <ImportPreviewTable
            rows={activityImport.preview}
            caption={`The first ${activityImport.preview.length} rows of ${filename}`}
          />
        </Stack>
        <Group gap="sm">
          <Button
            onClick={() => {
              setCommitError(null);
              setCommitOpen(true);
            }}
            disabled={toAdd === 0}
          >
            Import {plural(toAdd, 'session')}
          </Button>
          <Button variant="default" onClick={() => setRemapping(true)}>
            Match columns again
          </Button>
        </Group>
        {toAdd === 0 ? (
          <Text size="sm" c="dimmed">
            Every session in this file has been imported before: there is nothing to add.
          </Text>
        ) : null}
      </Stack>
    );
  } else if (status === 'COMMITTED') {
    const added = summary?.sessionsCreated ?? (summary ? sessionsToAdd(summary) : 0);
    body = (
      <Stack gap="md">
        <Title order={2} id={STEP_HEADING_ID} tabIndex={-1}>
          Imported
        </Title>
        <Alert color="green" variant="light" title={`${plural(added, 'session')} added`}>
          {committedSentence(activityImport)}
        </Alert>
        <Group gap="sm">
          <Button component={Link} to={sessionsLink(activityImport)}>
            See the imported sessions
          </Button>
          <Button component={Link} to="/imports" variant="default">
            Import another file
          </Button>
        </Group>
      </Stack>
    );
  } else if (status === 'FAILED') {
    body = (
      <Stack gap="md">
        <Title order={2} id={STEP_HEADING_ID} tabIndex={-1}>
          The import failed
        </Title>
        <Alert color="red" variant="light" title="Nothing was imported">
          {activityImport.failureMessage ??
            'Something went wrong while the file was being read or imported.'}
        </Alert>
        <Group gap="sm">
          <Button onClick={() => setRemapping(true)}>Match columns and check again</Button>
          <Button component={Link} to="/imports" variant="default">
            Upload a file again
          </Button>
        </Group>
      </Stack>
    );
  } else {
    // READY without its summary yet: the check's results are on their way.
    body = <LoadingState label="Loading the results…" rows={3} />;
  }

  return (
    <>
      <PageHeader
        title="Import activity"
        description={`${filename} (${formatFileSize(activityImport.byteSize)})`}
        actions={
          canDiscardImport(status) ? (
            <Button
              variant="default"
              color="red"
              onClick={() => {
                setDiscardError(null);
                setDiscardOpen(true);
              }}
            >
              Discard import
            </Button>
          ) : null
        }
      />
      <LiveRegion>{announcement}</LiveRegion>
      <Stack gap="xl">
        <ImportStepper
          current={
            replacing
              ? 'file'
              : showMapping
                ? 'columns'
                : status === 'FAILED' && !summary
                  ? 'check'
                  : stepForStatus(status)
          }
          finished={status === 'COMMITTED'}
          problem={status === 'INVALID' || status === 'FAILED'}
        />
        <section aria-label="Current step">{body}</section>
      </Stack>
      {summary ? (
        <ConfirmDialog
          opened={commitOpen}
          title={`Import ${plural(sessionsToAdd(summary), 'session')}?`}
          confirmLabel="Import sessions"
          pending={actions.committing}
          error={commitError}
          onClose={() => setCommitOpen(false)}
          onConfirm={() => void handleCommit()}
        >
          <Text>
            {`This adds ${plural(sessionsToAdd(summary), 'session')} with ${plural(summary.attendances, 'attendance')} (${plural(summary.attendanceCells, 'attendance count')}), ${plural(summary.newProgrammes, 'new programme')}, ${plural(summary.newPartners, 'new partner')} and ${plural(summary.newSites, 'new site')}.`}
            {summary.duplicates > 0
              ? ` ${formatCount(summary.duplicates)} already imported will be skipped.`
              : ''}{' '}
            Everything is added in one go, or nothing is.
          </Text>
        </ConfirmDialog>
      ) : null}
      <ConfirmDialog
        opened={discardOpen}
        title={`Discard ${filename}?`}
        confirmLabel="Discard import"
        destructive
        pending={actions.discarding}
        error={discardError}
        onClose={() => setDiscardOpen(false)}
        onConfirm={() => void handleDiscard()}
      >
        {status === 'FAILED'
          ? 'Nothing from this file was imported. The uploaded file is deleted.'
          : 'Nothing from this file has been imported. The uploaded file and its check are deleted.'}
      </ConfirmDialog>
    </>
  );
}
