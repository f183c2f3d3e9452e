export * from './minutes';
export * from './sync';
