import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { ConfirmDialog, EmptyState, LoadingState, PageHeader } from '@lantern/ui';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { CreateIndicatorInput, IndicatorFieldsFragment } from '../../../gql/graphql';
import { actionMessage, toUserError } from '../../../lib/errors';
import { QueryErrorState, useViewer } from '../../auth';
import { emptyIndicatorValues, indicatorValuesFrom } from '../form';
import { useIndicator, useIndicatorActions, useIndicatorOptions } from '../hooks/useIndicators';
import { IndicatorForm } from './IndicatorForm';

/** What a page passes to the next in the history state: a sentence to announce. */
export interface IndicatorNavigationState {
  announcement?: string;
}

function useAfterSave() {
  const navigate = useNavigate();
  return (path: string, announcement: string) => {
    const state: IndicatorNavigationState = { announcement };
    navigate(path, { state });
  };
}

export function IndicatorNotFound() {
  return (
    <EmptyState
      title="Indicator not found"
      description="It may have been deleted, or the link may be out of date."
      action={
        <Button component={Link} to="/indicators" variant="default">
          Back to indicators
        </Button>
      }
    />
  );
}

/** A new custom indicator: manual, survey-derived or a milestone. */
export function NewIndicatorPage() {
  const { options, loading, error, retry, retrying } = useIndicatorOptions();
  const actions = useIndicatorActions();
  const afterSave = useAfterSave();

  const handleSubmit = async (input: CreateIndicatorInput) => {
    const created = await actions.create(input);
    if (created)
      afterSave(`/indicators/${created.id}`, `The indicator ${created.name} was created.`);
  };

  let content;
  if (loading) content = <LoadingState label="Loading the form…" rows={8} />;
  else if (!options)
    content = <QueryErrorState error={error} onRetry={retry} retrying={retrying} />;
  else
    content = (
      <IndicatorForm
        initialValues={emptyIndicatorValues()}
        options={options}
        saving={actions.saving}
        cancelTo="/indicators"
        onSubmit={handleSubmit}
      />
    );
  return (
    <>
      <PageHeader
        title="New indicator"
        description="A measure of your own: entered by hand, taken from survey answers, or a milestone you reach."
      />
      {content}
    </>
  );
}

function ArchiveAndDelete({ indicator }: { indicator: IndicatorFieldsFragment }) {
  const actions = useIndicatorActions();
  const afterSave = useAfterSave();
  const [confirm, setConfirm] = useState<'archive' | 'delete' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const custom = indicator.source !== 'BUILT_IN';

  const run = async () => {
    setError(null);
    try {
      if (confirm === 'delete') {
        await actions.remove(indicator.id);
        afterSave('/indicators', `The indicator ${indicator.name} was deleted.`);
      } else if (indicator.archived) {
        await actions.restore(indicator.id);
        afterSave(`/indicators/${indicator.id}`, `${indicator.name} was restored.`);
      } else {
        await actions.archive(indicator.id);
        afterSave(`/indicators/${indicator.id}`, `${indicator.name} was archived.`);
      }
    } catch (caught) {
      setError(actionMessage(toUserError(caught)));
    }
  };

  return (
    <Stack
      component="section"
      aria-labelledby="indicator-archive-heading"
      gap="sm"
      mt={48}
      maw={880}
    >
      <Title order={2} size="h3" id="indicator-archive-heading">
        {custom ? 'Archive or delete' : 'Archive'}
      </Title>
      <Text size="sm" maw="65ch">
        {indicator.archived
          ? 'This indicator is archived: it is hidden from the library and the results page, but its targets and results are kept.'
          : 'Archiving hides the indicator from the library and the results page and keeps its targets and results; you can restore it at any time.'}
        {custom
          ? ' Deleting removes it for good, and is only possible while it has no targets or results.'
          : ''}
      </Text>
      <Group gap="sm">
        <Button
          variant="default"
          onClick={() => {
            setError(null);
            setConfirm('archive');
          }}
        >
          {indicator.archived ? 'Restore indicator' : 'Archive indicator'}
        </Button>
        {custom ? (
          <Button
            variant="default"
            color="red"
            onClick={() => {
              setError(null);
              setConfirm('delete');
            }}
          >
            Delete indicator
          </Button>
        ) : null}
      </Group>
      <ConfirmDialog
        opened={confirm !== null}
        title={
          confirm === 'delete'
            ? `Delete ${indicator.name}?`
            : indicator.archived
              ? `Restore ${indicator.name}?`
              : `Archive ${indicator.name}?`
        }
        confirmLabel={
          confirm === 'delete'
            ? 'Delete indicator'
            : indicator.archived
              ? 'Restore indicator'
              : 'Archive indicator'
        }
        destructive={confirm === 'delete'}
        pending={actions.removing || actions.archiving}
        error={error}
        onClose={() => setConfirm(null)}
        onConfirm={() => void run()}
      >
        {confirm === 'delete'
          ? `${indicator.name} will be deleted for good. An indicator with targets or results cannot be deleted: archive it instead.`
          : indicator.archived
            ? `${indicator.name} will be back in the library and on the results page.`
            : `${indicator.name} will be hidden from the library and the results page. Its targets and results are kept.`}
      </ConfirmDialog>
    </Stack>
  );
}

/** Editing an indicator: the whole indicator is saved together (the API replaces it). */
export function EditIndicatorPage({ id }: { id: string }) {
  const { can } = useViewer();
  const indicator = useIndicator(id);
  const form = useIndicatorOptions();
  const actions = useIndicatorActions();
  const afterSave = useAfterSave();

  if (indicator.notFound) return <IndicatorNotFound />;

  const handleSubmit = async (input: CreateIndicatorInput) => {
    const updated = await actions.update({ id, ...input });
    if (updated) afterSave(`/indicators/${updated.id}`, 'Your changes were saved.');
  };

  let content;
  if (indicator.loading || form.loading) {
    content = <LoadingState label="Loading the indicator…" rows={8} />;
  } else if (!indicator.indicator) {
    content = (
      <QueryErrorState
        error={indicator.error}
        onRetry={indicator.retry}
        retrying={indicator.retrying}
      />
    );
  } else if (!form.options) {
    content = <QueryErrorState error={form.error} onRetry={form.retry} retrying={form.retrying} />;
  } else {
    const current = indicator.indicator;
    content = (
      <>
        <IndicatorForm
          key={current.id}
          initialValues={indicatorValuesFrom(current)}
          options={form.options}
          builtIn={current.source === 'BUILT_IN' || !current.editable}
          currentOwner={current.owner}
          saving={actions.saving}
          cancelTo={`/indicators/${id}`}
          onSubmit={handleSubmit}
        />
        {can('indicators.manage') ? <ArchiveAndDelete indicator={current} /> : null}
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={indicator.indicator ? `Edit ${indicator.indicator.name}` : 'Edit indicator'}
      />
      {content}
    </>
  );
}
