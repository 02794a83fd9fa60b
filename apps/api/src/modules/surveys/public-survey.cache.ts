import { Injectable } from '@nestjs/common';
import { Clock } from '../../platform/clock/clock';
import type { PublicSurveyRow } from './surveys.repository';

/**
 * How long a survey read by its token is reused for answering. A change made through this
 * process (open, close, new link, edit, delete) forgets it at once; other API processes see
 * it within this time.
 */
export const PUBLIC_SURVEY_CACHE_MS = 5000;
const MAX_ENTRIES = 2000;

/** Surveys by public token, in memory, so a class answering at once reads the survey once. */
@Injectable()
export class PublicSurveyCache {
  private readonly entries = new Map<string, { survey: PublicSurveyRow | null; until: number }>();

  constructor(private readonly clock: Clock) {}

  get(token: string): PublicSurveyRow | null | undefined {
    const entry = this.entries.get(token);
    if (!entry || entry.until <= this.clock.now().getTime()) return undefined;
    return entry.survey;
  }

  set(token: string, survey: PublicSurveyRow | null): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(token, { survey, until: this.clock.now().getTime() + PUBLIC_SURVEY_CACHE_MS });
  }

  forget(...tokens: string[]): void {
    for (const token of tokens) this.entries.delete(token);
  }
}
