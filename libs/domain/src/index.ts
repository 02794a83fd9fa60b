export * from './errors';
export * from './validation';
export * from './pagination';
export * from './worker-checks';
export * from './organisations';
export * from './permissions';
export * from './auth';
export * from './postcode';
