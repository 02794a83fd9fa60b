import { Button, List, Stack, Text, Title } from '@mantine/core';
import { AUDIENCE_TYPE_LABELS, PROGRAMME_STRAND_LABELS, type AudienceType } from '@lantern/domain';
import {
  Announcement,
  ConfirmDialog,
  DescriptionList,
  EmptyState,
  LoadingState,
  PageHeader,
} from '@lantern/ui';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import type { ProgrammeFieldsFragment } from '../../../gql/graphql';
import { actionMessage, toUserError } from '../../../lib/errors';
import { QueryErrorState, useViewer } from '../../auth';
import { useProgramme, useProgrammeContext } from '../hooks/useProgramme';
import { useProgrammeActions } from '../hooks/useProgrammeActions';
import { announcementFrom, type ProgrammeNavigationState } from '../navigation';
import { DateRangeText } from './DateText';
import { ProgrammeNotFound } from './ProgrammeNotFound';
import { ProgrammeStatusBadge } from './ProgrammeStatusBadge';
import { FundersTable, PlanTable } from './ProgrammeTables';

type Element = ProgrammeFieldsFragment['frameworkElements'][number];

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack component="section" aria-labelledby={id} gap="sm">
      <Title order={2} id={id} size="h3">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Nothing({ children }: { children: ReactNode }) {
  return (
    <Text component="span" c="dimmed" fw={400}>
      {children}
    </Text>
  );
}

function CommaList({ items, none }: { items: string[]; none: string }) {
  return items.length > 0 ? <>{items.join(', ')}</> : <Nothing>{none}</Nothing>;
}

/** The programme's elements under their frameworks, in the frameworks' order. */
function FrameworkElements({
  elements,
  frameworks,
}: {
  elements: Element[];
  frameworks: Map<string, { code: string; name: string }>;
}) {
  const order = [...frameworks.keys()];
  const groups = new Map<string, Element[]>();
  for (const element of elements) {
    groups.set(element.frameworkId, [...(groups.get(element.frameworkId) ?? []), element]);
  }
  const frameworkIds = [...groups.keys()].sort((a, b) => {
    const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
    return rank(a) - rank(b);
  });
  return (
    <Stack gap="md">
      {frameworkIds.map((frameworkId) => {
        const headingId = `framework-${frameworkId}`;
        const items = [...(groups.get(frameworkId) ?? [])].sort((a, b) => a.position - b.position);
        return (
          <Stack key={frameworkId} gap={4}>
            <Title order={3} size="h5" id={headingId}>
              {frameworks.get(frameworkId)?.name ?? 'Framework'}
            </Title>
            <List aria-labelledby={headingId} spacing={4}>
              {items.map((element) => (
                <List.Item key={element.id}>
                  {element.label}{' '}
                  <Text component="span" size="sm" c="dimmed">
                    ({element.code})
                  </Text>
                </List.Item>
              ))}
            </List>
          </Stack>
        );
      })}
    </Stack>
  );
}

export interface ProgrammeDetailPageProps {
  id: string;
}

/**
 * Everything about one programme; Edit and Delete for those with `programmes.write`. Deleting
 * asks first, naming the programme, then returns to the list.
 */
export function ProgrammeDetailPage({ id }: ProgrammeDetailPageProps) {
  const { can } = useViewer();
  const canWrite = can('programmes.write');
  const canLog = can('sessions.write');
  const location = useLocation();
  const navigate = useNavigate();
  const { programme, loading, notFound, error, retry, retrying } = useProgramme(id);
  const context = useProgrammeContext();
  const actions = useProgrammeActions();
  const [deleteOpen, setDeleteOpen] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  if (notFound) {
    return <ProgrammeNotFound />;
  }
  if (loading) {
    return <LoadingState label="Loading the programme…" rows={6} />;
  }
  if (!programme) {
    return (
      <>
        <PageHeader title="Programme" />
        <QueryErrorState error={error} onRetry={retry} retrying={retrying} />
      </>
    );
  }

  const handleDelete = async () => {
    setDeleteError(null);
    try {
      await actions.remove(programme.id);
      const state: ProgrammeNavigationState = {
        announcement: `The programme ${programme.name} was deleted.`,
      };
      navigate('/programmes', { state });
    } catch (caught) {
      setDeleteError(actionMessage(toUserError(caught)));
    }
  };

  const strand = PROGRAMME_STRAND_LABELS[programme.strand];

  return (
    <>
      <PageHeader
        title={programme.name}
        description={
          <>
            {strand} programme,{' '}
            <DateRangeText start={programme.startDate} end={programme.endDate} />
          </>
        }
        actions={
          canWrite || canLog ? (
            <>
              {canLog ? (
                <Button component={Link} to={`/sessions/log?programmeId=${programme.id}`}>
                  Log a session
                </Button>
              ) : null}
              {canWrite ? (
                <Button component={Link} variant="default" to={`/programmes/${programme.id}/edit`}>
                  Edit
                </Button>
              ) : null}
              {canWrite ? (
                <Button
                  variant="default"
                  color="red"
                  onClick={() => {
                    setDeleteError(null);
                    setDeleteOpen(true);
                  }}
                >
                  Delete
                </Button>
              ) : null}
            </>
          ) : null
        }
      />
      <Announcement message={announcementFrom(location.state)} />
      <Stack gap={40}>
        <Section id="programme-overview" title="Overview">
          <DescriptionList
            items={[
              { term: 'Strand', value: strand },
              { term: 'Status', value: <ProgrammeStatusBadge status={programme.status} /> },
              {
                term: 'Dates',
                value: <DateRangeText start={programme.startDate} end={programme.endDate} />,
              },
              {
                term: 'Lead',
                value: programme.lead ? programme.lead.name : <Nothing>No lead yet</Nothing>,
              },
              {
                term: 'Sites',
                value: (
                  <CommaList items={programme.sites.map((site) => site.name)} none="No sites" />
                ),
              },
              {
                term: 'Target audiences',
                value: (
                  <CommaList
                    items={programme.targetAudiences.map(
                      (audience) => AUDIENCE_TYPE_LABELS[audience as AudienceType],
                    )}
                    none="None chosen"
                  />
                ),
              },
            ]}
          />
        </Section>

        <Section id="programme-aims" title="Aims">
          {programme.aims ? (
            <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} maw="70ch">
              {programme.aims}
            </Text>
          ) : (
            <Text c="dimmed">No aims written yet.</Text>
          )}
        </Section>

        <Section id="programme-funders" title="Funders">
          {programme.funders.length > 0 ? (
            <FundersTable funders={programme.funders} labelledBy="programme-funders" />
          ) : (
            <Text c="dimmed">No funders recorded.</Text>
          )}
        </Section>

        <Section id="programme-frameworks" title="Framework elements">
          {programme.frameworkElements.length > 0 ? (
            <FrameworkElements
              elements={programme.frameworkElements}
              frameworks={context.frameworks}
            />
          ) : (
            <Text c="dimmed">Not linked to any framework elements yet.</Text>
          )}
        </Section>

        <Section id="programme-plan" title="Plan">
          {programme.plan.length > 0 ? (
            <PlanTable
              plan={programme.plan}
              financialYearStartMonth={context.financialYearStartMonth}
              labelledBy="programme-plan"
            />
          ) : (
            <EmptyState
              title="No plan yet."
              description="A plan sets the sessions and reach you expect in each period, such as each quarter."
            />
          )}
        </Section>
      </Stack>
      <ConfirmDialog
        opened={deleteOpen}
        title={`Delete ${programme.name}?`}
        confirmLabel="Delete programme"
        destructive
        pending={actions.deleting}
        error={deleteError}
        onClose={() => setDeleteOpen(false)}
        onConfirm={() => void handleDelete()}
      >
        {`The programme ${programme.name}, its funders and its plan will be deleted. This cannot be undone.`}
      </ConfirmDialog>
    </>
  );
}
