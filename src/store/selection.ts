import type { Design } from '../model/types';

/** What is selected on the canvas. Session state: never part of the design or its history. */
export type Selection =
  | { kind: 'container'; name: string }
  | { kind: 'volume'; name: string }
  | null;

/** The selection if what it names is still in the design, otherwise nothing. */
export function selectionWithin(design: Design, selection: Selection): Selection {
  if (selection === null) return null;
  const names = selection.kind === 'container' ? design.containers : design.volumes;
  return names.some((entry) => entry.name === selection.name) ? selection : null;
}
