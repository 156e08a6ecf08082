import { type ManifestView, manifestOf } from './manifest';
import { useStudio } from './studioStore';

/** The manifest of the current design; changes only when the design does. */
export function useManifest(): ManifestView {
  return manifestOf(useStudio((state) => state.design));
}
