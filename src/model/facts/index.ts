/**
 * Kubernetes facts, in one place: versions and feature gates, removed API versions, pod
 * defaults (grace period, restart policies), ports and volume facts. Lint, lifecycle, learn,
 * the inspector, the canvas and the command line read them from here.
 */
export * from './apiVersions';
export * from './gates';
export * from './pod';
export * from './ports';
export * from './sources';
export * from './versions';
export * from './volumes';
