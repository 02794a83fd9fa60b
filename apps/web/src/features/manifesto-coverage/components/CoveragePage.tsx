import { useQuery } from '@apollo/client';
import { Stack, Table, Text, Title } from '@mantine/core';
import { CalendarDateText, EmptyState, LoadingState, PageHeader } from '@lantern/ui';
import { QueryErrorState } from '../../auth';
import { PeriodPicker, usePeriodParam } from '../../periods';
import { ManifestoCoverageQueryDocument } from '../graphql/coverage.operations';

const HEADING_ID = 'coverage-table-heading';

const COLUMNS = [
  ['activeCommitments', 'Active commitments'],
  ['actionsLast90Days', 'Actions, last 90 days'],
  ['programmesTagged', 'Programmes tagged'],
  ['sessionsTagged', 'Sessions tagged (delivered)'],
  ['indicatorsWithResults', 'Indicators with results'],
  ['evidenceItems', 'Evidence items'],
] as const;

/**
 * Manifesto coverage: for each principle of the Museums Association manifesto, how much
 * commitment, action, work and evidence the chosen period (?period=) holds.
 */
export function CoveragePage() {
  const { period, setPeriodKey, settings, today } = usePeriodParam('FINANCIAL_YEAR');
  const { data, loading, error, refetch } = useQuery(ManifestoCoverageQueryDocument, {
    variables: { period: { key: period.key } },
  });
  const coverage = data?.manifestoCoverage;

  let content;
  if (loading && !coverage) content = <LoadingState label="Loading coverage…" rows={8} />;
  else if (error && !coverage)
    content = <QueryErrorState error={error} onRetry={() => void refetch()} />;
  else if (!coverage || coverage.principles.length === 0)
    content = <EmptyState title="No manifesto principles found" />;
  else
    content = (
      <Stack gap="xs">
        {/* Scrolls sideways on a phone; focusable so the keyboard can scroll it too. */}
        <div
          role="region"
          aria-label="Coverage table (scrolls sideways on small screens)"
          tabIndex={0}
          style={{ overflowX: 'auto' }}
        >
          <Table striped withTableBorder aria-labelledby={HEADING_ID} miw={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Principle</Table.Th>
                {COLUMNS.map(([key, label]) => (
                  <Table.Th key={key} scope="col" ta="right">
                    {label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {coverage.principles.map((row) => (
                <Table.Tr key={row.principle.id}>
                  <Table.Th scope="row" fw={500}>
                    {row.principle.code} {row.principle.label}
                  </Table.Th>
                  {COLUMNS.map(([key]) => (
                    <Table.Td key={key} ta="right">
                      {row[key]}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
        <Text size="sm" c="dimmed">
          Actions are counted from <CalendarDateText value={coverage.actionsFrom} /> to{' '}
          <CalendarDateText value={coverage.actionsUntil} /> (the 90 days to the period end, or to
          today). Sessions and evidence are those dated in the period; programmes those running in
          it.
        </Text>
      </Stack>
    );

  return (
    <>
      <PageHeader
        title="Manifesto coverage"
        description="For each principle of the Museums Association Manifesto for Museum Learning and Engagement: commitments, recent action, work tagged to it and the evidence behind it."
      />
      <Stack gap="lg">
        <PeriodPicker value={period} onChange={setPeriodKey} settings={settings} today={today} />
        <Stack component="section" gap="md" aria-labelledby={HEADING_ID}>
          <Title order={2} id={HEADING_ID}>
            {coverage ? `Coverage in ${coverage.period.label}` : 'Coverage'}
          </Title>
          {content}
        </Stack>
      </Stack>
    </>
  );
}
