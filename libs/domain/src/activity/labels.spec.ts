import { describe, expect, it } from 'vitest';
import {
  AGE_BAND_LABELS,
  AUDIENCE_TYPE_LABELS,
  COUNT_KIND_LABELS,
  DELIVERY_MODE_LABELS,
  DEPRIVATION_INDEX_LABELS,
  FACILITATOR_TYPE_LABELS,
  IMPORT_STATUS_LABELS,
  KEY_STAGE_LABELS,
  PARTICIPATION_DEPTH_LABELS,
  PARTNER_TYPE_LABELS,
  PROGRAMME_STATUS_LABELS,
  PROGRAMME_STRAND_LABELS,
  SESSION_FORMAT_LABELS,
  SESSION_STATUS_LABELS,
} from './labels';
import {
  AGE_BANDS,
  AUDIENCE_TYPES,
  COUNT_KINDS,
  DELIVERY_MODES,
  DEPRIVATION_INDEXES,
  FACILITATOR_TYPES,
  IMPORT_STATUSES,
  KEY_STAGES,
  PARTICIPATION_DEPTHS,
  PARTNER_TYPES,
  PROGRAMME_STATUSES,
  PROGRAMME_STRANDS,
  SESSION_FORMATS,
  SESSION_STATUSES,
} from './vocabulary';

const MAPS: Array<[string, readonly string[], Readonly<Record<string, string>>]> = [
  ['strands', PROGRAMME_STRANDS, PROGRAMME_STRAND_LABELS],
  ['programme statuses', PROGRAMME_STATUSES, PROGRAMME_STATUS_LABELS],
  ['session formats', SESSION_FORMATS, SESSION_FORMAT_LABELS],
  ['delivery modes', DELIVERY_MODES, DELIVERY_MODE_LABELS],
  ['session statuses', SESSION_STATUSES, SESSION_STATUS_LABELS],
  ['facilitator types', FACILITATOR_TYPES, FACILITATOR_TYPE_LABELS],
  ['participation depths', PARTICIPATION_DEPTHS, PARTICIPATION_DEPTH_LABELS],
  ['audience types', AUDIENCE_TYPES, AUDIENCE_TYPE_LABELS],
  ['age bands', AGE_BANDS, AGE_BAND_LABELS],
  ['key stages', KEY_STAGES, KEY_STAGE_LABELS],
  ['count kinds', COUNT_KINDS, COUNT_KIND_LABELS],
  ['partner types', PARTNER_TYPES, PARTNER_TYPE_LABELS],
  ['deprivation indexes', DEPRIVATION_INDEXES, DEPRIVATION_INDEX_LABELS],
  ['import statuses', IMPORT_STATUSES, IMPORT_STATUS_LABELS],
];

describe('activity labels', () => {
  it.each(MAPS)(
    '%s: one distinct, non-empty label per code, in the vocabulary order',
    (_, codes, labels) => {
      expect(Object.keys(labels)).toEqual([...codes]);
      const words = codes.map((code) => labels[code]?.trim() ?? '');
      expect(words.every((word) => word !== '')).toBe(true);
      expect(new Set(words.map((word) => word.toLowerCase())).size).toBe(words.length);
    },
  );

  it('writes age bands and key stages as people write them', () => {
    expect(AGE_BAND_LABELS.AGE_0_4).toBe('0–4');
    expect(AGE_BAND_LABELS.AGE_75_PLUS).toBe('75+');
    expect(AGE_BAND_LABELS.UNKNOWN).toBe('Unknown');
    expect(KEY_STAGE_LABELS.EYFS).toBe('EYFS');
    expect(KEY_STAGE_LABELS.KS1).toBe('KS1');
    expect(KEY_STAGE_LABELS.POST_19).toBe('Post-19');
  });
});
