export * from './item-bank';
export * from './surveys';
export * from './statistics';
