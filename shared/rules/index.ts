export * from './due';
export * from './time-zone';
