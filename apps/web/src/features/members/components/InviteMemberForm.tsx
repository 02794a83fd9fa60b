import { Button, Group, Radio, Stack, TextInput, Title } from '@mantine/core';
import { inviteMemberInputSchema, parseWithFieldErrors, ROLES, type Role } from '@lantern/domain';
import { useState, type FormEvent } from 'react';
import { actionMessage, toUserError } from '../../../lib/errors';
import { fieldErrorMap, useFieldErrors } from '../../../lib/forms';
import { FormAlert } from '../../auth/components/FormAlert';
import { ROLE_DESCRIPTIONS, roleLabel } from '../roles';

const FIELDS = ['email', 'role'] as const;
export const INVITE_HEADING_ID = 'invite-someone-heading';

export interface InviteMemberFormProps {
  pending: boolean;
  /** Sends the invitation; rejects with the API's error. */
  onInvite: (email: string, role: Role) => Promise<unknown>;
  /** Called with the email once the invitation is on its way. */
  onInvited: (email: string) => void;
}

/** "Invite someone": an email address and a role, each role with what it is for. */
export function InviteMemberForm({ pending, onInvite, onInvited }: InviteMemberFormProps) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('LEARNING_OFFICER');
  const [formError, setFormError] = useState<string | null>(null);
  const fieldErrors = useFieldErrors(FIELDS);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const parsed = parseWithFieldErrors(inviteMemberInputSchema, { email, role });
    if (!parsed.ok) {
      fieldErrors.show(fieldErrorMap(parsed.fieldErrors));
      return;
    }
    fieldErrors.clearAll();
    try {
      await onInvite(parsed.value.email, parsed.value.role);
      setEmail('');
      onInvited(parsed.value.email);
    } catch (error) {
      const userError = toUserError(error);
      if (!fieldErrors.show(userError.fieldErrors)) {
        setFormError(actionMessage(userError));
      }
    }
  };

  return (
    <form aria-labelledby={INVITE_HEADING_ID} onSubmit={handleSubmit} noValidate>
      <Stack gap="md" maw={560}>
        <Title order={2} id={INVITE_HEADING_ID}>
          Invite someone
        </Title>
        <FormAlert title="The invitation was not sent" message={formError} />
        <TextInput
          ref={fieldErrors.refFor('email')}
          name="email"
          type="email"
          label="Email address"
          description="We will email them a link to join. It works for 7 days."
          autoComplete="off"
          value={email}
          onChange={(event) => {
            setEmail(event.currentTarget.value);
            fieldErrors.clear('email');
          }}
          error={fieldErrors.errors.email}
        />
        <Radio.Group
          name="role"
          label="Role"
          value={role}
          onChange={(value) => {
            setRole(value as Role);
            fieldErrors.clear('role');
          }}
          error={fieldErrors.errors.role}
        >
          <Stack gap="sm" mt="xs">
            {ROLES.map((option, index) => (
              <Radio
                key={option}
                ref={index === 0 ? fieldErrors.refFor('role') : undefined}
                value={option}
                label={roleLabel(option)}
                // Mantine does not tie the description to the input: do it, so it is read out.
                description={
                  <span id={`invite-role-${option}-description`}>{ROLE_DESCRIPTIONS[option]}</span>
                }
                aria-describedby={`invite-role-${option}-description`}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Group>
          <Button type="submit" loading={pending}>
            Send invitation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
