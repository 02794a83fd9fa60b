import { Anchor, Button, Table, Text } from '@mantine/core';
import { EmptyState, LoadingState, PageHeader, StatusBadge } from '@lantern/ui';
import { Link } from 'react-router';
import { ScrollRegion } from './ScrollRegion';
import { QueryErrorState } from '../../auth';
import { useSurveys } from '../hooks/useSurveys';
import { SURVEY_KIND_LABELS, SURVEY_STATUS_LABELS, SURVEY_STATUS_TONES } from '../labels';

/** Surveys, newest first, with how many have answered each. */
export function SurveysPage() {
  const list = useSurveys();
  const newButton = (
    <Button component={Link} to="/surveys/new">
      New survey
    </Button>
  );

  let content;
  if (list.loading) {
    content = <LoadingState label="Loading surveys…" rows={4} />;
  } else if (list.error && list.surveys.length === 0) {
    content = <QueryErrorState error={list.error} onRetry={list.retry} retrying={list.retrying} />;
  } else if (list.surveys.length === 0) {
    content = (
      <EmptyState
        title="No surveys yet"
        description="Build a short survey from the question bank, then share its link or QR code at a session. Participants answer on their phones without an account."
        action={newButton}
      />
    );
  } else {
    content = (
      <ScrollRegion label="Surveys" minWidth={560}>
        <Table striped highlightOnHover>
          <Table.Caption>
            {list.totalCount} {list.totalCount === 1 ? 'survey' : 'surveys'}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Survey</Table.Th>
              <Table.Th scope="col">For</Table.Th>
              <Table.Th scope="col">Kind</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col" ta="right">
                Responses
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.surveys.map((survey) => (
              <Table.Tr key={survey.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/surveys/${survey.id}`} fw={600}>
                    {survey.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{survey.linkedTo?.name ?? '–'}</Text>
                </Table.Td>
                <Table.Td>{SURVEY_KIND_LABELS[survey.kind]}</Table.Td>
                <Table.Td>
                  <StatusBadge
                    tone={SURVEY_STATUS_TONES[survey.status]}
                    label={SURVEY_STATUS_LABELS[survey.status]}
                  />
                </Table.Td>
                <Table.Td ta="right">{survey.responseCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    );
  }

  return (
    <>
      <PageHeader
        title="Surveys"
        description="Participant voice: short anonymous surveys, before and after where you want to see change, and follow-up months later."
        actions={list.surveys.length > 0 ? newButton : undefined}
      />
      {content}
    </>
  );
}
