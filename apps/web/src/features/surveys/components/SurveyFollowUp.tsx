import { useQuery } from '@apollo/client';
import { Alert, Button, Stack, Table, Text, Title } from '@mantine/core';
import { CONSENT_GIVER_LABELS } from '@lantern/domain';
import { ConfirmDialog, DateTimeText, LoadingState, VisuallyHidden } from '@lantern/ui';
import { useState } from 'react';
import { actionMessage, toUserError } from '../../../lib/errors';
import { ScrollRegion } from './ScrollRegion';
import { QueryErrorState } from '../../auth';
import {
  SurveyContactsQueryDocument,
  SurveyFollowUpQueryDocument,
} from '../graphql/surveys.operations';
import { useSurveyActions } from '../hooks/useSurveys';
import { formatPercent } from '../labels';

/** Follow-up waves: invited, responded, response rate and attrition. */
export function SurveyFollowUpStatus({ surveyId }: { surveyId: string }) {
  const { data, loading, error, refetch } = useQuery(SurveyFollowUpQueryDocument, {
    variables: { surveyId },
  });
  if (loading && !data) return <LoadingState label="Loading follow-up…" rows={2} />;
  if (error && !data) return <QueryErrorState error={error} onRetry={() => void refetch()} />;
  const status = data?.surveyFollowUp;
  if (!status || status.consented === 0)
    return <Text c="dimmed">Nobody has agreed to be contacted yet.</Text>;
  return (
    <Stack gap="xs">
      <Text>
        {status.consented} agreed to be contacted; {status.withdrawn} have since withdrawn.
      </Text>
      <ScrollRegion label="Follow-up waves" minWidth={560}>
        <Table>
          <Table.Caption>
            Attrition compares responders with the wave before (the first wave: with everyone who
            agreed).
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Wave</Table.Th>
              <Table.Th scope="col" ta="right">
                Invited
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Responded
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Response rate
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Attrition
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Not yet due
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Cancelled
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {status.waves.map((wave) => (
              <Table.Tr key={wave.months}>
                <Table.Th scope="row" fw={500}>
                  {wave.months} months
                </Table.Th>
                {wave.suppressed ? (
                  <Table.Td colSpan={4}>
                    <Text size="sm" c="dimmed">
                      Fewer than the museum's small-cell threshold
                    </Text>
                  </Table.Td>
                ) : (
                  <>
                    <Table.Td ta="right">{wave.invited}</Table.Td>
                    <Table.Td ta="right">{wave.responded}</Table.Td>
                    <Table.Td ta="right">{formatPercent(wave.responseRate)}</Table.Td>
                    <Table.Td ta="right">{formatPercent(wave.attrition)}</Table.Td>
                  </>
                )}
                <Table.Td ta="right">{wave.pending}</Table.Td>
                <Table.Td ta="right">{wave.cancelled}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </Stack>
  );
}

/** People who agreed to follow-up (personal data: only for roles with personal_data.read). */
export function SurveyContacts({ surveyId }: { surveyId: string }) {
  const { data, loading, error, refetch } = useQuery(SurveyContactsQueryDocument, {
    variables: { surveyId },
  });
  const actions = useSurveyActions();
  const [withdrawing, setWithdrawing] = useState<{ id: string; email: string } | null>(null);
  const [pending, setPending] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  if (loading && !data) return <LoadingState label="Loading contacts…" rows={2} />;
  if (error && !data) return <QueryErrorState error={error} onRetry={() => void refetch()} />;
  const contacts = data?.surveyContacts ?? [];

  const handleWithdraw = async () => {
    if (!withdrawing) return;
    setPending(true);
    setActionError(null);
    try {
      await actions.withdraw(withdrawing.id);
      setDone(`Consent withdrawn: ${withdrawing.email} was deleted.`);
      setWithdrawing(null);
    } catch (caught) {
      setActionError(actionMessage(toUserError(caught)));
    } finally {
      setPending(false);
    }
  };

  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        Contacts
      </Title>
      <Text size="sm" c="dimmed">
        Personal data: never shown to trustees and never included in exports. Contacts cannot be
        linked to answers.
      </Text>
      {done ? (
        <Alert color="green" role="status">
          {done}
        </Alert>
      ) : null}
      {contacts.length === 0 ? (
        <Text c="dimmed">No contacts.</Text>
      ) : (
        <ScrollRegion label="Contacts" minWidth={560}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Email</Table.Th>
                <Table.Th scope="col">Consent given by</Table.Th>
                <Table.Th scope="col">Agreed</Table.Th>
                <Table.Th scope="col">Waves</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contacts.map((contact) => (
                <Table.Tr key={contact.id}>
                  <Table.Td>
                    {contact.email ?? (
                      <Text size="sm" c="dimmed">
                        Withdrawn{' '}
                        {contact.withdrawnAt ? <DateTimeText value={contact.withdrawnAt} /> : null}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{CONSENT_GIVER_LABELS[contact.givenBy]}</Table.Td>
                  <Table.Td>
                    <DateTimeText value={contact.consentedAt} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      {contact.invitations
                        .map((i) => `${i.months} months: ${i.status.toLowerCase()}`)
                        .join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {contact.email ? (
                      <Button
                        size="xs"
                        variant="default"
                        color="red"
                        onClick={() =>
                          setWithdrawing({ id: contact.id, email: contact.email ?? '' })
                        }
                      >
                        Withdraw consent
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      <ConfirmDialog
        opened={withdrawing !== null}
        title="Withdraw consent?"
        confirmLabel="Withdraw and delete the email"
        destructive
        pending={pending}
        error={actionError}
        onConfirm={() => void handleWithdraw()}
        onClose={() => setWithdrawing(null)}
      >
        {withdrawing?.email} will be deleted at once and no more follow-up emails will be sent. This
        cannot be undone.
      </ConfirmDialog>
    </Stack>
  );
}
