import {
  AGE_BAND_LABELS,
  AGE_BANDS,
  AUDIENCE_TYPE_LABELS,
  AUDIENCE_TYPES,
  DELIVERY_MODE_LABELS,
  DELIVERY_MODES,
  KEY_STAGE_LABELS,
  KEY_STAGES,
  SESSION_FORMAT_LABELS,
  SESSION_FORMATS,
} from '@lantern/domain';
import type { Disaggregation } from '../../gql/graphql';

export interface CellOption {
  value: string;
  label: string;
}

const from = <T extends string>(values: readonly T[], labels: Readonly<Record<T, string>>) =>
  values.map((value) => ({ value, label: labels[value] }));

const DECILES: CellOption[] = [
  ...Array.from({ length: 10 }, (_, index) => ({
    value: String(index + 1),
    label:
      index === 0
        ? 'Decile 1 (most deprived)'
        : index === 9
          ? 'Decile 10 (least deprived)'
          : `Decile ${index + 1}`,
  })),
  { value: 'UNKNOWN', label: 'Unknown' },
];

const YES_NO = (yes: string, no: string): CellOption[] => [
  { value: 'true', label: yes },
  { value: 'false', label: no },
];

/** The cells of each breakdown, keyed as the API keys them. */
export const CELL_OPTIONS: Record<Disaggregation, CellOption[]> = {
  AUDIENCE_TYPE: from(AUDIENCE_TYPES, AUDIENCE_TYPE_LABELS),
  AGE_BAND: from(AGE_BANDS, AGE_BAND_LABELS),
  KEY_STAGE: from(KEY_STAGES, KEY_STAGE_LABELS),
  DEPRIVATION_DECILE: DECILES,
  DELIVERY_MODE: from(DELIVERY_MODES, DELIVERY_MODE_LABELS),
  SESSION_FORMAT: from(SESSION_FORMATS, SESSION_FORMAT_LABELS),
  FIRST_TIME: YES_NO('First time', 'Been before'),
  SEND: YES_NO('SEND', 'Not SEND'),
};
