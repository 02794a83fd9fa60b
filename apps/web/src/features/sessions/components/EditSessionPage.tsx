import type { SessionInput } from '@lantern/domain';
import { LoadingState, PageHeader } from '@lantern/ui';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { QueryErrorState } from '../../auth';
import { sessionValuesFrom } from '../form';
import { useSession } from '../hooks/useSession';
import { useSessionActions } from '../hooks/useSessionActions';
import { useSessionFormOptions } from '../hooks/useSessionFormOptions';
import type { SessionNavigationState } from '../navigation';
import { sessionHeading } from '../format';
import { SessionForm } from './SessionForm';
import { SessionNotFound } from './SessionNotFound';

/** Editing a session in any status: the logging form, filled from the session, saved whole. */
export function EditSessionPage({ id }: { id: string }) {
  const session = useSession(id);
  const [partnerSearch, setPartnerSearch] = useState('');
  const form = useSessionFormOptions({
    partnerSearch,
    keepPartners: session.session?.partners ?? [],
  });
  const actions = useSessionActions();
  const navigate = useNavigate();

  if (session.notFound) {
    return <SessionNotFound />;
  }

  const handleSubmit = async (input: SessionInput) => {
    const updated = await actions.update(id, input);
    if (updated) {
      const state: SessionNavigationState = { announcement: 'Your changes were saved.' };
      navigate(`/sessions/${updated.id}`, { state });
    }
  };

  let content;
  if (session.loading || form.loading) {
    content = <LoadingState label="Loading the session…" rows={8} />;
  } else if (!session.session) {
    content = (
      <QueryErrorState error={session.error} onRetry={session.retry} retrying={session.retrying} />
    );
  } else if (!form.options) {
    content = <QueryErrorState error={form.error} onRetry={form.retry} retrying={form.retrying} />;
  } else {
    const current = session.session;
    content = (
      <SessionForm
        // A fresh form for each session, filled in from it once.
        key={current.id}
        mode="edit"
        initialValues={sessionValuesFrom({ ...current, date: String(current.date) })}
        options={{
          ...form.options,
          // A programme past the first page of the list stays choosable.
          programmes: form.options.programmes.some((p) => p.id === current.programme.id)
            ? form.options.programmes
            : [...form.options.programmes, current.programme],
        }}
        onPartnerSearchChange={setPartnerSearch}
        saving={actions.saving}
        cancelTo={`/sessions/${id}`}
        onSubmit={handleSubmit}
      />
    );
  }
  return (
    <>
      <PageHeader
        title={session.session ? `Edit ${sessionHeading(session.session)}` : 'Edit session'}
      />
      {content}
    </>
  );
}
