import { useLazyQuery } from '@apollo/client';
import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { postcodeSchema } from '@lantern/domain';
import { LiveRegion } from '@lantern/ui';
import { useRef, useState, type FormEvent } from 'react';
import { actionMessage, toUserError } from '../../../lib/errors';
import { DeprivationDecileQueryDocument } from '../graphql/lookups.operations';
import { indexLabel } from './LookupList';

type Outcome =
  | { kind: 'found'; postcode: string; decile: number; indexVersion: string; areaCode: string }
  | { kind: 'missing'; postcode: string }
  | { kind: 'error'; message: string };

/** "Check a postcode": its decile in the index in use, or that the lookup lacks it. */
export function PostcodeCheck() {
  const [postcode, setPostcode] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [check, { loading }] = useLazyQuery(DeprivationDecileQueryDocument, {
    fetchPolicy: 'network-only',
  });

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setOutcome(null);
    const parsed = postcodeSchema.safeParse(postcode);
    if (!parsed.success) {
      setFieldError(parsed.error.issues[0]?.message ?? 'Enter a UK postcode like SW1A 1AA');
      inputRef.current?.focus();
      return;
    }
    setFieldError(null);
    const { data, error } = await check({ variables: { postcode: parsed.data } });
    if (error) {
      const userError = toUserError(error);
      const message = userError.fieldErrors['postcode'];
      if (message) {
        setFieldError(message);
        inputRef.current?.focus();
      } else {
        setOutcome({ kind: 'error', message: actionMessage(userError) });
      }
      return;
    }
    const found = data?.deprivationDecile;
    setOutcome(
      found
        ? {
            kind: 'found',
            postcode: found.postcode,
            decile: found.decile,
            indexVersion: found.indexVersion,
            areaCode: found.areaCode,
          }
        : { kind: 'missing', postcode: parsed.data },
    );
  };

  let result = null;
  if (outcome?.kind === 'found') {
    result = (
      <Paper withBorder radius="md" p="md" bg="gray.0" data-postcode-result>
        <Text fw={600}>
          {outcome.postcode}: decile {outcome.decile} of 10 in {indexLabel(outcome.indexVersion)}
        </Text>
        <Text size="sm" c="dimmed">
          Area {outcome.areaCode}. Decile 1 is the most deprived 10% of areas, decile 10 the least.
        </Text>
      </Paper>
    );
  } else if (outcome?.kind === 'missing') {
    result = (
      <Paper withBorder radius="md" p="md" bg="gray.0" data-postcode-result>
        <Text fw={600}>{outcome.postcode} is not in the lookup in use.</Text>
        <Text size="sm" c="dimmed">
          Partners and sessions with this postcode have no decile until a lookup that covers it is
          loaded.
        </Text>
      </Paper>
    );
  } else if (outcome?.kind === 'error') {
    result = (
      <Text c="red.7" size="sm">
        {outcome.message}
      </Text>
    );
  }

  return (
    <Stack component="section" aria-labelledby="postcode-check-heading" gap="md">
      <Title order={2} id="postcode-check-heading">
        Check a postcode
      </Title>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-label="Check a postcode">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            ref={inputRef}
            label="Postcode"
            name="postcode"
            autoComplete="off"
            value={postcode}
            error={fieldError}
            onChange={(event) => {
              setPostcode(event.currentTarget.value);
              setFieldError(null);
            }}
            styles={{ root: { width: 200 } }}
          />
          <Button type="submit" variant="default" loading={loading}>
            Check postcode
          </Button>
        </Group>
      </form>
      <LiveRegion visuallyHidden={false}>{result}</LiveRegion>
    </Stack>
  );
}
