import { Box, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ProgrammeFieldsFragment } from '../../../gql/graphql';
import { formatCount, formatPence } from '../format';
import { describePeriod, planTotals } from '../periods';
import { DateRangeText, DateText } from './DateText';

type Funder = ProgrammeFieldsFragment['funders'][number];
type PlanPeriod = ProgrammeFieldsFragment['plan'][number];

/** A table that scrolls sideways on narrow screens; focusable so keyboard users can scroll it. */
function ScrollingTable({
  label,
  labelledBy,
  minWidth,
  children,
}: {
  label: string;
  /** Id of the heading that names the table. */
  labelledBy: string;
  minWidth: number;
  children: ReactNode;
}) {
  return (
    <Box
      role="region"
      aria-label={label}
      tabIndex={0}
      style={{ overflowX: 'auto', borderRadius: 'var(--mantine-radius-md)' }}
      bd="1px solid var(--mantine-color-gray-3)"
    >
      <Table verticalSpacing="sm" miw={minWidth} aria-labelledby={labelledBy}>
        {children}
      </Table>
    </Box>
  );
}

const numeric = { textAlign: 'right', whiteSpace: 'nowrap' } as const;

function NotRecorded({ children = 'Not recorded' }: { children?: ReactNode }) {
  return (
    <Text component="span" c="dimmed" size="sm">
      {children}
    </Text>
  );
}

/** Funders with their grant reference, amount (from pence) and grant period, and the total. */
export function FundersTable({ funders, labelledBy }: { funders: Funder[]; labelledBy: string }) {
  const amounts = funders.flatMap((funder) =>
    funder.amountPence === null || funder.amountPence === undefined ? [] : [funder.amountPence],
  );
  const total = amounts.reduce((sum, amount) => sum + amount, 0);
  return (
    <ScrollingTable label="Funders table" labelledBy={labelledBy} minWidth={640}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Funder</Table.Th>
          <Table.Th scope="col">Grant reference</Table.Th>
          <Table.Th scope="col" style={numeric}>
            Amount
          </Table.Th>
          <Table.Th scope="col">Grant period</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {funders.map((funder, index) => (
          <Table.Tr key={`${funder.name}-${index}`}>
            <Table.Th scope="row" style={{ overflowWrap: 'anywhere' }}>
              {funder.name}
            </Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>
              {funder.grantReference ?? <NotRecorded />}
            </Table.Td>
            <Table.Td style={numeric}>
              {funder.amountPence === null || funder.amountPence === undefined ? (
                <NotRecorded />
              ) : (
                formatPence(funder.amountPence)
              )}
            </Table.Td>
            <Table.Td>
              {funder.periodStart ? (
                <DateRangeText start={funder.periodStart} end={funder.periodEnd} />
              ) : funder.periodEnd ? (
                <>
                  Until <DateText value={funder.periodEnd} />
                </>
              ) : (
                <NotRecorded />
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      {funders.length > 1 && amounts.length > 0 ? (
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">Total</Table.Th>
            <Table.Td />
            <Table.Td style={{ ...numeric, fontWeight: 700 }}>{formatPence(total)}</Table.Td>
            <Table.Td />
          </Table.Tr>
        </Table.Tfoot>
      ) : null}
    </ScrollingTable>
  );
}

/** The plan: one row per period with planned sessions and reach, and the totals. */
export function PlanTable({
  plan,
  financialYearStartMonth,
  labelledBy,
}: {
  plan: PlanPeriod[];
  financialYearStartMonth: number;
  labelledBy: string;
}) {
  const totals = planTotals(plan);
  return (
    <ScrollingTable label="Plan table" labelledBy={labelledBy} minWidth={560}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Period</Table.Th>
          <Table.Th scope="col" style={numeric}>
            Planned sessions
          </Table.Th>
          <Table.Th scope="col" style={numeric}>
            Planned reach
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {plan.map((period, index) => {
          const name = describePeriod(
            period.periodStart,
            period.periodEnd,
            financialYearStartMonth,
          );
          return (
            <Table.Tr key={`${period.periodStart}-${period.periodEnd}-${index}`}>
              <Table.Th scope="row" fw={400}>
                {name ? (
                  <>
                    <Text component="span" fw={600}>
                      {name}
                    </Text>{' '}
                  </>
                ) : null}
                <Text
                  component="span"
                  size="sm"
                  c={name ? 'dimmed' : undefined}
                  display={name ? 'block' : undefined}
                >
                  <DateRangeText start={period.periodStart} end={period.periodEnd} />
                </Text>
              </Table.Th>
              <Table.Td style={numeric}>{formatCount(period.plannedSessions)}</Table.Td>
              <Table.Td style={numeric}>{formatCount(period.plannedReach)}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th scope="row">Total</Table.Th>
          <Table.Td style={{ ...numeric, fontWeight: 700 }}>
            {formatCount(totals.sessions)}
          </Table.Td>
          <Table.Td style={{ ...numeric, fontWeight: 700 }}>{formatCount(totals.reach)}</Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </ScrollingTable>
  );
}
