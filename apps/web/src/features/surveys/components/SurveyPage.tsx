import {
  Alert,
  Anchor,
  Button,
  CopyButton,
  Group,
  Image,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { Announcement, ConfirmDialog, LoadingState, PageHeader, StatusBadge } from '@lantern/ui';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { SurveyFieldsFragment } from '../../../gql/graphql';
import { actionMessage, toUserError } from '../../../lib/errors';
import { QueryErrorState, useViewer } from '../../auth';
import { useSurvey, useSurveyActions } from '../hooks/useSurveys';
import {
  itemLabel,
  publicSurveyUrl,
  SURVEY_KIND_LABELS,
  SURVEY_STATUS_LABELS,
  SURVEY_STATUS_TONES,
} from '../labels';
import { SurveyContacts, SurveyFollowUpStatus } from './SurveyFollowUp';
import { SurveyResults } from './SurveyResults';

function ShareLink({ survey, wave }: { survey: SurveyFieldsFragment; wave?: 'pre' | 'post' }) {
  const url = publicSurveyUrl(survey.publicToken, wave);
  const label = wave === 'pre' ? 'Before link' : wave === 'post' ? 'After link' : 'Survey link';
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs" align="flex-start">
        <TextInput
          label={label}
          value={url}
          readOnly
          w="100%"
          onFocus={(e) => e.currentTarget.select()}
        />
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy} aria-live="polite">
              {copied ? 'Copied' : `Copy ${label.toLowerCase()}`}
            </Button>
          )}
        </CopyButton>
        <Image
          src={`/api/surveys/${survey.id}/qr.svg${wave ? `?wave=${wave}` : ''}`}
          alt={`QR code for the ${label.toLowerCase()} of ${survey.title}`}
          w={180}
          h={180}
        />
      </Stack>
    </Paper>
  );
}

type Pending = 'open' | 'close' | 'regenerate' | 'delete' | null;

/** A survey: status controls, link and QR code, results, follow-up and contacts. */
export function SurveyPage({ surveyId }: { surveyId: string }) {
  const { survey, loading, error, retry, retrying } = useSurvey(surveyId);
  const { can } = useViewer();
  const actions = useSurveyActions();
  const navigate = useNavigate();
  const [confirm, setConfirm] = useState<Pending>(null);
  // The dialog keeps its words while it fades out after closing.
  const [shown, setShown] = useState<Exclude<Pending, null>>('open');
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);

  if (loading) return <LoadingState label="Loading survey…" rows={4} />;
  if (error || !survey)
    return <QueryErrorState error={error} onRetry={retry} retrying={retrying} />;

  const ask = (what: Exclude<Pending, null>) => {
    setShown(what);
    setConfirm(what);
  };

  const run = async (what: Exclude<Pending, null>) => {
    setBusy(true);
    setActionError(null);
    try {
      if (what === 'open') await actions.open(survey.id);
      if (what === 'close') await actions.close(survey.id);
      if (what === 'regenerate') await actions.regenerate(survey.id);
      if (what === 'delete') {
        await actions.remove(survey.id);
        navigate('/surveys');
        return;
      }
      setAnnouncement(
        what === 'open'
          ? 'The survey is open: its link works.'
          : what === 'close'
            ? 'The survey is closed: its link says so.'
            : 'A new link was made; the old link and QR code no longer work.',
      );
      setConfirm(null);
    } catch (caught) {
      setActionError(actionMessage(toUserError(caught)));
    } finally {
      setBusy(false);
    }
  };

  const confirmText: Record<
    Exclude<Pending, null>,
    { title: string; body: string; label: string }
  > = {
    open: {
      title: 'Open the survey?',
      body: 'Anyone with the link or QR code can answer.',
      label: 'Open survey',
    },
    close: {
      title: 'Close the survey?',
      body: 'The link will say the survey has closed. Follow-up waves already agreed to go on.',
      label: 'Close survey',
    },
    regenerate: {
      title: 'Make a new link?',
      body: 'The current link and QR code stop working. Printed posters will need replacing.',
      label: 'Make a new link',
    },
    delete: {
      title: `Delete ${survey.title}?`,
      body: 'The survey is deleted. This cannot be undone.',
      label: 'Delete survey',
    },
  };

  return (
    <>
      <Announcement message={announcement} />
      <PageHeader
        title={survey.title}
        description={
          <Group gap="xs">
            <StatusBadge
              tone={SURVEY_STATUS_TONES[survey.status]}
              label={SURVEY_STATUS_LABELS[survey.status]}
            />
            <Text size="sm">
              {SURVEY_KIND_LABELS[survey.kind]} · for{' '}
              {survey.linkedTo ? (
                <Anchor
                  component={Link}
                  to={
                    survey.linkedTo.kind === 'PROGRAMME'
                      ? `/programmes/${survey.linkedTo.id}`
                      : `/sessions/${survey.linkedTo.id}`
                  }
                >
                  {survey.linkedTo.name}
                </Anchor>
              ) : (
                '–'
              )}{' '}
              · {survey.responseCount} {survey.responseCount === 1 ? 'response' : 'responses'}
            </Text>
          </Group>
        }
        actions={
          <Group gap="xs">
            {survey.status !== 'OPEN' ? (
              <Button onClick={() => ask('open')}>Open survey</Button>
            ) : (
              <Button variant="default" onClick={() => ask('close')}>
                Close survey
              </Button>
            )}
            <Button variant="default" component={Link} to={`/surveys/${survey.id}/edit`}>
              Edit
            </Button>
            {survey.responseCount === 0 ? (
              <Button variant="default" color="red" onClick={() => ask('delete')}>
                Delete
              </Button>
            ) : null}
          </Group>
        }
      />
      <Stack gap="xl">
        <Stack gap="sm" component="section" aria-labelledby="survey-share-heading">
          <Title order={2} size="h3" id="survey-share-heading">
            Share
          </Title>
          {survey.status === 'DRAFT' ? (
            <Alert color="blue">Open the survey to share its link and QR code.</Alert>
          ) : (
            <>
              {survey.status === 'CLOSED' ? (
                <Alert color="gray">The survey is closed: its link tells people so.</Alert>
              ) : null}
              <SimpleGrid
                cols={{ base: 1, sm: survey.kind === 'PRE_POST' ? 2 : 1 }}
                maw={survey.kind === 'PRE_POST' ? 760 : 380}
              >
                {survey.kind === 'PRE_POST' ? (
                  <>
                    <ShareLink survey={survey} wave="pre" />
                    <ShareLink survey={survey} wave="post" />
                  </>
                ) : (
                  <ShareLink survey={survey} />
                )}
              </SimpleGrid>
              <Group gap="xs">
                <Button variant="default" component={Link} to={`/surveys/${survey.id}/poster`}>
                  Printable poster
                </Button>
                <Button variant="subtle" onClick={() => ask('regenerate')}>
                  Make a new link
                </Button>
              </Group>
            </>
          )}
          <Text size="sm" c="dimmed">
            Questions: {survey.itemCodes.map(itemLabel).join(', ')}.
          </Text>
        </Stack>
        <Stack gap="sm" component="section" aria-labelledby="survey-results-heading">
          <Title order={2} size="h3" id="survey-results-heading">
            Results
          </Title>
          <SurveyResults surveyId={survey.id} />
        </Stack>
        {survey.offersFollowUp ? (
          <Stack gap="sm" component="section" aria-labelledby="survey-follow-up-heading">
            <Title order={2} size="h3" id="survey-follow-up-heading">
              Follow-up at {survey.followUpMonths.join(', ')} months
            </Title>
            <SurveyFollowUpStatus surveyId={survey.id} />
            {can('personal_data.read') ? <SurveyContacts surveyId={survey.id} /> : null}
          </Stack>
        ) : null}
      </Stack>
      <ConfirmDialog
        opened={confirm !== null}
        title={confirmText[shown].title}
        confirmLabel={confirmText[shown].label}
        destructive={shown === 'delete' || shown === 'regenerate'}
        pending={busy}
        error={actionError}
        onConfirm={() => confirm && void run(confirm)}
        onClose={() => {
          setConfirm(null);
          setActionError(null);
        }}
      >
        {confirmText[shown].body}
      </ConfirmDialog>
    </>
  );
}

/** A printable A4 poster: title, the QR code(s) and the link written out. */
export function SurveyPoster({ surveyId }: { surveyId: string }) {
  const { survey, loading, error, retry, retrying } = useSurvey(surveyId);
  if (loading) return <LoadingState label="Loading poster…" rows={3} />;
  if (error || !survey)
    return <QueryErrorState error={error} onRetry={retry} retrying={retrying} />;
  const waves: Array<'pre' | 'post' | undefined> =
    survey.kind === 'PRE_POST' ? ['pre', 'post'] : [undefined];
  return (
    <Stack gap="lg" align="center" ta="center">
      <Group className="no-print">
        <Button onClick={() => window.print()}>Print</Button>
        <Button variant="default" component={Link} to={`/surveys/${survey.id}`}>
          Back to the survey
        </Button>
      </Group>
      <Title order={1}>{survey.title}</Title>
      <Text size="xl">
        Tell us what you think: scan the code with your phone camera. No sign-in, no names.
      </Text>
      <SimpleGrid cols={waves.length}>
        {waves.map((wave) => (
          <Stack key={wave ?? 'single'} align="center" gap="xs">
            {wave ? (
              <Title order={2}>{wave === 'pre' ? 'Before the session' : 'After the session'}</Title>
            ) : null}
            <Image
              src={`/api/surveys/${survey.id}/qr.svg${wave ? `?wave=${wave}` : ''}`}
              alt={`QR code for ${wave === 'pre' ? 'the before survey' : wave === 'post' ? 'the after survey' : 'the survey'}`}
              w={280}
              h={280}
            />
            <Text size="sm" style={{ wordBreak: 'break-all' }}>
              {publicSurveyUrl(survey.publicToken, wave)}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
