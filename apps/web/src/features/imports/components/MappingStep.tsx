import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { checkMapping, type ColumnMapping, type TargetField } from '@lantern/domain';
import { useMemo, useRef, useState, type FormEvent } from 'react';

export interface MappingColumnView {
  /** The file's header, as written. */
  column: string;
  /** The field Lantern suggests (or that was chosen last), null for "not imported". */
  field: string | null;
  /** The suggestion came from the mapping saved at the museum's last import. */
  remembered: boolean;
  /** A few values from the column, to recognise it by (once the file has been checked). */
  samples: readonly string[];
}

export interface TargetFieldView {
  field: string;
  label: string;
  required: boolean;
  description: string;
}

export interface MappingStepProps {
  /** Id of the step's heading, which names the form. */
  headingId?: string;
  columns: readonly MappingColumnView[];
  targetFields: readonly TargetFieldView[];
  pending: boolean;
  /** Why saving the mapping failed (the API's words). */
  error?: string | null;
  onSubmit: (columns: Array<{ column: string; field: string | null }>) => void;
  /** Shown when the columns are being matched again: go back without changing anything. */
  onCancel?: () => void;
}

const NOT_IMPORTED = '';

function columnName(column: string) {
  return column.trim() === '' ? '(column with no heading)' : column;
}

/**
 * Step 2: one row per column of the file, with a few of its values and the Lantern field it
 * fills. Lantern's suggestions (and the mapping remembered from the last import) come chosen;
 * a required field with no column, or a field chosen twice, is named before continuing.
 */
export function MappingStep({
  headingId = 'mapping-heading',
  columns,
  targetFields,
  pending,
  error,
  onSubmit,
  onCancel,
}: MappingStepProps) {
  const [mapping, setMapping] = useState<Record<string, string>>(() =>
    Object.fromEntries(columns.map((c) => [c.column, c.field ?? NOT_IMPORTED])),
  );
  const [submitted, setSubmitted] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const options = useMemo(
    () => [
      { value: NOT_IMPORTED, label: 'Not imported' },
      ...targetFields.map((target) => ({
        value: target.field,
        label: target.required ? `${target.label} (required)` : target.label,
      })),
    ],
    [targetFields],
  );
  const byField = useMemo(
    () => new Map(targetFields.map((target) => [target.field, target])),
    [targetFields],
  );

  const problems = useMemo(() => {
    const asMapping: ColumnMapping = {};
    for (const [column, field] of Object.entries(mapping)) {
      asMapping[column] = field === NOT_IMPORTED ? null : (field as TargetField);
    }
    return checkMapping(asMapping);
  }, [mapping]);

  /** Columns sharing a field with another column: each gets the message beside it. */
  const clashes = useMemo(() => {
    const columnsOf = new Map<string, string[]>();
    for (const [column, field] of Object.entries(mapping)) {
      if (field === NOT_IMPORTED) continue;
      columnsOf.set(field, [...(columnsOf.get(field) ?? []), column]);
    }
    const result = new Map<string, string>();
    for (const [field, list] of columnsOf) {
      if (list.length < 2) continue;
      for (const column of list) {
        const others = list.filter((other) => other !== column).map(columnName);
        result.set(
          column,
          `${byField.get(field)?.label ?? field} is also chosen for ${others.join(', ')}: choose one column for it`,
        );
      }
    }
    return result;
  }, [mapping, byField]);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (problems.length > 0) {
      summaryRef.current?.focus();
      return;
    }
    onSubmit(
      columns.map(({ column }) => ({
        column,
        field: mapping[column] === NOT_IMPORTED ? null : (mapping[column] ?? null),
      })),
    );
  };

  const required = targetFields.filter((target) => target.required).map((target) => target.label);

  return (
    <form onSubmit={handleSubmit} noValidate aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} id={headingId} tabIndex={-1}>
          Match your columns to Lantern’s fields
        </Title>
        <Text size="sm" c="dimmed" maw="70ch">
          Choose what each column of your spreadsheet holds. {required.join(', ')} are required;
          columns marked “Not imported” are left out. Lantern remembers your choices for the next
          file.
        </Text>

        {problems.length > 0 ? (
          // Not a live region while choosing (it would interrupt every change); an alert once
          // Continue has been pressed, with focus moved to it.
          <Paper
            ref={summaryRef}
            tabIndex={-1}
            role={submitted ? 'alert' : undefined}
            data-mapping-problems
            withBorder
            radius="md"
            p="md"
            bg={submitted ? 'red.0' : 'yellow.0'}
            style={{
              borderColor: submitted
                ? 'var(--mantine-color-red-7)'
                : 'var(--mantine-color-yellow-7)',
            }}
          >
            <Text fw={700} size="sm" c={submitted ? 'red.8' : undefined}>
              {submitted ? 'Fix the column matching to continue' : 'Before you continue'}
            </Text>
            <List size="sm" spacing={4} mt={4}>
              {problems.map((problem) => (
                <List.Item key={`${problem.field}-${problem.message}`}>{problem.message}</List.Item>
              ))}
            </List>
          </Paper>
        ) : null}

        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {columns.map((column) => {
            const value = mapping[column.column] ?? NOT_IMPORTED;
            const target = byField.get(value);
            const samples = column.samples.filter((sample) => sample.trim() !== '').slice(0, 3);
            return (
              <Paper component="li" key={column.column} withBorder radius="md" p="sm">
                <NativeSelect
                  label={
                    <Group gap={8} component="span" wrap="wrap">
                      <span style={{ overflowWrap: 'anywhere' }}>{columnName(column.column)}</span>
                      {column.remembered && value === (column.field ?? NOT_IMPORTED) ? (
                        <Badge variant="light" color="blue" size="sm" tt="none" component="span">
                          Remembered from your last import
                        </Badge>
                      ) : null}
                    </Group>
                  }
                  description={
                    samples.length > 0 || target ? (
                      <>
                        {samples.length > 0 ? `For example: ${samples.join(', ')}` : null}
                        {samples.length > 0 && target ? <br /> : null}
                        {target ? `${target.label}: ${target.description}` : null}
                      </>
                    ) : undefined
                  }
                  data={options}
                  value={value}
                  error={clashes.get(column.column)}
                  onChange={(event) => {
                    const next = event.currentTarget.value;
                    setMapping((current) => ({ ...current, [column.column]: next }));
                  }}
                  styles={{ root: { maxWidth: 640 } }}
                />
              </Paper>
            );
          })}
        </Stack>

        {error ? (
          <Alert color="red" variant="light" title="The columns were not saved" role="alert">
            {error}
          </Alert>
        ) : null}

        <Group gap="sm">
          <Button type="submit" loading={pending}>
            Continue
          </Button>
          {onCancel ? (
            <Button variant="default" onClick={onCancel} disabled={pending}>
              Keep the current matching
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
