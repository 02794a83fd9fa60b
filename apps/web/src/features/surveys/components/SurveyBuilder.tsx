import { useQuery } from '@apollo/client';
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  Radio,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { SURVEY_BANK_LABELS, SURVEY_BANKS, type SurveyKind } from '@lantern/domain';
import { LoadingState, PageHeader } from '@lantern/ui';
import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { SurveyFieldsFragment } from '../../../gql/graphql';
import { actionMessage, toUserError } from '../../../lib/errors';
import { useFieldErrors } from '../../../lib/forms';
import { QueryErrorState } from '../../auth';
import {
  SurveyItemBankQueryDocument,
  SurveyLinkOptionsQueryDocument,
} from '../graphql/surveys.operations';
import { useSurveyActions } from '../hooks/useSurveys';
import { SURVEY_KIND_LABELS } from '../labels';

/** An ISO time as the value of a datetime-local input (this browser's time zone). */
function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const FIELDS = [
  'title',
  'intro',
  'programmeId',
  'sessionId',
  'kind',
  'itemCodes',
  'closesAt',
  'followUpMonths',
] as const;

export interface SurveyBuilderProps {
  /** The survey being edited; null for a new one. */
  survey: SurveyFieldsFragment | null;
}

/** Parses "3, 6, 12" into months; null when any part is not a whole number. */
export function parseMonths(text: string): number[] | null {
  const parts = text
    .split(/[\s,]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (!parts.every((part) => /^\d+$/.test(part))) return null;
  return parts.map(Number);
}

/**
 * Builds or edits a survey: title and introduction, the programme or session it is for, single
 * or before/after, questions chosen from the bank (grouped by bank) in an order that can be
 * changed, follow-up waves, and a preview of the questions as participants will read them.
 */
export function SurveyBuilder({ survey }: SurveyBuilderProps) {
  const navigate = useNavigate();
  const actions = useSurveyActions();
  const bank = useQuery(SurveyItemBankQueryDocument);
  const links = useQuery(SurveyLinkOptionsQueryDocument);
  const [title, setTitle] = useState(survey?.title ?? '');
  const [intro, setIntro] = useState(survey?.intro ?? '');
  const [linkKind, setLinkKind] = useState<'PROGRAMME' | 'SESSION'>(
    survey?.sessionId ? 'SESSION' : 'PROGRAMME',
  );
  const [programmeId, setProgrammeId] = useState<string | null>(survey?.programmeId ?? null);
  const [sessionId, setSessionId] = useState<string | null>(survey?.sessionId ?? null);
  const [kind, setKind] = useState<SurveyKind>(survey?.kind ?? 'SINGLE');
  const [itemCodes, setItemCodes] = useState<string[]>(survey?.itemCodes ?? []);
  const [offersFollowUp, setOffersFollowUp] = useState(survey?.offersFollowUp ?? false);
  const [months, setMonths] = useState((survey?.followUpMonths ?? [3, 6, 12]).join(', '));
  const [closesAt, setClosesAt] = useState(() => toLocalInput(survey?.closesAt ?? null));
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const fieldErrors = useFieldErrors(FIELDS);

  const items = useMemo(() => bank.data?.surveyItemBank ?? [], [bank.data]);
  const byCode = useMemo(() => new Map(items.map((item) => [item.code, item])), [items]);
  const programmeOptions =
    links.data?.programmes.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? [];
  const sessionOptions =
    links.data?.sessions.edges.map(({ node }) => ({
      value: node.id,
      label: `${node.title ?? node.programme.name} (${node.date})`,
    })) ?? [];

  const move = (index: number, by: -1 | 1) => {
    setItemCodes((current) => {
      const next = [...current];
      const [moved] = next.splice(index, 1);
      if (moved) next.splice(index + by, 0, moved);
      return next;
    });
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const followUpMonths = parseMonths(months);
    if (offersFollowUp && (!followUpMonths || followUpMonths.length === 0)) {
      fieldErrors.show({ 'input.followUpMonths': 'Enter months as whole numbers, like 3, 6, 12' });
      return;
    }
    const input = {
      title,
      intro: intro || null,
      programmeId: linkKind === 'PROGRAMME' ? programmeId : null,
      sessionId: linkKind === 'SESSION' ? sessionId : null,
      kind,
      itemCodes,
      offersFollowUp,
      followUpMonths: followUpMonths ?? [],
      closesAt: closesAt ? new Date(closesAt).toISOString() : null,
    };
    setSaving(true);
    try {
      const saved = survey ? await actions.update(survey.id, input) : await actions.create(input);
      if (saved) navigate(`/surveys/${saved.id}`);
    } catch (caught) {
      const error = toUserError(caught);
      if (!fieldErrors.show(error.fieldErrors)) setFormError(actionMessage(error));
    } finally {
      setSaving(false);
    }
  };

  if (bank.loading || links.loading) return <LoadingState label="Loading the question bank…" />;
  if (bank.error) return <QueryErrorState error={bank.error} onRetry={() => void bank.refetch()} />;

  return (
    <>
      <PageHeader
        title={survey ? `Edit ${survey.title}` : 'New survey'}
        description="Choose a few questions: short surveys get more answers."
      />
      <form onSubmit={handleSubmit} noValidate aria-label={survey ? 'Edit survey' : 'New survey'}>
        <Stack gap="lg" maw={760}>
          {formError ? (
            <Alert color="red" title="The survey was not saved" role="alert">
              {formError}
            </Alert>
          ) : null}
          <TextInput
            ref={fieldErrors.refFor('title')}
            label="Title"
            description="Participants see it at the top of the form."
            required
            value={title}
            error={fieldErrors.errors.title}
            onChange={(event) => {
              setTitle(event.currentTarget.value);
              fieldErrors.clear('title');
            }}
          />
          <Textarea
            label="Introduction"
            description="Optional: a sentence or two before the questions."
            autosize
            minRows={2}
            value={intro}
            error={fieldErrors.errors.intro}
            onChange={(event) => setIntro(event.currentTarget.value)}
          />
          <Radio.Group
            label="The survey is for"
            value={linkKind}
            onChange={(value) => setLinkKind(value as 'PROGRAMME' | 'SESSION')}
          >
            <Group mt="xs">
              <Radio value="PROGRAMME" label="A programme" />
              <Radio value="SESSION" label="One session" />
            </Group>
          </Radio.Group>
          {linkKind === 'PROGRAMME' ? (
            <Select
              ref={fieldErrors.refFor('programmeId')}
              label="Programme"
              placeholder="Choose a programme"
              searchable
              data={programmeOptions}
              value={programmeId}
              error={fieldErrors.errors.programmeId}
              onChange={(value) => {
                setProgrammeId(value);
                fieldErrors.clear('programmeId');
              }}
            />
          ) : (
            <Select
              ref={fieldErrors.refFor('sessionId')}
              label="Session"
              placeholder="Choose a session"
              searchable
              data={sessionOptions}
              value={sessionId}
              error={fieldErrors.errors.sessionId ?? fieldErrors.errors.programmeId}
              onChange={(value) => {
                setSessionId(value);
                fieldErrors.clear('sessionId');
              }}
            />
          )}
          <Radio.Group
            label="Kind"
            description="Before and after: participants answer twice and their answers pair into change scores, without names."
            value={kind}
            onChange={(value) => setKind(value as SurveyKind)}
          >
            <Stack mt="xs" gap="xs">
              <Radio value="SINGLE" label={SURVEY_KIND_LABELS.SINGLE} />
              <Radio value="PRE_POST" label={SURVEY_KIND_LABELS.PRE_POST} />
            </Stack>
          </Radio.Group>

          <Stack gap="xs">
            <Title order={2} size="h3">
              Questions
            </Title>
            {fieldErrors.errors.itemCodes ? (
              <Text c="red.8" size="sm" role="alert">
                {fieldErrors.errors.itemCodes}
              </Text>
            ) : null}
            {SURVEY_BANKS.map((bankCode) => (
              <Checkbox.Group
                key={bankCode}
                label={SURVEY_BANK_LABELS[bankCode]}
                value={itemCodes}
                onChange={(values) => {
                  setItemCodes(values);
                  fieldErrors.clear('itemCodes');
                }}
                ref={bankCode === 'LEARNING_OUTCOMES' ? fieldErrors.refFor('itemCodes') : undefined}
              >
                <Stack gap={6} mt={6}>
                  {items
                    .filter((item) => item.bank === bankCode)
                    .map((item) => (
                      <Checkbox
                        key={item.code}
                        value={item.code}
                        label={item.label}
                        description={item.statement}
                      />
                    ))}
                </Stack>
              </Checkbox.Group>
            ))}
          </Stack>

          <Paper withBorder p="md" radius="md">
            <Title order={2} size="h3" mb="xs">
              Order and preview
            </Title>
            {itemCodes.length === 0 ? (
              <Text c="dimmed">Choose questions above; they appear here in the order asked.</Text>
            ) : (
              <List type="ordered" spacing="xs" aria-label="Questions in the order asked">
                {itemCodes.map((code, index) => (
                  <List.Item key={code}>
                    <Group justify="space-between" wrap="nowrap" gap="xs">
                      <Text size="sm">{byCode.get(code)?.statement ?? code}</Text>
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon
                          variant="default"
                          size="lg"
                          aria-label={`Move "${byCode.get(code)?.label ?? code}" up`}
                          disabled={index === 0}
                          onClick={() => move(index, -1)}
                        >
                          ↑
                        </ActionIcon>
                        <ActionIcon
                          variant="default"
                          size="lg"
                          aria-label={`Move "${byCode.get(code)?.label ?? code}" down`}
                          disabled={index === itemCodes.length - 1}
                          onClick={() => move(index, 1)}
                        >
                          ↓
                        </ActionIcon>
                      </Group>
                    </Group>
                  </List.Item>
                ))}
              </List>
            )}
          </Paper>

          <TextInput
            ref={fieldErrors.refFor('closesAt')}
            type="datetime-local"
            label="Closes at (optional)"
            description="After this time the link says the survey has closed."
            value={closesAt}
            error={fieldErrors.errors.closesAt}
            onChange={(event) => setClosesAt(event.currentTarget.value)}
            maw={280}
          />
          <Switch
            label="Ask participants if we can contact them later (follow-up)"
            checked={offersFollowUp}
            onChange={(event) => setOffersFollowUp(event.currentTarget.checked)}
          />
          {offersFollowUp ? (
            <TextInput
              ref={fieldErrors.refFor('followUpMonths')}
              label="Follow-up waves (months after they agree)"
              description="Separate with commas, like 3, 6, 12."
              value={months}
              error={fieldErrors.errors.followUpMonths}
              onChange={(event) => {
                setMonths(event.currentTarget.value);
                fieldErrors.clear('followUpMonths');
              }}
            />
          ) : null}
          <Group>
            <Button type="submit" loading={saving}>
              {survey ? 'Save survey' : 'Create survey'}
            </Button>
            <Button
              variant="default"
              onClick={() => navigate(survey ? `/surveys/${survey.id}` : '/surveys')}
            >
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
