import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { SURVEY_STATISTIC_LABELS } from '@lantern/domain';
import { Announcement, DescriptionList, LoadingState, PageHeader } from '@lantern/ui';
import { useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import type { Disaggregation, IndicatorFieldsFragment, ScopeInput } from '../../../gql/graphql';
import { QueryErrorState, useViewer } from '../../auth';
import { PeriodPicker, usePeriodParam, usePeriodSettings } from '../../periods';
import { scopeFromParam, scopeToParam } from '../format';
import { useIndicator, useScopeOptions } from '../hooks/useIndicators';
import {
  CUMULATIVE_CLASS_LABELS,
  DISAGGREGATION_LABELS,
  DISAGGREGATIONS,
  INDICATOR_DIRECTION_LABELS,
  INDICATOR_SOURCE_LABELS,
  INDICATOR_TYPE_LABELS,
  surveyItemLabel,
} from '../labels';
import type { IndicatorNavigationState } from './IndicatorEditorPage';
import { IndicatorNotFound } from './IndicatorEditorPage';
import { frameworkElementsText } from './IndicatorsPage';
import { DisaggregationSelect, ScopePicker } from './ImpactFigures';
import { IndicatorValuePanel } from './IndicatorValuePanel';
import { TargetsPanel } from './TargetsPanel';

function IndicatorFacts({ indicator }: { indicator: IndicatorFieldsFragment }) {
  const items = [
    { term: 'Code', value: indicator.code },
    { term: 'Source', value: INDICATOR_SOURCE_LABELS[indicator.source] },
    { term: 'Type', value: INDICATOR_TYPE_LABELS[indicator.type] },
    { term: 'Unit', value: indicator.unit },
    { term: 'Intended direction', value: INDICATOR_DIRECTION_LABELS[indicator.direction] },
    { term: 'Cumulative class', value: CUMULATIVE_CLASS_LABELS[indicator.cumulativeClass] },
    {
      term: 'Allowed disaggregations',
      value:
        indicator.allowedDisaggregations.length > 0
          ? indicator.allowedDisaggregations.map((d) => DISAGGREGATION_LABELS[d]).join(', ')
          : 'None: totals only',
    },
    { term: 'Framework elements', value: frameworkElementsText(indicator) },
    { term: 'Owner', value: indicator.owner?.name ?? 'No owner yet' },
  ];
  if (indicator.source === 'SURVEY') {
    items.push(
      {
        term: 'Survey statistic',
        value: indicator.surveyStatistic
          ? SURVEY_STATISTIC_LABELS[indicator.surveyStatistic]
          : 'Not set',
      },
      { term: 'Survey item', value: surveyItemLabel(indicator.surveyItemCode) ?? 'Not set' },
    );
  }
  return <DescriptionList items={items} />;
}

/**
 * One indicator: what it is, its value for a period, scope and breakdown (with target and
 * RAG), and its targets.
 */
export function IndicatorDetailPage({ id }: { id: string }) {
  const { can } = useViewer();
  const location = useLocation();
  const [announcement, setAnnouncement] = useState<string | null>(
    (location.state as IndicatorNavigationState | null)?.announcement ?? null,
  );
  const indicator = useIndicator(id);
  const scopes = useScopeOptions();
  const { period, setPeriodKey, settings, today } = usePeriodParam();
  const { smallCellThreshold } = usePeriodSettings();
  const [searchParams, setSearchParams] = useSearchParams();
  const scope: ScopeInput = scopeFromParam(searchParams.get('scope'));
  const rawBy = searchParams.get('by') ?? '';

  const setParam = (name: string, value: string | null) => {
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  };

  if (indicator.notFound) return <IndicatorNotFound />;
  if (indicator.loading) return <LoadingState label="Loading the indicator…" rows={8} />;
  const current = indicator.indicator;
  if (!current)
    return (
      <QueryErrorState
        error={indicator.error}
        onRetry={indicator.retry}
        retrying={indicator.retrying}
      />
    );

  const disaggregation: Disaggregation | null =
    (DISAGGREGATIONS as readonly string[]).includes(rawBy) &&
    current.allowedDisaggregations.includes(rawBy as Disaggregation)
      ? (rawBy as Disaggregation)
      : null;
  const canManage = can('indicators.manage');

  return (
    <>
      <PageHeader
        title={current.name}
        description={current.definition}
        actions={
          canManage ? (
            <Button component={Link} to={`/indicators/${current.id}/edit`} variant="default">
              Edit indicator
            </Button>
          ) : null
        }
      />
      <Announcement message={announcement} />
      <Stack gap={40}>
        {current.archived ? (
          <Group>
            <Badge variant="outline" color="gray" tt="none" c="dark.7" size="lg">
              Archived
            </Badge>
            <Text size="sm">This indicator is archived: it is not on the results page.</Text>
          </Group>
        ) : null}
        <Stack component="section" aria-labelledby="indicator-about" gap="sm">
          <Title order={2} id="indicator-about">
            About this indicator
          </Title>
          <IndicatorFacts indicator={current} />
        </Stack>

        <Stack component="section" aria-labelledby="indicator-values" gap="md">
          <Title order={2} id="indicator-values">
            Values
          </Title>
          <Group gap="md" align="flex-end" wrap="wrap">
            <PeriodPicker
              value={period}
              onChange={setPeriodKey}
              settings={settings}
              today={today}
            />
            {scopes ? (
              <ScopePicker
                value={scope}
                options={scopes}
                onChange={(next) =>
                  setParam('scope', next.kind === 'MUSEUM' ? null : scopeToParam(next))
                }
              />
            ) : null}
            {current.allowedDisaggregations.length > 0 ? (
              <DisaggregationSelect
                allowed={current.allowedDisaggregations}
                value={disaggregation}
                onChange={(next) => setParam('by', next)}
              />
            ) : null}
          </Group>
          <IndicatorValuePanel
            indicator={current}
            periodKey={period.key}
            scope={scope}
            disaggregation={disaggregation}
            threshold={smallCellThreshold}
          />
        </Stack>

        <Stack component="section" aria-labelledby="indicator-targets" gap="md">
          <Title order={2} id="indicator-targets">
            Targets
          </Title>
          <TargetsPanel
            indicator={current}
            canManage={canManage}
            options={scopes}
            settings={settings}
            today={today}
            periodKey={period.key}
            scope={scope}
            onAnnounce={setAnnouncement}
          />
        </Stack>
      </Stack>
    </>
  );
}
