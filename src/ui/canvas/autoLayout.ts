import { withLayout } from '../../layout/podLayout';
import type { Design } from '../../model/types';
import { studioStore } from '../../store/studioStore';
import { layoutStore, requestFit } from './layoutState';

/**
 * Lays out `design` and puts the result in the document, if the document is still that design.
 * `undoable` makes it one undo step ("Tidy up"); otherwise it completes the arrival of a design
 * that came without positions, and undo skips it. Resolves to whether the layout was applied.
 */
export async function applyLayout(design: Design, undoable: boolean): Promise<boolean> {
  layoutStore.setState({ running: true });
  try {
    const { computeLayout } = await import('./runLayout');
    const layout = await computeLayout(design);
    if (studioStore.getState().design !== design) return false;
    layoutStore.setState({ last: layout });
    studioStore
      .getState()
      .dispatch(
        (current) => withLayout(current, layout),
        undoable ? { label: 'Tidy up', final: true } : { capture: 'ignore' },
      );
    requestFit();
    return true;
  } finally {
    layoutStore.setState({ running: false });
  }
}
