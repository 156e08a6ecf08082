export * from './graph';
export * from './ids';
export * from './labels';
export * from './layoutPod';
export * from './podLayout';
export * from './sizes';
