import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IMPORT_STATUS_LABELS, type ImportStatus } from '@lantern/domain';
import {
  Announcement,
  CalendarDateText,
  DateTimeText,
  EmptyState,
  formatFileSize,
  LoadingState,
  LoadMoreFooter,
  PageHeader,
  StatusBadge,
  type StatusTone,
} from '@lantern/ui';
import { Link, useLocation, useNavigate } from 'react-router';
import type { ActivityImportSummaryFieldsFragment } from '../../../gql/graphql';
import { QueryErrorState } from '../../auth';
import { plural } from '../format';
import { useActivityImports } from '../hooks/useActivityImports';
import { ChooseFileStep } from './ChooseFileStep';
import { ImportStepper } from './ImportStepper';

const LIST_HEADING_ID = 'past-imports-heading';

const STATUS_TONES: Record<ImportStatus, StatusTone> = {
  UPLOADED: 'pending',
  VALIDATING: 'progress',
  READY: 'warning',
  INVALID: 'danger',
  COMMITTING: 'progress',
  COMMITTED: 'success',
  FAILED: 'danger',
};

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  return <StatusBadge tone={STATUS_TONES[status]} size="md" label={IMPORT_STATUS_LABELS[status]} />;
}

function announcementFrom(state: unknown): string | null {
  if (typeof state === 'object' && state !== null && 'announcement' in state) {
    const { announcement } = state as { announcement: unknown };
    return typeof announcement === 'string' && announcement !== '' ? announcement : null;
  }
  return null;
}

function PastImport({ item }: { item: ActivityImportSummaryFieldsFragment }) {
  const sessions = item.summary?.sessions;
  return (
    <Paper component="li" withBorder radius="md" p="md" data-import-id={item.id}>
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <Stack gap={4} style={{ minWidth: 0, flex: '1 1 16rem' }}>
          <Anchor
            component={Link}
            to={`/imports/${item.id}`}
            fw={600}
            style={{ overflowWrap: 'anywhere' }}
          >
            {item.filename}
          </Anchor>
          <Text size="sm" c="dimmed">
            Uploaded <DateTimeText value={item.createdAt} withSeconds={false} />
            {item.createdBy ? ` by ${item.createdBy.name}` : ''} · {formatFileSize(item.byteSize)}
          </Text>
          {sessions !== undefined && sessions !== null ? (
            <Text size="sm">
              {plural(sessions, 'session')}
              {item.summary?.dateFrom && item.summary.dateTo ? (
                <>
                  , <CalendarDateText value={item.summary.dateFrom} /> to{' '}
                  <CalendarDateText value={item.summary.dateTo} />
                </>
              ) : null}
            </Text>
          ) : null}
        </Stack>
        <ImportStatusBadge status={item.status as ImportStatus} />
      </Group>
    </Paper>
  );
}

function PastImports() {
  const list = useActivityImports();
  let content;
  if (list.loading) {
    content = <LoadingState label="Loading past imports…" rows={3} />;
  } else if (list.error && list.imports.length === 0) {
    content = <QueryErrorState error={list.error} onRetry={list.retry} retrying={list.retrying} />;
  } else if (list.imports.length === 0) {
    content = (
      <EmptyState
        title="No imports yet."
        description="Files you upload are listed here, with how far each one got."
      />
    );
  } else {
    content = (
      <Stack gap="sm">
        <Stack
          component="ul"
          role="list"
          aria-labelledby={LIST_HEADING_ID}
          gap="sm"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
        >
          {list.imports.map((item) => (
            <PastImport key={item.id} item={item} />
          ))}
        </Stack>
        <LoadMoreFooter
          shown={list.imports.length}
          total={list.totalCount}
          noun="import"
          hasNextPage={list.hasNextPage}
          onLoadMore={list.loadMore}
          loadingMore={list.loadingMore}
          error={list.loadMoreError}
        />
      </Stack>
    );
  }
  return (
    <Stack component="section" aria-labelledby={LIST_HEADING_ID} gap="md">
      <Title order={2} id={LIST_HEADING_ID}>
        Past imports
      </Title>
      {content}
    </Stack>
  );
}

/** /imports: step 1 of the wizard (choose and upload a file) and the imports so far. */
export function ImportsPage() {
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <>
      <PageHeader
        title="Import activity"
        description="Bring in a year of sessions from the spreadsheet your team keeps. Lantern checks every row first and imports nothing until you have seen what it found."
      />
      <Announcement message={announcementFrom(location.state)} />
      <Stack gap={48}>
        <Stack gap="xl">
          <ImportStepper current="file" />
          <Stack component="section" aria-labelledby="choose-file-heading" gap="md">
            <Title order={2} id="choose-file-heading">
              Choose a file
            </Title>
            <ChooseFileStep onUploaded={(id) => navigate(`/imports/${id}`)} />
          </Stack>
        </Stack>
        <PastImports />
      </Stack>
    </>
  );
}
