export * from './survey-statistics';
