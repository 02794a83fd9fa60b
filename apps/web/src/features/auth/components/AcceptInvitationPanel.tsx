import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { passwordSchema, ROLE_LABELS, type Role } from '@lantern/domain';
import { DateTimeText, LoadingState, PasswordField } from '@lantern/ui';
import { useMutation, useQuery } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { InvitationPreviewQuery } from '../../../gql/graphql';
import { toUserError } from '../../../lib/errors';
import { useFieldErrors } from '../../../lib/forms';
import {
  AcceptInvitationMutationDocument,
  InvitationPreviewQueryDocument,
} from '../graphql/auth.operations';
import { useStartSession } from '../hooks/useStartSession';
import { authErrorMessage, PASSWORD_RULE } from '../messages';
import { FormAlert } from './FormAlert';
import { LinkProblem } from './LinkProblem';

export const INVITATION_PROBLEM_TITLE = 'This invitation cannot be used';
const MISSING_TOKEN_MESSAGE =
  'The link is missing part of its address. Open it again from the email, or ask for a new invitation.';

type Preview = InvitationPreviewQuery['invitationPreview'];

const FIELDS = ['name', 'password'] as const;

/** Whether an error means the invitation itself is unusable (unknown, expired, revoked, used). */
function isInvitationProblem(code: string, fieldErrors: Record<string, string>) {
  return code === 'NOT_FOUND' || fieldErrors['input.token'] !== undefined;
}

function AcceptForm({ token, preview }: { token: string; preview: Preview }) {
  const newAccount = !preview.accountExists;
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const [linkProblem, setLinkProblem] = useState<string | null>(null);
  const fieldErrors = useFieldErrors(FIELDS);
  const [accept, { loading }] = useMutation(AcceptInvitationMutationDocument);
  const startSession = useStartSession();

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const byPath: Record<string, string> = {};
    if (newAccount && name.trim() === '') {
      byPath['input.name'] = 'Enter your name';
    }
    if (newAccount) {
      const parsed = passwordSchema.safeParse(password);
      if (!parsed.success) {
        byPath['input.password'] = parsed.error.issues[0]?.message ?? 'Choose a longer password';
      }
    } else if (password === '') {
      byPath['input.password'] = 'Enter your password';
    }
    if (fieldErrors.show(byPath)) {
      return;
    }
    try {
      const { data } = await accept({
        variables: {
          input: newAccount ? { token, name: name.trim(), password } : { token, password },
        },
      });
      if (data) {
        await startSession(data.acceptInvitation, '/');
      }
    } catch (error) {
      const userError = toUserError(error);
      if (isInvitationProblem(userError.code, userError.fieldErrors)) {
        setLinkProblem(userError.fieldErrors['input.token'] ?? authErrorMessage(userError));
        return;
      }
      if (!fieldErrors.show(userError.fieldErrors)) {
        setFormError(authErrorMessage(userError));
      }
    }
  };

  if (linkProblem) {
    return (
      <LinkProblem
        title={INVITATION_PROBLEM_TITLE}
        message={linkProblem}
        action={{ to: '/sign-in', label: 'Go to sign in' }}
      />
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          {newAccount
            ? 'Choose your name as colleagues will see it, and a password for your new account.'
            : `You already have a Lantern account for ${preview.email}. Enter its password to join.`}
        </Text>
        <FormAlert message={formError} />
        {newAccount ? (
          <TextInput
            ref={fieldErrors.refFor('name')}
            name="name"
            label="Your name"
            autoComplete="name"
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              fieldErrors.clear('name');
            }}
            error={fieldErrors.errors.name}
          />
        ) : null}
        {/* Lets password managers pair the password with the invited email. */}
        <input type="hidden" name="username" autoComplete="username" value={preview.email} />
        <PasswordField
          ref={fieldErrors.refFor('password')}
          name="password"
          label={newAccount ? 'Choose a password' : 'Password'}
          description={newAccount ? PASSWORD_RULE : undefined}
          autoComplete={newAccount ? 'new-password' : 'current-password'}
          value={password}
          onChange={(event) => {
            setPassword(event.currentTarget.value);
            fieldErrors.clear('password');
          }}
          error={fieldErrors.errors.password}
        />
        {newAccount ? null : (
          <Text size="sm">
            <Anchor component={Link} to="/forgot-password">
              Forgot your password?
            </Anchor>
          </Text>
        )}
        <Button type="submit" loading={loading} fullWidth>
          Accept invitation
        </Button>
      </Stack>
    </form>
  );
}

/**
 * The page behind an invitation link: who invited whom, as what, and the form to accept (the
 * account's password when one exists, otherwise a name and a new password). An unusable link
 * shows the API's message and no form.
 */
export function AcceptInvitationPanel({ token }: { token: string | null }) {
  const { data, loading, error } = useQuery(InvitationPreviewQueryDocument, {
    variables: { token: token ?? '' },
    skip: !token,
    // An invitation's state changes elsewhere (revoked, accepted): always ask the API.
    fetchPolicy: 'network-only',
  });

  if (!token) {
    return (
      <LinkProblem
        title={INVITATION_PROBLEM_TITLE}
        message={MISSING_TOKEN_MESSAGE}
        action={{ to: '/sign-in', label: 'Go to sign in' }}
      />
    );
  }
  if (loading) {
    return <LoadingState label="Checking your invitation…" rows={3} />;
  }
  if (error || !data) {
    return (
      <LinkProblem
        title={INVITATION_PROBLEM_TITLE}
        message={authErrorMessage(toUserError(error))}
        action={{ to: '/sign-in', label: 'Go to sign in' }}
      />
    );
  }

  const preview = data.invitationPreview;
  return (
    <Stack gap="md">
      <Text size="lg" style={{ overflowWrap: 'anywhere' }}>
        <strong>{preview.organisationName}</strong> invited <strong>{preview.email}</strong> to join
        as <strong>{ROLE_LABELS[preview.role as Role]}</strong>.
      </Text>
      <Text size="sm" c="dimmed">
        The invitation expires on <DateTimeText value={preview.expiresAt} withSeconds={false} /> (UK
        time).
      </Text>
      <AcceptForm token={token} preview={preview} />
    </Stack>
  );
}
