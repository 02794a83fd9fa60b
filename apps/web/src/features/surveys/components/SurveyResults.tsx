import { useQuery } from '@apollo/client';
import { Stack, Table, Text, Title } from '@mantine/core';
import { surveyItem } from '@lantern/domain';
import { EmptyState, LoadingState } from '@lantern/ui';
import type { SurveyResultsQuery } from '../../../gql/graphql';
import { ScrollRegion } from './ScrollRegion';
import { QueryErrorState } from '../../auth';
import { SurveyResultsQueryDocument } from '../graphql/surveys.operations';
import {
  fewerThan,
  formatCi,
  formatPercent,
  formatScore,
  formatSigned,
  itemLabel,
  waveLabel,
} from '../labels';

type Results = SurveyResultsQuery['surveyResults'];
type ItemResult = Results['items'][number];

function headlineOf(item: ItemResult): string {
  const scale = surveyItem(item.itemCode)?.scale;
  if (item.itemCode === 'NPS_RECOMMEND') return `NPS ${formatSigned(item.nps)}`;
  if (scale === 'AGREE_5') return `${formatPercent(item.shareAgreeing)} agree`;
  return '';
}

function ItemTable({
  title,
  rows,
  threshold,
}: {
  title: string;
  rows: ItemResult[];
  threshold: number;
}) {
  if (!rows.length) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {title}
      </Title>
      <ScrollRegion label={title} minWidth={600}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Question</Table.Th>
              <Table.Th scope="col">Wave</Table.Th>
              <Table.Th scope="col" ta="right">
                n
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Mean
              </Table.Th>
              <Table.Th scope="col">95% CI</Table.Th>
              <Table.Th scope="col">Headline</Table.Th>
              <Table.Th scope="col">Answers</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((item) => (
              <Table.Tr key={`${item.itemCode}-${item.wave}-${item.followUpMonths ?? ''}`}>
                <Table.Th scope="row" fw={500}>
                  {itemLabel(item.itemCode)}
                </Table.Th>
                <Table.Td>{waveLabel(item.wave, item.followUpMonths)}</Table.Td>
                {item.suppressed ? (
                  <Table.Td colSpan={5}>
                    <Text size="sm" c="dimmed">
                      {fewerThan(threshold)}
                    </Text>
                  </Table.Td>
                ) : (
                  <>
                    <Table.Td ta="right">{item.n}</Table.Td>
                    <Table.Td ta="right">{formatScore(item.mean)}</Table.Td>
                    <Table.Td>{formatCi(item.ciLow, item.ciHigh)}</Table.Td>
                    <Table.Td>{headlineOf(item)}</Table.Td>
                    <Table.Td>
                      <Text size="xs">
                        {item.distribution
                          .map((option) =>
                            option.suppressed
                              ? `${formatScore(option.value)}: <${threshold}`
                              : `${formatScore(option.value)}: ${option.n}`,
                          )
                          .join(' · ')}
                      </Text>
                    </Table.Td>
                  </>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </Stack>
  );
}

/** A survey's results: per question and wave (ONS4 on their own), paired change, comments. */
export function SurveyResults({ surveyId }: { surveyId: string }) {
  const { data, loading, error, refetch } = useQuery(SurveyResultsQueryDocument, {
    variables: { surveyId },
  });
  if (loading && !data) return <LoadingState label="Loading results…" rows={3} />;
  if (error && !data) return <QueryErrorState error={error} onRetry={() => void refetch()} />;
  const results = data?.surveyResults;
  if (!results || results.responseCount === 0) {
    return (
      <EmptyState
        title="No responses yet"
        description="Results appear here as soon as people answer. Share the link or QR code to start."
      />
    );
  }
  const threshold = results.smallCellThreshold;
  const byBank = (prefix: string) => results.items.filter((i) => i.itemCode.startsWith(prefix));
  return (
    <Stack gap="lg">
      <Text>
        <strong>{results.responseCount}</strong>{' '}
        {results.responseCount === 1 ? 'response' : 'responses'} in all
        {results.waves.length > 1
          ? ` (${results.waves
              .map(
                (w) =>
                  `${waveLabel(w.wave, w.followUpMonths)}: ${w.suppressed ? `fewer than ${threshold}` : w.n}`,
              )
              .join('; ')})`
          : ''}
        . Figures from fewer than {threshold} people are withheld.
      </Text>
      {results.changes.length ? (
        <Stack gap="xs">
          <Title order={3} size="h4">
            Change from before to after (paired)
          </Title>
          <ScrollRegion label="Change from before to after" minWidth={520}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Question</Table.Th>
                  <Table.Th scope="col" ta="right">
                    Pairs (n)
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    Mean change
                  </Table.Th>
                  <Table.Th scope="col">95% CI</Table.Th>
                  <Table.Th scope="col" ta="right">
                    Improved
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {results.changes.map((change) => (
                  <Table.Tr key={change.itemCode}>
                    <Table.Th scope="row" fw={500}>
                      {itemLabel(change.itemCode)}
                    </Table.Th>
                    {change.suppressed ? (
                      <Table.Td colSpan={4}>
                        <Text size="sm" c="dimmed">
                          {fewerThan(threshold)}
                        </Text>
                      </Table.Td>
                    ) : (
                      <>
                        <Table.Td ta="right">{change.n}</Table.Td>
                        <Table.Td ta="right">{formatSigned(change.meanChange)}</Table.Td>
                        <Table.Td>{formatCi(change.ciLow, change.ciHigh, true)}</Table.Td>
                        <Table.Td ta="right">{formatPercent(change.proportionImproved)}</Table.Td>
                      </>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        </Stack>
      ) : null}
      <ItemTable title="Learning outcomes" rows={byBank('LO_')} threshold={threshold} />
      <ItemTable
        title="Wellbeing (ONS4, each reported separately)"
        rows={byBank('ONS4_')}
        threshold={threshold}
      />
      <ItemTable title="Quality (0 to 1)" rows={byBank('QD_')} threshold={threshold} />
      <ItemTable title="Net promoter" rows={byBank('NPS_')} threshold={threshold} />
      {results.comments.length ? (
        <Stack gap="xs">
          <Title order={3} size="h4">
            Comments
          </Title>
          {results.comments.map((comment, index) => (
            <Text
              key={index}
              component="blockquote"
              m={0}
              pl="sm"
              style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }}
            >
              {comment.text}
              <Text span size="xs" c="dimmed" display="block">
                {itemLabel(comment.itemCode)}, {waveLabel(comment.wave, null).toLowerCase()},{' '}
                {comment.date}
              </Text>
            </Text>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
