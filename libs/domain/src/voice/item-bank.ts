/**
 * The survey item bank (DOMAIN.md, Participant voice): fixed codes shared by surveys and
 * survey-derived indicators. Wording is plain English for a general audience, with a
 * child-friendly variant; framework wording is paraphrased, never copied.
 */
export const SURVEY_SCALES = ['AGREE_5', 'ZERO_TEN', 'ZERO_ONE', 'FREE_TEXT'] as const;
export type SurveyScale = (typeof SURVEY_SCALES)[number];

export const SURVEY_BANKS = [
  'LEARNING_OUTCOMES',
  'ONS4',
  'QUALITY',
  'NET_PROMOTER',
  'FREE_TEXT',
] as const;
export type SurveyBank = (typeof SURVEY_BANKS)[number];

export const SURVEY_BANK_LABELS: Record<SurveyBank, string> = {
  LEARNING_OUTCOMES: 'Learning outcomes',
  ONS4: 'ONS4 personal wellbeing',
  QUALITY: 'Quality dimensions',
  NET_PROMOTER: 'Net promoter',
  FREE_TEXT: 'Free text',
};

export const SURVEY_ITEM_CODES = [
  'LO_KNOWLEDGE',
  'LO_SKILLS',
  'LO_ATTITUDES',
  'LO_ENJOYMENT',
  'LO_ACTION',
  'ONS4_SATISFIED',
  'ONS4_WORTHWHILE',
  'ONS4_HAPPY',
  'ONS4_ANXIOUS',
  'QD_CAPTIVATION',
  'QD_CHALLENGE',
  'QD_RELEVANCE',
  'QD_CONCEPT',
  'QD_DISTINCTIVENESS',
  'NPS_RECOMMEND',
  'FT_LEARNED',
  'FT_COMMENTS',
] as const;
export type SurveyItemCode = (typeof SURVEY_ITEM_CODES)[number];

export interface SurveyItem {
  code: SurveyItemCode;
  bank: SurveyBank;
  scale: SurveyScale;
  /** Short name for results tables. */
  label: string;
  /** The statement or question as the public reads it. */
  statement: string;
  /** The same for children (about 7 to 11). */
  childStatement: string;
  /** True when a lower score is the better one (ONS4 anxiety). */
  lowerIsBetter: boolean;
}

export const AGREE_5_LABELS: Record<1 | 2 | 3 | 4 | 5, string> = {
  1: 'Strongly disagree',
  2: 'Disagree',
  3: 'Neither agree nor disagree',
  4: 'Agree',
  5: 'Strongly agree',
};

/** The words at each end of a scale, for the form and for results. */
export const SCALE_ENDS: Record<Exclude<SurveyScale, 'FREE_TEXT'>, [string, string]> = {
  AGREE_5: ['Strongly disagree', 'Strongly agree'],
  ZERO_TEN: ['0', '10'],
  ZERO_ONE: ['Not at all', 'Completely'],
};

const item = (
  code: SurveyItemCode,
  bank: SurveyBank,
  scale: SurveyScale,
  label: string,
  statement: string,
  childStatement: string,
  lowerIsBetter = false,
): SurveyItem => ({ code, bank, scale, label, statement, childStatement, lowerIsBetter });

export const SURVEY_ITEMS: readonly SurveyItem[] = [
  item(
    'LO_KNOWLEDGE',
    'LEARNING_OUTCOMES',
    'AGREE_5',
    'Knowledge and understanding',
    'I learned something new.',
    'I found out something new today.',
  ),
  item(
    'LO_SKILLS',
    'LEARNING_OUTCOMES',
    'AGREE_5',
    'Skills',
    'I tried or improved a skill.',
    'I got better at doing something.',
  ),
  item(
    'LO_ATTITUDES',
    'LEARNING_OUTCOMES',
    'AGREE_5',
    'Attitudes and values',
    'It changed how I think or feel about something.',
    'It made me think about things in a new way.',
  ),
  item(
    'LO_ENJOYMENT',
    'LEARNING_OUTCOMES',
    'AGREE_5',
    'Enjoyment, inspiration, creativity',
    'I enjoyed it and felt inspired.',
    'I had fun and it gave me ideas.',
  ),
  item(
    'LO_ACTION',
    'LEARNING_OUTCOMES',
    'AGREE_5',
    'Activity, behaviour, progression',
    'I plan to do something differently, or find out more, because of it.',
    'I want to do or find out more after today.',
  ),
  item(
    'ONS4_SATISFIED',
    'ONS4',
    'ZERO_TEN',
    'Life satisfaction',
    'Overall, how satisfied are you with your life nowadays? (0 = not at all, 10 = completely)',
    'How happy are you with your life at the moment? (0 = not at all, 10 = very)',
  ),
  item(
    'ONS4_WORTHWHILE',
    'ONS4',
    'ZERO_TEN',
    'Worthwhile',
    'Overall, to what extent do you feel the things you do in your life are worthwhile? (0 = not at all, 10 = completely)',
    'How much do the things you do feel worth doing? (0 = not at all, 10 = very much)',
  ),
  item(
    'ONS4_HAPPY',
    'ONS4',
    'ZERO_TEN',
    'Happiness yesterday',
    'Overall, how happy did you feel yesterday? (0 = not at all, 10 = completely)',
    'How happy did you feel yesterday? (0 = not at all, 10 = very)',
  ),
  item(
    'ONS4_ANXIOUS',
    'ONS4',
    'ZERO_TEN',
    'Anxiety yesterday',
    'Overall, how anxious did you feel yesterday? (0 = not at all, 10 = completely)',
    'How worried did you feel yesterday? (0 = not at all, 10 = very)',
    true,
  ),
  item(
    'QD_CAPTIVATION',
    'QUALITY',
    'ZERO_ONE',
    'Captivation',
    'It held my attention.',
    'It kept me interested the whole time.',
  ),
  item(
    'QD_CHALLENGE',
    'QUALITY',
    'ZERO_ONE',
    'Challenge',
    'It made me think.',
    'It made me think hard.',
  ),
  item(
    'QD_RELEVANCE',
    'QUALITY',
    'ZERO_ONE',
    'Relevance',
    'It meant something to me personally.',
    'It felt like it was about me and my life.',
  ),
  item(
    'QD_CONCEPT',
    'QUALITY',
    'ZERO_ONE',
    'Concept',
    'It was an interesting idea.',
    'It was a good idea.',
  ),
  item(
    'QD_DISTINCTIVENESS',
    'QUALITY',
    'ZERO_ONE',
    'Distinctiveness',
    'It was different from things I have done before.',
    'It was different from anything I have done before.',
  ),
  item(
    'NPS_RECOMMEND',
    'NET_PROMOTER',
    'ZERO_TEN',
    'Would recommend',
    'How likely are you to recommend this to a friend or family member? (0 = not at all likely, 10 = extremely likely)',
    'Would you tell a friend to come? (0 = no way, 10 = yes, definitely)',
  ),
  item(
    'FT_LEARNED',
    'FREE_TEXT',
    'FREE_TEXT',
    'What I learned',
    'What is one thing you learned or will remember?',
    'What is one thing you will remember?',
  ),
  item(
    'FT_COMMENTS',
    'FREE_TEXT',
    'FREE_TEXT',
    'Comments',
    'Is there anything else you would like to tell us?',
    'Is there anything else you want to tell us?',
  ),
];

const BY_CODE = new Map<string, SurveyItem>(SURVEY_ITEMS.map((entry) => [entry.code, entry]));

export function surveyItem(code: string): SurveyItem | undefined {
  return BY_CODE.get(code);
}

export function isSurveyItemCode(code: string): code is SurveyItemCode {
  return BY_CODE.has(code);
}

/**
 * The item bank code a survey indicator names: the bank codes themselves, and 'NPS' for
 * NPS_RECOMMEND (the contract's example spelling).
 */
export function itemCodeForIndicator(code: string): SurveyItemCode | null {
  if (code === 'NPS') return 'NPS_RECOMMEND';
  return isSurveyItemCode(code) ? code : null;
}

/** The lowest and highest answer of a numeric scale. */
export const SCALE_RANGE: Record<Exclude<SurveyScale, 'FREE_TEXT'>, [number, number]> = {
  AGREE_5: [1, 5],
  ZERO_TEN: [0, 10],
  ZERO_ONE: [0, 1],
};

/** The items with a score (all but free text): what a survey-derived indicator can report on. */
export const SCORED_SURVEY_ITEM_CODES = SURVEY_ITEMS.filter(
  (entry) => entry.scale !== 'FREE_TEXT',
).map((entry) => entry.code) as [SurveyItemCode, ...SurveyItemCode[]];
