import { generateDesignYaml } from '../manifest/generate/index';
import type { Design } from '../model/types';

/** The manifest of a design as the page shows it. */
export type ManifestView = { ok: true; text: string } | { ok: false; text: ''; error: string };

const cache = new WeakMap<Design, ManifestView>();

/**
 * The YAML the designer exports for `design` (with the design annotation), computed once per
 * design: the same design object always yields the same view object. When generation fails the
 * view carries a sentence for the person instead of text.
 */
export function manifestOf(design: Design): ManifestView {
  const cached = cache.get(design);
  if (cached) return cached;
  let view: ManifestView;
  try {
    view = { ok: true, text: generateDesignYaml(design, { annotate: true }) };
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
    view = { ok: false, text: '', error: `The manifest could not be generated: ${reason}.` };
  }
  cache.set(design, view);
  return view;
}
