import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { localDateIn, type SessionInput } from '@lantern/domain';
import { LoadingState, PageHeader } from '@lantern/ui';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { SessionFieldsFragment } from '../../../gql/graphql';
import { QueryErrorState } from '../../auth';
import { emptySessionValues, type SessionFormValues } from '../form';
import { attendancesText, formatSessionDate } from '../format';
import { useSessionActions } from '../hooks/useSessionActions';
import { useSessionDefaults } from '../hooks/useSessionDefaults';
import { useSessionFormOptions } from '../hooks/useSessionFormOptions';
import { SessionForm } from './SessionForm';

const ID_PATTERN = /^[0-9a-f-]{36}$/i;
const NO_PARTNERS: never[] = [];

/** What the page says once a session is logged, with the two ways on. */
function LoggedConfirmation({
  session,
  onLogAnother,
}: {
  session: SessionFieldsFragment;
  onLogAnother: () => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      bg="green.0"
      component="section"
      aria-labelledby="session-logged-heading"
      data-session-logged={session.id}
      maw={880}
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id="session-logged-heading" ref={headingRef} tabIndex={-1}>
          Session logged
        </Title>
        <Text>
          {session.programme.name}, {formatSessionDate(String(session.date))}:{' '}
          {attendancesText(session.attendanceTotal)}
          {session.hasEstimates ? ' (includes estimates)' : ''}.
        </Text>
        <Group gap="sm">
          <Button component={Link} to={`/sessions/${session.id}`} variant="default">
            View session
          </Button>
          <Button onClick={onLogAnother}>Log another</Button>
        </Group>
        <Anchor component={Link} to="/sessions" size="sm">
          See all sessions
        </Anchor>
      </Stack>
    </Paper>
  );
}

/**
 * "Log a session": programme first (or from `?programmeId=`), then the defaults from the
 * programme and the person's last session in it fill the form. After logging, "Log another"
 * starts again with the same programme, date and (fresh) defaults.
 */
export function LogSessionPage() {
  const [searchParams] = useSearchParams();
  const fromAddress = searchParams.get('programmeId') ?? '';
  const [programmeId, setProgrammeId] = useState(ID_PATTERN.test(fromAddress) ? fromAddress : '');
  const [partnerSearch, setPartnerSearch] = useState('');
  const defaults = useSessionDefaults(programmeId);
  const form = useSessionFormOptions({
    partnerSearch,
    keepPartners: defaults.defaults?.partners ?? NO_PARTNERS,
  });
  const actions = useSessionActions();
  const [logged, setLogged] = useState<SessionFieldsFragment | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [carried, setCarried] = useState<{ date: string } | null>(null);
  const focusDate = useRef(false);

  const today = useMemo(
    () => (form.timeZone ? localDateIn(new Date(), form.timeZone) : ''),
    [form.timeZone],
  );
  const initialValues: SessionFormValues = useMemo(
    () => emptySessionValues(carried?.date ?? today, programmeId),
    // A new form starts from the programme and date in force when it was made.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [formKey, today],
  );

  useEffect(() => {
    if (focusDate.current && !logged) {
      focusDate.current = false;
      document.querySelector<HTMLInputElement>('form [name="date"]')?.focus();
    }
  }, [logged, formKey]);

  const handleSubmit = async (input: SessionInput) => {
    const session = await actions.log(input);
    if (session) {
      setCarried({ date: input.date });
      setLogged(session);
    }
  };

  const handleLogAnother = () => {
    setLogged(null);
    setFormKey((key) => key + 1);
    focusDate.current = true;
    defaults.refresh();
  };

  let content;
  if (form.loading) {
    content = <LoadingState label="Loading the form…" rows={8} />;
  } else if (!form.options) {
    content = <QueryErrorState error={form.error} onRetry={form.retry} retrying={form.retrying} />;
  } else if (logged) {
    content = <LoggedConfirmation session={logged} onLogAnother={handleLogAnother} />;
  } else {
    content = (
      <Stack gap="md">
        {defaults.error ? (
          <Alert color="yellow" variant="light" title="Nothing was filled in" maw={880}>
            The programme’s defaults could not be loaded. Fill in the fields yourself, or choose the
            programme again to retry.
          </Alert>
        ) : null}
        <SessionForm
          key={formKey}
          mode="log"
          initialValues={initialValues}
          options={form.options}
          defaults={defaults.defaults}
          defaultsLoading={defaults.loading}
          onProgrammeChange={setProgrammeId}
          onPartnerSearchChange={setPartnerSearch}
          saving={actions.saving}
          onSubmit={handleSubmit}
        />
      </Stack>
    );
  }

  return (
    <>
      <PageHeader
        title="Log a session"
        description="Record a delivered session and who came. Choose the programme and the rest fills in from it and your last session in it."
      />
      {content}
    </>
  );
}
