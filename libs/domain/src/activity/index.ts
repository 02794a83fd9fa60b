export * from './vocabulary';
export * from './labels';
export * from './programmes';
export * from './sessions';
export * from './partners';
export * from './import';
