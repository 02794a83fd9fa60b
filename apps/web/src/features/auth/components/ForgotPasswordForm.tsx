import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { parseWithFieldErrors, requestPasswordResetInputSchema } from '@lantern/domain';
import { LiveRegion } from '@lantern/ui';
import { useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { toUserError } from '../../../lib/errors';
import { fieldErrorMap, useFieldErrors } from '../../../lib/forms';
import { RequestPasswordResetMutationDocument } from '../graphql/auth.operations';
import { authErrorMessage } from '../messages';
import { FormAlert } from './FormAlert';

const FIELDS = ['email'] as const;

export const RESET_LINK_SENT_MESSAGE =
  "If an account exists for that email, we've sent a link to reset the password. The link works for one hour.";

/** Asks for a reset link. The answer never says whether an account exists. */
export function ForgotPasswordForm() {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const fieldErrors = useFieldErrors(FIELDS);
  const [requestReset, { loading }] = useMutation(RequestPasswordResetMutationDocument);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const parsed = parseWithFieldErrors(requestPasswordResetInputSchema, { email });
    if (!parsed.ok) {
      fieldErrors.show(fieldErrorMap(parsed.fieldErrors));
      return;
    }
    fieldErrors.clearAll();
    try {
      await requestReset({ variables: { input: parsed.value } });
      setSent(true);
    } catch (error) {
      const userError = toUserError(error);
      if (!fieldErrors.show(userError.fieldErrors)) {
        setFormError(authErrorMessage(userError));
      }
    }
  };

  return (
    <Stack gap="md">
      <LiveRegion visuallyHidden={false}>
        {sent ? <Text fw={600}>{RESET_LINK_SENT_MESSAGE}</Text> : null}
      </LiveRegion>
      {sent ? (
        <Text size="sm">
          <Anchor component={Link} to="/sign-in">
            Back to sign in
          </Anchor>
        </Text>
      ) : (
        <form onSubmit={handleSubmit} noValidate>
          <Stack gap="md">
            <FormAlert message={formError} />
            <TextInput
              ref={fieldErrors.refFor('email')}
              name="email"
              type="email"
              label="Email address"
              description="The email address you sign in with."
              autoComplete="email"
              value={email}
              onChange={(event) => {
                setEmail(event.currentTarget.value);
                fieldErrors.clear('email');
              }}
              error={fieldErrors.errors.email}
            />
            <Button type="submit" loading={loading} fullWidth>
              Send reset link
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
