import { Stack, Title } from '@mantine/core';
import { EmptyState, LoadingState, LoadMoreFooter, PageHeader } from '@lantern/ui';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { QueryErrorState } from '../../auth';
import {
  filtersFromSearchParams,
  hasFilters,
  searchParamsFromFilters,
  toAuditEventFilter,
} from '../filters';
import { useAuditActions, useAuditEvents } from '../hooks/useAuditEvents';
import { AuditEventList } from './AuditEventList';
import { AuditFilters } from './AuditFilters';

const LIST_HEADING_ID = 'audit-events-heading';

/** Who did what and when, filtered by the address bar's `action`, `entityType`, `from`, `to`. */
export function AuditLogPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filterKey = searchParams.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the params
  const values = useMemo(() => filtersFromSearchParams(searchParams), [filterKey]);
  const filter = useMemo(() => toAuditEventFilter(values), [values]);
  const actions = useAuditActions();
  const audit = useAuditEvents(filter);

  let content;
  if (audit.loading) {
    content = <LoadingState label="Loading audit events…" rows={5} />;
  } else if (audit.error && audit.events.length === 0) {
    content = (
      <QueryErrorState error={audit.error} onRetry={audit.retry} retrying={audit.retrying} />
    );
  } else if (audit.events.length === 0) {
    content = (
      <EmptyState
        title="No audit events match these filters."
        description={hasFilters(values) ? 'Try fewer filters or a wider date range.' : undefined}
      />
    );
  } else {
    content = (
      <Stack gap="sm">
        <AuditEventList events={audit.events} labelledBy={LIST_HEADING_ID} />
        <LoadMoreFooter
          shown={audit.events.length}
          total={audit.totalCount}
          noun="event"
          hasNextPage={audit.hasNextPage}
          onLoadMore={audit.loadMore}
          loadingMore={audit.loadingMore}
          error={audit.loadMoreError}
        />
      </Stack>
    );
  }

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Who changed what in your organisation, and when. Times are UK time."
      />
      <Stack gap="xl">
        <AuditFilters
          key={filterKey}
          values={values}
          actions={actions}
          onApply={(next) => setSearchParams(searchParamsFromFilters(next))}
        />
        <Stack component="section" aria-labelledby={LIST_HEADING_ID} gap="md">
          <Title order={2} id={LIST_HEADING_ID}>
            Events
          </Title>
          {content}
        </Stack>
      </Stack>
    </>
  );
}
