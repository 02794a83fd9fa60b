import { Group, Progress, Stack, Text } from '@mantine/core';
import { useId } from 'react';

export interface ProgressBarProps {
  /** What is progressing ("Uploading activity-log.csv"); the bar's accessible name. */
  label: string;
  /** 0-100; null while the total is not known yet (an indeterminate, animated bar). */
  value: number | null;
  /** The value in words, shown beside the label and read out ("40 of 74 rows"). */
  valueText?: string;
}

/**
 * A labelled progress bar. The bar itself is not a live region (it would chatter): announce
 * milestones separately, e.g. with LiveRegion.
 */
export function ProgressBar({ label, value, valueText }: ProgressBarProps) {
  const id = useId();
  const known = value !== null && Number.isFinite(value);
  const percent = known ? Math.max(0, Math.min(100, Math.round(value))) : 100;
  const text = valueText ?? (known ? `${percent}%` : undefined);
  return (
    <Stack gap={6}>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text id={`${id}-label`} size="sm" fw={600}>
          {label}
        </Text>
        {text ? (
          <Text size="sm" c="dimmed" aria-hidden="true">
            {text}
          </Text>
        ) : null}
      </Group>
      <Progress.Root size="lg" radius="xl">
        <Progress.Section
          withAria={false}
          value={percent}
          animated={!known}
          role="progressbar"
          aria-labelledby={`${id}-label`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={known ? percent : undefined}
          aria-valuetext={text}
        />
      </Progress.Root>
    </Stack>
  );
}
