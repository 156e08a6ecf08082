import { useEffect, useSyncExternalStore } from 'react';
import { afterCanvas } from './afterCanvas';
import type { ManifestView } from './manifest';
import { useStudio } from './studioStore';

/**
 * The manifest as the page shows it: a `ManifestView`, or for the moment after the page opens,
 * while the manifest writer is on its way, a view without text that says so.
 */
export type ShownManifest = ManifestView | { ok: true; text: ''; writing: true };

/** Where the manifest writer is: on its way, ready, or unable to load. */
export type WriterState = 'writing' | 'ready' | 'failed';

type ManifestOf = typeof import('./manifest')['manifestOf'];

const WRITING: ShownManifest = { ok: true, text: '', writing: true };

let manifestOf: ManifestOf | null = null;
/** The manifest the built page was prerendered with, shown until the writer arrives. */
let seed: { design: object; view: ShownManifest } | null = null;
let failure: ShownManifest | null = null;
let state: WriterState = 'writing';
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function settle(next: WriterState): void {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function currentState(): WriterState {
  return state;
}

/**
 * Loads the manifest writer (the generator and its YAML library) once. The canvas never waits
 * for it: the page asks for it after its first paint and shows the text when it arrives.
 */
export function loadManifestWriter(): Promise<void> {
  loading ??= import('./manifest').then(
    (writer) => {
      manifestOf = writer.manifestOf;
      settle('ready');
    },
    (error: unknown) => {
      const reason = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
      failure = {
        ok: false,
        text: '',
        error: `The manifest could not be written: the page could not load its writer (${reason}). Reload the page to try again.`,
      };
      settle('failed');
    },
  );
  return loading;
}

/**
 * Lends the manifest text already on the page (the build prerendered it) to `design`, so that
 * the page shows it without waiting for the writer; the writer's own text replaces it.
 */
export function seedManifest(design: object, text: string): void {
  seed = { design, view: { ok: true, text } };
}

/** Where the manifest writer is; asks for it once the canvas is interactive. */
export function useManifestWriter(): WriterState {
  const current = useSyncExternalStore(subscribe, currentState, currentState);
  useEffect(() => {
    void afterCanvas().then(loadManifestWriter);
  }, []);
  return current;
}

/**
 * The manifest of the current design; changes only when the design does, and once when the
 * writer arrives after the first paint.
 */
export function useManifest(): ShownManifest {
  const design = useStudio((studio) => studio.design);
  useManifestWriter();
  if (failure) return failure;
  if (manifestOf) return manifestOf(design);
  return seed?.design === design ? seed.view : WRITING;
}
