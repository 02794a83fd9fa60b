// Indicators: the library, the editor, and each indicator's values and targets.
export { IndicatorDetailPage } from './components/IndicatorDetailPage';
export {
  EditIndicatorPage,
  IndicatorNotFound,
  NewIndicatorPage,
  type IndicatorNavigationState,
} from './components/IndicatorEditorPage';
export { IndicatorsPage } from './components/IndicatorsPage';
export {
  CellsTable,
  FigureText,
  nText,
  RagBadge,
  ScopePicker,
  SuppressedText,
} from './components/ImpactFigures';
export {
  useIndicator,
  useIndicatorOptions,
  useScopeOptions,
  type IndicatorOptions,
  type ScopeOptions,
} from './hooks/useIndicators';
export { formatWithUnit, scopeFromParam, scopeToParam, suppressionExplanation } from './format';
export { DISAGGREGATION_LABELS, RESULT_STATUS_LABELS, RESULT_STATUS_TONES } from './labels';
