export * from './normalise';
export * from './columns';
export * from './rows';
