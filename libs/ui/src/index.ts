// Presentational building blocks shared by Lantern's web screens. No data fetching here.
export { DateTimeText, DISPLAY_TIME_ZONE, formatDateTime } from './components/DateTimeText';
export type { DateTimeTextProps, FormatDateTimeOptions } from './components/DateTimeText';
export { DescriptionList } from './components/DescriptionList';
export type { DescriptionItem, DescriptionListProps } from './components/DescriptionList';
export { EmptyState } from './components/EmptyState';
export type { EmptyStateProps } from './components/EmptyState';
export { ErrorState } from './components/ErrorState';
export type { ErrorStateProps } from './components/ErrorState';
export { LiveRegion } from './components/LiveRegion';
export type { LiveRegionProps } from './components/LiveRegion';
export { LoadingState } from './components/LoadingState';
export type { LoadingStateProps } from './components/LoadingState';
export { PageHeader } from './components/PageHeader';
export type { PageHeaderProps } from './components/PageHeader';
export { StatusBadge } from './components/StatusBadge';
export type { StatusBadgeProps, StatusTone } from './components/StatusBadge';
export { VisuallyHidden, visuallyHiddenStyle } from './components/VisuallyHidden';
export type { VisuallyHiddenProps } from './components/VisuallyHidden';
