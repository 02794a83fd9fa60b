export * from './vocabulary';
export * from './programmes';
