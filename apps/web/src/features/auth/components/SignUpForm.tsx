import { Anchor, Button, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import {
  parseWithFieldErrors,
  signUpInputSchema,
  type Nation,
  type OrganisationKind,
} from '@lantern/domain';
import { PasswordField } from '@lantern/ui';
import { useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { toUserError } from '../../../lib/errors';
import { fieldErrorMap, useFieldErrors } from '../../../lib/forms';
import { NATION_OPTIONS, ORGANISATION_KIND_OPTIONS } from '../../../lib/labels';
import { SignUpMutationDocument } from '../graphql/auth.operations';
import { useStartSession } from '../hooks/useStartSession';
import { authErrorMessage, PASSWORD_RULE } from '../messages';
import { FormAlert } from './FormAlert';

const FIELDS = [
  'organisationName',
  'organisationKind',
  'nation',
  'name',
  'email',
  'password',
] as const;

interface SignUpValues {
  organisationName: string;
  organisationKind: OrganisationKind;
  nation: Nation;
  name: string;
  email: string;
  password: string;
}

/** Creates an organisation and its first admin, then signs them in. */
export function SignUpForm() {
  const [values, setValues] = useState<SignUpValues>({
    organisationName: '',
    organisationKind: 'MUSEUM',
    nation: 'ENGLAND',
    name: '',
    email: '',
    password: '',
  });
  const [formError, setFormError] = useState<string | null>(null);
  const fieldErrors = useFieldErrors(FIELDS);
  const [signUp, { loading }] = useMutation(SignUpMutationDocument);
  const startSession = useStartSession();

  const update = <Field extends keyof SignUpValues>(field: Field, value: SignUpValues[Field]) => {
    setValues((current) => ({ ...current, [field]: value }));
    fieldErrors.clear(field);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const parsed = parseWithFieldErrors(signUpInputSchema, values);
    if (!parsed.ok) {
      fieldErrors.show(fieldErrorMap(parsed.fieldErrors));
      return;
    }
    fieldErrors.clearAll();
    try {
      const { data } = await signUp({ variables: { input: parsed.value } });
      if (data) {
        await startSession(data.signUp, '/');
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
          ref={fieldErrors.refFor('organisationName')}
          name="organisationName"
          label="Organisation name"
          description="Your museum, gallery, heritage site or museum service."
          autoComplete="organization"
          value={values.organisationName}
          onChange={(event) => update('organisationName', event.currentTarget.value)}
          error={fieldErrors.errors.organisationName}
        />
        <NativeSelect
          ref={fieldErrors.refFor('organisationKind')}
          name="organisationKind"
          label="Type of organisation"
          data={ORGANISATION_KIND_OPTIONS}
          value={values.organisationKind}
          onChange={(event) =>
            update('organisationKind', event.currentTarget.value as OrganisationKind)
          }
          error={fieldErrors.errors.organisationKind}
        />
        <NativeSelect
          ref={fieldErrors.refFor('nation')}
          name="nation"
          label="Nation"
          description="Sets the deprivation index and the usual school year."
          data={NATION_OPTIONS}
          value={values.nation}
          onChange={(event) => update('nation', event.currentTarget.value as Nation)}
          error={fieldErrors.errors.nation}
        />
        <TextInput
          ref={fieldErrors.refFor('name')}
          name="name"
          label="Your name"
          autoComplete="name"
          value={values.name}
          onChange={(event) => update('name', event.currentTarget.value)}
          error={fieldErrors.errors.name}
        />
        <TextInput
          ref={fieldErrors.refFor('email')}
          name="email"
          type="email"
          label="Email address"
          autoComplete="email"
          value={values.email}
          onChange={(event) => update('email', event.currentTarget.value)}
          error={fieldErrors.errors.email}
        />
        <PasswordField
          ref={fieldErrors.refFor('password')}
          name="password"
          label="Password"
          description={PASSWORD_RULE}
          autoComplete="new-password"
          value={values.password}
          onChange={(event) => update('password', event.currentTarget.value)}
          error={fieldErrors.errors.password}
        />
        <Button type="submit" loading={loading} fullWidth>
          Create account
        </Button>
        <Text size="sm" ta="center">
          Already have an account?{' '}
          <Anchor component={Link} to="/sign-in">
            Sign in
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
