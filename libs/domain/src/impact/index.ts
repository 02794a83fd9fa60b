export * from './survey-statistics';
export * from './suppression';
