export * from './system-frameworks';
export * from './framework-inputs';
