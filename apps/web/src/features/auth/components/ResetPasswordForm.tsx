import { Anchor, Button, Stack, Text } from '@mantine/core';
import { passwordSchema } from '@lantern/domain';
import { LiveRegion, PasswordField } from '@lantern/ui';
import { useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { toUserError } from '../../../lib/errors';
import { useFieldErrors } from '../../../lib/forms';
import { ResetPasswordMutationDocument } from '../graphql/auth.operations';
import { authErrorMessage, PASSWORD_RULE } from '../messages';
import { FormAlert } from './FormAlert';
import { LinkProblem } from './LinkProblem';

const FIELDS = ['password', 'confirmPassword'] as const;

export const RESET_LINK_PROBLEM_TITLE = 'This reset link cannot be used';
const MISSING_TOKEN_MESSAGE =
  'The link is missing part of its address. Open it again from the email, or request a new one.';

/** Sets a new password with the token from the emailed link. */
export function ResetPasswordForm({ token }: { token: string | null }) {
  const [password, setPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [done, setDone] = useState(false);
  const [linkProblem, setLinkProblem] = useState<string | null>(
    token ? null : MISSING_TOKEN_MESSAGE,
  );
  const [formError, setFormError] = useState<string | null>(null);
  const fieldErrors = useFieldErrors(FIELDS);
  const [resetPassword, { loading }] = useMutation(ResetPasswordMutationDocument);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const byPath: Record<string, string> = {};
    const parsed = passwordSchema.safeParse(password);
    if (!parsed.success) {
      byPath['input.password'] = parsed.error.issues[0]?.message ?? 'Choose a longer password';
    }
    if (confirmPassword !== password) {
      byPath['input.confirmPassword'] = 'The two passwords do not match';
    }
    if (fieldErrors.show(byPath) || !token) {
      return;
    }
    try {
      await resetPassword({ variables: { input: { token, password } } });
      setDone(true);
    } catch (error) {
      const userError = toUserError(error);
      if (userError.fieldErrors['input.token'] || userError.code === 'NOT_FOUND') {
        setLinkProblem(userError.fieldErrors['input.token'] ?? authErrorMessage(userError));
        return;
      }
      if (fieldErrors.show(userError.fieldErrors)) {
        return;
      }
      // A BAD_USER_INPUT about nothing on this form is about the link (expired or used).
      if (userError.code === 'BAD_USER_INPUT') {
        setLinkProblem(authErrorMessage(userError));
        return;
      }
      setFormError(authErrorMessage(userError));
    }
  };

  if (linkProblem) {
    return (
      <LinkProblem
        title={RESET_LINK_PROBLEM_TITLE}
        message={linkProblem}
        action={{ to: '/forgot-password', label: 'Request a new link' }}
      />
    );
  }

  return (
    <Stack gap="md">
      <LiveRegion visuallyHidden={false}>
        {done ? (
          <Text fw={600}>Your password has been changed. Sign in with your new password.</Text>
        ) : null}
      </LiveRegion>
      {done ? (
        <Button component={Link} to="/sign-in" fullWidth>
          Sign in
        </Button>
      ) : (
        <form onSubmit={handleSubmit} noValidate>
          <Stack gap="md">
            <FormAlert message={formError} />
            <PasswordField
              ref={fieldErrors.refFor('password')}
              name="password"
              label="New password"
              description={PASSWORD_RULE}
              autoComplete="new-password"
              value={password}
              onChange={(event) => {
                setPassword(event.currentTarget.value);
                fieldErrors.clear('password');
              }}
              error={fieldErrors.errors.password}
            />
            <PasswordField
              ref={fieldErrors.refFor('confirmPassword')}
              name="confirmPassword"
              label="Confirm new password"
              autoComplete="new-password"
              value={confirmPassword}
              onChange={(event) => {
                setConfirmPassword(event.currentTarget.value);
                fieldErrors.clear('confirmPassword');
              }}
              error={fieldErrors.errors.confirmPassword}
            />
            <Button type="submit" loading={loading} fullWidth>
              Change password
            </Button>
            <Text size="sm" ta="center">
              <Anchor component={Link} to="/sign-in">
                Back to sign in
              </Anchor>
            </Text>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
