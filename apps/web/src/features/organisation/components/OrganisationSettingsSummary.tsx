import { Stack, Text } from '@mantine/core';
import type { Nation, OrganisationKind } from '@lantern/domain';
import { DescriptionList } from '@lantern/ui';
import type { OrganisationSettingsFieldsFragment } from '../../../gql/graphql';
import { NATION_LABELS, ORGANISATION_KIND_LABELS } from '../../../lib/labels';
import { monthName, SMALL_CELL_MEANING } from './settings-text';

/** The organisation's settings for roles that may read but not change them. */
export function OrganisationSettingsSummary({
  organisation,
}: {
  organisation: OrganisationSettingsFieldsFragment;
}) {
  return (
    <Stack gap="sm" maw={560}>
      <Text size="sm" c="dimmed">
        Only admins can change these settings.
      </Text>
      <DescriptionList
        items={[
          { term: 'Organisation name', value: organisation.name },
          {
            term: 'Type of organisation',
            value: ORGANISATION_KIND_LABELS[organisation.kind as OrganisationKind],
          },
          { term: 'Nation', value: NATION_LABELS[organisation.nation as Nation] },
          {
            term: 'Financial year starts in',
            value: monthName(organisation.financialYearStartMonth),
          },
          {
            term: 'Academic year starts in',
            value: monthName(organisation.academicYearStartMonth),
          },
          { term: 'Small-cell threshold', value: organisation.smallCellThreshold },
          { term: 'Time zone', value: organisation.timeZone },
        ]}
      />
      <Text size="sm" c="dimmed">
        Small-cell threshold: {SMALL_CELL_MEANING}
      </Text>
    </Stack>
  );
}
