import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { parseWithFieldErrors, signInInputSchema } from '@lantern/domain';
import { PasswordField } from '@lantern/ui';
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client';
import { Link } from 'react-router';
import { toUserError } from '../../../lib/errors';
import { fieldErrorMap, useFieldErrors } from '../../../lib/forms';
import { SignInMutationDocument } from '../graphql/auth.operations';
import { useStartSession } from '../hooks/useStartSession';
import { authErrorMessage } from '../messages';
import { safeNextPath } from '../next-path';
import { FormAlert } from './FormAlert';

const FIELDS = ['email', 'password'] as const;

export interface SignInFormProps {
  /** Where to go afterwards (from `?next=`); anything but a path on this site goes home. */
  next?: string | null;
}

export function SignInForm({ next }: SignInFormProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const fieldErrors = useFieldErrors(FIELDS);
  const [signIn, { loading }] = useMutation(SignInMutationDocument);
  const startSession = useStartSession();

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const parsed = parseWithFieldErrors(signInInputSchema, { email, password });
    if (!parsed.ok) {
      fieldErrors.show(fieldErrorMap(parsed.fieldErrors));
      return;
    }
    fieldErrors.clearAll();
    try {
      const { data } = await signIn({ variables: { input: parsed.value } });
      if (data) {
        await startSession(data.signIn, safeNextPath(next));
      }
    } catch (error) {
      const userError = toUserError(error);
      if (!fieldErrors.show(userError.fieldErrors)) {
        setFormError(authErrorMessage(userError));
      }
    }
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <FormAlert message={formError} />
        <TextInput
          ref={fieldErrors.refFor('email')}
          name="email"
          type="email"
          label="Email address"
          autoComplete="email"
          value={email}
          onChange={(event) => {
            setEmail(event.currentTarget.value);
            fieldErrors.clear('email');
          }}
          error={fieldErrors.errors.email}
        />
        <PasswordField
          ref={fieldErrors.refFor('password')}
          name="password"
          label="Password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => {
            setPassword(event.currentTarget.value);
            fieldErrors.clear('password');
          }}
          error={fieldErrors.errors.password}
        />
        <Group justify="flex-end">
          <Anchor component={Link} to="/forgot-password" size="sm">
            Forgot your password?
          </Anchor>
        </Group>
        <Button type="submit" loading={loading} fullWidth>
          Sign in
        </Button>
        <Text size="sm" ta="center">
          New to Lantern?{' '}
          <Anchor component={Link} to="/sign-up">
            Create an account
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
