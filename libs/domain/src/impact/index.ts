export * from './survey-statistics';
export * from './suppression';
export * from './indicators';
