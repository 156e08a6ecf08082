import { useEffect, useRef } from 'react';
import type { Design } from '../../model/types';
import { studioStore, useStudio } from '../../store/studioStore';
import { applyLayout } from './autoLayout';
import { needsLayout, requestFit } from './layoutState';

/** The undo label of a change typed in the manifest editor (see applyEditedYaml). */
const TYPED_LABEL = 'Edit the manifest';

/** True when the present design was typed in the manifest editor, whose text must stay as typed. */
export function typedInEditor(): boolean {
  return studioStore.getState().history.past.at(-1)?.label === TYPED_LABEL;
}

/** What tells one design from another: its kind and name, and which nodes it has. */
function identityOf(design: Design): { name: string; ids: Set<string> } {
  return {
    name: `${design.kind}/${String(design.metadata.name ?? '')}`,
    ids: new Set([
      ...design.containers.map((c) => `c:${c.name}`),
      ...design.volumes.map((v) => `v:${v.name}`),
    ]),
  };
}

/** True when `next` is another design than `previous`, not an edit of it. */
function arrived(previous: ReturnType<typeof identityOf>, next: ReturnType<typeof identityOf>) {
  if (previous.name !== next.name) return true;
  let changed = 0;
  for (const id of next.ids) if (!previous.ids.has(id)) changed += 1;
  for (const id of previous.ids) if (!next.ids.has(id)) changed += 1;
  return changed > 1 || (previous.ids.size === 0) !== (next.ids.size === 0);
}

/**
 * When a design arrives (an import, a paste, a pattern, the example, a new design, a share link,
 * an exercise) the view fits it; when it arrives without positions, it is laid out first. A
 * design typed in the manifest editor is not laid out (that would rewrite the text being typed):
 * it keeps its default rows until the person asks for "Tidy up".
 */
export function useAutoLayout(): void {
  const design = useStudio((state) => state.design);
  const seen = useRef(identityOf(design));

  useEffect(() => {
    const identity = identityOf(design);
    const isNew = arrived(seen.current, identity);
    seen.current = identity;
    if (needsLayout(design) && !typedInEditor()) void applyLayout(design, false);
    else if (isNew) requestFit();
  }, [design]);
}
