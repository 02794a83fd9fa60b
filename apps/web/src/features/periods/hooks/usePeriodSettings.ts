import { useQuery } from '@apollo/client';
import { UK_PERIOD_SETTINGS, type PeriodSettings } from '@lantern/domain';
import { useMemo } from 'react';
import { PeriodSettingsQueryDocument } from '../graphql/periods.operations';
import { todayIn } from '../period-options';

/**
 * The museum's year settings and today's date in its time zone; UK defaults until they load
 * so pickers can render at once.
 */
export function usePeriodSettings() {
  const { data, loading, error } = useQuery(PeriodSettingsQueryDocument);
  const organisation = data?.organisation;
  return useMemo(() => {
    const settings: PeriodSettings = organisation
      ? {
          financialYearStartMonth: organisation.financialYearStartMonth,
          academicYearStartMonth: organisation.academicYearStartMonth,
        }
      : UK_PERIOD_SETTINGS;
    return {
      settings,
      today: todayIn(organisation?.timeZone),
      smallCellThreshold: organisation?.smallCellThreshold ?? 5,
      loading,
      error,
    };
  }, [organisation, loading, error]);
}
