import { AppError, GoneError } from '../../platform/graphql/app-errors';

export const SURVEY_NOT_FOUND_MESSAGE =
  "We can't find this survey. Check the link or ask the person who gave it to you.";
export const SURVEY_CLOSED_MESSAGE = 'This survey has closed. Thank you for your interest.';

/** An unknown token, or a draft: the public cannot tell them apart. */
export class SurveyNotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
  constructor(message = SURVEY_NOT_FOUND_MESSAGE) {
    super(message);
  }
}

/** A closed survey, or one past its closing time: answered 410 Gone on the public endpoints. */
export class SurveyClosedError extends GoneError {
  constructor() {
    super(SURVEY_CLOSED_MESSAGE);
  }
}
