import { Text } from '@mantine/core';
import { CalendarDateText, DescriptionList, type DescriptionItem } from '@lantern/ui';
import { formatCount } from '../format';

export interface ImportSummaryView {
  rows: number;
  sessions: number;
  attendanceCells: number;
  attendances: number;
  duplicates: number;
  newProgrammes: number;
  newPartners: number;
  newSites: number;
  estimatedCounts: number;
  dateFrom?: string | null;
  dateTo?: string | null;
}

/** The sessions a commit adds (duplicates are skipped). */
export function sessionsToAdd(summary: ImportSummaryView): number {
  return Math.max(0, summary.sessions - summary.duplicates);
}

/** What a commit will write, in figures. */
export function ImportSummaryList({ summary }: { summary: ImportSummaryView }) {
  const items: DescriptionItem[] = [
    { term: 'Sessions', value: formatCount(summary.sessions) },
    { term: 'Attendances', value: formatCount(summary.attendances) },
    { term: 'Attendance counts', value: formatCount(summary.attendanceCells) },
    { term: 'Counts given as estimates', value: formatCount(summary.estimatedCounts) },
    { term: 'New programmes', value: formatCount(summary.newProgrammes) },
    { term: 'New partners', value: formatCount(summary.newPartners) },
    { term: 'New sites', value: formatCount(summary.newSites) },
    {
      term: 'Already imported (will be skipped)',
      value: formatCount(summary.duplicates),
    },
  ];
  if (summary.dateFrom && summary.dateTo) {
    items.push({
      term: 'Dates',
      value: (
        <>
          <CalendarDateText value={summary.dateFrom} /> to{' '}
          <CalendarDateText value={summary.dateTo} />
        </>
      ),
    });
  }
  return (
    <>
      <DescriptionList items={items} />
      <Text size="xs" c="dimmed" mt="xs">
        Attendances are the people counted at each session, added up: not unique people. An
        attendance count is one audience group’s figure for one session.
      </Text>
    </>
  );
}
