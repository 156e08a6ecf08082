import type { Design } from '../../model/types';
import { studioStore } from '../../store/studioStore';
import { type EditedYaml, readEditedYaml } from './readEditedYaml';

/** Puts a design read from the manifest editor in place of the current one, as one undo step. */
function replaceDesign(design: Design): void {
  studioStore.getState().replaceDesign(design, { label: 'Edit the manifest' });
}

/**
 * Reads the text of the manifest editor and, when it describes a different design, shows that
 * design. Invalid text leaves the current design alone.
 */
export function applyEditedYaml(text: string): EditedYaml {
  const outcome = readEditedYaml(text, studioStore.getState().design);
  if (outcome.kind === 'design') replaceDesign(outcome.design);
  return outcome;
}
