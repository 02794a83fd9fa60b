import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { CalendarDateText, DateTimeText } from '@lantern/ui';
import type { ReactNode } from 'react';
import type { ActionEntryFieldsFragment } from '../../../gql/graphql';

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm">
      <Text span fw={600}>
        {label}:
      </Text>{' '}
      {children}
    </Text>
  );
}

/**
 * A commitment's actions, newest first. A corrected entry stays in the trail, struck through,
 * with the entry that corrects it named; a correction names the entry it corrects.
 */
export function ActionTimeline({
  entries,
  canRecord,
  onCorrect,
  labelledBy,
}: {
  entries: readonly ActionEntryFieldsFragment[];
  canRecord: boolean;
  onCorrect: (entry: ActionEntryFieldsFragment) => void;
  labelledBy: string;
}) {
  const sequenceOf = new Map(entries.map((entry) => [entry.id, entry.sequence]));
  return (
    <Stack
      component="ol"
      gap="sm"
      aria-labelledby={labelledBy}
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {entries.map((entry) => {
        const corrected = !!entry.amendedById;
        const Body = corrected ? 'del' : 'div';
        return (
          <Paper
            component="li"
            key={entry.id}
            withBorder
            p="md"
            radius="md"
            bg={corrected ? 'gray.0' : undefined}
          >
            <Stack gap={6}>
              <Group gap="xs" wrap="wrap">
                <Text fw={600}>
                  <CalendarDateText value={entry.occurredOn} />
                </Text>
                <Text size="sm" c="dimmed">
                  Entry {entry.sequence}
                </Text>
                {corrected ? (
                  <Badge color="gray" variant="light">
                    Corrected by entry {sequenceOf.get(entry.amendedById!) ?? 'a later entry'}
                  </Badge>
                ) : null}
                {entry.amendsId ? (
                  <Badge color="blue" variant="light">
                    Corrects entry {sequenceOf.get(entry.amendsId) ?? 'an earlier entry'}
                  </Badge>
                ) : null}
              </Group>
              <Body style={corrected ? { color: 'var(--mantine-color-gray-7)' } : undefined}>
                <Stack gap={4}>
                  <Text>{entry.whatWasDone}</Text>
                  {entry.withWhom ? <Detail label="With">{entry.withWhom}</Detail> : null}
                  {entry.observedEffect ? (
                    <Detail label="Observed effect">{entry.observedEffect}</Detail>
                  ) : null}
                  {entry.nextStep ? <Detail label="Next step">{entry.nextStep}</Detail> : null}
                </Stack>
              </Body>
              {entry.evidence.length ? (
                <Detail label="Evidence">
                  {entry.evidence.map((item, index) => (
                    <span key={item.id}>
                      {index ? ', ' : ''}
                      <Anchor href={`/evidence#evidence-${item.id}`} size="sm">
                        {item.title}
                      </Anchor>
                    </span>
                  ))}
                </Detail>
              ) : null}
              <Text size="xs" c="dimmed">
                Recorded by {entry.authorName}, <DateTimeText value={entry.recordedAt} />
              </Text>
              {canRecord && !corrected ? (
                <Group>
                  <Button
                    variant="default"
                    size="xs"
                    onClick={() => onCorrect(entry)}
                    aria-label={`Correct entry ${entry.sequence}`}
                  >
                    Correct this entry
                  </Button>
                </Group>
              ) : null}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
