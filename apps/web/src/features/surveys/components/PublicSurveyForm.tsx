import {
  Alert,
  Button,
  Checkbox,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { followUpPurpose as purposeFor } from '@lantern/domain';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  consentToFollowUp,
  fetchPublicSurvey,
  pairingStorageKey,
  PublicApiError,
  submitPublicResponse,
  withdrawFollowUp,
  type PublicSurvey,
} from '../public-api';
import classes from './PublicSurvey.module.css';

type Item = PublicSurvey['items'][number];
type Answer = { value?: number; text?: string };

const AGREE = [
  'Strongly disagree',
  'Disagree',
  'Neither agree nor disagree',
  'Agree',
  'Strongly agree',
];

function readStored(key: string): string {
  try {
    return window.localStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

function store(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Private browsing: the participant still sees the code on screen.
  }
}

function Choice({
  name,
  value,
  label,
  checked,
  compact,
  onChange,
}: {
  name: string;
  value: number;
  label: string;
  checked: boolean;
  compact?: boolean;
  onChange: (value: number) => void;
}) {
  return (
    <label className={`${classes.option} ${compact ? classes.compact : ''}`}>
      <input
        type="radio"
        name={name}
        value={value}
        checked={checked}
        onChange={() => onChange(value)}
      />
      <span>{label}</span>
    </label>
  );
}

/** One question: a fieldset of radios for scales, a labelled text box for free text. */
function Question({
  item,
  index,
  answer,
  error,
  onChange,
}: {
  item: Item;
  index: number;
  answer: Answer | undefined;
  error: string | undefined;
  onChange: (answer: Answer) => void;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const errorText = error ? (
    <Text id={errorId} c="red.8" size="sm" mt={4}>
      {error}
    </Text>
  ) : null;
  if (item.scale === 'FREE_TEXT') {
    return (
      <div data-field={item.code}>
        <Textarea
          label={`${index + 1}. ${item.statement}`}
          description="Optional"
          autosize
          minRows={3}
          maxLength={2000}
          value={answer?.text ?? ''}
          error={error}
          onChange={(event) => onChange({ text: event.currentTarget.value })}
          styles={{ label: { fontWeight: 600, fontSize: '1.0625rem' } }}
        />
      </div>
    );
  }
  const name = `q-${item.code}`;
  let options: Array<{ value: number; label: string }>;
  let ends: [string, string] | null = null;
  if (item.scale === 'AGREE_5') {
    options = AGREE.map((label, i) => ({ value: i + 1, label }));
  } else if (item.scale === 'ZERO_TEN') {
    options = Array.from({ length: 11 }, (_, i) => ({ value: i, label: String(i) }));
    ends = ['0 = not at all', '10 = completely'];
  } else {
    // Quality (0 to 1): eleven choices, 0 to 10, stored as tenths (0.0 to 1.0).
    options = Array.from({ length: 11 }, (_, i) => ({ value: i / 10, label: String(i) }));
    ends = ['0 = not at all', '10 = completely'];
  }
  return (
    <fieldset
      className={classes.question}
      data-field={item.code}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className={classes.legend}>
        {index + 1}. {item.statement}
      </legend>
      <div className={`${classes.options} ${item.scale === 'AGREE_5' ? classes.stacked : ''}`}>
        {options.map((option) => (
          <Choice
            key={option.value}
            name={name}
            value={option.value}
            label={option.label}
            compact={item.scale !== 'AGREE_5'}
            checked={answer?.value === option.value}
            onChange={(value) => onChange({ value })}
          />
        ))}
      </div>
      {ends ? (
        <div className={classes.ends} aria-hidden="true">
          <span>{ends[0]}</span>
          <span>{ends[1]}</span>
        </div>
      ) : null}
      {errorText}
    </fieldset>
  );
}

function FollowUpConsent({ token, purpose }: { token: string; purpose: string }) {
  const [email, setEmail] = useState('');
  const [givenBy, setGivenBy] = useState<'SELF' | 'PARENT_GUARDIAN'>('SELF');
  const [agreed, setAgreed] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [withdrawToken, setWithdrawToken] = useState<string | null>(null);
  const [withdrawn, setWithdrawn] = useState(false);
  const [busy, setBusy] = useState(false);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const result = await consentToFollowUp(token, { email, givenBy, agreed });
      setWithdrawToken(result.withdrawToken);
      setErrors({});
    } catch (caught) {
      if (caught instanceof PublicApiError && caught.fieldErrors.length) {
        setErrors(Object.fromEntries(caught.fieldErrors.map((e) => [e.path.join('.'), e.message])));
      } else {
        setMessage(caught instanceof Error ? caught.message : 'Something went wrong.');
      }
    } finally {
      setBusy(false);
    }
  };

  if (withdrawn) {
    return (
      <Alert color="green" role="status">
        Done: your email address has been deleted and we will not contact you.
      </Alert>
    );
  }
  if (withdrawToken) {
    return (
      <Stack gap="xs" role="status">
        <Text fw={600}>Thank you. We will email you then.</Text>
        <Text size="sm">Every email has a link to stop them and delete your address.</Text>
        <Button
          variant="default"
          onClick={() => {
            void withdrawFollowUp(withdrawToken).then(() => setWithdrawn(true));
          }}
        >
          I've changed my mind: delete my email address
        </Button>
      </Stack>
    );
  }
  return (
    <form onSubmit={handleSubmit} noValidate aria-labelledby="follow-up-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="follow-up-heading">
          Can we contact you later? (optional)
        </Title>
        <Text>{purpose}</Text>
        <Text size="sm">
          We ask because you agree to it (consent). Your email address is kept apart from your
          answers: we cannot link the two, so your answers stay anonymous.
        </Text>
        {message ? (
          <Alert color="red" role="alert">
            {message}
          </Alert>
        ) : null}
        <TextInput
          label="Email address"
          type="email"
          autoComplete="email"
          value={email}
          error={errors['consent.email']}
          onChange={(event) => setEmail(event.currentTarget.value)}
          size="md"
        />
        <fieldset className={classes.question}>
          <legend className={classes.legend}>Who is agreeing?</legend>
          <div className={`${classes.options} ${classes.stacked}`}>
            <label className={classes.option}>
              <input
                type="radio"
                name="given-by"
                checked={givenBy === 'SELF'}
                onChange={() => setGivenBy('SELF')}
              />
              <span>I am, for myself</span>
            </label>
            <label className={classes.option}>
              <input
                type="radio"
                name="given-by"
                checked={givenBy === 'PARENT_GUARDIAN'}
                onChange={() => setGivenBy('PARENT_GUARDIAN')}
              />
              <span>I am a parent or guardian, for a child under 16</span>
            </label>
          </div>
        </fieldset>
        <Checkbox
          size="md"
          label="I agree to be contacted for this purpose"
          checked={agreed}
          error={errors['consent.agreed']}
          onChange={(event) => setAgreed(event.currentTarget.checked)}
        />
        <Button type="submit" size="md" loading={busy}>
          Yes, you can contact me
        </Button>
      </Stack>
    </form>
  );
}

export interface PublicSurveyFormProps {
  token: string;
  /** 'pre' or 'post' from the link, for before/after surveys. */
  wave: string | null;
  /** From a follow-up email. */
  followUpToken: string | null;
}

/**
 * The public form: no account, one request to load and one to send. Big touch targets, a
 * fieldset per question, a visible count of answered questions, a thank-you state (with the
 * pairing code for a before survey, and the optional follow-up consent).
 */
export function PublicSurveyForm({ token, wave: waveParam, followUpToken }: PublicSurveyFormProps) {
  const [survey, setSurvey] = useState<PublicSurvey | null>(null);
  const [loadError, setLoadError] = useState<PublicApiError | null>(null);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [wave, setWave] = useState<'PRE' | 'POST' | null>(
    waveParam === 'pre' ? 'PRE' : waveParam === 'post' ? 'POST' : null,
  );
  const [pairingCode, setPairingCode] = useState(() => readStored(pairingStorageKey(token)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ pairingCode: string | null } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    fetchPublicSurvey(token, followUpToken)
      .then((loaded) => live && setSurvey(loaded))
      .catch((caught: unknown) => {
        if (live)
          setLoadError(
            caught instanceof PublicApiError
              ? caught
              : new PublicApiError(0, 'Something went wrong.'),
          );
      });
    return () => {
      live = false;
    };
  }, [token, followUpToken]);

  useEffect(() => {
    if (survey) document.title = `${survey.title} – ${survey.organisationName}`;
  }, [survey]);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  if (loadError) {
    const title =
      loadError.status === 410
        ? 'This survey has closed'
        : loadError.status === 404
          ? 'Survey not found'
          : loadError.status === 409
            ? 'Already answered'
            : 'Something went wrong';
    return (
      <Stack gap="sm">
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text>{loadError.message}</Text>
      </Stack>
    );
  }
  if (!survey) {
    return (
      <Stack gap="md" aria-busy="true" aria-label="Loading the survey">
        <Skeleton height={32} width="70%" />
        <Skeleton height={16} />
        <Skeleton height={120} />
        <Skeleton height={120} />
      </Stack>
    );
  }

  const isPrePost = survey.kind === 'PRE_POST' && !followUpToken;
  const answered = survey.items.filter((item) => {
    const answer = answers[item.code];
    return answer?.value !== undefined || (answer?.text ?? '').trim() !== '';
  }).length;

  if (done) {
    return (
      <Stack gap="lg">
        <Title order={1} size="h2" ref={doneRef} tabIndex={-1}>
          Thank you
        </Title>
        <Text>Your answers have been sent to {survey.organisationName}.</Text>
        {done.pairingCode ? (
          <Stack gap={4}>
            <Text>Your code for the after-session survey:</Text>
            <Text
              className={classes.code}
              aria-label={`Your code is ${done.pairingCode.split('').join(' ')}`}
            >
              {done.pairingCode}
            </Text>
            <Text size="sm">
              This device remembers it. On another device, type it in when the after-session survey
              asks: it links your two sets of answers without your name.
            </Text>
          </Stack>
        ) : null}
        {survey.offersFollowUp ? (
          <FollowUpConsent
            token={token}
            purpose={survey.followUpPurpose ?? purposeFor([3, 6, 12])}
          />
        ) : null}
      </Stack>
    );
  }

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (isPrePost && !wave) {
      setErrors({ wave: 'Say whether you are answering before or after the session' });
      formRef.current?.querySelector<HTMLInputElement>('input[name="wave"]')?.focus();
      return;
    }
    if (answered === 0) {
      setFormError('Answer at least one question.');
      return;
    }
    setBusy(true);
    try {
      const result = await submitPublicResponse(token, {
        wave: isPrePost ? wave : null,
        pairingCode: isPrePost && pairingCode.trim() ? pairingCode.trim() : null,
        followUpToken,
        answers: survey.items.flatMap(
          (item): Array<{ itemCode: string; value?: number; text?: string }> => {
            const answer = answers[item.code];
            if (!answer) return [];
            if (item.scale === 'FREE_TEXT')
              return answer.text?.trim() ? [{ itemCode: item.code, text: answer.text }] : [];
            return answer.value === undefined ? [] : [{ itemCode: item.code, value: answer.value }];
          },
        ),
      });
      if (result.pairingCode) store(pairingStorageKey(token), result.pairingCode);
      setDone({ pairingCode: result.pairingCode });
    } catch (caught) {
      if (caught instanceof PublicApiError && caught.fieldErrors.length) {
        const next = Object.fromEntries(
          caught.fieldErrors.map((e) => [
            e.path[0] === 'answers' ? (e.path[1] ?? 'answers') : (e.path[0] ?? ''),
            e.message,
          ]),
        );
        setErrors(next);
        setFormError('Some answers need another look.');
        window.setTimeout(() => {
          // The first question in error, on its chosen answer if it has one.
          const container = [
            ...(formRef.current?.querySelectorAll<HTMLElement>('[data-field]') ?? []),
          ].find(
            (node) =>
              node.dataset['field'] !== undefined && next[node.dataset['field']] !== undefined,
          );
          const target =
            container?.querySelector<HTMLElement>('input:checked') ??
            container?.querySelector<HTMLElement>('input, textarea');
          target?.focus();
        }, 0);
      } else {
        setFormError(caught instanceof Error ? caught.message : 'Something went wrong.');
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate aria-labelledby="survey-title">
      <Stack gap="lg">
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {survey.organisationName}
          </Text>
          <Title order={1} size="h2" id="survey-title">
            {survey.title}
          </Title>
          {survey.followUpMonths ? (
            <Text fw={600}>Follow-up, {survey.followUpMonths} months on</Text>
          ) : null}
          {survey.intro ? <Text>{survey.intro}</Text> : null}
          <Text size="sm">Anonymous: we don't ask your name. Every question is optional.</Text>
        </Stack>
        {isPrePost ? (
          <fieldset className={classes.question} data-field="wave">
            <legend className={classes.legend}>When are you answering?</legend>
            <div className={classes.options}>
              {(['PRE', 'POST'] as const).map((value) => (
                <label key={value} className={classes.option}>
                  <input
                    type="radio"
                    name="wave"
                    checked={wave === value}
                    onChange={() => {
                      setWave(value);
                      setErrors(({ wave: _, ...rest }) => rest);
                    }}
                  />
                  <span>{value === 'PRE' ? 'Before the session' : 'After the session'}</span>
                </label>
              ))}
            </div>
            {errors['wave'] ? (
              <Text c="red.8" size="sm" mt={4}>
                {errors['wave']}
              </Text>
            ) : null}
          </fieldset>
        ) : null}
        {isPrePost && wave === 'POST' ? (
          <div data-field="pairingCode">
            <TextInput
              label="Your code from before the session (optional)"
              description="6 letters and numbers. It links your answers without your name."
              value={pairingCode}
              autoCapitalize="characters"
              autoComplete="off"
              maxLength={10}
              error={errors['pairingCode']}
              onChange={(event) => setPairingCode(event.currentTarget.value)}
              size="md"
            />
          </div>
        ) : null}
        <div>
          <Text size="sm" id="survey-progress" aria-live="polite">
            {answered} of {survey.items.length} answered
          </Text>
          <progress
            className={classes.progress}
            value={answered}
            max={survey.items.length}
            aria-labelledby="survey-progress"
          />
        </div>
        {survey.items.map((item, index) => (
          <Question
            key={item.code}
            item={item}
            index={index}
            answer={answers[item.code]}
            error={errors[item.code]}
            onChange={(answer) => {
              setAnswers((current) => ({ ...current, [item.code]: answer }));
              setErrors(({ [item.code]: _, ...rest }) => rest);
            }}
          />
        ))}
        {formError ? (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        ) : null}
        <Button type="submit" size="lg" loading={busy} fullWidth>
          Send my answers
        </Button>
      </Stack>
    </form>
  );
}

/** The page a follow-up email's "stop" link opens: one click deletes the address. */
export function StopFollowUp({ token }: { token: string | null }) {
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle');
  const [error, setError] = useState<string | null>(null);
  const handleClick = async () => {
    if (!token) return;
    setState('busy');
    setError(null);
    try {
      await withdrawFollowUp(token);
      setState('done');
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'Something went wrong.');
      setState('idle');
    }
  };
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        Stop follow-up emails
      </Title>
      {state === 'done' ? (
        <Alert color="green" role="status">
          Done: your email address has been deleted and no more follow-up emails will be sent.
        </Alert>
      ) : !token ? (
        <Text>This link is not complete. Open it again from your email.</Text>
      ) : (
        <>
          <Text>
            This deletes your email address straight away and stops any more follow-up emails about
            this survey. Answers you already gave stay, anonymously.
          </Text>
          {error ? (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          ) : null}
          <Button size="lg" onClick={() => void handleClick()} loading={state === 'busy'}>
            Stop emails and delete my address
          </Button>
        </>
      )}
    </Stack>
  );
}
