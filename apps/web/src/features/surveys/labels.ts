import {
  SURVEY_KIND_LABELS,
  SURVEY_STATUS_LABELS,
  SURVEY_WAVE_LABELS,
  surveyItem,
  type SurveyStatus,
  type SurveyWave,
} from '@lantern/domain';
import type { StatusTone } from '@lantern/ui';

export { SURVEY_KIND_LABELS, SURVEY_STATUS_LABELS };

export const SURVEY_STATUS_TONES: Record<SurveyStatus, StatusTone> = {
  DRAFT: 'pending',
  OPEN: 'success',
  CLOSED: 'neutral',
};

export function waveLabel(wave: SurveyWave, months: number | null | undefined): string {
  return wave === 'FOLLOW_UP' && months ? `Follow-up, ${months} months` : SURVEY_WAVE_LABELS[wave];
}

export function itemLabel(code: string): string {
  return surveyItem(code)?.label ?? code;
}

/** The public form's address for a survey (optionally one wave of a before/after survey). */
export function publicSurveyUrl(token: string, wave?: 'pre' | 'post'): string {
  const base = `${window.location.origin}/s/${token}`;
  return wave ? `${base}?wave=${wave}` : base;
}

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

export function formatScore(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : number.format(value);
}

export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : `${oneDecimal.format(value)}%`;
}

export function formatSigned(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${number.format(Math.abs(value))}`;
}

export function formatCi(
  low: number | null | undefined,
  high: number | null | undefined,
  signed = false,
): string {
  if (low === null || low === undefined || high === null || high === undefined) return '–';
  const format = signed ? formatSigned : formatScore;
  return `${format(low)} to ${format(high)}`;
}

export function fewerThan(threshold: number): string {
  return `Fewer than ${threshold} responses`;
}
