import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Announcement, DescriptionList, EmptyState, LoadingState, PageHeader } from '@lantern/ui';
import { useMemo } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import type { IndicatorFieldsFragment } from '../../../gql/graphql';
import { QueryErrorState, useViewer } from '../../auth';
import {
  hasIndicatorFilters,
  indicatorFiltersFromSearchParams,
  searchParamsFromIndicatorFilters,
  toIndicatorFilter,
} from '../filters';
import { useIndicators } from '../hooks/useIndicators';
import {
  INDICATOR_DIRECTION_SHORT,
  INDICATOR_SOURCE_SHORT,
  INDICATOR_TYPE_LABELS,
} from '../labels';
import type { IndicatorNavigationState } from './IndicatorEditorPage';
import { IndicatorFilters } from './IndicatorFilters';

const LIST_HEADING_ID = 'indicators-list-heading';

/** "Social justice; Skills", or "None" read as words. */
export function frameworkElementsText(indicator: IndicatorFieldsFragment): string {
  return indicator.frameworkElements.length > 0
    ? indicator.frameworkElements.map((element) => element.label).join('; ')
    : 'None linked';
}

function IndicatorCard({ indicator }: { indicator: IndicatorFieldsFragment }) {
  return (
    <Paper component="li" withBorder radius="md" p="md" data-indicator-id={indicator.id}>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Anchor
            component={Link}
            to={`/indicators/${indicator.id}`}
            fw={600}
            style={{ overflowWrap: 'anywhere' }}
          >
            {indicator.name}
          </Anchor>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {indicator.code}
          </Text>
        </Stack>
        <Group gap="xs">
          <Badge variant="light" color="gray" tt="none" c="dark.7">
            {INDICATOR_SOURCE_SHORT[indicator.source]}
          </Badge>
          {indicator.archived ? (
            <Badge variant="outline" color="gray" tt="none" c="dark.7">
              Archived
            </Badge>
          ) : null}
        </Group>
      </Group>
      <DescriptionList
        items={[
          { term: 'Type', value: INDICATOR_TYPE_LABELS[indicator.type] },
          { term: 'Unit', value: indicator.unit },
          { term: 'Direction', value: INDICATOR_DIRECTION_SHORT[indicator.direction] },
          { term: 'Owner', value: indicator.owner?.name ?? 'No owner yet' },
          { term: 'Framework elements', value: frameworkElementsText(indicator) },
        ]}
      />
    </Paper>
  );
}

/**
 * The indicator library: built-in indicators computed from logged sessions and the museum's
 * own, searchable and filtered by source through the address bar.
 */
export function IndicatorsPage() {
  const { can } = useViewer();
  const location = useLocation();
  const announcement = (location.state as IndicatorNavigationState | null)?.announcement ?? null;
  const [searchParams, setSearchParams] = useSearchParams();
  const filterKey = searchParams.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the params
  const values = useMemo(() => indicatorFiltersFromSearchParams(searchParams), [filterKey]);
  const filter = useMemo(() => toIndicatorFilter(values), [values]);
  const filtered = hasIndicatorFilters(values);
  const list = useIndicators(filter);
  const builtIn = list.indicators.filter((indicator) => indicator.source === 'BUILT_IN');
  const custom = list.indicators.filter((indicator) => indicator.source !== 'BUILT_IN');

  let content;
  if (list.loading) {
    content = <LoadingState label="Loading indicators…" rows={5} />;
  } else if (list.error && list.indicators.length === 0) {
    content = <QueryErrorState error={list.error} onRetry={list.retry} retrying={list.retrying} />;
  } else if (list.indicators.length === 0) {
    content = filtered ? (
      <EmptyState
        title="No indicators match these filters."
        description="Try part of the name or code, or any source."
        action={
          <Button variant="default" onClick={() => setSearchParams(new URLSearchParams())}>
            Clear filters
          </Button>
        }
      />
    ) : (
      <EmptyState
        title="No indicators yet"
        description={
          can('indicators.manage')
            ? 'Add an indicator of your own: one you enter by hand, one from survey answers, or a milestone.'
            : 'When your head of learning sets up indicators, they appear here.'
        }
      />
    );
  } else {
    const group = (title: string, id: string, items: IndicatorFieldsFragment[]) =>
      items.length === 0 ? null : (
        <Stack component="section" aria-labelledby={id} gap="sm">
          <Title order={3} id={id}>
            {title} ({items.length})
          </Title>
          <Stack
            component="ul"
            aria-labelledby={id}
            gap="sm"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
          >
            {items.map((indicator) => (
              <IndicatorCard key={indicator.id} indicator={indicator} />
            ))}
          </Stack>
        </Stack>
      );
    content = (
      <Stack gap="xl">
        {group('Built-in indicators', 'indicators-built-in', builtIn)}
        {group('Your indicators', 'indicators-custom', custom)}
      </Stack>
    );
  }

  return (
    <>
      <PageHeader
        title="Indicators"
        description="What you measure: built-in indicators computed from the sessions you log, and your own from manual entry, surveys and milestones."
        actions={
          can('indicators.manage') ? (
            <Button component={Link} to="/indicators/new">
              New indicator
            </Button>
          ) : null
        }
      />
      <Announcement message={announcement} />
      <Stack gap="xl">
        <IndicatorFilters
          key={filterKey}
          values={values}
          onApply={(next) => setSearchParams(searchParamsFromIndicatorFilters(next))}
        />
        <Stack component="section" aria-labelledby={LIST_HEADING_ID} gap="md">
          <Title order={2} id={LIST_HEADING_ID} tabIndex={-1}>
            {filtered ? 'Matching indicators' : 'All indicators'}
          </Title>
          {content}
        </Stack>
      </Stack>
    </>
  );
}
