import { useEffect, useState } from 'react';

/** A module kept off the first paint: loaded ahead with `preload`, or on first need. */
export interface LateModule<T> {
  preload: () => Promise<T>;
  /** The module once it has loaded. */
  readonly loaded: T | undefined;
}

export function lateModule<T>(load: () => Promise<T>): LateModule<T> {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  const preload = (): Promise<T> => {
    loading ??= load().then(
      (module) => {
        loaded = module;
        return module;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  return {
    preload,
    get loaded() {
      return loaded;
    },
  };
}

/**
 * The module while it is wanted. Once loaded it is returned in the same render, so what it draws
 * appears with the change that asked for it; before that, one render after it arrives.
 */
export function useLateModule<T>(module: LateModule<T>, wanted: boolean): T | undefined {
  const [, setArrivals] = useState(0);
  useEffect(() => {
    if (!wanted || module.loaded) return;
    let live = true;
    module.preload().then(
      () => live && setArrivals((n) => n + 1),
      (error: unknown) => console.error('Sidecar Studio could not load a part of the page:', error),
    );
    return () => {
      live = false;
    };
  }, [module, wanted]);
  return wanted ? module.loaded : undefined;
}
