import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Announcement, EmptyState, LoadingState, LoadMoreFooter, PageHeader } from '@lantern/ui';
import { useMemo, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { QueryErrorState, useViewer } from '../../auth';
import {
  hasSessionFilters,
  searchParamsFromSessionFilters,
  sessionExportHref,
  sessionFiltersFromSearchParams,
  toSessionFilter,
} from '../filters';
import { attendancesText, formatCount } from '../format';
import { useSessionFilterOptions } from '../hooks/useSessionFormOptions';
import { useSessions } from '../hooks/useSessions';
import { announcementFrom } from '../navigation';
import { SessionFilters } from './SessionFilters';
import { SessionList } from './SessionList';

const LIST_HEADING_ID = 'sessions-list-heading';

/**
 * The session list, filtered by the address bar (`from`, `to`, `programmeId`, `siteId`,
 * `format`, `deliveryMode`, `partnerId`, `status`), with the filter's totals, "Load more",
 * exports of the same filter and "Log a session" for those who may.
 */
export function SessionsPage() {
  const { can } = useViewer();
  const canWrite = can('sessions.write');
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filterKey = searchParams.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the params
  const values = useMemo(() => sessionFiltersFromSearchParams(searchParams), [filterKey]);
  const filter = useMemo(() => toSessionFilter(values), [values]);
  const filtered = hasSessionFilters(values);
  const [partnerSearch, setPartnerSearch] = useState('');
  const options = useSessionFilterOptions(partnerSearch);
  const list = useSessions(filter);

  const logSession = canWrite ? (
    <Button component={Link} to="/sessions/log">
      Log a session
    </Button>
  ) : null;

  let content;
  if (list.loading) {
    content = <LoadingState label="Loading sessions…" rows={5} />;
  } else if (list.error && list.sessions.length === 0) {
    content = <QueryErrorState error={list.error} onRetry={list.retry} retrying={list.retrying} />;
  } else if (list.sessions.length === 0 && filtered) {
    content = (
      <EmptyState
        title="No sessions match these filters."
        description="Try a wider period or fewer filters."
        action={
          <Button variant="default" onClick={() => setSearchParams(new URLSearchParams())}>
            Clear filters
          </Button>
        }
      />
    );
  } else if (list.sessions.length === 0) {
    content = (
      <EmptyState
        title="No sessions yet"
        description={
          canWrite
            ? 'Log each session once it is delivered: who came, where and with whom.'
            : 'When your learning team logs sessions, they appear here.'
        }
        action={
          canWrite ? (
            <Button component={Link} to="/sessions/log">
              Log a session
            </Button>
          ) : undefined
        }
      />
    );
  } else {
    content = (
      <Stack gap="sm">
        <SessionList sessions={list.sessions} labelledBy={LIST_HEADING_ID} />
        <LoadMoreFooter
          shown={list.sessions.length}
          total={list.totalCount}
          noun="session"
          hasNextPage={list.hasNextPage}
          onLoadMore={list.loadMore}
          loadingMore={list.loadingMore}
          error={list.loadMoreError}
          formatCount={formatCount}
        />
      </Stack>
    );
  }

  const showTotals = !list.loading && !(list.error && list.sessions.length === 0);

  return (
    <>
      <PageHeader
        title="Sessions"
        description="Every session logged: when, where, with whom and who came. Filter by period, programme, site, format, delivery, partner or status."
        actions={logSession}
      />
      <Announcement message={announcementFrom(location.state)} />
      <Stack gap="xl">
        <SessionFilters
          key={filterKey}
          values={values}
          options={options}
          onApply={(next) => setSearchParams(searchParamsFromSessionFilters(next))}
          onPartnerSearchChange={setPartnerSearch}
        />
        <Stack component="section" aria-labelledby={LIST_HEADING_ID} gap="md">
          <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
            <Title order={2} id={LIST_HEADING_ID}>
              {filtered ? 'Matching sessions' : 'All sessions'}
            </Title>
            <Group gap="xs" wrap="wrap">
              <Button
                component="a"
                href={sessionExportHref('csv', values)}
                download
                variant="default"
                size="sm"
              >
                Download CSV
              </Button>
              <Button
                component="a"
                href={sessionExportHref('xlsx', values)}
                download
                variant="default"
                size="sm"
              >
                Download XLSX
              </Button>
            </Group>
          </Group>
          {showTotals ? (
            <Paper withBorder radius="md" p="sm" bg="gray.0" data-session-totals>
              <Text fw={600}>
                {formatCount(list.totalCount)} {list.totalCount === 1 ? 'session' : 'sessions'},{' '}
                {attendancesText(list.totalAttendance)}
              </Text>
              <Text size="sm" c="dimmed">
                {filtered ? 'For these filters. ' : 'All time. '}
                Attendances are visits counted at each session, not unique people.
              </Text>
            </Paper>
          ) : null}
          {content}
        </Stack>
      </Stack>
    </>
  );
}
