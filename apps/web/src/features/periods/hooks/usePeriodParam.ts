import type { Period, PeriodType } from '@lantern/domain';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { periodOrCurrent } from '../period-options';
import { usePeriodSettings } from './usePeriodSettings';

/**
 * The period a page shows, kept in the address (`?period=FQ2025-1`) so a view can be shared
 * and survives a reload; the current period of `defaultType` when the address names none.
 */
export function usePeriodParam(defaultType: PeriodType = 'FINANCIAL_QUARTER', param = 'period') {
  const [searchParams, setSearchParams] = useSearchParams();
  const { settings, today, loading } = usePeriodSettings();
  const key = searchParams.get(param);
  const period: Period = useMemo(
    () => periodOrCurrent(key, today, settings, defaultType),
    [key, today, settings, defaultType],
  );
  const setPeriodKey = useCallback(
    (next: string) => {
      setSearchParams(
        (current) => {
          const params = new URLSearchParams(current);
          params.set(param, next);
          return params;
        },
        { replace: true },
      );
    },
    [param, setSearchParams],
  );
  return { period, setPeriodKey, settings, today, settingsLoading: loading };
}
