import { Button, Stack, Title } from '@mantine/core';
import { Announcement, EmptyState, LoadingState, LoadMoreFooter, PageHeader } from '@lantern/ui';
import { useMemo } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { QueryErrorState, useViewer } from '../../auth';
import {
  hasProgrammeFilters,
  programmeFiltersFromSearchParams,
  searchParamsFromProgrammeFilters,
  toProgrammeFilter,
} from '../filters';
import { useProgrammes } from '../hooks/useProgrammes';
import { announcementFrom } from '../navigation';
import { ProgrammeFilters } from './ProgrammeFilters';
import { ProgrammeList } from './ProgrammeList';

const LIST_HEADING_ID = 'programmes-list-heading';

/**
 * The programme list, filtered by the address bar's `search`, `status` and `strand`, with
 * "Load more"; a "New programme" button for those who may write.
 */
export function ProgrammesPage() {
  const { can } = useViewer();
  const canWrite = can('programmes.write');
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filterKey = searchParams.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the params
  const values = useMemo(() => programmeFiltersFromSearchParams(searchParams), [filterKey]);
  const filter = useMemo(() => toProgrammeFilter(values), [values]);
  const filtered = hasProgrammeFilters(values);
  const list = useProgrammes(filter);

  const newProgramme = canWrite ? (
    <Button component={Link} to="/programmes/new">
      New programme
    </Button>
  ) : null;

  let content;
  if (list.loading) {
    content = <LoadingState label="Loading programmes…" rows={5} />;
  } else if (list.error && list.programmes.length === 0) {
    content = <QueryErrorState error={list.error} onRetry={list.retry} retrying={list.retrying} />;
  } else if (list.programmes.length === 0 && filtered) {
    content = (
      <EmptyState
        title="No programmes match these filters."
        description="Try another name or fewer filters."
        action={
          <Button variant="default" onClick={() => setSearchParams(new URLSearchParams())}>
            Clear filters
          </Button>
        }
      />
    );
  } else if (list.programmes.length === 0) {
    content = (
      <EmptyState
        title="No programmes yet"
        description={
          canWrite
            ? 'A programme is a strand of work, such as a schools offer or a wellbeing project. Create one to plan its sessions, reach and funding.'
            : 'When your learning team adds programmes, they appear here.'
        }
        action={
          canWrite ? (
            <Button component={Link} to="/programmes/new">
              Create a programme
            </Button>
          ) : undefined
        }
      />
    );
  } else {
    content = (
      <Stack gap="sm">
        <ProgrammeList programmes={list.programmes} labelledBy={LIST_HEADING_ID} />
        <LoadMoreFooter
          shown={list.programmes.length}
          total={list.totalCount}
          noun="programme"
          hasNextPage={list.hasNextPage}
          onLoadMore={list.loadMore}
          loadingMore={list.loadingMore}
          error={list.loadMoreError}
        />
      </Stack>
    );
  }

  return (
    <>
      <PageHeader
        title="Programmes"
        description="Your strands of work: what each one is for, who leads it, who funds it and what it plans to deliver."
        actions={newProgramme}
      />
      <Announcement message={announcementFrom(location.state)} />
      <Stack gap="xl">
        <ProgrammeFilters
          key={filterKey}
          values={values}
          onApply={(next) => setSearchParams(searchParamsFromProgrammeFilters(next))}
        />
        <Stack component="section" aria-labelledby={LIST_HEADING_ID} gap="md">
          <Title order={2} id={LIST_HEADING_ID}>
            {filtered ? 'Matching programmes' : 'All programmes'}
          </Title>
          {content}
        </Stack>
      </Stack>
    </>
  );
}
