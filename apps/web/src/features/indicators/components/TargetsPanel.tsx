import { Box, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { PeriodSettings } from '@lantern/domain';
import { ConfirmDialog, EmptyState, LoadingState } from '@lantern/ui';
import { useState } from 'react';
import type {
  IndicatorFieldsFragment,
  ScopeInput,
  SetTargetInput,
  TargetFieldsFragment,
} from '../../../gql/graphql';
import { actionMessage, toUserError } from '../../../lib/errors';
import { QueryErrorState } from '../../auth';
import { describeRagRule, formatWithUnit } from '../format';
import type { ScopeOptions } from '../hooks/useIndicators';
import { useIndicatorTargets, useTargetActions } from '../hooks/useIndicators';
import { TargetFormDialog } from './TargetFormDialog';

export interface TargetsPanelProps {
  indicator: IndicatorFieldsFragment;
  canManage: boolean;
  options: ScopeOptions | null;
  settings: PeriodSettings;
  today: string;
  /** The period and scope the page shows: where a new target starts. */
  periodKey: string;
  scope: ScopeInput;
  onAnnounce: (message: string) => void;
}

/** An indicator's targets by period and scope, with the editor for heads of learning. */
export function TargetsPanel({
  indicator,
  canManage,
  options,
  settings,
  today,
  periodKey,
  scope,
  onAnnounce,
}: TargetsPanelProps) {
  const list = useIndicatorTargets(indicator.id);
  const actions = useTargetActions();
  const [editing, setEditing] = useState<TargetFieldsFragment | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [deleting, setDeleting] = useState<TargetFieldsFragment | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  const handleSave = async (input: SetTargetInput) => {
    const saved = await actions.save(input);
    setFormOpen(false);
    onAnnounce(
      saved
        ? `The target for ${saved.period.label}, ${saved.scope.label} was saved.`
        : 'The target was saved.',
    );
  };
  const handleDelete = async () => {
    if (!deleting) return;
    setDeleteError(null);
    try {
      await actions.remove(deleting.id);
      onAnnounce(`The target for ${deleting.period.label}, ${deleting.scope.label} was deleted.`);
      setDeleting(null);
    } catch (caught) {
      setDeleteError(actionMessage(toUserError(caught)));
    }
  };

  const unit = indicator.unit;
  let content;
  if (list.loading) content = <LoadingState label="Loading targets…" rows={3} />;
  else if (list.error && list.targets.length === 0)
    content = <QueryErrorState error={list.error} onRetry={list.retry} retrying={list.retrying} />;
  else if (list.targets.length === 0)
    content = (
      <EmptyState
        title="No targets yet"
        description={
          canManage
            ? 'Set a target for a period and scope, with the thresholds for green and amber.'
            : 'When your head of learning sets targets, they appear here beside the actual figures.'
        }
      />
    );
  else
    content = (
      <Box
        role="region"
        aria-label="Targets table"
        tabIndex={0}
        style={{
          position: 'relative',
          overflowX: 'auto',
          borderRadius: 'var(--mantine-radius-md)',
        }}
        bd="1px solid var(--mantine-color-gray-3)"
      >
        <Table verticalSpacing="sm" striped miw={canManage ? 880 : 720}>
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left', padding: 8 }}>
            Targets for {indicator.name}, by period and scope
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Period</Table.Th>
              <Table.Th scope="col">Scope</Table.Th>
              <Table.Th scope="col">Target</Table.Th>
              <Table.Th scope="col">Baseline</Table.Th>
              <Table.Th scope="col">Rule</Table.Th>
              {canManage ? <Table.Th scope="col">Actions</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.targets.map((target) => (
              <Table.Tr key={target.id} data-target-id={target.id}>
                <Table.Th scope="row" fw={600}>
                  {target.period.label}
                </Table.Th>
                <Table.Td>{target.scope.label}</Table.Td>
                <Table.Td>{formatWithUnit(target.targetValue, unit)}</Table.Td>
                <Table.Td>
                  {target.baselineValue === null || target.baselineValue === undefined ? (
                    <Text span c="dimmed">
                      None
                    </Text>
                  ) : (
                    <>
                      {formatWithUnit(target.baselineValue, unit)}
                      {target.baselineLabel ? ` (${target.baselineLabel})` : ''}
                    </>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {describeRagRule({ ...target, direction: indicator.direction }, unit)}
                  </Text>
                  {target.note ? (
                    <Text size="sm" c="dimmed">
                      {target.note}
                    </Text>
                  ) : null}
                </Table.Td>
                {canManage ? (
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="sm"
                        variant="default"
                        aria-label={`Change the target for ${target.period.label}, ${target.scope.label}`}
                        onClick={() => {
                          setEditing(target);
                          setFormOpen(true);
                        }}
                      >
                        Change
                      </Button>
                      <Button
                        size="sm"
                        variant="default"
                        color="red"
                        aria-label={`Delete the target for ${target.period.label}, ${target.scope.label}`}
                        onClick={() => {
                          setDeleteError(null);
                          setDeleting(target);
                        }}
                      >
                        Delete
                      </Button>
                    </Group>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
    );

  return (
    <Stack gap="md">
      {canManage ? (
        <Group>
          <Button
            onClick={() => {
              setEditing(null);
              setFormOpen(true);
            }}
          >
            Set a target
          </Button>
        </Group>
      ) : null}
      {content}
      {canManage ? (
        <>
          <TargetFormDialog
            opened={formOpen}
            indicator={indicator}
            target={editing}
            defaults={{ periodKey, scope }}
            options={options}
            settings={settings}
            today={today}
            pending={actions.saving}
            onSave={handleSave}
            onClose={() => setFormOpen(false)}
          />
          <ConfirmDialog
            opened={deleting !== null}
            title={deleting ? `Delete the target for ${deleting.period.label}?` : 'Delete target?'}
            confirmLabel="Delete target"
            destructive
            pending={actions.removing}
            error={deleteError}
            onClose={() => setDeleting(null)}
            onConfirm={() => void handleDelete()}
          >
            {deleting
              ? `The target of ${formatWithUnit(deleting.targetValue, unit)} for ${deleting.period.label}, ${deleting.scope.label} will be removed. The figures stay; they will show no target or traffic light.`
              : ''}
          </ConfirmDialog>
        </>
      ) : null}
    </Stack>
  );
}
