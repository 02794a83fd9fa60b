import { useQuery } from '@apollo/client';
import { Group, Paper, Stack, Text } from '@mantine/core';
import { DescriptionList, LoadingState } from '@lantern/ui';
import type {
  Disaggregation,
  IndicatorFieldsFragment,
  IndicatorValueFieldsFragment,
  ScopeInput,
} from '../../../gql/graphql';
import { QueryErrorState } from '../../auth';
import { formatNumber, formatWithUnit } from '../format';
import { IndicatorValuesQueryDocument } from '../graphql/indicators.operations';
import { CellsTable, FigureText, nText, RagBadge } from './ImpactFigures';

/** The headline figure: value with unit and n, CI, benchmark, target and RAG in words. */
export function ValueSummary({
  value,
  unit,
  threshold,
}: {
  value: IndicatorValueFieldsFragment;
  unit: string;
  threshold: number;
}) {
  const items = [
    {
      term: 'Value',
      value: (
        <>
          <FigureText value={value.value} unit={unit} threshold={threshold} />
          {nText(value.n) ? (
            <Text span size="sm" c="dimmed">
              {' '}
              ({nText(value.n)})
            </Text>
          ) : null}
        </>
      ),
    },
  ];
  if (
    value.ciLow !== null &&
    value.ciLow !== undefined &&
    value.ciHigh !== null &&
    value.ciHigh !== undefined
  ) {
    items.push({
      term: '95% confidence interval',
      value: <>{`${formatNumber(value.ciLow)} to ${formatNumber(value.ciHigh)}`}</>,
    });
  }
  if (value.benchmark !== null && value.benchmark !== undefined) {
    items.push({
      term: 'Benchmark',
      value: <>{`National ${formatWithUnit(value.benchmark, unit)}`}</>,
    });
  }
  items.push({
    term: 'Target',
    value: value.target ? (
      <>{formatWithUnit(value.target.targetValue, unit)}</>
    ) : (
      <Text span c="dimmed">
        No target set for this period and scope
      </Text>
    ),
  });
  if (value.rag) items.push({ term: 'Against target', value: <RagBadge rag={value.rag} /> });
  return (
    <Paper withBorder radius="md" p="md" data-indicator-value={value.indicator.id}>
      <DescriptionList items={items} />
      {value.note ? (
        <Text size="sm" mt="xs">
          {value.note}
        </Text>
      ) : null}
    </Paper>
  );
}

/** The indicator's value for a period, scope and breakdown, fetched here. */
export function IndicatorValuePanel({
  indicator,
  periodKey,
  scope,
  disaggregation,
  threshold,
}: {
  indicator: IndicatorFieldsFragment;
  periodKey: string;
  scope: ScopeInput;
  disaggregation: Disaggregation | null;
  threshold: number;
}) {
  const { data, loading, error, refetch } = useQuery(IndicatorValuesQueryDocument, {
    variables: {
      period: { key: periodKey },
      scope,
      indicatorIds: [indicator.id],
      disaggregation,
    },
  });
  if (loading && !data) return <LoadingState label="Working out the value…" rows={3} />;
  if (!data)
    return <QueryErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  const value = data.indicatorValues[0];
  if (!value) {
    return <Text c="dimmed">No value for this period and scope.</Text>;
  }
  return (
    <Stack gap="md">
      <ValueSummary value={value} unit={indicator.unit} threshold={threshold} />
      {disaggregation && value.cells.length > 0 ? (
        <CellsTable value={value} unit={indicator.unit} threshold={threshold} />
      ) : disaggregation ? (
        <Group>
          <Text size="sm" c="dimmed">
            No breakdown to show for this period and scope.
          </Text>
        </Group>
      ) : null}
    </Stack>
  );
}
