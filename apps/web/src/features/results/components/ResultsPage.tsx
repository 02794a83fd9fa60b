import {
  Anchor,
  Box,
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import {
  Announcement,
  ConfirmDialog,
  EmptyState,
  LoadingState,
  PageHeader,
  StatusBadge,
  VisuallyHidden,
} from '@lantern/ui';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type {
  IndicatorFieldsFragment,
  IndicatorValueFieldsFragment,
  ResultFieldsFragment,
  SaveResultInput,
  ScopeInput,
} from '../../../gql/graphql';
import { actionMessage, toUserError } from '../../../lib/errors';
import { QueryErrorState, useViewer } from '../../auth';
import {
  DISAGGREGATION_LABELS,
  FigureText,
  formatWithUnit,
  nText,
  RagBadge,
  RESULT_STATUS_LABELS,
  RESULT_STATUS_TONES,
  ScopePicker,
  scopeFromParam,
  scopeToParam,
  useScopeOptions,
} from '../../indicators';
import { PeriodPicker, usePeriodParam, usePeriodSettings } from '../../periods';
import { useResultActions, useResultsPage } from '../hooks/useResults';
import { LockPeriodDialog, PeriodLockBanner, UnlockPeriodDialog } from './PeriodLockPanel';
import { ResultFormDialog } from './ResultFormDialog';

type IndicatorRow = IndicatorValueFieldsFragment & { indicator: IndicatorFieldsFragment };

/** "Total", or "Age band: 5-10". */
function cellName(result: ResultFieldsFragment): string {
  if (!result.disaggregation) return 'Total';
  return `${DISAGGREGATION_LABELS[result.disaggregation]}: ${result.cellLabel ?? result.cellKey ?? ''}`;
}

interface Permissions {
  canWrite: boolean;
  canApprove: boolean;
}

function ResultsTable({
  row,
  results,
  threshold,
  locked,
  permissions,
  selected,
  onToggle,
  onEdit,
  onDelete,
}: {
  row: IndicatorRow;
  results: ResultFieldsFragment[];
  threshold: number;
  locked: boolean;
  permissions: Permissions;
  selected: ReadonlySet<string>;
  onToggle: (id: string, on: boolean) => void;
  onEdit: (result: ResultFieldsFragment) => void;
  onDelete: (result: ResultFieldsFragment) => void;
}) {
  const indicator = row.indicator;
  const enterable = indicator.source === 'MANUAL' || indicator.source === 'MILESTONE';
  const showSelect = permissions.canApprove && !locked;
  const showActions = permissions.canWrite && !locked;
  return (
    <Box
      role="region"
      aria-label={`Results for ${indicator.name}`}
      tabIndex={0}
      style={{ position: 'relative', overflowX: 'auto', borderRadius: 'var(--mantine-radius-md)' }}
      bd="1px solid var(--mantine-color-gray-3)"
    >
      <Table verticalSpacing="xs" miw={720}>
        <Table.Caption style={{ captionSide: 'top', padding: 0, margin: 0 }}>
          <VisuallyHidden>Results for {indicator.name}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {showSelect ? (
              <Table.Th scope="col">
                <VisuallyHidden>Select for approval</VisuallyHidden>
              </Table.Th>
            ) : null}
            <Table.Th scope="col">Figure</Table.Th>
            <Table.Th scope="col">Value</Table.Th>
            <Table.Th scope="col">n</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Commentary</Table.Th>
            {showActions ? <Table.Th scope="col">Actions</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {results.map((result) => (
            <Table.Tr key={result.id} data-result-id={result.id}>
              {showSelect ? (
                <Table.Td>
                  {result.status === 'DRAFT' ? (
                    <Checkbox
                      aria-label={`Select ${indicator.name}, ${cellName(result)} for approval`}
                      checked={selected.has(result.id)}
                      onChange={(event) => onToggle(result.id, event.currentTarget.checked)}
                    />
                  ) : null}
                </Table.Td>
              ) : null}
              <Table.Th scope="row" fw={500}>
                {cellName(result)}
              </Table.Th>
              <Table.Td>
                <FigureText
                  value={result.value}
                  unit={indicator.unit}
                  suppressed={result.suppressed}
                  threshold={threshold}
                />
              </Table.Td>
              <Table.Td>{result.suppressed ? '—' : (result.n ?? '—')}</Table.Td>
              <Table.Td>
                <StatusBadge
                  tone={RESULT_STATUS_TONES[result.status]}
                  label={RESULT_STATUS_LABELS[result.status]}
                  size="sm"
                />
                {result.approvedBy ? (
                  <Text size="xs" c="dimmed" mt={4}>
                    Approved by {result.approvedBy.name}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                {result.commentary ? (
                  <Text size="sm">{result.commentary}</Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    None
                  </Text>
                )}
              </Table.Td>
              {showActions ? (
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {enterable ? (
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={`Change ${indicator.name}, ${cellName(result)}`}
                        onClick={() => onEdit(result)}
                      >
                        Change
                      </Button>
                    ) : null}
                    {result.status === 'DRAFT' ? (
                      <Button
                        size="xs"
                        variant="default"
                        color="red"
                        aria-label={`Delete ${indicator.name}, ${cellName(result)}`}
                        onClick={() => onDelete(result)}
                      >
                        Delete
                      </Button>
                    ) : null}
                  </Group>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}

/**
 * One period's results: every indicator's value against its target, its results with their
 * status, entry for manual and milestone indicators, approval, and locking the period.
 */
export function ResultsPage() {
  const { can } = useViewer();
  const permissions: Permissions = {
    canWrite: can('results.write'),
    canApprove: can('results.approve'),
  };
  const canLock = can('periods.lock');
  const seesDrafts = can('drafts.read');
  const { period, setPeriodKey, settings, today } = usePeriodParam();
  const { smallCellThreshold } = usePeriodSettings();
  const [searchParams, setSearchParams] = useSearchParams();
  const scope: ScopeInput = scopeFromParam(searchParams.get('scope'));
  const periodInput = useMemo(() => ({ key: period.key }), [period.key]);
  const page = useResultsPage(periodInput, scope);
  const scopes = useScopeOptions();
  const actions = useResultActions();

  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [entering, setEntering] = useState<{
    indicator: IndicatorFieldsFragment;
    result: ResultFieldsFragment | null;
  } | null>(null);
  const [deleting, setDeleting] = useState<ResultFieldsFragment | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [lockOpen, setLockOpen] = useState(false);
  const [unlockOpen, setUnlockOpen] = useState(false);

  const lock = page.data?.periodLocks.find((item) => item.period.key === period.key) ?? null;
  const locked = lock !== null;
  const rows = (page.data?.indicatorValues ?? []) as IndicatorRow[];
  const results = (page.data?.results ?? []).filter(
    (result) => seesDrafts || result.status !== 'DRAFT',
  );
  const resultsFor = (indicatorId: string) =>
    results.filter((result) => result.indicator.id === indicatorId);
  const draftIds = new Set(results.filter((r) => r.status === 'DRAFT').map((r) => r.id));
  const selectedDrafts = [...selected].filter((id) => draftIds.has(id));

  const setScope = (next: ScopeInput) => {
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        if (next.kind === 'MUSEUM') params.delete('scope');
        else params.set('scope', scopeToParam(next));
        return params;
      },
      { replace: true },
    );
  };

  const run = async (work: () => Promise<string>) => {
    setActionError(null);
    try {
      setAnnouncement(await work());
    } catch (caught) {
      setActionError(actionMessage(toUserError(caught)));
    }
  };

  const handleRecord = () =>
    run(async () => {
      const recorded = await actions.record(periodInput, scope);
      return recorded.length === 0
        ? `No computed results to record for ${period.label}.`
        : `Recorded ${recorded.length} computed ${recorded.length === 1 ? 'result' : 'results'} for ${period.label} as drafts.`;
    });

  const handleApprove = () =>
    run(async () => {
      const approved = await actions.approve(selectedDrafts);
      setSelected(new Set());
      return `Approved ${approved.length} ${approved.length === 1 ? 'result' : 'results'}.`;
    });

  const handleSave = async (input: SaveResultInput) => {
    const saved = await actions.save(input);
    setEntering(null);
    setAnnouncement(
      saved ? `Saved ${entering?.indicator.name ?? 'the result'} as a draft.` : 'Saved.',
    );
  };

  const handleDelete = async () => {
    if (!deleting) return;
    setDeleteError(null);
    try {
      await actions.remove(deleting.id);
      setDeleting(null);
      setAnnouncement('The draft result was deleted.');
    } catch (caught) {
      setDeleteError(actionMessage(toUserError(caught)));
    }
  };

  let content;
  if (page.loading) {
    content = <LoadingState label="Loading results…" rows={6} />;
  } else if (!page.data) {
    content = <QueryErrorState error={page.error} onRetry={page.retry} retrying={page.retrying} />;
  } else if (rows.length === 0) {
    content = (
      <EmptyState
        title="No indicators yet"
        description="Indicators appear here once your museum has some. Built-in ones are computed from logged sessions."
        action={
          <Button component={Link} to="/indicators" variant="default">
            Go to indicators
          </Button>
        }
      />
    );
  } else {
    content = (
      <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
        {rows.map((row) => {
          const indicator = row.indicator;
          const own = resultsFor(indicator.id);
          const enterable =
            permissions.canWrite &&
            !locked &&
            (indicator.source === 'MANUAL' || indicator.source === 'MILESTONE');
          const headingId = `result-indicator-${indicator.id}`;
          return (
            <Paper
              component="li"
              key={indicator.id}
              withBorder
              radius="md"
              p="md"
              aria-labelledby={headingId}
              data-indicator-id={indicator.id}
            >
              <Stack gap="sm">
                <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
                  <Title order={3} size="h4" id={headingId}>
                    <Anchor component={Link} to={`/indicators/${indicator.id}`}>
                      {indicator.name}
                    </Anchor>
                  </Title>
                  {row.rag ? <RagBadge rag={row.rag} /> : null}
                </Group>
                <Group gap="lg" wrap="wrap">
                  <Text size="sm">
                    <Text span fw={600}>
                      Actual:{' '}
                    </Text>
                    <FigureText
                      value={row.value}
                      unit={indicator.unit}
                      threshold={smallCellThreshold}
                    />
                    {nText(row.n) ? ` (${nText(row.n)})` : ''}
                  </Text>
                  <Text size="sm">
                    <Text span fw={600}>
                      Target:{' '}
                    </Text>
                    {row.target
                      ? formatWithUnit(row.target.targetValue, indicator.unit)
                      : 'None set'}
                  </Text>
                </Group>
                {row.note ? (
                  <Text size="sm" c="dimmed">
                    {row.note}
                  </Text>
                ) : null}
                {own.length > 0 ? (
                  <ResultsTable
                    row={row}
                    results={own}
                    threshold={smallCellThreshold}
                    locked={locked}
                    permissions={permissions}
                    selected={selected}
                    onToggle={(id, on) =>
                      setSelected((current) => {
                        const next = new Set(current);
                        if (on) next.add(id);
                        else next.delete(id);
                        return next;
                      })
                    }
                    onEdit={(result) => setEntering({ indicator, result })}
                    onDelete={(result) => {
                      setDeleteError(null);
                      setDeleting(result);
                    }}
                  />
                ) : (
                  <Text size="sm" c="dimmed">
                    {seesDrafts
                      ? 'No results recorded for this period yet.'
                      : 'No approved results for this period yet.'}
                  </Text>
                )}
                {enterable ? (
                  <Group>
                    <Button
                      variant="default"
                      size="sm"
                      aria-label={`Enter a result for ${indicator.name}`}
                      onClick={() => setEntering({ indicator, result: null })}
                    >
                      Enter a result
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

  const toolbar =
    page.data && !locked && (permissions.canWrite || permissions.canApprove || canLock) ? (
      <Group gap="sm" wrap="wrap">
        {permissions.canWrite ? (
          <Button variant="default" onClick={() => void handleRecord()} loading={actions.recording}>
            Record computed results
          </Button>
        ) : null}
        {permissions.canApprove && draftIds.size > 0 ? (
          <Button
            variant="default"
            onClick={() => setSelected(new Set(draftIds))}
            disabled={selectedDrafts.length === draftIds.size}
          >
            Select all {draftIds.size} {draftIds.size === 1 ? 'draft' : 'drafts'}
          </Button>
        ) : null}
        {permissions.canApprove ? (
          <Button
            onClick={() => void handleApprove()}
            loading={actions.approving}
            disabled={selectedDrafts.length === 0}
          >
            {selectedDrafts.length === 0
              ? 'Approve selected'
              : `Approve ${selectedDrafts.length} selected`}
          </Button>
        ) : null}
        {canLock ? (
          <Button variant="default" onClick={() => setLockOpen(true)}>
            Lock {period.label}
          </Button>
        ) : null}
      </Group>
    ) : null;

  return (
    <>
      <PageHeader
        title="Results"
        description={
          permissions.canWrite
            ? 'Each indicator’s figure for a period against its target. Record computed figures, enter your own, approve them, then lock the period.'
            : 'Each indicator’s approved figure for a period, against its target.'
        }
      />
      <Announcement message={announcement} />
      <Stack gap="lg">
        <Group gap="md" align="flex-end" wrap="wrap">
          <PeriodPicker value={period} onChange={setPeriodKey} settings={settings} today={today} />
          {scopes ? <ScopePicker value={scope} onChange={setScope} options={scopes} /> : null}
        </Group>
        {lock ? (
          <PeriodLockBanner lock={lock} canUnlock={canLock} onUnlock={() => setUnlockOpen(true)} />
        ) : null}
        {toolbar}
        {actionError ? (
          <Text c="red.8" role="alert">
            {actionError}
          </Text>
        ) : null}
        <Stack component="section" aria-labelledby="results-heading" gap="md">
          <Title order={2} id="results-heading">
            {period.label}
          </Title>
          {content}
        </Stack>
      </Stack>
      {permissions.canWrite ? (
        <ResultFormDialog
          opened={entering !== null}
          indicator={entering?.indicator ?? null}
          result={entering?.result ?? null}
          periodKey={period.key}
          periodLabel={period.label}
          scope={scope}
          pending={actions.saving}
          onSave={handleSave}
          onClose={() => setEntering(null)}
        />
      ) : null}
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete this draft result?"
        confirmLabel="Delete result"
        destructive
        pending={actions.removing}
        error={deleteError}
        onClose={() => setDeleting(null)}
        onConfirm={() => void handleDelete()}
      >
        {deleting ? `The draft ${cellName(deleting).toLowerCase()} figure will be removed.` : ''}
      </ConfirmDialog>
      {canLock ? (
        <>
          <LockPeriodDialog
            opened={lockOpen}
            periodLabel={period.label}
            pending={actions.locking}
            onLock={async (reason) => {
              await actions.lock(periodInput, reason);
              setLockOpen(false);
              setAnnouncement(`${period.label} is locked.`);
            }}
            onClose={() => setLockOpen(false)}
          />
          {lock ? (
            <UnlockPeriodDialog
              opened={unlockOpen}
              periodLabel={period.label}
              pending={actions.locking}
              onUnlock={async (reason) => {
                await actions.unlock(lock.id, reason);
                setUnlockOpen(false);
                setAnnouncement(`${period.label} is unlocked.`);
              }}
              onClose={() => setUnlockOpen(false)}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
