import { Alert, Button, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { DeprivationIndex } from '../../../gql/graphql';
import type { DeprivationLookupFieldsFragment } from '../../../gql/graphql';
import { indexLabel } from './LookupList';

const LATEST = 'LATEST';

export interface ActiveIndexFormProps {
  lookups: readonly DeprivationLookupFieldsFragment[];
  /** The index chosen with setDeprivationIndex; null: the latest loaded lookup. */
  chosen: DeprivationIndex | null;
  pending: boolean;
  error: string | null;
  onChoose: (index: DeprivationIndex | null) => void;
}

/**
 * Which loaded index partners' and sessions' deciles come from. Choosing and acting are
 * separate: the radio buttons choose, "Use this index" saves.
 */
export function ActiveIndexForm({
  lookups,
  chosen,
  pending,
  error,
  onChoose,
}: ActiveIndexFormProps) {
  const [value, setValue] = useState<string>(chosen ?? LATEST);
  const latest = [...lookups].sort((a, b) => b.loadedAt.localeCompare(a.loadedAt))[0];

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChoose(value === LATEST ? null : (value as DeprivationIndex));
  };

  return (
    <Stack component="section" aria-labelledby="active-index-heading" gap="md">
      <Title order={2} id="active-index-heading">
        Index in use
      </Title>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <Radio.Group
            name="activeIndex"
            label="Take every decile from"
            description="Partners' and sessions' deciles are worked out again from the index you choose."
            value={value}
            onChange={setValue}
          >
            <Stack gap="xs" mt="xs">
              <Radio
                value={LATEST}
                label={
                  latest
                    ? `The latest loaded lookup, now ${indexLabel(latest.indexVersion)}`
                    : 'The latest loaded lookup'
                }
              />
              {lookups.map((lookup) => (
                <Radio
                  key={lookup.id}
                  value={lookup.indexVersion}
                  label={indexLabel(lookup.indexVersion)}
                />
              ))}
            </Stack>
          </Radio.Group>
          {error ? (
            <Alert color="red" variant="light" title="The index was not changed" role="alert">
              {error}
            </Alert>
          ) : null}
          <Group>
            <Button type="submit" loading={pending} disabled={value === (chosen ?? LATEST)}>
              Use this index
            </Button>
          </Group>
          {value === (chosen ?? LATEST) ? (
            <Text size="sm" c="dimmed">
              This is the current choice.
            </Text>
          ) : null}
        </Stack>
      </form>
    </Stack>
  );
}
