// Reporting periods in the web app: one picker and the ?period= address parameter, shared by
// indicators, results, coverage and reports.
export { PeriodPicker, type PeriodPickerProps } from './components/PeriodPicker';
export { usePeriodParam } from './hooks/usePeriodParam';
export { usePeriodSettings } from './hooks/usePeriodSettings';
export { PERIOD_TYPE_LABELS, periodOptions, periodOrCurrent, todayIn } from './period-options';
