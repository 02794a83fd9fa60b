import type { ProgrammeInput } from '@lantern/domain';
import { LoadingState, PageHeader } from '@lantern/ui';
import { useNavigate } from 'react-router';
import { QueryErrorState } from '../../auth';
import { emptyProgrammeValues, programmeValuesFrom } from '../form';
import { useProgramme } from '../hooks/useProgramme';
import { useProgrammeActions } from '../hooks/useProgrammeActions';
import { useProgrammeFormOptions } from '../hooks/useProgrammeFormOptions';
import type { ProgrammeNavigationState } from '../navigation';
import { ProgrammeForm } from './ProgrammeForm';
import { ProgrammeNotFound } from './ProgrammeNotFound';

function useAfterSave() {
  const navigate = useNavigate();
  return (id: string, announcement: string) => {
    const state: ProgrammeNavigationState = { announcement };
    navigate(`/programmes/${id}`, { state });
  };
}

/** A new programme: the editor with nothing filled in but the status. */
export function NewProgrammePage() {
  const { options, loading, error, retry, retrying } = useProgrammeFormOptions();
  const actions = useProgrammeActions();
  const afterSave = useAfterSave();

  const handleSubmit = async (input: ProgrammeInput) => {
    const created = await actions.create(input);
    if (created) {
      afterSave(created.id, `The programme ${created.name} was created.`);
    }
  };

  let content;
  if (loading) {
    content = <LoadingState label="Loading the form…" rows={8} />;
  } else if (!options) {
    content = <QueryErrorState error={error} onRetry={retry} retrying={retrying} />;
  } else {
    content = (
      <ProgrammeForm
        initialValues={emptyProgrammeValues()}
        options={options}
        saving={actions.saving}
        cancelTo="/programmes"
        onSubmit={handleSubmit}
      />
    );
  }
  return (
    <>
      <PageHeader
        title="New programme"
        description="A strand of work: what it is for, when it runs, who leads and funds it, and what it plans to deliver."
      />
      {content}
    </>
  );
}

/** Editing a programme: every field, saved together (the API replaces the whole programme). */
export function EditProgrammePage({ id }: { id: string }) {
  const programme = useProgramme(id);
  const form = useProgrammeFormOptions();
  const actions = useProgrammeActions();
  const afterSave = useAfterSave();

  if (programme.notFound) {
    return <ProgrammeNotFound />;
  }

  const handleSubmit = async (input: ProgrammeInput) => {
    const updated = await actions.update(id, input);
    if (updated) {
      afterSave(updated.id, 'Your changes were saved.');
    }
  };

  let content;
  if (programme.loading || form.loading) {
    content = <LoadingState label="Loading the programme…" rows={8} />;
  } else if (!programme.programme) {
    content = (
      <QueryErrorState
        error={programme.error}
        onRetry={programme.retry}
        retrying={programme.retrying}
      />
    );
  } else if (!form.options) {
    content = <QueryErrorState error={form.error} onRetry={form.retry} retrying={form.retrying} />;
  } else {
    content = (
      <ProgrammeForm
        // A fresh form for each programme, filled in from it once.
        key={programme.programme.id}
        initialValues={programmeValuesFrom(programme.programme)}
        options={form.options}
        currentLead={programme.programme.lead}
        saving={actions.saving}
        cancelTo={`/programmes/${id}`}
        onSubmit={handleSubmit}
      />
    );
  }
  return (
    <>
      <PageHeader
        title={programme.programme ? `Edit ${programme.programme.name}` : 'Edit programme'}
      />
      {content}
    </>
  );
}
