export * from './vocabulary';
export * from './programmes';
export * from './import';
