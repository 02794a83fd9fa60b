export * from './vocabulary';
export * from './schemas';
export * from './gaps';
export * from './canonical';
